/**
 * Every `code` the iran module uses. The `parse*` functions return them in a `Result`; only
 * `INVALID_ARGUMENT` is thrown (as a `MoshtariError` from `moshtari/core`), for a non-string input to a `parse*`
 * function or an unknown option value.
 *
 * - `EMPTY`: nothing but separators.
 * - `FORMAT`: a character that is neither a digit nor a stripped separator (see `position`).
 * - `LENGTH`: the wrong number of digits.
 * - `CHECKSUM`: the check digit(s) do not match.
 * - `REPEATED_DIGITS`: every digit is the same (`1111111111`, `0000000000000000`).
 * - `ZERO_SERIAL`: digits 4–9 of a national code or legal ID are all zero (never issued).
 * - `COUNTRY_CODE`: a mobile number or IBAN of another country.
 * - `NOT_MOBILE`: an Iranian number that is not a mobile number (a landline).
 * - `UNKNOWN_PREFIX`: a mobile prefix no operator is known to use (`0931`, `0906`, …).
 * - `FORMAT_RULE`: a postal code breaking Iran Post's digit rules (see `parsePostalCode`).
 * - `UNKNOWN_BANK`: a Sheba whose bank code is in no table (only with `requireKnownBank`).
 * - `UNKNOWN_ISSUER`: a Luhn-valid card number whose IIN is not an Iranian bank's.
 * - `INVALID_ARGUMENT`: thrown for a non-string input or a bad option.
 *
 * @example
 * ```ts
 * import { parseNationalCode, type IranErrorCode } from 'moshtari/iran';
 * const r = parseNationalCode('1111111111');
 * const code: IranErrorCode | undefined = r.ok ? undefined : r.error.code; // 'REPEATED_DIGITS'
 * ```
 * @category Iran
 */
export type IranErrorCode =
  | 'EMPTY'
  | 'FORMAT'
  | 'LENGTH'
  | 'CHECKSUM'
  | 'REPEATED_DIGITS'
  | 'ZERO_SERIAL'
  | 'COUNTRY_CODE'
  | 'NOT_MOBILE'
  | 'UNKNOWN_PREFIX'
  | 'FORMAT_RULE'
  | 'UNKNOWN_BANK'
  | 'UNKNOWN_ISSUER'
  | 'INVALID_ARGUMENT';

/**
 * Fields shared by every iran validation error; each error type adds its literal `code`.
 *
 * @example
 * ```ts
 * const e: IranIssue<'EMPTY'> = { code: 'EMPTY', message: 'national code: input is empty', input: ' ' };
 * ```
 * @category Iran
 */
export type IranIssue<TCode extends IranErrorCode> = {
  /** What went wrong; see {@link IranErrorCode}. */
  readonly code: TCode;
  /** An English sentence naming the identifier and what was wrong. */
  readonly message: string;
  /** The input exactly as given. */
  readonly input: string;
};

/**
 * A character that is not allowed: neither a digit (ASCII, Persian or Arabic-Indic) nor one of the
 * stripped separators.
 *
 * @example
 * ```ts
 * // parseNationalCode('04993a0899').error
 * // { code: 'FORMAT', position: 5, character: 'a',
 * //   message: 'national code: unexpected character "a" (U+0061) at position 5', … }
 * ```
 * @category Iran
 */
export type IranFormatError = IranIssue<'FORMAT'> & {
  /** Index (UTF-16, 0-based) of the first offending character in `input`. */
  readonly position: number;
  /** The offending character (a whole code point). */
  readonly character: string;
};

/**
 * The wrong number of digits once separators are stripped.
 *
 * @example
 * ```ts
 * // parseCardNumber('621986103452900').error
 * // { code: 'LENGTH', expected: [16], actual: 15, … }
 * ```
 * @category Iran
 */
export type IranLengthError = IranIssue<'LENGTH'> & {
  /** The accepted digit counts. */
  readonly expected: readonly number[];
  /** The digit count found. */
  readonly actual: number;
};

/**
 * Input with nothing but separators.
 *
 * @example
 * ```ts
 * // parseNationalCode(…).error → { code: 'EMPTY', message: '…', input: '…' }
 * ```
 * @category Iran
 */
export type IranEmptyError = IranIssue<'EMPTY'>;

/**
 * Check digits that do not match the rest of the number.
 *
 * @example
 * ```ts
 * // parseNationalCode(…).error → { code: 'CHECKSUM', message: '…', input: '…' }
 * ```
 * @category Iran
 */
export type IranChecksumError = IranIssue<'CHECKSUM'>;

/**
 * Every digit is the same (`1111111111`): passes the checksum, never issued.
 *
 * @example
 * ```ts
 * // parseNationalCode(…).error → { code: 'REPEATED_DIGITS', message: '…', input: '…' }
 * ```
 * @category Iran
 */
export type IranRepeatedDigitsError = IranIssue<'REPEATED_DIGITS'>;

/**
 * Digits 4–9 (the serial number) all zero: never issued.
 *
 * @example
 * ```ts
 * // parseNationalCode(…).error → { code: 'ZERO_SERIAL', message: '…', input: '…' }
 * ```
 * @category Iran
 */
export type IranZeroSerialError = IranIssue<'ZERO_SERIAL'>;

/**
 * The errors every digit-only identifier can report before its own rules run.
 *
 * @example
 * ```ts
 * function show(e: IranInputError): string { return e.code === 'FORMAT' ? `bad char at ${e.position}` : e.message; }
 * ```
 * @category Iran
 */
export type IranInputError = IranEmptyError | IranFormatError | IranLengthError;
