import { MoshtariError } from '../core/index.js';
import { checkEpochDay, checkedEpochDay, jalaliOfEpochDay } from './jalaliDays.js';
import { checkYear, monthLength } from './jalaliRule.js';
import type { JalaliDate } from './types.js';

/**
 * When someone born on 30 Esfand (a leap day) has their birthday in a common year: `'esfand29'`
 * (default, the last day of Esfand, like {@link addJalaliYears}) or `'farvardin1'` (the next day, like
 * Braze's 29 Feb → 1 Mar).
 * @category Calendar
 */
export type LeapDayBirthday = 'esfand29' | 'farvardin1';

/**
 * Options of {@link jalaliAge} and the birthday functions.
 * @category Calendar
 */
export interface JalaliBirthdayOptions {
  /** Birthday of a 30 Esfand birth in a common year (default `'esfand29'`). */
  readonly leapDayBirthday?: LeapDayBirthday;
}

/** Internal: the leap-day rule of `options`, or INVALID_ARGUMENT. */
export function leapDayRule(options: JalaliBirthdayOptions | undefined): LeapDayBirthday {
  const rule = options?.leapDayBirthday ?? 'esfand29';
  if (rule !== 'esfand29' && rule !== 'farvardin1') {
    const path = 'options.leapDayBirthday';
    throw new MoshtariError('INVALID_ARGUMENT', `${path}: expected 'esfand29' or 'farvardin1', got ${String(rule)}`, {
      path,
    });
  }
  return rule;
}

function integer(n: number, path: string): number {
  if (!Number.isSafeInteger(n)) {
    throw new MoshtariError('INVALID_ARGUMENT', `${path}: expected an integer, got ${String(n)}`, { path });
  }
  return n;
}

/**
 * Adds (or, when negative, subtracts) days to a Jalali date.
 *
 * @param date - a valid Jalali date
 * @param days - an integer number of days
 * @returns the new date
 * @throws {MoshtariError} INVALID_DATE; INVALID_ARGUMENT for a non-integer `days`; OUT_OF_RANGE when the result leaves 1178–3000 AP
 * @example
 * ```ts
 * addJalaliDays({ year: 1403, month: 12, day: 30 }, 1); // { year: 1404, month: 1, day: 1 }
 * ```
 * @category Calendar
 */
export function addJalaliDays(date: JalaliDate, days: number): JalaliDate {
  const epochDay = checkedEpochDay(date, 'date') + integer(days, 'days');
  checkEpochDay(epochDay, 'days');
  return jalaliOfEpochDay(epochDay);
}

/**
 * Adds (or subtracts) calendar months; a day the target month lacks becomes its last day.
 *
 * @param date - a valid Jalali date
 * @param months - an integer number of months
 * @returns the new date, always valid
 * @throws {MoshtariError} INVALID_DATE; INVALID_ARGUMENT for a non-integer `months`; OUT_OF_RANGE
 * @example
 * ```ts
 * addJalaliMonths({ year: 1403, month: 6, day: 31 }, 1);  // { year: 1403, month: 7, day: 30 }
 * addJalaliMonths({ year: 1403, month: 12, day: 30 }, 12); // { year: 1404, month: 12, day: 29 }
 * ```
 * @category Calendar
 */
export function addJalaliMonths(date: JalaliDate, months: number): JalaliDate {
  checkedEpochDay(date, 'date');
  const index = date.year * 12 + date.month - 1 + integer(months, 'months');
  const year = Math.floor(index / 12);
  checkYear(year, 'months');
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, monthLength(year, month)) };
}

/**
 * Adds (or subtracts) years: {@link addJalaliMonths} with 12 × `years`, so 30 Esfand becomes 29 Esfand
 * in a common year.
 *
 * @param date - a valid Jalali date
 * @param years - an integer number of years
 * @returns the new date
 * @throws {MoshtariError} INVALID_DATE; INVALID_ARGUMENT; OUT_OF_RANGE
 * @example
 * ```ts
 * addJalaliYears({ year: 1403, month: 12, day: 30 }, 1); // { year: 1404, month: 12, day: 29 }
 * ```
 * @category Calendar
 */
export function addJalaliYears(date: JalaliDate, years: number): JalaliDate {
  return addJalaliMonths(date, integer(years, 'years') * 12);
}

/**
 * The number of days from `b` to `a` (`a − b`; negative when `a` is earlier).
 *
 * @param a - a valid Jalali date
 * @param b - a valid Jalali date
 * @returns the signed day count
 * @throws {MoshtariError} INVALID_DATE or OUT_OF_RANGE
 * @example
 * ```ts
 * differenceInJalaliDays({ year: 1404, month: 1, day: 1 }, { year: 1403, month: 1, day: 1 }); // 366
 * ```
 * @category Calendar
 */
