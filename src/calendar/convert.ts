import { MoshtariError } from '../core/index.js';
import { epochDayFromGregorian, gregorianFromEpochDay, gregorianMonthLength } from '../internal/gregorianDays.js';
import { checkEpochDay, checkedEpochDay, jalaliOfEpochDay } from './jalaliDays.js';
import { checkYear, leapYear, MAX_JALALI_YEAR, MIN_JALALI_YEAR, monthLength } from './jalaliRule.js';
import type { GregorianDate, JalaliDate } from './types.js';

/**
 * Converts a Gregorian date to the Jalali calendar, exactly for 1178–3000 AP (1799-03-21 … 3622-03-20):
 * the 33-year rule with ICU's correction table, equal to the official leap table and the astronomical
 * calendar (so 2124-03-20 is 1503/1/1, where jalaali-js and date-fns-jalali say 1502/12/30).
 *
 * @param date - a valid Gregorian date
 * @returns the Jalali date
 * @throws {MoshtariError} INVALID_DATE for an impossible date; OUT_OF_RANGE outside the supported range
 * @example
 * ```ts
 * gregorianToJalali({ year: 2025, month: 3, day: 21 }); // { year: 1404, month: 1, day: 1 }
 * gregorianToJalali({ year: 2024, month: 1, day: 1 });  // { year: 1402, month: 10, day: 11 }
 * ```
 * @category Calendar
 */
export function gregorianToJalali(date: GregorianDate): JalaliDate {
  if (date === null || typeof date !== 'object') {
    throw new MoshtariError('INVALID_ARGUMENT', `date: expected { year, month, day }, got ${String(date)}`, {
      path: 'date',
    });
  }
  const { year, month, day } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new MoshtariError('INVALID_DATE', `date: not a Gregorian date: ${year}-${month}-${day}`, { path: 'date' });
  }
  if (!Number.isInteger(day) || day < 1 || day > gregorianMonthLength(year, month)) {
    throw new MoshtariError('INVALID_DATE', `date.day: ${year}-${month} has no day ${String(day)}`, {
      path: 'date.day',
    });
  }
  const epochDay = epochDayFromGregorian(year, month, day);
  checkEpochDay(epochDay, 'date');
  return jalaliOfEpochDay(epochDay);
}

/**
 * Converts a Jalali date to the Gregorian calendar (see {@link gregorianToJalali} for the rule).
 *
 * @param date - a valid Jalali date, 1178–3000 AP
 * @returns the Gregorian date
 * @throws {MoshtariError} INVALID_DATE (e.g. 1404/12/30: 1404 is not leap) or OUT_OF_RANGE
 * @example
 * ```ts
 * jalaliToGregorian({ year: 1403, month: 12, day: 30 }); // { year: 2025, month: 3, day: 20 }
 * jalaliToGregorian({ year: 1503, month: 1, day: 1 });   // { year: 2124, month: 3, day: 20 }
 * ```
 * @category Calendar
 */
export function jalaliToGregorian(date: JalaliDate): GregorianDate {
  return gregorianFromEpochDay(checkedEpochDay(date, 'date'));
}

/**
 * Tells whether a Jalali year is leap (Esfand has 30 days): equal to the official table for
 * 1206–1498 and to the astronomical calendar for 1178–3000.
 *
 * @param year - a Jalali year, 1178–3000
 * @returns `true` for a leap year
 * @throws {MoshtariError} OUT_OF_RANGE outside 1178–3000
 * @example
 * ```ts
 * isJalaliLeapYear(1403); // true
 * isJalaliLeapYear(1404); // false
 * isJalaliLeapYear(1502); // false (the plain 33-year rule says true)
 * ```
 * @category Calendar
 */
export function isJalaliLeapYear(year: number): boolean {
  checkYear(year, 'year');
  return leapYear(year);
}

/**
 * Days in a Jalali month: 31 for months 1–6, 30 for 7–11, 29 or 30 for Esfand.
 *
 * @param year - a Jalali year, 1178–3000
 * @param month - 1 … 12
 * @returns the month's length
 * @throws {MoshtariError} OUT_OF_RANGE or INVALID_DATE for a bad month
 * @example
 * ```ts
 * jalaliMonthLength(1403, 12); // 30
 * jalaliMonthLength(1404, 12); // 29
 * ```
 * @category Calendar
 */
export function jalaliMonthLength(year: number, month: number): number {
  checkYear(year, 'year');
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new MoshtariError('INVALID_DATE', `month: expected 1–12, got ${String(month)}`, { path: 'month' });
  }
  return monthLength(year, month);
}

/**
 * Tells whether a value is a valid Jalali date within the supported range 1178–3000 AP.
 *
 * @param date - anything
 * @returns `true` for `{ year, month, day }` integers naming a real Jalali day
 * @example
 * ```ts
 * isValidJalaliDate({ year: 1403, month: 12, day: 30 }); // true
 * isValidJalaliDate({ year: 1404, month: 12, day: 30 }); // false
 * ```
 * @category Calendar
 */
export function isValidJalaliDate(date: unknown): date is JalaliDate {
  if (date === null || typeof date !== 'object') return false;
  const { year, month, day } = date as Record<string, unknown>;
  return (
    typeof year === 'number' &&
    Number.isInteger(year) &&
    year >= MIN_JALALI_YEAR &&
    year <= MAX_JALALI_YEAR &&
    typeof month === 'number' &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    typeof day === 'number' &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= monthLength(year, month)
  );
}
