import { type Brand, err, ok, type Result } from '../core/index.js';
import type { IranChecksumError, IranInputError, IranRepeatedDigitsError, IranZeroSerialError } from './errors.js';
import { allSame, digitsOf, readDigits } from './normalize.js';

/**
 * An Iranian legal-entity national ID (شناسه ملی) as 11 ASCII digits, produced only by
 * {@link parseLegalNationalId} or `legalNationalIdSchema`.
 *
 * @example
 * ```ts
 * const r = parseLegalNationalId('۱۰۳۸۰۲۸۴۷۹۰');
 * if (r.ok) { const id: LegalNationalId = r.value; } // '10380284790'
 * ```
 * @category Iran
 */
export type LegalNationalId = Brand<string, 'LegalNationalId'>;

/**
 * Why {@link parseLegalNationalId} refused its input: `EMPTY`, `FORMAT` (with `position`),
 * `LENGTH` (not exactly 11 digits), `REPEATED_DIGITS`, `ZERO_SERIAL`, `CHECKSUM`.
 *
 * @example
 * ```ts
 * const r = parseLegalNationalId('103802847901');
 * if (!r.ok) console.log(r.error.code); // 'LENGTH'
 * ```
 * @category Iran
 */
export type LegalNationalIdError = IranInputError | IranRepeatedDigitsError | IranZeroSerialError | IranChecksumError;

const LABEL = 'legal national ID';
const LENGTHS: readonly number[] = [11];
const WEIGHTS: readonly number[] = [29, 27, 23, 19, 17];
const MESSAGES = {
  REPEATED_DIGITS: `${LABEL}: all eleven digits are the same`,
  ZERO_SERIAL: `${LABEL}: digits 4 to 9 are all zero`,
  CHECKSUM: `${LABEL}: the check digit (11th) does not match digits 1 to 10`,
} as const;

/** The rule an 11-digit ID breaks, if any (policy rules first, then the weighted mod-11 check). */
function brokenRule(id: string): keyof typeof MESSAGES | undefined {
  if (allSame(id)) return 'REPEATED_DIGITS';
  if (id.slice(3, 9) === '000000') return 'ZERO_SERIAL';
  const d = id.charCodeAt(9) - 48 + 2;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (d + id.charCodeAt(i) - 48) * (WEIGHTS[i % 5] ?? 0);
  const c = sum % 11;
  return id.charCodeAt(10) - 48 === (c === 10 ? 0 : c) ? undefined : 'CHECKSUM';
}

/**
 * Tells whether `input` is a valid legal-entity national ID (شناسه ملی): exactly 11 digits (a
 * 12th digit or trailing letters make it invalid, unlike persian-tools 4.0.4), weighted mod-11
 * check digit, not all digits equal, digits 4–9 not all zero. Persian/Arabic digits, spaces and
 * dashes are accepted (see {@link parseLegalNationalId}).
 *
 * @param input - the ID as typed; non-strings give `false`
 * @returns `true` when {@link parseLegalNationalId} would succeed
 * @example
 * ```ts
 * isValidLegalNationalId('10380284790');  // true
 * isValidLegalNationalId('103802847901'); // false (12 digits)
 * ```
 * @category Iran
 */
export function isValidLegalNationalId(input: string): boolean {
  const digits = digitsOf(input);
  return digits !== undefined && digits.length === 11 && brokenRule(digits) === undefined;
}

/**
 * Parses and normalises a legal-entity national ID (شناسه ملی). Digits and separators are handled
 * as in {@link parseNationalCode}; no padding. Check: `d = d₁₀ + 2`, weights
 * `29, 27, 23, 19, 17, 29, 27, 23, 19, 17`, `c = Σ (d + dᵢ)·wᵢ mod 11` (10 → 0) must equal `d₁₁`.
 * Order: `EMPTY`, `FORMAT`, `LENGTH`, `REPEATED_DIGITS`, `ZERO_SERIAL`, `CHECKSUM`.
 *
 * @param input - the ID as typed
 * @returns the 11-digit ID, or why it was refused
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * parseLegalNationalId('103-8028-4790');  // { ok: true, value: '10380284790' }
 * parseLegalNationalId('10380284790abc'); // { ok: false, error: { code: 'FORMAT', position: 11, … } }
 * ```
 * @category Iran
 */
export function parseLegalNationalId(input: string): Result<LegalNationalId, LegalNationalIdError> {
  const read = readDigits(LABEL, input, LENGTHS);
  if (!read.ok) return read;
  const rule = brokenRule(read.value);
  return rule === undefined ? ok(read.value as LegalNationalId) : err({ code: rule, message: MESSAGES[rule], input });
}
