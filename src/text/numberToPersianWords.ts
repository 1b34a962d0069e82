import { MoshtariError } from '../core/index.js';
import { latinDigits } from '../internal/digits.js';
import { describeValue } from './checkOption.js';
import type { TextErrorCode } from './errors.js';

/**
 * Options of {@link numberToPersianWords}.
 *
 * @example
 * ```ts
 * numberToPersianWords(21, { ordinal: true }); // 'بیست و یکم'
 * ```
 * @category Text
 */
export interface NumberToPersianWordsOptions {
  /** Write the ordinal (`یکم`, `دوم`, `سوم`, `سی‌ام`, `صدم`) instead of the cardinal; default `false`. */
  readonly ordinal?: boolean;
}

const ONES = ['', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'] as const;
const TEENS = ['ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده'] as const;
const TENS = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'] as const;
const HUNDREDS = ['', 'صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'] as const;
// Short scale: 10^3, 10^6, 10^9, 10^12, 10^15, 10^18.
const SCALES = ['', 'هزار', 'میلیون', 'میلیارد', 'تریلیون', 'کوادریلیون', 'کوینتیلیون'] as const;
const MAX_DIGITS = 21;
const INTEGER_STRING = /^-?[0-9\u06F0-\u06F9\u0660-\u0669]+$/;
const JOIN = ' و ';

/**
 * Writes an integer in Persian words, exactly (no floating point), from −(10^21 − 1) to 10^21 − 1,
 * using the short scale (هزار 10^3, میلیون 10^6, میلیارد 10^9, تریلیون 10^12, کوادریلیون 10^15,
 * کوینتیلیون 10^18). Hundreds are always joined (صد، دویست، سیصد، چهارصد، پانصد، ششصد، هفتصد،
 * هشتصد، نهصد), every group and part is joined with « و », a lone thousand is «یک هزار», zero is
 * «صفر» and negatives start with «منفی». Ordinals change the last word: یک → یکم, سه → سوم, a word
 * ending in ی takes «‌ام» after a ZWNJ (سی‌ام), any other word takes «م» (صدم، هزارم).
 *
 * A string must be an optional leading ASCII `-` followed by Latin, Persian or Arabic-Indic digits
 * only (leading zeros allowed): no spaces, separators, `+`, decimals or exponents. Strip thousands
 * separators first.
 *
 * @param value - a safe integer `number`, a `bigint` or an integer string
 * @param options - `ordinal: true` for the ordinal form
 * @returns the words, e.g. «یک میلیون و دویست هزار»
 * @throws {MoshtariError} INVALID_ARGUMENT when `value` is `NaN`, infinite, not an integer, an unsafe
 *   integer `number` (pass a bigint or string), a string that is not an integer numeral, or of another type,
 *   or when `options.ordinal` is not a boolean
 * @throws {MoshtariError} OUT_OF_RANGE when `|value| ≥ 10^21`
 * @example
 * ```ts
 * numberToPersianWords(1200000); // 'یک میلیون و دویست هزار'
 * numberToPersianWords(500443); // 'پانصد هزار و چهارصد و چهل و سه'
 * numberToPersianWords('۱۰۰۰'); // 'یک هزار'
 * numberToPersianWords(30, { ordinal: true }); // 'سی‌ام'
 * numberToPersianWords(-123n, { ordinal: true }); // 'منفی صد و بیست و سوم'
 * ```
 * @category Text
 */
export function numberToPersianWords(value: number | bigint | string, options?: NumberToPersianWordsOptions): string {
  const ordinal = options?.ordinal ?? false;
  if (typeof ordinal !== 'boolean') {
    throw new MoshtariError<TextErrorCode>(
      'INVALID_ARGUMENT',
      `options.ordinal: expected a boolean, got ${describeValue(ordinal)}`,
      { path: 'options.ordinal' },
    );
  }
  const text = integerText(value);
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).replace(/^0+/, '');
  if (digits.length > MAX_DIGITS) throw outOfRange(value);
  if (digits === '') return ordinal ? 'صفرم' : 'صفر';

  const parts: string[] = [];
  const groups = Math.ceil(digits.length / 3);
  for (let g = 0; g < groups; g++) {
    const end = digits.length - 3 * (groups - 1 - g);
    const group = Number(digits.slice(Math.max(0, end - 3), end));
    if (group === 0) continue;
    const scale = SCALES[groups - 1 - g] ?? '';
    parts.push(scale === '' ? groupWords(group) : `${groupWords(group)} ${scale}`);
  }
  const words = parts.join(JOIN);
  return (negative ? 'منفی ' : '') + (ordinal ? toOrdinal(words) : words);
}

/** Validates `value` and returns it as a decimal string with Latin digits and an optional `-`. */
function integerText(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return String(value);
    if (Number.isInteger(value) && Math.abs(value) >= 1e21) throw outOfRange(value);
    throw new MoshtariError<TextErrorCode>(
      'INVALID_ARGUMENT',
      `value: expected a safe integer, a bigint or an integer string, got ${describeValue(value)}` +
        (Number.isInteger(value)
          ? ' (beyond Number.MAX_SAFE_INTEGER, so possibly inexact; pass a bigint or a string)'
          : ''),
      { path: 'value' },
    );
  }
  if (typeof value === 'string') {
    if (INTEGER_STRING.test(value)) return latinDigits(value);
    throw new MoshtariError<TextErrorCode>(
      'INVALID_ARGUMENT',
      `value: expected an integer string (optional '-' then digits only, no separators), got ${describeValue(value)}`,
      { path: 'value' },
    );
  }
  throw new MoshtariError<TextErrorCode>(
    'INVALID_ARGUMENT',
    `value: expected a number, bigint or string, got ${describeValue(value)}`,
    { path: 'value' },
  );
}

function outOfRange(value: unknown): MoshtariError<TextErrorCode> {
  return new MoshtariError<TextErrorCode>(
    'OUT_OF_RANGE',
    `value: ${describeValue(value)} is out of range; numberToPersianWords supports integers with at most 21 digits, ` +
      'from -(10^21 - 1) to 10^21 - 1 (کوینتیلیون is the largest scale)',
    { path: 'value' },
  );
}

/** Words for 1–999. */
function groupWords(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(HUNDREDS[hundreds] ?? '');
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10] ?? '');
  else {
    const tens = Math.floor(rest / 10);
    const ones = rest % 10;
    if (tens > 0) words.push(TENS[tens] ?? '');
    if (ones > 0) words.push(ONES[ones] ?? '');
  }
  return words.join(JOIN);
}

/** Turns the last word of a cardinal into its ordinal form. */
function toOrdinal(words: string): string {
  if (words === 'سه' || words.endsWith(' سه')) return `${words.slice(0, -2)}سوم`;
  if (words.endsWith('ی')) return `${words}\u200Cام`;
  return `${words}م`;
}
