import { type Brand, err, ok, type Result } from '../core/index.js';
import type { IranInputError, IranIssue } from './errors.js';
import { type MobileOperator, operatorOfPrefix } from './mobilePrefixes.js';
import { compact, formatError, lengthError, requireString } from './normalize.js';

/**
 * An Iranian mobile number in E.164 form, `+989XXXXXXXXX`, produced only by
 * {@link normalizeMobile}, {@link parseMobile} or `mobileSchema`.
 *
 * @example
 * ```ts
 * const r = normalizeMobile('۰۹۱۲ ۳۴۵ ۶۷۸۹');
 * if (r.ok) { const m: MobileNumber = r.value; } // '+989123456789'
 * ```
 * @category Iran
 */
export type MobileNumber = Brand<string, 'MobileNumber'>;

/**
 * A parsed mobile number: the E.164 and national forms and the operator hint.
 *
 * @example
 * ```ts
 * // parseMobile('09022002580').value
 * // { e164: '+989022002580', national: '09022002580', operator: 'Irancell' }
 * ```
 * @category Iran
 */
export type ParsedMobile = {
  /** `+989XXXXXXXXX`, the form to store. */
  readonly e164: MobileNumber;
  /** `09XXXXXXXXX`, the form Iranians write. */
  readonly national: string;
  /** Operator by prefix: a hint only (number portability); `undefined` for an allowed unknown prefix. */
  readonly operator: MobileOperator | undefined;
};

/**
 * Why a mobile number was refused: `EMPTY`, `FORMAT` (with `position`), `COUNTRY_CODE` (`+` or
 * `00` not followed by `98`), `LENGTH` (not 10 digits after the prefix), `NOT_MOBILE` (does not
 * start with 9, e.g. a landline), `UNKNOWN_PREFIX` (with `prefix`, e.g. `'0931'`).
 *
 * @example
 * ```ts
 * const r = parseMobile('09802002580');
 * if (!r.ok && r.error.code === 'UNKNOWN_PREFIX') console.log(r.error.prefix); // '0980'
 * ```
 * @category Iran
 */
export type MobileError =
  | IranInputError
  | IranIssue<'COUNTRY_CODE'>
  | IranIssue<'NOT_MOBILE'>
  | (IranIssue<'UNKNOWN_PREFIX'> & {
      /** The unknown prefix in national form, e.g. `'0931'`. */
      readonly prefix: string;
    });

/**
 * Options of {@link parseMobile}, {@link normalizeMobile} and {@link isValidMobile}.
 *
 * @example
 * ```ts
 * const options: ParseMobileOptions = { allowUnknownPrefix: true };
 * normalizeMobile('0931 200 2580', options); // { ok: true, value: '+989312002580' }
 * ```
 * @category Iran
 */
export interface ParseMobileOptions {
  /**
   * Accept a `09XX` prefix that no operator is known to use (default `false`: `UNKNOWN_PREFIX`).
   * Turn on when new prefixes appear before this library's table is updated.
   */
  readonly allowUnknownPrefix?: boolean;
}

const LABEL = 'mobile number';
const PARENS = /[()]/g;
const DIGITS = /^\d*$/;
const PLAIN = /^09\d{9}$/;
const SIMPLE = /^\+?\d+$/;

/** `9XXXXXXXXX`, or the code of the first structural problem (prefix, length, not a mobile). */
function subscriber(body: string, plus: boolean): string | 'COUNTRY_CODE' | 'NOT_MOBILE' {
  let national: string;
  if (plus) {
    if (!body.startsWith('98')) return 'COUNTRY_CODE';
    national = body.slice(2);
  } else if (body.startsWith('0098')) national = body.slice(4);
  else if (body.startsWith('00')) return 'COUNTRY_CODE';
  else if (body.startsWith('0')) national = body.slice(1);
  else if (body.length === 12 && body.startsWith('98')) national = body.slice(2);
  else national = body;
  if (national.length === 10 && national.charCodeAt(0) !== 57) return 'NOT_MOBILE';
  return national;
}

