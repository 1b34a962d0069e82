import { MoshtariError } from '../core/index.js';
import { type JalaliBirthdayOptions, type LeapDayBirthday, leapDayRule } from './arithmetic.js';
import { checkedEpochDay, jalaliOfEpochDay } from './jalaliDays.js';
import {
  checkYear,
  END_EPOCH_DAY,
  leapYear,
  MAX_JALALI_YEAR,
  MIN_JALALI_YEAR,
  monthLength,
  nowruzEpochDay,
} from './jalaliRule.js';
import { checkedPeriodEpochDays, type JalaliPeriod } from './periods.js';
import type { JalaliDate } from './types.js';

/**
 * A Jalali month of a given year, `month` 1 = Farvardin.
 * @category Calendar
 */
export type JalaliYearMonth = {
  /** Jalali year, 1178–3000. */
  readonly year: number;
  /** 1 (Farvardin) … 12 (Esfand). */
  readonly month: number;
};

/** Epoch day on which (month, day) recurs in `year`; 30 Esfand in a common year follows `rule`. */
function occurrence(month: number, day: number, year: number, rule: LeapDayBirthday): number {
  if (month === 12 && day === 30 && !leapYear(year)) {
    return rule === 'farvardin1' ? nowruzEpochDay(year + 1) : checkedEpochDay({ year, month, day: 29 }, 'date');
  }
  return checkedEpochDay({ year, month, day }, 'date');
}

/** The first recurrence of a date's month and day on or after epoch day `from` (Infinity beyond 3000 AP). */
function nextOccurrence(date: JalaliDate, from: number, rule: LeapDayBirthday): number {
  for (let year = Math.max(jalaliOfEpochDay(from).year - 1, MIN_JALALI_YEAR); year <= MAX_JALALI_YEAR; year++) {
    const epochDay = occurrence(date.month, date.day, year, rule);
    if (epochDay >= from) return epochDay;
  }
  return Number.POSITIVE_INFINITY;
}

function dateOf(epochDay: number, path: string): JalaliDate {
  if (epochDay >= END_EPOCH_DAY) {
    throw new MoshtariError('OUT_OF_RANGE', `${path}: the birthday falls after 3000/12/30 AP`, { path });
  }
  return jalaliOfEpochDay(epochDay);
}

/**
 * The date of the `years`-th anniversary of a date (birthday, wedding, membership). 30 Esfand falls,
 * in a common year, on 29 Esfand (`leapDayBirthday: 'esfand29'`, default) or on 1 Farvardin of the
 * next year (`'farvardin1'`).
 *
 * @param date - the original date (a date only: never shifted by a time zone)
 * @param years - an integer number of years (0 gives `date`)
 * @param options - `leapDayBirthday`
 * @returns the anniversary date
 * @throws {MoshtariError} INVALID_DATE; INVALID_ARGUMENT for a non-integer `years` or an unknown option; OUT_OF_RANGE
 * @example
 * ```ts
 * jalaliAnniversary({ year: 1403, month: 12, day: 30 }, 1); // { year: 1404, month: 12, day: 29 }
 * jalaliAnniversary({ year: 1403, month: 12, day: 30 }, 1, { leapDayBirthday: 'farvardin1' });
 * // { year: 1405, month: 1, day: 1 }
 * ```
 * @category Calendar
 */
export function jalaliAnniversary(date: JalaliDate, years: number, options?: JalaliBirthdayOptions): JalaliDate {
  const rule = leapDayRule(options);
  checkedEpochDay(date, 'date');
  if (!Number.isSafeInteger(years)) {
    throw new MoshtariError('INVALID_ARGUMENT', `years: expected an integer, got ${String(years)}`, { path: 'years' });
  }
  checkYear(date.year + years, 'years');
  return dateOf(occurrence(date.month, date.day, date.year + years, rule), 'years');
}

/**
 * The next birthday on or after `asOf` (today counts). Only the month and day of `birthDate` matter;
 * 30 Esfand follows `leapDayBirthday` in common years (see {@link jalaliAnniversary}).
 *
 * @param birthDate - a valid Jalali date (a date only: never shifted by a time zone)
 * @param asOf - today, as a Jalali date (e.g. `toJalali(now)` in the customer's zone)
 * @param options - `leapDayBirthday` (default `'esfand29'`)
 * @returns the birthday date, ≥ `asOf` and less than a year and a day after it
 * @throws {MoshtariError} INVALID_DATE; INVALID_ARGUMENT for an unknown option; OUT_OF_RANGE after 3000 AP
 * @example
 * ```ts
 * nextJalaliBirthday({ year: 1370, month: 5, day: 20 }, { year: 1404, month: 5, day: 20 }); // { year: 1404, month: 5, day: 20 }
 * nextJalaliBirthday({ year: 1370, month: 5, day: 20 }, { year: 1404, month: 5, day: 21 }); // { year: 1405, month: 5, day: 20 }
 * ```
 * @category Calendar
 */
export function nextJalaliBirthday(
  birthDate: JalaliDate,
  asOf: JalaliDate,
  options?: JalaliBirthdayOptions,
): JalaliDate {
  const rule = leapDayRule(options);
  checkedEpochDay(birthDate, 'birthDate');
  return dateOf(nextOccurrence(birthDate, checkedEpochDay(asOf, 'asOf'), rule), 'asOf');
}

