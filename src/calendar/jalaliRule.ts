// The Jalali calendar rule: the 33-year arithmetic rule plus ICU's 78-year NON_LEAP_CORRECTION table
// (calendar.md §2.2; ICU 78, ICU4X, roozbehp/persiancalendar). It equals the astronomical calendar
// (equinox before noon at 52.5°E) for 1178–3000 AP and the official leap table for 1206–1498 AP.

import { MoshtariError } from '../core/index.js';

/** First and last supported Jalali years. */
export const MIN_JALALI_YEAR = 1178;
export const MAX_JALALI_YEAR = 3000;

// Years that the plain 33-year rule makes leap but that are not; the year after each is leap instead.
const NON_LEAP_CORRECTION: ReadonlySet<number> = new Set([
  1502, 1601, 1634, 1667, 1700, 1733, 1766, 1799, 1832, 1865, 1898, 1931, 1964, 1997, 2030, 2059, 2063, 2096, 2129,
  2158, 2162, 2191, 2195, 2224, 2228, 2257, 2261, 2290, 2294, 2323, 2327, 2356, 2360, 2389, 2393, 2422, 2426, 2455,
  2459, 2488, 2492, 2521, 2525, 2554, 2558, 2587, 2591, 2620, 2624, 2653, 2657, 2686, 2690, 2719, 2723, 2748, 2752,
  2756, 2781, 2785, 2789, 2818, 2822, 2847, 2851, 2855, 2880, 2884, 2888, 2913, 2917, 2921, 2946, 2950, 2954, 2979,
  2983, 2987,
]);

// Epoch day of the plain rule's year 0 origin, calibrated so that 1 Farvardin 1404 = 2025-03-21.
const EPOCH = -492268;

/** Epoch day of 1 Farvardin of `year` (no range check). */
export function nowruzEpochDay(year: number): number {
  const plain = EPOCH + 365 * (year - 1) + Math.floor((8 * year + 21) / 33);
  return year > 1502 && NON_LEAP_CORRECTION.has(year - 1) ? plain - 1 : plain;
}

/** Leap predicate of the rule (no range check). */
export function leapYear(year: number): boolean {
  if (year >= 1502 && NON_LEAP_CORRECTION.has(year)) return false;
  if (year > 1502 && NON_LEAP_CORRECTION.has(year - 1)) return true;
  return (((25 * year + 11) % 33) + 33) % 33 < 8;
}

/** Throws OUT_OF_RANGE unless `year` is an integer within 1178–3000. */
export function checkYear(year: number, path: string): void {
  if (!Number.isInteger(year)) {
    throw new MoshtariError('INVALID_DATE', `${path}: expected an integer Jalali year, got ${String(year)}`, { path });
  }
  if (year < MIN_JALALI_YEAR || year > MAX_JALALI_YEAR) {
    throw new MoshtariError(
      'OUT_OF_RANGE',
      `${path}: Jalali year ${year} is outside the supported range ${MIN_JALALI_YEAR}–${MAX_JALALI_YEAR}`,
      { path },
    );
  }
}

/** Days in a Jalali month of a supported year (no range check). */
export function monthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return leapYear(year) ? 30 : 29;
}

/** Epoch day of the first supported day (1178/1/1) and of the day after the last (3001/1/1). */
export const MIN_EPOCH_DAY: number = nowruzEpochDay(MIN_JALALI_YEAR);
export const END_EPOCH_DAY: number = nowruzEpochDay(MAX_JALALI_YEAR + 1);
