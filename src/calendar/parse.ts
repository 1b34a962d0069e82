import { err, MoshtariError, ok, type Result } from '../core/index.js';
import { latinDigits } from '../internal/digits.js';
import { MAX_JALALI_YEAR, MIN_JALALI_YEAR, monthLength } from './jalaliRule.js';
import type { JalaliDate, JalaliDateTime } from './types.js';

/**
 * Why {@link parseJalali} or {@link parseJalaliDateTime} refused its input.
 * @category Calendar
 */
export type ParseJalaliError = {
  /**
   * `EMPTY` nothing but spaces; `FORMAT` not a date in an accepted form (also two-digit years, day-first
   * dates and a month name without a day); `INVALID_MONTH` month 0 or > 12, or an unknown month name;
   * `INVALID_DAY` a day the month does not have (1404/12/30, 1403/7/31); `OUT_OF_RANGE` a year outside
   * 1178–3000; `INVALID_TIME` an hour > 23, minute or second > 59.
   */
  readonly code: 'EMPTY' | 'FORMAT' | 'INVALID_MONTH' | 'INVALID_DAY' | 'OUT_OF_RANGE' | 'INVALID_TIME';
  /** An English sentence naming what was wrong and where. */
  readonly message: string;
  /** The input as given. */
  readonly input: string;
  /** Index in `input` where the problem starts, when known. */
  readonly position?: number;
};

// Invisible characters (ZWNJ, ZWJ, bidi marks, BOM, tatweel) are dropped before parsing.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u0640\ufeff]/;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u3000]/;
const LETTER_FOLD: Readonly<Record<string, string>> = { ي: 'ی', ى: 'ی', ك: 'ک', آ: 'ا', ة: 'ه' };
// Sticky tokens over the normalized text (ASCII digits, single spaces).
const DIGITS = /\d+/y;
const SHORT = /\d{1,2}(?!\d)/y;
const YEAR = /\d{4}(?!\d)/y;
const SEP = / ?([/.-]) ?/y;
const WORD = /\p{L}+/uy;
const GAP = / ?/y;
const AFTER_MONTH = /(?: ماه(?!\p{L}))?(?: ?[,،])? ?/uy;
const TIME = /(?:[ Tt]|[,،] ?)(\d{1,2}):(\d\d)(?::(\d\d))?(?!\d)/y;
// Month names, folded (lower case, آ → ا): Persian, Finglish, three-letter abbreviation, variants.
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['فروردین', 'farvardin', 'far'],
  ['اردیبهشت', 'ordibehesht', 'ord'],
  ['خرداد', 'khordad', 'kho'],
  ['تیر', 'tir'],
  ['مرداد', 'mordad', 'mor', 'امرداد', 'amordad'],
  ['شهریور', 'shahrivar', 'sha'],
  ['مهر', 'mehr', 'meh'],
  ['ابان', 'aban', 'aba'],
  ['اذر', 'azar', 'aza'],
  ['دی', 'dey', 'dei'],
  ['بهمن', 'bahman', 'bah'],
  ['اسفند', 'esfand', 'esf'],
];

/** The month (1–12) a word names, or 0. */
function monthOfWord(word: string): number {
  const key = [...word].map((c) => LETTER_FOLD[c] ?? c.toLowerCase()).join('');
  return MONTH_WORDS.findIndex((names) => names.includes(key)) + 1;
}

type Failure = { readonly code: ParseJalaliError['code']; readonly message: string; readonly index: number };
type Scanner = { readonly text: string; pos: number };

/** Drops invisibles, folds digits to ASCII and runs of spaces to one; `at[i]` is where `text[i]` came from. */
function normalizeInput(input: string): { readonly text: string; readonly at: readonly number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input[i] as string;
    const space = SPACE.test(c);
    if (INVISIBLE.test(c) || (space && (text === '' || text.endsWith(' ')))) continue;
    text += space ? ' ' : latinDigits(c);
    at.push(i);
  }
  if (text.endsWith(' ')) at.pop();
  at.push(input.length);
  return { text: text.trimEnd(), at };
}

/** Matches a sticky regex at the scanner's position and moves past the match. */
function take(s: Scanner, re: RegExp): RegExpExecArray | null {
  re.lastIndex = s.pos;
  const m = re.exec(s.text);
  if (m !== null) s.pos = re.lastIndex;
  return m;
}

const fail = (code: Failure['code'], message: string, index: number): Failure => ({ code, message, index });

function checkDate(y: number, yAt: number, month: number, mAt: number, day: number, dAt: number): JalaliDate | Failure {
  if (month < 1 || month > 12) return fail('INVALID_MONTH', `month ${month} is not 1–12`, mAt);
  if (y < MIN_JALALI_YEAR || y > MAX_JALALI_YEAR) {
    return fail('OUT_OF_RANGE', `year ${y} is outside ${MIN_JALALI_YEAR}–${MAX_JALALI_YEAR}`, yAt);
  }
  const length = monthLength(y, month);
  if (day < 1 || day > length) return fail('INVALID_DAY', `${y}/${month} has days 1–${length}, not ${day}`, dAt);
  return { year: y, month, day };
}

