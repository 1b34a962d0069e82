import { type Brand, err, ok, type Result } from '../core/index.js';
import { bankOfIin } from './bankLookup.js';
import type { Bank } from './banks.js';
import type { IranChecksumError, IranInputError, IranIssue, IranRepeatedDigitsError } from './errors.js';
import { allSame, digitsOf, readDigits } from './normalize.js';

/**
 * An Iranian bank card number (Shetab) as 16 ASCII digits, produced only by
 * {@link parseCardNumber} or `cardNumberSchema`.
 *
 * @example
 * ```ts
 * const r = parseCardNumber('۶۰۳۷-۷۰۱۶-۸۹۰۹-۵۴۴۳');
 * if (r.ok) { const c: CardNumber = r.value.number; } // '6037701689095443'
 * ```
 * @category Iran
 */
export type CardNumber = Brand<string, 'CardNumber'>;

/**
 * A parsed card number with its issuing bank.
 *
 * @example
 * ```ts
 * // parseCardNumber('6362141234567890').value
 * // { number: '6362141234567890', iin: '636214', issuer: { id: 'ayandeh', … }, currentBank: { id: 'melli', … } }
 * ```
 * @category Iran
 */
export type ParsedCardNumber = {
  /** 16 digits. */
  readonly number: CardNumber;
  /** The first six digits (issuer identification number, "BIN"). */
  readonly iin: string;
  /** Bank at issue time; `undefined` only for an unknown IIN with `allowUnknownIssuer`. */
  readonly issuer: Bank | undefined;
  /** Bank today after mergers (Ayandeh → Melli, Ansar/Ghavamin/Hekmat/Kosar/Mehr Eghtesad → Sepah). */
  readonly currentBank: Bank | undefined;
};

/**
 * Why {@link parseCardNumber} refused its input: `EMPTY`, `FORMAT` (with `position`), `LENGTH`
 * (not 16 digits), `REPEATED_DIGITS` (`0000000000000000`), `CHECKSUM` (Luhn), `UNKNOWN_ISSUER`
 * (Luhn-valid but not an Iranian bank's IIN, e.g. `5555555555554444`; with `iin`).
 *
 * @example
 * ```ts
 * const r = parseCardNumber('5555555555554444');
 * if (!r.ok && r.error.code === 'UNKNOWN_ISSUER') console.log(r.error.iin); // '555555'
 * ```
 * @category Iran
 */
export type CardNumberError =
  | IranInputError
  | IranRepeatedDigitsError
  | IranChecksumError
  | (IranIssue<'UNKNOWN_ISSUER'> & {
      /** The first six digits. */
      readonly iin: string;
    });

/**
 * Options of {@link parseCardNumber} and {@link isValidCardNumber}.
 *
 * @example
 * ```ts
 * const options: ParseCardNumberOptions = { allowUnknownIssuer: true };
 * isValidCardNumber('5555555555554444', options); // true
 * ```
 * @category Iran
 */
export interface ParseCardNumberOptions {
  /**
   * Accept a Luhn-valid number whose IIN is in no Iranian bank's table (default `false`:
   * `UNKNOWN_ISSUER`). Turn on to accept foreign cards or IINs newer than the table.
   */
  readonly allowUnknownIssuer?: boolean;
}

const LABEL = 'card number';
const LENGTHS: readonly number[] = [16];

/** Luhn over 16 digits: double every second digit from the left, subtract 9 above 9, sum ≡ 0 mod 10. */
function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 16; i++) {
    const d = digits.charCodeAt(i) - 48;
    sum += i % 2 === 0 ? (d > 4 ? 2 * d - 9 : 2 * d) : d;
  }
  return sum % 10 === 0;
}

/**
 * Tells whether `input` is a valid Iranian bank card number: 16 digits, Luhn, not all digits
 * equal, IIN of an Iranian bank unless `allowUnknownIssuer`. Separators and Persian digits as in
 * {@link parseCardNumber}.
 *
 * @param input - the number as typed; non-strings give `false`
 * @param options - `allowUnknownIssuer`
 * @returns `true` when {@link parseCardNumber} would succeed
 * @example
 * ```ts
 * isValidCardNumber('6037-7016-8909-5443'); // true
 * isValidCardNumber('5555555555554444');    // false (not an Iranian bank)
 * ```
 * @category Iran
 */
export function isValidCardNumber(input: string, options: ParseCardNumberOptions = {}): boolean {
  const digits = digitsOf(input);
  if (digits === undefined || digits.length !== 16 || allSame(digits) || !luhnOk(digits)) return false;
  return options.allowUnknownIssuer === true || bankOfIin(digits.slice(0, 6)) !== undefined;
}

/**
 * Parses and normalises an Iranian bank card number (شماره کارت). Digits and separators as in
 * `parseNationalCode` (so `6037-7016-8909-5443` and `۶۰۳۷ ۷۰۱۶ ۸۹۰۹ ۵۴۴۳` work). Checks, in order:
 * `EMPTY`, `FORMAT`, `LENGTH`, `REPEATED_DIGITS`, `CHECKSUM` (Luhn), `UNKNOWN_ISSUER`. The bank
 * comes from the 6-digit IIN, with `issuer` (at issue time) and `currentBank` (after mergers).
 *
 * @param input - the number as typed
 * @param options - `allowUnknownIssuer`
 * @returns the number with IIN and bank, or why it was refused
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * const r = parseCardNumber('6219 8610 3452 9007');
 * if (r.ok) r.value.issuer?.nameFa; // 'بانک سامان'
 * parseCardNumber('6219861034529008'); // { ok: false, error: { code: 'CHECKSUM', … } }
 * ```
 * @category Iran
 */
export function parseCardNumber(
  input: string,
  options: ParseCardNumberOptions = {},
): Result<ParsedCardNumber, CardNumberError> {
  const read = readDigits(LABEL, input, LENGTHS);
  if (!read.ok) return read;
  const digits = read.value;
  if (allSame(digits)) return err({ code: 'REPEATED_DIGITS', message: `${LABEL}: all 16 digits are the same`, input });
  if (!luhnOk(digits))
    return err({ code: 'CHECKSUM', message: `${LABEL}: the Luhn check digit does not match`, input });
  const iin = digits.slice(0, 6);
  const bank = bankOfIin(iin);
  if (bank === undefined && options.allowUnknownIssuer !== true) {
    const message = `${LABEL}: IIN ${iin} (first six digits) belongs to no known Iranian bank`;
    return err({ code: 'UNKNOWN_ISSUER', message, input, iin });
  }
  return ok({ number: digits as CardNumber, iin, issuer: bank?.issuer, currentBank: bank?.currentBank });
}
