import { MoshtariError } from '../core/index.js';
import { latinDigits, persianDigits } from '../internal/digits.js';
import { describeValue } from './checkOption.js';
import type { TextErrorCode } from './errors.js';

/**
 * Writes Latin (`0–9`) and Arabic-Indic (`٠–٩`, U+0660–U+0669) digits as Persian digits
 * (`۰–۹`, U+06F0–U+06F9); every other character is kept. Numbers are written in plain decimal
 * (no separators, a leading ASCII `-` for negatives).
 *
 * @param input - a string, a safe integer `number` or a `bigint`
 * @returns the text with Persian digits
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is a `number` that is not a safe integer
 *   (`NaN`, `Infinity`, `1.5`, `2 ** 53`; pass a `bigint` or a string instead) or is not a string,
 *   number or bigint
 * @example
 * ```ts
 * toPersianDigits(1234567891); // '۱۲۳۴۵۶۷۸۹۱'
 * toPersianDigits(10n ** 18n); // '۱۰۰۰۰۰۰۰۰۰۰۰۰۰۰۰۰۰۰'
 * toPersianDigits('کد ٤٥٦-123'); // 'کد ۴۵۶-۱۲۳'
 * ```
 * @category Text
 */
export function toPersianDigits(input: string | number | bigint): string {
  if (typeof input === 'string') return persianDigits(input);
  if (typeof input === 'bigint') return persianDigits(input.toString());
  if (typeof input === 'number') {
    if (Number.isSafeInteger(input)) return persianDigits(String(input));
    throw new MoshtariError<TextErrorCode>(
      'INVALID_ARGUMENT',
      `input: expected a safe integer, a bigint or a string, got ${describeValue(input)}` +
        (Number.isInteger(input) ? ' (beyond Number.MAX_SAFE_INTEGER; pass a bigint)' : ''),
      { path: 'input' },
    );
  }
  throw new MoshtariError<TextErrorCode>(
    'INVALID_ARGUMENT',
    `input: expected a string, number or bigint, got ${describeValue(input)}`,
    { path: 'input' },
  );
}

/**
 * Writes Persian (`۰–۹`) and Arabic-Indic (`٠–٩`) digits as Latin digits `0–9`; every other
 * character is kept. Use it before parsing user-typed numbers, phone numbers or codes
 * (persian-tools `digitsFaToEn` misses Arabic-Indic digits; this does not).
 *
 * @param input - the text to convert
 * @returns the text with Latin digits
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * toLatinDigits('٠١٢٣٤٥٦٧٨٩'); // '0123456789'
 * toLatinDigits('۰۹۱۲ ۱۲۳ ۴۵۶۷'); // '0912 123 4567'
 * ```
 * @category Text
 */
export function toLatinDigits(input: string): string {
  if (typeof input !== 'string') {
    throw new MoshtariError<TextErrorCode>(
      'INVALID_ARGUMENT',
      `input: expected a string, got ${describeValue(input)}`,
      {
        path: 'input',
      },
    );
  }
  return latinDigits(input);
}
