import { MoshtariError } from '../core/index.js';
import { checkedEpochDay, jalaliOfEpochDay } from './jalaliDays.js';
import { END_EPOCH_DAY, MAX_JALALI_YEAR, MIN_EPOCH_DAY, MIN_JALALI_YEAR } from './jalaliRule.js';
import { localToInstant, offsetResolver } from './timeZone.js';
import type { Instant, JalaliDate, Weekday } from './types.js';
import { WEEKDAYS, weekdayOfEpochDay } from './weekday.js';
import { toJalali } from './zoned.js';

/**
 * A kind of calendar period: a day; a week (Saturday first by default); a Jalali month; a season or,
 * the same thing, a quarter (spring = months 1–3, summer 4–6, autumn 7–9, winter 10–12); a half year
 * (months 1–6 or 7–12); a year (1 Farvardin – 29/30 Esfand); a fiscal year (12 months from
 * `fiscalYearStartMonth`, by default the Jalali year, the Iranian government's budget year).
 * @category Calendar
 */
export type JalaliPeriodUnit = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'fiscalYear';

/**
 * A period of civil days, half-open: from `start` up to, but not including, `end`.
 * @category Calendar
 */
export type JalaliPeriod = {
  /** The kind of period. */
  readonly unit: JalaliPeriodUnit;
  /** The first day of the period. */
  readonly start: JalaliDate;
  /** The day after the last day of the period (exclusive; 3001/1/1 for the last periods of 3000). */
  readonly end: JalaliDate;
};

/**
 * Options of {@link jalaliPeriod}.
 * @category Calendar
 */
export interface JalaliPeriodOptions {
  /** First day of a `'week'` (default `'sat'`, as in Iran). */
  readonly weekStartsOn?: Weekday;
  /** Month (1–12) on whose first day a `'fiscalYear'` starts (default 1, 1 Farvardin). */
  readonly fiscalYearStartMonth?: number;
}

/**
 * Options of {@link jalaliPeriodInstants}.
 * @category Calendar
 */
export interface JalaliPeriodInstantsOptions {
  /** Zone whose civil days are meant (default `'Asia/Tehran'`, with its DST history). */
  readonly timeZone?: string;
}

/**
 * Options of {@link jalaliPeriodRange}: those of {@link jalaliPeriod} and a `timeZone`.
 * @category Calendar
 */
export interface JalaliPeriodRangeOptions extends JalaliPeriodOptions, JalaliPeriodInstantsOptions {}

/**
 * A half-open range of instants `[start, end)`, e.g. for SQL `col >= $1 AND col < $2`.
 * @category Calendar
 */
export type JalaliInstantRange = {
  /** The first instant, inclusive. */
  readonly start: Date;
  /** The first instant after the range, exclusive. */
  readonly end: Date;
};

const DAY_MS = 86_400_000;
const MONTHS = { day: 0, week: 0, month: 1, season: 3, quarter: 3, half: 6, year: 12, fiscalYear: 12 };

function fail(code: 'INVALID_ARGUMENT' | 'OUT_OF_RANGE', path: string, message: string): never {
  throw new MoshtariError(code, `${path}: ${message}`, { path });
}

function checkUnit(unit: JalaliPeriodUnit, path: string): void {
  if (typeof unit !== 'string' || !Object.hasOwn(MONTHS, unit)) fail('INVALID_ARGUMENT', path, `unknown unit ${unit}`);
}

/** Epoch day of the first day of a month index (year × 12 + month − 1); ±Infinity outside 1178/1 … 3001/1. */
function monthStart(index: number): number {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < MIN_JALALI_YEAR) return -Infinity;
  if (year > MAX_JALALI_YEAR) return year === MAX_JALALI_YEAR + 1 && month === 1 ? END_EPOCH_DAY : Infinity;
  return checkedEpochDay({ year, month, day: 1 }, 'date');
}

