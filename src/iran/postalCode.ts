import { type Brand, err, ok, type Result } from '../core/index.js';
import type { IranInputError, IranIssue } from './errors.js';
import { digitsOf, readDigits } from './normalize.js';

/**
 * An Iranian postal code (کد پستی) as 10 ASCII digits, produced only by {@link parsePostalCode}
 * or `postalCodeSchema`.
 *
 * @example
 * ```ts
 * const r = parsePostalCode('۱۳۴۵۱-۶۷۸۹۱');
 * if (r.ok) { const p: PostalCode = r.value; } // '1345167891'
 * ```
 * @category Iran
 */
export type PostalCode = Brand<string, 'PostalCode'>;

/**
 * Which of the postal-code digit rules a postal code breaks:
 *
 * - `FOUR_EQUAL_LEADING`: the first four digits are equal (`1111…`, `3333…`).
 * - `ZERO_OR_TWO_IN_FIRST_FIVE`: a 0 or 2 among the first five digits.
 * - `FIVE_IN_FIFTH_PLACE`: the fifth digit is 5.
 * - `TWO_IN_LAST_FIVE`: a 2 among the last five digits.
 *
 * @example
 * ```ts
 * const r = parsePostalCode('1111111111');
 * if (!r.ok && r.error.code === 'FORMAT_RULE') console.log(r.error.rule); // 'FOUR_EQUAL_LEADING'
 * ```
 * @category Iran
 */
export type PostalCodeRule =
  | 'FOUR_EQUAL_LEADING'
  | 'ZERO_OR_TWO_IN_FIRST_FIVE'
  | 'FIVE_IN_FIFTH_PLACE'
  | 'TWO_IN_LAST_FIVE';

/**
 * Why {@link parsePostalCode} refused its input: `EMPTY`, `FORMAT` (with `position`), `LENGTH`
 * (not 10 digits) or `FORMAT_RULE` (with the `rule` and the 0-based `index` of the digit).
 *
 * @example
 * ```ts
 * // parsePostalCode('1234567890').error
 * // { code: 'FORMAT_RULE', rule: 'ZERO_OR_TWO_IN_FIRST_FIVE', index: 1, … }
 * ```
 * @category Iran
 */
export type PostalCodeError =
  | IranInputError
  | (IranIssue<'FORMAT_RULE'> & {
      /** The rule broken. */
      readonly rule: PostalCodeRule;
      /** 0-based index of the offending digit in the 10-digit code. */
      readonly index: number;
    });

/**
 * Options of {@link parsePostalCode} and {@link isValidPostalCode}.
 *
 * @example
 * ```ts
 * const options: ParsePostalCodeOptions = { formatRules: false };
 * parsePostalCode('1111111111', options); // { ok: true, value: '1111111111' }
 * ```
 * @category Iran
 */
export interface ParsePostalCodeOptions {
  /**
   * Apply the postal-code digit rules (default `true`); `false` checks only "10 digits". Turn off for
   * codes that come from an authoritative source (Iran Post's API, a shipping partner).
   */
  readonly formatRules?: boolean;
}

const LABEL = 'postal code';
const LENGTHS: readonly number[] = [10];
const RULE_TEXT: Readonly<Record<PostalCodeRule, string>> = {
  FOUR_EQUAL_LEADING: 'the first four digits are never all equal',
  ZERO_OR_TWO_IN_FIRST_FIVE: 'the first five digits never contain 0 or 2',
  FIVE_IN_FIFTH_PLACE: 'the fifth digit is never 5',
  TWO_IN_LAST_FIVE: 'the last five digits never contain 2',
};

/** The first rule `code` (10 digits) breaks, with the offending digit's index. */
function brokenRule(code: string): { readonly rule: PostalCodeRule; readonly index: number } | undefined {
  const first = code.charCodeAt(0);
  if (code.charCodeAt(1) === first && code.charCodeAt(2) === first && code.charCodeAt(3) === first) {
    return { rule: 'FOUR_EQUAL_LEADING', index: 0 };
  }
  for (let index = 0; index < 10; index++) {
    const d = code.charCodeAt(index) - 48;
    if (index < 5 && (d === 0 || d === 2)) return { rule: 'ZERO_OR_TWO_IN_FIRST_FIVE', index };
    if (index === 4 && d === 5) return { rule: 'FIVE_IN_FIFTH_PLACE', index };
    if (index >= 5 && d === 2) return { rule: 'TWO_IN_LAST_FIVE', index };
  }
  return undefined;
}

/**
 * Tells whether `input` is an Iranian postal code: 10 digits and, unless `formatRules: false`,
 * the postal-code digit rules (see {@link parsePostalCode}).
 *
 * @param input - the code as typed; non-strings give `false`
 * @param options - `formatRules` (default `true`)
 * @returns `true` when {@link parsePostalCode} would succeed
 * @example
 * ```ts
 * isValidPostalCode('1345167891'); // true
 * isValidPostalCode('1111111111'); // false
 * isValidPostalCode('1111111111', { formatRules: false }); // true
 * ```
 * @category Iran
 */
export function isValidPostalCode(input: string, options: ParsePostalCodeOptions = {}): boolean {
  const digits = digitsOf(input);
  if (digits === undefined || digits.length !== 10) return false;
  return options.formatRules === false || brokenRule(digits) === undefined;
}

/**
 * Parses and normalises an Iranian postal code (کد پستی). There is no checksum. Digits and
 * separators are handled as in `parseNationalCode` (so `13451-67891` is fine). The hard rule is
 * 10 digits; by default the code must also follow the postal-code digit rules, the community
 * pattern `^(?!(\d)\1{3})[13-9]{4}[1346-9][013-9]{5}$` (laravel-validate, G-Corporation/regex):
 * no 0 or 2 in the first five digits, fifth digit not 5, no 2 in the last five, first four not all
 * equal. They catch made-up codes (`1111111111`, `1234567890`) and are reported as `FORMAT_RULE`
 * with the rule and digit; they are not an official specification, so pass
 * `{ formatRules: false }` for codes from an authoritative source.
 *
 * @param input - the code as typed
 * @param options - `formatRules` (default `true`)
 * @returns the 10-digit code, or why it was refused
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * parsePostalCode('۱۳۴۵۱-۶۷۸۹۱'); // { ok: true, value: '1345167891' }
 * parsePostalCode('1234567890');  // { ok: false, error: { code: 'FORMAT_RULE', rule: 'ZERO_OR_TWO_IN_FIRST_FIVE', index: 1, … } }
 * ```
 * @category Iran
 */
export function parsePostalCode(
  input: string,
  options: ParsePostalCodeOptions = {},
): Result<PostalCode, PostalCodeError> {
  const read = readDigits(LABEL, input, LENGTHS);
  if (!read.ok) return read;
  const broken = options.formatRules === false ? undefined : brokenRule(read.value);
  if (broken === undefined) return ok(read.value as PostalCode);
  const message = `${LABEL}: digit ${broken.index + 1} breaks the postal-code rule that ${RULE_TEXT[broken.rule]}`;
  return err({ code: 'FORMAT_RULE', message, input, ...broken });
}