/**
 * Parses an Iranian mobile number written as `09…`, `9…`, `+98…`, `0098…` or `98…` (12 digits),
 * with Persian/Arabic digits and separators: whitespace, ZWNJ, bidi marks, dashes and parentheses
 * are stripped; a `+` is allowed only first; anything else is a `FORMAT` error.
 *
 * @param input - the number as typed
 * @param options - `allowUnknownPrefix`
 * @returns the E.164 and national forms and the operator hint, or why it was refused
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * parseMobile('+98 (902) 200-2580');
 * // { ok: true, value: { e164: '+989022002580', national: '09022002580', operator: 'Irancell' } }
 * parseMobile('021-88776655'); // { ok: false, error: { code: 'NOT_MOBILE', … } }
 * ```
 * @category Iran
 */
export function parseMobile(input: string, options: ParseMobileOptions = {}): Result<ParsedMobile, MobileError> {
  requireString(input, LABEL);
  const text = compact(input).replace(PARENS, '');
  if (text === '') return err({ code: 'EMPTY', message: `${LABEL}: input is empty`, input });
  const plus = text.charCodeAt(0) === 43;
  const body = plus ? text.slice(1) : text;
  if (!DIGITS.test(body)) {
    const e = formatError(LABEL, input.replace(PARENS, ' '), (c, nth) => c === '+' && nth === 0);
    return err({ ...e, input });
  }
  const national = subscriber(body, plus);
  if (national === 'COUNTRY_CODE') {
    return err({ code: national, message: `${LABEL}: only Iranian numbers (+98) are accepted`, input });
  }
  if (national === 'NOT_MOBILE') {
    const message = `${LABEL}: an Iranian mobile number starts with 09, this one does not (a landline?)`;
    return err({ code: national, message, input });
  }
  if (national.length !== 10) {
    return err(lengthError(LABEL, input, [10], national.length, ' after the +98, 0098, 98 or 0 prefix'));
  }
  const operator = operatorOfPrefix(national);
  if (operator === undefined && options.allowUnknownPrefix !== true) {
    const prefix = `0${national.slice(0, 3)}`;
    const message = `${LABEL}: prefix ${prefix} is not used by any known Iranian operator`;
    return err({ code: 'UNKNOWN_PREFIX', message, input, prefix });
  }
  return ok({ e164: `+98${national}` as MobileNumber, national: `0${national}`, operator });
}

/**
 * Normalises an Iranian mobile number to E.164 `+989XXXXXXXXX` (same input rules as {@link parseMobile}).
 *
 * @param input - the number as typed
 * @param options - `allowUnknownPrefix`
 * @returns the E.164 number, or why it was refused
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * normalizeMobile('00989022002580'); // { ok: true, value: '+989022002580' }
 * normalizeMobile('۹۱۲۳۴۵۶۷۸۹');      // { ok: true, value: '+989123456789' }
 * ```
 * @category Iran
 */
export function normalizeMobile(input: string, options: ParseMobileOptions = {}): Result<MobileNumber, MobileError> {
  const parsed = parseMobile(input, options);
  return parsed.ok ? ok(parsed.value.e164) : parsed;
}

/**
 * Tells whether `input` is an Iranian mobile number with a known operator prefix (same input
 * rules as {@link parseMobile}).
 *
 * @param input - the number as typed; non-strings give `false`
 * @param options - `allowUnknownPrefix`
 * @returns `true` when {@link parseMobile} would succeed
 * @example
 * ```ts
 * isValidMobile('0912 200 2580'); // true
 * isValidMobile('09312002580');   // false (0931 unknown)
 * isValidMobile('09312002580', { allowUnknownPrefix: true }); // true
 * ```
 * @category Iran
 */
export function isValidMobile(input: string, options: ParseMobileOptions = {}): boolean {
  if (typeof input !== 'string') return false;
  let national: string;
  if (PLAIN.test(input)) national = input.slice(1);
  else {
    const text = SIMPLE.test(input) ? input : compact(input).replace(PARENS, '');
    const plus = text.charCodeAt(0) === 43;
    const body = plus ? text.slice(1) : text;
    if (body === '' || !DIGITS.test(body)) return false;
    national = subscriber(body, plus);
    if (national === 'COUNTRY_CODE' || national === 'NOT_MOBILE' || national.length !== 10) return false;
  }
  return options.allowUnknownPrefix === true || operatorOfPrefix(national) !== undefined;
}
