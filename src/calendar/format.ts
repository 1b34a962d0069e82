import { MoshtariError } from '../core/index.js';
import { persianDigits } from '../internal/digits.js';
import { checkedEpochDay } from './jalaliDays.js';
import type { Instant, JalaliDate, JalaliDateTime } from './types.js';
import { WEEKDAYS, weekdayOfEpochDay } from './weekday.js';
import { toJalali } from './zoned.js';

/** Internal: Jalali month names, Farvardin first. Persian has no customary abbreviations (CLDR). */
export const MONTH_NAMES: { readonly fa: readonly string[]; readonly en: readonly string[] } = {
  fa: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
  en: [
    'Farvardin',
    'Ordibehesht',
    'Khordad',
    'Tir',
    'Mordad',
    'Shahrivar',
    'Mehr',
    'Aban',
    'Azar',
    'Dey',
    'Bahman',
    'Esfand',
  ],
};

const EN_SHORT_MONTHS = ['Far', 'Ord', 'Kho', 'Tir', 'Mor', 'Sha', 'Meh', 'Aba', 'Aza', 'Dey', 'Bah', 'Esf'];
// Saturday first, as WEEKDAYS; CLDR fa: abbreviated = wide, narrow = one letter
const FA_WEEKDAYS = ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'];
const EN_WEEKDAYS = ['Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const FA_NARROW = ['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج'];
const PERIODS = { fa: ['ق.ظ', 'ب.ظ'], en: ['AM', 'PM'] };

/**
 * Options of {@link formatJalali}.
 * @category Calendar
 */
export interface FormatJalaliOptions {
  /** Language of month and weekday names and of AM/PM: `'fa'` (default) or `'en'` (Finglish month names). */
  readonly locale?: 'fa' | 'en';
  /** Digits of numbers: `'persian'` (۰–۹; default for `'fa'`) or `'latin'` (default for `'en'`). */
  readonly digits?: 'persian' | 'latin';
  /** Zone in which an instant is read (default `'Asia/Tehran'`); ignored for civil dates. */
  readonly timeZone?: string;
}

type Fields = { readonly date: JalaliDate; readonly epochDay: number; readonly time: JalaliDateTime | undefined };

function bad(path: string, message: string): never {
  throw new MoshtariError('INVALID_ARGUMENT', `${path}: ${message}`, { path });
}

function fieldsOf(value: JalaliDate | JalaliDateTime | Instant, timeZone: string | undefined): Fields {
  if (value instanceof Date || typeof value === 'number') {
    const time = toJalali(value, timeZone === undefined ? { withTime: true } : { timeZone, withTime: true });
    return { date: time, epochDay: checkedEpochDay(time, 'value'), time };
  }
  const epochDay = checkedEpochDay(value, 'value');
  if (!('hour' in value)) return { date: value, epochDay, time: undefined };
  for (const [name, max] of [
    ['hour', 23],
    ['minute', 59],
    ['second', 59],
    ['millisecond', 999],
  ] as const) {
    const v = value[name];
    if (!Number.isInteger(v) || v < 0 || v > max) {
      const path = `value.${name}`;
      throw new MoshtariError('INVALID_TIME', `${path}: expected an integer 0–${max}, got ${String(v)}`, { path });
    }
  }
  return { date: value, epochDay, time: value };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Formats a Jalali date, date-time or instant with a date-fns-style pattern. Tokens: `yyyy` `yy` `y`
 * (year), `MMMM` (Farvardin / فروردین) `MMM` (Far; in Persian the full name) `MM` `M`, `dd` `d`,
 * `EEEE` (Saturday / شنبه) `EEE` `EE` `E` (Sat; in Persian the full name) `EEEEE` (S / ش), and for a
 * date-time or instant `HH` `H` `hh` `h` `a` (AM / ق.ظ) `mm` `m` `ss` `s` `SSS` `SS` `S`. Text in single
 * quotes is copied (`''` is a quote); other non-letters are copied as they are.
 *
 * @param value - a Jalali date, a Jalali date-time, or an instant (read in `timeZone`)
 * @param pattern - the pattern
 * @param options - `locale` (`'fa'`), `digits` (Persian for `'fa'`, Latin for `'en'`), `timeZone` (`'Asia/Tehran'`)
 * @returns the formatted text
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown pattern letter, an unclosed quote, a time token on a bare date, a bad option or instant; INVALID_DATE; INVALID_TIME; OUT_OF_RANGE; INVALID_TIME_ZONE
 * @example
 * ```ts
 * formatJalali({ year: 1403, month: 1, day: 1 }, 'yyyy/MM/dd'); // '۱۴۰۳/۰۱/۰۱'
 * formatJalali({ year: 1404, month: 1, day: 1 }, 'EEEE d MMMM yyyy'); // 'جمعه ۱ فروردین ۱۴۰۴'
 * formatJalali(new Date('2025-03-20T20:31:00Z'), "d MMMM yyyy 'at' HH:mm", { locale: 'en' });
 * // '1 Farvardin 1404 at 00:01'
 * ```
 * @category Calendar
 */
export function formatJalali(
  value: JalaliDate | JalaliDateTime | Instant,
  pattern: string,
  options: FormatJalaliOptions = {},
): string {
  const locale = options.locale ?? 'fa';
  if (locale !== 'fa' && locale !== 'en') bad('options.locale', `expected 'fa' or 'en', got ${String(locale)}`);
  const digits = options.digits ?? (locale === 'fa' ? 'persian' : 'latin');
  if (digits !== 'persian' && digits !== 'latin') {
    bad('options.digits', `expected 'persian' or 'latin', got ${String(digits)}`);
  }
  if (typeof pattern !== 'string') bad('pattern', `expected a string, got ${typeof pattern}`);
  const { date, epochDay, time } = fieldsOf(value, options.timeZone);
  const num = digits === 'persian' ? persianDigits : (s: string) => s;
  const fa = locale === 'fa';
  const weekday = WEEKDAYS.indexOf(weekdayOfEpochDay(epochDay));
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === "'") {
      let j = i + 1;
      if (pattern[j] === "'") out += "'";
      else
        for (; pattern[j] !== "'" || pattern[j + 1] === "'"; j++) {
          if (j >= pattern.length) bad('pattern', `the quote at ${i} is not closed`);
          out += pattern[j] === "'" ? pattern[j++] : pattern[j];
        }
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    const token = c.repeat(n);
    if ('HhamsS'.includes(c) && time === undefined) {
      bad('pattern', `${token} at ${i} needs a time, but the value is a date (pass a JalaliDateTime or an instant)`);
    }
    const t = time as JalaliDateTime;
    if (c === 'y') out += num(n === 1 ? String(date.year) : n === 2 ? pad(date.year % 100, 2) : pad(date.year, n));
    else if (c === 'M' && n <= 2) out += num(pad(date.month, n));
    else if (token === 'MMM') out += (fa ? MONTH_NAMES.fa : EN_SHORT_MONTHS)[date.month - 1];
    else if (token === 'MMMM') out += MONTH_NAMES[locale][date.month - 1];
    else if (c === 'd' && n <= 2) out += num(pad(date.day, n));
    else if (c === 'E' && n <= 3) out += fa ? FA_WEEKDAYS[weekday] : EN_WEEKDAYS[weekday]?.slice(0, 3);
    else if (token === 'EEEE') out += (fa ? FA_WEEKDAYS : EN_WEEKDAYS)[weekday];
    else if (token === 'EEEEE') out += fa ? FA_NARROW[weekday] : EN_WEEKDAYS[weekday]?.[0];
    else if (c === 'H' && n <= 2) out += num(pad(t.hour, n));
    else if (c === 'h' && n <= 2) out += num(pad(((t.hour + 11) % 12) + 1, n));
    else if (c === 'a' && n <= 3) out += PERIODS[locale][t.hour < 12 ? 0 : 1];
    else if (c === 'm' && n <= 2) out += num(pad(t.minute, n));
    else if (c === 's' && n <= 2) out += num(pad(t.second, n));
    else if (c === 'S' && n <= 3) out += num(pad(t.millisecond, 3).slice(0, n));
    else {
      const hint = 'YD'.includes(c) ? ` (did you mean ${token.toLowerCase()}?)` : '';
      bad('pattern', `${token} at ${i} is not a supported token${hint}; quote literal text ('…')`);
    }
    i += n;
  }
  return out;
}