export function differenceInJalaliDays(a: JalaliDate, b: JalaliDate): number {
  return checkedEpochDay(a, 'a') - checkedEpochDay(b, 'b');
}

/**
 * The number of whole months from the earlier of `a`, `b` to the later, negative when `a < b`: for
 * `a ≥ b` the largest `n` with `addJalaliMonths(b, n) ≤ a`, and `differenceInJalaliMonths(b, a)` is
 * its negation (truncation toward zero).
 *
 * @param a - a valid Jalali date
 * @param b - a valid Jalali date
 * @returns the signed count of completed months
 * @throws {MoshtariError} INVALID_DATE or OUT_OF_RANGE
 * @example
 * ```ts
 * differenceInJalaliMonths({ year: 1403, month: 7, day: 30 }, { year: 1403, month: 6, day: 31 }); // 1
 * differenceInJalaliMonths({ year: 1403, month: 7, day: 29 }, { year: 1403, month: 6, day: 31 }); // 0
 * ```
 * @category Calendar
 */
export function differenceInJalaliMonths(a: JalaliDate, b: JalaliDate): number {
  const sign = Math.sign(checkedEpochDay(a, 'a') - checkedEpochDay(b, 'b'));
  const [later, earlier] = sign < 0 ? [b, a] : [a, b];
  const months = (later.year - earlier.year) * 12 + later.month - earlier.month;
  const anniversaryDay = Math.min(earlier.day, monthLength(later.year, later.month));
  return sign * (anniversaryDay > later.day ? months - 1 : months) || 0;
}

/**
 * The number of whole years from the earlier of `a`, `b` to the later, negative when `a < b`: the
 * whole months of {@link differenceInJalaliMonths} divided by 12, truncated toward zero.
 *
 * @param a - a valid Jalali date
 * @param b - a valid Jalali date
 * @returns the signed count of completed years
 * @throws {MoshtariError} INVALID_DATE or OUT_OF_RANGE
 * @example
 * ```ts
 * differenceInJalaliYears({ year: 1404, month: 12, day: 29 }, { year: 1403, month: 12, day: 30 }); // 1
 * ```
 * @category Calendar
 */
export function differenceInJalaliYears(a: JalaliDate, b: JalaliDate): number {
  return Math.trunc(differenceInJalaliMonths(a, b) / 12) || 0;
}

/**
 * Orders two Jalali dates, for `Array.prototype.sort`.
 *
 * @param a - a valid Jalali date
 * @param b - a valid Jalali date
 * @returns `-1` when `a` is earlier, `1` when later, `0` for the same day
 * @throws {MoshtariError} INVALID_DATE or OUT_OF_RANGE
 * @example
 * ```ts
 * compareJalaliDates({ year: 1403, month: 12, day: 30 }, { year: 1404, month: 1, day: 1 }); // -1
 * ```
 * @category Calendar
 */
export function compareJalaliDates(a: JalaliDate, b: JalaliDate): -1 | 0 | 1 {
  const d = checkedEpochDay(a, 'a') - checkedEpochDay(b, 'b');
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/**
 * Age in whole years on `asOf`. Someone born on 30 Esfand turns a year older, in a common year, on
 * 29 Esfand (`'esfand29'`, default; equal to `differenceInJalaliYears(asOf, birthDate)`) or on
 * 1 Farvardin (`'farvardin1'`), the same rule as `nextJalaliBirthday`.
 *
 * @param birthDate - a valid Jalali date (not shifted by any time zone)
 * @param asOf - the day to measure on, not before `birthDate`
 * @param options - `leapDayBirthday`
 * @returns the age, ≥ 0
 * @throws {MoshtariError} INVALID_DATE; OUT_OF_RANGE; INVALID_ARGUMENT when `asOf` is before `birthDate` or for an unknown option
 * @example
 * ```ts
 * const born = { year: 1403, month: 12, day: 30 };
 * jalaliAge(born, { year: 1404, month: 12, day: 29 }); // 1
 * jalaliAge(born, { year: 1404, month: 12, day: 29 }, { leapDayBirthday: 'farvardin1' }); // 0
 * ```
 * @category Calendar
 */
export function jalaliAge(birthDate: JalaliDate, asOf: JalaliDate, options?: JalaliBirthdayOptions): number {
  const rule = leapDayRule(options);
  if (checkedEpochDay(asOf, 'asOf') < checkedEpochDay(birthDate, 'birthDate')) {
    throw new MoshtariError('INVALID_ARGUMENT', 'asOf: is before birthDate', { path: 'asOf' });
  }
  const day = rule === 'esfand29' ? Math.min(birthDate.day, monthLength(asOf.year, birthDate.month)) : birthDate.day;
  const before = asOf.month < birthDate.month || (asOf.month === birthDate.month && asOf.day < day);
  return asOf.year - birthDate.year - (before ? 1 : 0);
}
