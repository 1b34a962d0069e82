import { checkedEpochDay } from './jalaliDays.js';
import type { JalaliDate, Weekday } from './types.js';

/**
 * The days of the week in Iranian order, Saturday first.
 *
 * @example
 * ```ts
 * WEEKDAYS[0]; // 'sat'
 * ```
 * @category Calendar
 */
export const WEEKDAYS: readonly Weekday[] = ['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'];

/** Internal: weekday of an epoch day (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): Weekday {
  return WEEKDAYS[(((epochDay + 5) % 7) + 7) % 7] as Weekday;
}

/**
 * The day of the week of a Jalali date.
 *
 * @param date - a valid Jalali date
 * @returns `'sat'` … `'fri'`
 * @throws {MoshtariError} INVALID_DATE or OUT_OF_RANGE
 * @example
 * ```ts
 * jalaliWeekday({ year: 1404, month: 1, day: 1 }); // 'fri' (2025-03-21)
 * ```
 * @category Calendar
 */
export function jalaliWeekday(date: JalaliDate): Weekday {
  return weekdayOfEpochDay(checkedEpochDay(date, 'date'));
}
