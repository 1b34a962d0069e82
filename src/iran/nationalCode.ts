import { type Brand, err, ok, type Result } from '../core/index.js';
import type { IranChecksumError, IranInputError, IranRepeatedDigitsError, IranZeroSerialError } from './errors.js';
import { allSame, digitsOf, readDigits } from './normalize.js';

/**
 * An Iranian national code (کد ملی) as 10 ASCII digits, produced only by {@link parseNationalCode}
 * or `nationalCodeSchema`.
 *
 * @example
 * ```ts
 * const r = parseNationalCode('۰۴۹۹-۳۷۰۸۹۹');
 * if (r.ok) { const code: NationalCode = r.value; } // '0499370899'
 * ```
 * @category Iran
 */
export type NationalCode = Brand<string, 'NationalCode'>;

/**
 * Why {@link parseNationalCode} refused its input, discriminated by `code`: `EMPTY`, `FORMAT`
 * (with `position`), `LENGTH` (not 8–10 digits), `REPEATED_DIGITS`, `ZERO_SERIAL`, `CHECKSUM`.
 *
 * @example
 * ```ts
 * const r = parseNationalCode('1234567890');
 * if (!r.ok && r.error.code === 'CHECKSUM') console.log(r.error.message);
 * ```
 * @category Iran
 */
export type NationalCodeError = IranInputError | IranRepeatedDigitsError | IranZeroSerialError | IranChecksumError;

const LABEL = 'national code';
const LENGTHS: readonly number[] = [8, 9, 10];
const MESSAGES = {
  REPEATED_DIGITS: `${LABEL}: all ten digits are the same`,
  ZERO_SERIAL: `${LABEL}: digits 4 to 9 are all zero`,
  CHECKSUM: `${LABEL}: the check digit (10th) does not match digits 1 to 9`,
} as const;

/** The rule a 10-digit code breaks, if any (policy rules first, then the mod-11 check digit). */
function brokenRule(code: string): keyof typeof MESSAGES | undefined {
  if (allSame(code)) return 'REPEATED_DIGITS';
  if (code.slice(3, 9) === '000000') return 'ZERO_SERIAL';
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (code.charCodeAt(i) - 48) * (10 - i);
  const r = sum % 11;
  return code.charCodeAt(9) - 48 === (r < 2 ? r : 11 - r) ? undefined : 'CHECKSUM';
}

/**
 * Tells whether `input` is a valid Iranian national code (کد ملی): 10 digits (8 or 9 digits are
 * left-padded with zeros, as on old cards), mod-11 check digit, not all digits equal, digits 4–9
 * not all zero. Persian/Arabic digits, spaces and dashes are accepted (see {@link parseNationalCode}).
 * A 3-digit prefix missing from a city list is **not** a reason to reject (persian-tools rejects
 * valid codes such as `7400076205` that way).
 *
 * @param input - the code as typed; non-strings give `false`
 * @returns `true` when {@link parseNationalCode} would succeed
 * @example
 * ```ts
 * isValidNationalCode('0499370899'); // true
 * isValidNationalCode('۶۸۴۱۵۹۴۱');   // true (padded to 0068415941)
 * isValidNationalCode('1111111111'); // false
 * ```
 * @category Iran
 */
export function isValidNationalCode(input: string): boolean {
  const digits = digitsOf(input);
  if (digits === undefined || digits.length < 8 || digits.length > 10) return false;
  return brokenRule(digits.padStart(10, '0')) === undefined;
}

/**
 * Parses and normalises an Iranian national code (کد ملی). Persian (۰–۹) and Arabic-Indic (٠–٩)
 * digits become ASCII; whitespace (incl. NBSP), ZWNJ/ZWJ, bidi marks and dashes are stripped; any
 * other character is a `FORMAT` error. 8 or 9 digits are left-padded with zeros to 10. Checks, in
 * order: `EMPTY`, `FORMAT`, `LENGTH`, `REPEATED_DIGITS`, `ZERO_SERIAL`, `CHECKSUM`
 * (`s = Σ dᵢ·(10−i)` over the first nine digits, `r = s mod 11`, check = `r` if `r < 2` else `11 − r`).
 *
 * @param input - the code as typed
 * @returns the 10-digit code, or why it was refused
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * parseNationalCode('۰۴۹۹ ۳۷۰ ۸۹۹'); // { ok: true, value: '0499370899' }
 * parseNationalCode('68415941');     // { ok: true, value: '0068415941' }
 * parseNationalCode('1234567890');   // { ok: false, error: { code: 'CHECKSUM', … } }
 * ```
 * @category Iran
 */
export function parseNationalCode(input: string): Result<NationalCode, NationalCodeError> {
  const read = readDigits(LABEL, input, LENGTHS);
  if (!read.ok) return read;
  const code = read.value.padStart(10, '0');
  const rule = brokenRule(code);
  return rule === undefined ? ok(code as NationalCode) : err({ code: rule, message: MESSAGES[rule], input });
}