function readDate(s: Scanner): JalaliDate | Failure {
  const start = s.pos;
  const first = take(s, DIGITS)?.[0];
  if (first === undefined) {
    if (monthOfWord(take(s, WORD)?.[0] ?? '') > 0) return fail('FORMAT', 'a day is required before the month', start);
    return fail('FORMAT', 'expected a date such as 1403/01/01 or 1 Farvardin 1403', start);
  }
  const sep = take(s, SEP)?.[1];
  if (sep !== undefined) {
    if (first.length !== 4) return fail('FORMAT', 'expected a four-digit year first (no two-digit years)', start);
    const mAt = s.pos;
    const m = take(s, SHORT)?.[0];
    if (m === undefined) return fail('FORMAT', 'expected a one- or two-digit month', mAt);
    const sepAt = s.pos;
    if (take(s, SEP)?.[1] !== sep) return fail('FORMAT', `expected "${sep}" after the month`, sepAt);
    const dAt = s.pos;
    const d = take(s, SHORT)?.[0];
    if (d === undefined) return fail('FORMAT', 'expected a one- or two-digit day', dAt);
    return checkDate(Number(first), start, Number(m), mAt, Number(d), dAt);
  }
  if (first.length === 4) return fail('FORMAT', 'expected "/", "-" or "." after the year', s.pos);
  if (first.length > 2) return fail('FORMAT', 'expected year/month/day, or day, month name and year', start);
  take(s, GAP);
  const mAt = s.pos;
  const word = take(s, WORD)?.[0];
  if (word === undefined) return fail('FORMAT', 'expected a separator (/ - .) or a month name', mAt);
  const month = monthOfWord(word);
  if (month === 0) return fail('INVALID_MONTH', `unknown month name "${word}"`, mAt);
  take(s, AFTER_MONTH);
  const yAt = s.pos;
  const y = take(s, YEAR)?.[0];
  if (y === undefined) return fail('FORMAT', 'expected a four-digit year after the month', yAt);
  return checkDate(Number(y), yAt, month, mAt, Number(first), start);
}

function parse(input: string, withTime: boolean): Result<JalaliDateTime, ParseJalaliError> {
  if (typeof input !== 'string') {
    throw new MoshtariError('INVALID_ARGUMENT', `input: expected a string, got ${typeof input}`, { path: 'input' });
  }
  const { text, at } = normalizeInput(input);
  if (text === '') return err({ code: 'EMPTY', message: 'input: is empty', input });
  const s: Scanner = { text, pos: 0 };
  let result: JalaliDateTime | Failure;
  const date = readDate(s);
  const timeAt = s.pos;
  const t = withTime && !('code' in date) ? take(s, TIME) : null;
  const [hour, minute, second] = [Number(t?.[1] ?? 0), Number(t?.[2] ?? 0), Number(t?.[3] ?? 0)];
  if ('code' in date) result = date;
  else if (s.pos < text.length) result = fail('FORMAT', `unexpected "${text.slice(s.pos, s.pos + 8)}"`, s.pos);
  else if (hour > 23 || minute > 59 || second > 59) result = fail('INVALID_TIME', `${t?.[0]} is not a time`, timeAt);
  else result = { ...date, hour, minute, second, millisecond: 0 };
  if (!('code' in result)) return ok(result);
  const position = at[result.index] as number;
  return err({ code: result.code, message: `input: ${result.message} (at ${position})`, input, position });
}

/**
 * Parses a Jalali date as people type it: `'1403/01/01'`, `'۱۴۰۳/۱/۱'`, `'1403-1-1'`, `'1403.01.01'`
 * (year first, four-digit year, the same separator twice, spaces around it allowed) or
 * `'۱ فروردین ۱۴۰۳'`, `'۱ فروردین ماه ۱۴۰۳'`, `'1 Farvardin 1403'`, `'1 far, 1403'` (day, month name,
 * year). Persian and Arabic-Indic digits, Arabic ي ك, invisible marks and extra spaces are accepted.
 * Nothing is guessed: two-digit years, day-first numeric dates (`01/01/1403`) and a month without a
 * day (`'فروردین ۱۴۰۳'`) are `FORMAT` errors.
 *
 * @param input - the text
 * @returns the date, or why it was refused (with the position in `input`)
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * parseJalali('۱۴۰۳/۱۲/۳۰'); // { ok: true, value: { year: 1403, month: 12, day: 30 } }
 * parseJalali('1404/12/30'); // { ok: false, error: { code: 'INVALID_DAY', position: 8, … } }
 * parseJalali('03/01/01');   // { ok: false, error: { code: 'FORMAT', position: 0, … } }
 * ```
 * @category Calendar
 */
export function parseJalali(input: string): Result<JalaliDate, ParseJalaliError> {
  const result = parse(input, false);
  if (!result.ok) return result;
  const { year, month, day } = result.value;
  return ok({ year, month, day });
}

/**
 * Parses a Jalali date as {@link parseJalali} does, optionally followed (after a space, `T` or comma)
 * by a wall-clock time `H:mm` or `H:mm:ss`; a missing time is midnight. Convert the result to an
 * instant with `fromJalali` in the intended time zone.
 *
 * @param input - the text
 * @returns the date and time, or why it was refused
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * parseJalaliDateTime('۱۴۰۳/۰۱/۰۱ ۱۴:۳۰');
 * // { ok: true, value: { year: 1403, month: 1, day: 1, hour: 14, minute: 30, second: 0, millisecond: 0 } }
 * ```
 * @category Calendar
 */
export function parseJalaliDateTime(input: string): Result<JalaliDateTime, ParseJalaliError> {
  return parse(input, true);
}