/** Internal: epoch-day bounds `[start, end)` of the period of `unit` containing an epoch day. */
export function periodEpochDays(epochDay: number, unit: JalaliPeriodUnit, options: JalaliPeriodOptions): number[] {
  const months = MONTHS[unit];
  let bounds = [epochDay, epochDay + 1];
  if (unit === 'week') {
    const first = WEEKDAYS.indexOf(options.weekStartsOn ?? 'sat');
    if (first < 0) fail('INVALID_ARGUMENT', 'options.weekStartsOn', `expected 'sat' … 'fri'`);
    const start = epochDay - WEEKDAYS.indexOf(weekdayOfEpochDay(epochDay - first));
    bounds = [start, start + 7];
  } else if (months > 0) {
    const f = unit === 'fiscalYear' ? (options.fiscalYearStartMonth ?? 1) : 1;
    if (!Number.isInteger(f) || f < 1 || f > 12) {
      fail('INVALID_ARGUMENT', 'options.fiscalYearStartMonth', `expected an integer 1–12, got ${f}`);
    }
    const { year, month } = jalaliOfEpochDay(epochDay);
    const index = year * 12 + month - 1;
    const first = index - ((((index - f + 1) % months) + months) % months);
    bounds = [monthStart(first), monthStart(first + months)];
  }
  if ((bounds[0] as number) < MIN_EPOCH_DAY || (bounds[1] as number) > END_EPOCH_DAY) {
    fail('OUT_OF_RANGE', 'date', `the ${unit} containing it leaves 1178/1/1 … 3000/12/30 AP`);
  }
  return bounds;
}

/** Options under which a period starting on `start` (epoch day, Jalali month) is aligned. */
function ownOptions(start: number, month: number): JalaliPeriodOptions {
  return { weekStartsOn: weekdayOfEpochDay(start), fiscalYearStartMonth: month };
}

function toPeriod(unit: JalaliPeriodUnit, bounds: readonly number[]): JalaliPeriod {
  return { unit, start: jalaliOfEpochDay(bounds[0] as number), end: jalaliOfEpochDay(bounds[1] as number) };
}

/**
 * The period of a unit that contains a civil date, e.g. the Jalali month or Saturday-first week of a day.
 *
 * @param date - a valid Jalali date
 * @param unit - `'day'`, `'week'`, `'month'`, `'season'`, `'quarter'`, `'half'`, `'year'` or `'fiscalYear'`
 * @param options - `weekStartsOn` (default `'sat'`), `fiscalYearStartMonth` (default 1)
 * @returns the period `{ unit, start, end }`, `end` exclusive
 * @throws {MoshtariError} INVALID_DATE; INVALID_ARGUMENT for an unknown unit or option; OUT_OF_RANGE when the period leaves 1178–3000 AP
 * @example
 * ```ts
 * jalaliPeriod({ year: 1400, month: 4, day: 30 }, 'week');
 * // { unit: 'week', start: { year: 1400, month: 4, day: 26 }, end: { year: 1400, month: 5, day: 2 } }
 * jalaliPeriod({ year: 1403, month: 5, day: 9 }, 'season').start; // { year: 1403, month: 4, day: 1 }
 * ```
 * @category Calendar
 */
export function jalaliPeriod(date: JalaliDate, unit: JalaliPeriodUnit, options?: JalaliPeriodOptions): JalaliPeriod {
  checkUnit(unit, 'unit');
  return toPeriod(unit, periodEpochDays(checkedEpochDay(date, 'date'), unit, options ?? {}));
}

/** Internal: validates a period as made by {@link jalaliPeriod} and returns its epoch-day bounds. */
export function checkedPeriodEpochDays(period: JalaliPeriod, path: string): number[] {
  if (period === null || typeof period !== 'object') fail('INVALID_ARGUMENT', path, 'expected { unit, start, end }');
  checkUnit(period.unit, `${path}.unit`);
  const start = checkedEpochDay(period.start, `${path}.start`);
  const bounds = periodEpochDays(start, period.unit, ownOptions(start, period.start.month));
  const e = period.end as Partial<JalaliDate> | null;
  const last = e?.year === MAX_JALALI_YEAR + 1 && e.month === 1 && e.day === 1;
  const end = last ? END_EPOCH_DAY : checkedEpochDay(period.end, `${path}.end`);
  if (bounds[0] !== start || bounds[1] !== end)
    fail('INVALID_ARGUMENT', path, `not a ${period.unit} as made by jalaliPeriod`);
  return bounds;
}