/**
 * Days from `asOf` to the next birthday (0 when it is today), as {@link nextJalaliBirthday}.
 *
 * @param birthDate - a valid Jalali date
 * @param asOf - today, as a Jalali date
 * @param options - `leapDayBirthday` (default `'esfand29'`)
 * @returns 0 … 365
 * @throws {MoshtariError} INVALID_DATE; INVALID_ARGUMENT; OUT_OF_RANGE
 * @example
 * ```ts
 * daysUntilJalaliBirthday({ year: 1370, month: 1, day: 2 }, { year: 1403, month: 12, day: 30 }); // 2
 * ```
 * @category Calendar
 */
export function daysUntilJalaliBirthday(
  birthDate: JalaliDate,
  asOf: JalaliDate,
  options?: JalaliBirthdayOptions,
): number {
  const rule = leapDayRule(options);
  checkedEpochDay(birthDate, 'birthDate');
  const today = checkedEpochDay(asOf, 'asOf');
  const next = nextOccurrence(birthDate, today, rule);
  dateOf(next, 'asOf');
  return next - today;
}

/**
 * Whether a birthday falls within `days` days from `asOf`, both ends included: `days = 0` is today
 * only, `days = 7` is today and the next seven days.
 *
 * @param birthDate - a valid Jalali date
 * @param asOf - today, as a Jalali date
 * @param days - a non-negative integer
 * @param options - `leapDayBirthday` (default `'esfand29'`)
 * @returns `true` when the next birthday is at most `days` days away
 * @throws {MoshtariError} INVALID_DATE; INVALID_ARGUMENT for a negative or non-integer `days`
 * @example
 * ```ts
 * isJalaliBirthdayWithin({ year: 1370, month: 1, day: 2 }, { year: 1403, month: 12, day: 30 }, 2); // true
 * isJalaliBirthdayWithin({ year: 1370, month: 1, day: 2 }, { year: 1403, month: 12, day: 30 }, 1); // false
 * ```
 * @category Calendar
 */
export function isJalaliBirthdayWithin(
  birthDate: JalaliDate,
  asOf: JalaliDate,
  days: number,
  options?: JalaliBirthdayOptions,
): boolean {
  const rule = leapDayRule(options);
  checkedEpochDay(birthDate, 'birthDate');
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new MoshtariError('INVALID_ARGUMENT', `days: expected an integer ≥ 0, got ${String(days)}`, { path: 'days' });
  }
  const today = checkedEpochDay(asOf, 'asOf');
  return nextOccurrence(birthDate, today, rule) <= today + days;
}

/**
 * Whether a birthday falls within a period (a week, month, season…): the `anniversaryInPeriod` of
 * segment rules.
 *
 * @param birthDate - a valid Jalali date
 * @param period - a period made by `jalaliPeriod`
 * @param options - `leapDayBirthday` (default `'esfand29'`)
 * @returns `true` when some day of the period is a birthday
 * @throws {MoshtariError} INVALID_DATE; INVALID_ARGUMENT for a malformed period or unknown option
 * @example
 * ```ts
 * const week = jalaliPeriod({ year: 1404, month: 12, day: 27 }, 'week'); // 1404/12/23 … 1405/1/1
 * isJalaliBirthdayInPeriod({ year: 1399, month: 12, day: 30 }, week); // true (29 Esfand 1404)
 * ```
 * @category Calendar
 */
export function isJalaliBirthdayInPeriod(
  birthDate: JalaliDate,
  period: JalaliPeriod,
  options?: JalaliBirthdayOptions,
): boolean {
  const rule = leapDayRule(options);
  checkedEpochDay(birthDate, 'birthDate');
  const [start, end] = checkedPeriodEpochDays(period, 'period') as [number, number];
  return nextOccurrence(birthDate, start, rule) < end;
}

/**
 * Whether a birthday falls in a Jalali month: the birth month, except that with `'farvardin1'` a
 * 30 Esfand birthday moves to Farvardin after a common year.
 *
 * @param birthDate - a valid Jalali date
 * @param month - `{ year, month }`
 * @param options - `leapDayBirthday` (default `'esfand29'`)
 * @returns `true` when the birthday is in that month
 * @throws {MoshtariError} INVALID_DATE; OUT_OF_RANGE; INVALID_ARGUMENT for an unknown option
 * @example
 * ```ts
 * isJalaliBirthdayInMonth({ year: 1399, month: 12, day: 30 }, { year: 1404, month: 12 }); // true
 * isJalaliBirthdayInMonth({ year: 1399, month: 12, day: 30 }, { year: 1405, month: 1 }, { leapDayBirthday: 'farvardin1' }); // true
 * ```
 * @category Calendar
 */
export function isJalaliBirthdayInMonth(
  birthDate: JalaliDate,
  month: JalaliYearMonth,
  options?: JalaliBirthdayOptions,
): boolean {
  const rule = leapDayRule(options);
  checkedEpochDay(birthDate, 'birthDate');
  const start = checkedEpochDay({ year: month?.year, month: month?.month, day: 1 }, 'month');
  return nextOccurrence(birthDate, start, rule) < start + monthLength(month.year, month.month);
}
