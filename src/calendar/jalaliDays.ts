import { MoshtariError } from '../core/index.js';
import { checkYear, END_EPOCH_DAY, MIN_EPOCH_DAY, monthLength, nowruzEpochDay } from './jalaliRule.js';
import type { JalaliDate } from './types.js';

/** Internal: validates a Jalali date and returns its epoch day. */
export function checkedEpochDay(date: JalaliDate, path: string): number {
  if (date === null || typeof date !== 'object') {
    throw new MoshtariError('INVALID_ARGUMENT', `${path}: expected { year, month, day }, got ${String(date)}`, {
      path,
    });
  }
  const { year, month, day } = date;
  checkYear(year, `${path}.year`);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new MoshtariError('INVALID_DATE', `${path}.month: expected 1–12, got ${String(month)}`, {
      path: `${path}.month`,
    });
  }
  const length = monthLength(year, month);
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new MoshtariError('INVALID_DATE', `${path}.day: ${year}/${month} has ${length} days, got ${String(day)}`, {
      path: `${path}.day`,
    });
  }
  return nowruzEpochDay(year) + (month <= 7 ? 31 * (month - 1) : 30 * (month - 1) + 6) + day - 1;
}

/** Internal: the Jalali date of an epoch day inside the supported range (no check). */
export function jalaliOfEpochDay(epochDay: number): JalaliDate {
  let year = Math.floor(((epochDay - nowruzEpochDay(1)) * 33 + 3) / 12053) + 1;
  let start = nowruzEpochDay(year);
  if (epochDay < start) start = nowruzEpochDay(--year);
  else {
    const next = nowruzEpochDay(year + 1);
    if (epochDay >= next) {
      year++;
      start = next;
    }
  }
  const doy = epochDay - start;
  if (doy < 186) return { year, month: Math.floor(doy / 31) + 1, day: (doy % 31) + 1 };
  const rest = doy - 186;
  return { year, month: Math.floor(rest / 30) + 7, day: (rest % 30) + 1 };
}

/** Internal: throws OUT_OF_RANGE unless an epoch day falls in 1178–3000 AP. */
export function checkEpochDay(epochDay: number, path: string): void {
  if (!Number.isInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay >= END_EPOCH_DAY) {
    throw new MoshtariError(
      Number.isInteger(epochDay) ? 'OUT_OF_RANGE' : 'INVALID_ARGUMENT',
      `${path}: day ${String(epochDay)} is outside the supported range 1178/1/1–3000/12/30 AP (epoch days ${MIN_EPOCH_DAY}…${END_EPOCH_DAY - 1})`,
      { path },
    );
  }
}

/**
 * Days since 1970-01-01 of a Jalali date: the integer day number to store, compare and do bulk
 * arithmetic with (subtract two for a distance in days).
 *
 * @param date - a valid Jalali date, 1178–3000 AP
 * @returns the epoch day (1404/1/1 → 20168)
 * @throws {MoshtariError} INVALID_DATE or OUT_OF_RANGE
 * @example
 * ```ts
 * jalaliToEpochDay({ year: 1404, month: 1, day: 1 }); // 20168 (2025-03-21)
 * ```
 * @category Calendar
 */
export function jalaliToEpochDay(date: JalaliDate): number {
  return checkedEpochDay(date, 'date');
}

/**
 * The Jalali date of an epoch day (days since 1970-01-01).
 *
 * @param epochDay - an integer day number within 1178–3000 AP
 * @returns the Jalali date
 * @throws {MoshtariError} OUT_OF_RANGE outside 1178–3000 AP
 * @example
 * ```ts
 * epochDayToJalali(20168); // { year: 1404, month: 1, day: 1 }
 * ```
 * @category Calendar
 */
export function epochDayToJalali(epochDay: number): JalaliDate {
  checkEpochDay(epochDay, 'epochDay');
  return jalaliOfEpochDay(epochDay);
}