/**
 * Moves a period by `n` periods of its unit (1 = the next one, −1 = the previous one). Periods are
 * contiguous: `shiftJalaliPeriod(p, 1).start` equals `p.end`.
 *
 * @param period - a period made by {@link jalaliPeriod}
 * @param n - an integer number of periods
 * @returns the shifted period, of the same unit and alignment
 * @throws {MoshtariError} INVALID_ARGUMENT for a malformed period or a non-integer `n`; OUT_OF_RANGE
 * @example
 * ```ts
 * const esfand = jalaliPeriod({ year: 1403, month: 12, day: 5 }, 'month');
 * shiftJalaliPeriod(esfand, 1).start;  // { year: 1404, month: 1, day: 1 }
 * shiftJalaliPeriod(esfand, -1).start; // { year: 1403, month: 11, day: 1 }
 * ```
 * @category Calendar
 */
export function shiftJalaliPeriod(period: JalaliPeriod, n: number): JalaliPeriod {
  const [start, end] = checkedPeriodEpochDays(period, 'period') as [number, number];
  if (!Number.isSafeInteger(n)) fail('INVALID_ARGUMENT', 'n', `expected an integer, got ${n}`);
  const { unit } = period;
  const months = MONTHS[unit];
  const index = period.start.year * 12 + period.start.month - 1;
  const day = months === 0 ? start + n * (end - start) : monthStart(index + n * months);
  if (!(day >= MIN_EPOCH_DAY && day < END_EPOCH_DAY))
    fail('OUT_OF_RANGE', 'n', `moves the ${unit} out of 1178–3000 AP`);
  return toPeriod(unit, periodEpochDays(day, unit, ownOptions(day, period.start.month)));
}

function instantRange(bounds: readonly number[], timeZone: string | undefined): JalaliInstantRange {
  const offsetAt = offsetResolver(timeZone);
  const at = (epochDay: number) => new Date(localToInstant(epochDay * DAY_MS, offsetAt, 'compatible'));
  return { start: at(bounds[0] as number), end: at(bounds[1] as number) };
}

/**
 * The instants `[start, end)` of a period in a time zone: from the first instant of its first day to
 * the first instant of the day after it. Days are not always 24 h long (Tehran had DST until 1401).
 *
 * @param period - a period made by {@link jalaliPeriod}
 * @param options - `timeZone` (default `'Asia/Tehran'`)
 * @returns the half-open instant range
 * @throws {MoshtariError} INVALID_ARGUMENT for a malformed period; INVALID_TIME_ZONE
 * @example
 * ```ts
 * const r = jalaliPeriodInstants(jalaliPeriod({ year: 1401, month: 1, day: 10 }, 'month'));
 * // r.start = 2022-03-20T20:30Z (+03:30), r.end = 2022-04-20T19:30Z (+04:30)
 * ```
 * @category Calendar
 */
export function jalaliPeriodInstants(period: JalaliPeriod, options?: JalaliPeriodInstantsOptions): JalaliInstantRange {
  return instantRange(checkedPeriodEpochDays(period, 'period'), options?.timeZone);
}

/**
 * The instants `[start, end)` of the period of `unit` that contains an instant's civil date in a time
 * zone, e.g. "this Jalali month in Tehran" for a database query.
 *
 * @param instant - a `Date` or epoch milliseconds (e.g. now)
 * @param unit - the period unit (see {@link JalaliPeriodUnit})
 * @param options - `timeZone` (default `'Asia/Tehran'`), `weekStartsOn`, `fiscalYearStartMonth`
 * @returns the half-open instant range
 * @throws {MoshtariError} INVALID_ARGUMENT for an invalid instant, unit or option; INVALID_TIME_ZONE; OUT_OF_RANGE
 * @example
 * ```ts
 * jalaliPeriodRange(new Date('2025-03-20T21:00:00Z'), 'year');
 * // { start: 2025-03-20T20:30:00Z (1404/1/1), end: 2026-03-20T20:30:00Z (1405/1/1) }
 * ```
 * @category Calendar
 */
export function jalaliPeriodRange(
  instant: Instant,
  unit: JalaliPeriodUnit,
  options: JalaliPeriodRangeOptions = {},
): JalaliInstantRange {
  checkUnit(unit, 'unit');
  const today = checkedEpochDay(toJalali(instant, options), 'instant');
  return instantRange(periodEpochDays(today, unit, options), options.timeZone);
}
