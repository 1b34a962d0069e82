import { MoshtariError } from '../core/index.js';
import { holidaysOfYear } from './holidays.js';
import { checkHolidayOptions, type HolidayOptionsChecked, type IranHolidaysOptions } from './holidaysOptions.js';
import { checkedEpochDay } from './jalaliDays.js';
import type { JalaliDate, Weekday } from './types.js';
import { WEEKDAYS, weekdayOfEpochDay } from './weekday.js';

/**
 * Options of {@link isJalaliWeekend}.
 * @category Calendar
 */
export interface JalaliWeekendOptions {
  /**
   * The weekly rest days. Default `['fri']`: Friday is Iran's only national weekly rest day; many offices
   * also close on Thursday (`['thu', 'fri']`), which is a setting, not law (calendar.md §6).
   */
  readonly weekend?: readonly Weekday[];
}

/**
 * A whole day off: a Jalali date, or any entry with a `date` (such as an {@link IranHoliday}).
 *
 * @example
 * ```ts
 * const days: readonly JalaliDayOff[] = [{ year: 1404, month: 1, day: 5 }, ...iranHolidays(1404)];
 * ```
 * @category Calendar
 */
export type JalaliDayOff =
  | JalaliDate
  | {
      /** The day off. */
      readonly date: JalaliDate;
    };

/**
 * Options of {@link isWorkingDay}.
 * @category Calendar
 */
export interface IsWorkingDayOptions extends JalaliWeekendOptions {
  /** Extra days off: Jalali dates, or entries with a `date` such as the result of {@link iranHolidays}. */
  readonly holidays?: readonly JalaliDayOff[];
  /**
   * Also treat Iran's official holidays as days off: `true` (default), `false` (e.g. when `holidays` already
   * holds an edited {@link iranHolidays} list), or {@link IranHolidaysOptions} to add or remove days.
   */
  readonly includeIranHolidays?: boolean | IranHolidaysOptions;
}

/** Internal: a weekend as a 7-bit mask over {@link WEEKDAYS} (bit 0 = Saturday). */
export function weekendMask(weekend: readonly Weekday[] | undefined, path: string): number {
  if (weekend === undefined) return 1 << 6;
  if (!Array.isArray(weekend)) {
    throw new MoshtariError('INVALID_ARGUMENT', `${path}: expected an array of weekdays such as ['thu', 'fri']`, {
      path,
    });
  }
  let mask = 0;
  weekend.forEach((day: Weekday, i: number) => {
    const bit = WEEKDAYS.indexOf(day);
    if (bit < 0) {
      throw new MoshtariError(
        'INVALID_ARGUMENT',
        `${path}[${i}]: expected one of ${WEEKDAYS.join(', ')}, got ${JSON.stringify(day)}`,
        { path: `${path}[${i}]` },
      );
    }
    mask |= 1 << bit;
  });
  return mask;
}

/** Internal: epoch days of a list of dates or `{ date }` entries. */
export function holidayEpochDays(holidays: readonly JalaliDayOff[] | undefined, path: string): number[] {
  if (holidays === undefined) return [];
  if (!Array.isArray(holidays)) {
    throw new MoshtariError('INVALID_ARGUMENT', `${path}: expected an array of Jalali dates`, { path });
  }
  return holidays.map((h: JalaliDayOff, i: number) =>
    h !== null && typeof h === 'object' && 'date' in h
      ? checkedEpochDay(h.date, `${path}[${i}].date`)
      : checkedEpochDay(h, `${path}[${i}]`),
  );
}

/** Internal: `includeIranHolidays` checked: `undefined` when off, else the holiday options. */
export function iranHolidaySetting(
  value: boolean | IranHolidaysOptions | undefined,
  path: string,
): HolidayOptionsChecked | undefined {
  if (value === false) return undefined;
  if (value === undefined || value === true) return checkHolidayOptions(undefined, path);
  if (value === null || typeof value !== 'object') {
    throw new MoshtariError(
      'INVALID_ARGUMENT',
      `${path}: expected a boolean or holiday options, got ${String(value)}`,
      {
        path,
      },
    );
  }
  return checkHolidayOptions(value, path);
}

/**
 * Tells whether a Jalali date falls on a weekly rest day. The week starts on Saturday (`WEEKDAYS`).
 *
 * @param date - a valid Jalali date
 * @param options - `weekend` (default `['fri']`; e.g. `['thu', 'fri']`)
 * @returns `true` on a weekend day
 * @throws {MoshtariError} INVALID_DATE / OUT_OF_RANGE for a bad date; INVALID_ARGUMENT for an unknown weekday
 * @example
 * ```ts
 * isJalaliWeekend({ year: 1404, month: 1, day: 1 });                              // true (Friday)
 * isJalaliWeekend({ year: 1404, month: 1, day: 7 });                              // false (Thursday)
 * isJalaliWeekend({ year: 1404, month: 1, day: 7 }, { weekend: ['thu', 'fri'] }); // true
 * ```
 * @category Calendar
 */
export function isJalaliWeekend(date: JalaliDate, options?: JalaliWeekendOptions): boolean {
  const day = checkedEpochDay(date, 'date');
  const mask = weekendMask(options?.weekend, 'options.weekend');
  return (mask & (1 << WEEKDAYS.indexOf(weekdayOfEpochDay(day)))) !== 0;
}

/**
 * Tells whether a Jalali date is a working day: not a weekend day, not one of `holidays`, and (unless
 * `includeIranHolidays` is `false`) not one of Iran's official holidays ({@link iranHolidays}, with estimated
 * lunar days included by default). It builds the year's holiday list on each call: for many days, create a
 * {@link BusinessCalendar} (which caches it) or call {@link iranHolidays} once.
 *
 * @param date - a valid Jalali date
 * @param options - `weekend` (default `['fri']`), `holidays`, `includeIranHolidays` (default `true`)
 * @returns `true` on a working day
 * @throws {MoshtariError} INVALID_DATE / OUT_OF_RANGE for a bad date; INVALID_ARGUMENT for bad options
 * @example
 * ```ts
 * isWorkingDay({ year: 1404, month: 1, day: 8 });                                  // false (Friday)
 * isWorkingDay({ year: 1404, month: 1, day: 5 });                                  // true (Tuesday)
 * isWorkingDay({ year: 1404, month: 1, day: 11 });                                 // false (Eid al-Fitr)
 * isWorkingDay({ year: 1404, month: 1, day: 11 }, { includeIranHolidays: false }); // true
 * isWorkingDay({ year: 1404, month: 1, day: 7 }, { weekend: ['thu', 'fri'] });    // false (Thursday)
 * ```
 * @category Calendar
 */
export function isWorkingDay(date: JalaliDate, options?: IsWorkingDayOptions): boolean {
  const day = checkedEpochDay(date, 'date');
  const mask = weekendMask(options?.weekend, 'options.weekend');
  const extra = holidayEpochDays(options?.holidays, 'options.holidays');
  const iran = iranHolidaySetting(options?.includeIranHolidays, 'options.includeIranHolidays');
  if ((mask & (1 << WEEKDAYS.indexOf(weekdayOfEpochDay(day)))) !== 0) return false;
  if (extra.includes(day)) return false;
  return iran === undefined || !holidaysOfYear(date.year, iran).some((h) => h.epochDay === day);
}
