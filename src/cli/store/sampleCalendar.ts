import { epochDayToJalali, fromJalali, jalaliToEpochDay } from '../../calendar/index.js';

/** The days the sample store spans (1401/07/01 → 1404/06/31, Tehran), precomputed once per store. */
export type SampleCalendar = {
  /** Epoch day of the first day (1401/07/01). */
  readonly startDay: number;
  /** Number of days, the `asOf` day included. */
  readonly days: number;
  /** Tehran midnight of each day (epoch ms). */
  readonly dayStart: Float64Array;
  /** Jalali year of each day. */
  readonly year: Int16Array;
  /** Jalali month (1–12) of each day. */
  readonly month: Int8Array;
  /** Weekday of each day, 0 = Saturday … 6 = Friday. */
  readonly weekday: Int8Array;
  /** 1404/06/31 23:59:59.999 Tehran (epoch ms). */
  readonly asOf: number;
};

/** First day of the sample data (Jalali, Tehran). */
export const SAMPLE_START = { year: 1401, month: 7, day: 1 } as const;
/** Last day of the sample data; `asOf` is its last millisecond in Tehran. */
export const SAMPLE_END = { year: 1404, month: 6, day: 31 } as const;

/**
 * The day table of the sample store: Tehran midnights, Jalali years and months, weekdays, from
 * 1401/07/01 to 1404/06/31 (about 1,096 days), and `asOf` = 1404/06/31 23:59:59.999 Tehran.
 *
 * @returns the precomputed {@link SampleCalendar}
 * @example
 * ```ts
 * const cal = sampleCalendar();
 * cal.year[0]; // 1401
 * new Date(cal.dayStart[0] ?? 0).toISOString(); // '2022-09-22T20:30:00.000Z'
 * ```
 * @category CLI
 */
export function sampleCalendar(): SampleCalendar {
  const startDay = jalaliToEpochDay(SAMPLE_START);
  const days = jalaliToEpochDay(SAMPLE_END) - startDay + 1;
  const dayStart = new Float64Array(days);
  const year = new Int16Array(days);
  const month = new Int8Array(days);
  const weekday = new Int8Array(days);
  for (let d = 0; d < days; d++) {
    const date = epochDayToJalali(startDay + d);
    dayStart[d] = fromJalali(date).getTime();
    year[d] = date.year;
    month[d] = date.month;
    weekday[d] = (((startDay + d + 5) % 7) + 7) % 7;
  }
  const asOf = fromJalali({ ...SAMPLE_END, hour: 23, minute: 59, second: 59, millisecond: 999 }).getTime();
  return { startDay, days, dayStart, year, month, weekday, asOf };
}
