import { checkArray, fail } from './check.js';
import { rowInstants, rowMonthKeys } from './monthIndex.js';

/**
 * The Jalali periods metrics can be grouped by: a month, a season (spring = months 1–3, summer
 * 4–6, autumn 7–9, winter 10–12) or a year (1 Farvardin – end of Esfand).
 * @category Metrics
 */
export type MetricPeriodUnit = 'month' | 'season' | 'year';

/**
 * One Jalali period, as a row or column label of a report.
 *
 * @example
 * ```ts
 * const mehr1403: MetricPeriod = { unit: 'month', year: 1403, index: 7, key: '1403-07' };
 * const winter: MetricPeriod = { unit: 'season', year: 1403, index: 4, key: '1403-S4' };
 * ```
 * @category Metrics
 */
export type MetricPeriod = {
  /** The kind of period. */
  readonly unit: MetricPeriodUnit;
  /** Jalali year. */
  readonly year: number;
  /** Month 1–12, season 1–4, or 1 for a year. */
  readonly index: number;
  /** Sortable label: `'1403-07'` (month), `'1403-S4'` (season), `'1403'` (year). */
  readonly key: string;
};

/**
 * Anything that happened at an instant: a survey response, an order, an event.
 *
 * @example
 * ```ts
 * const row: TimedRow = { at: new Date('2025-03-25T08:00:00Z') };
 * ```
 * @category Metrics
 */
export type TimedRow = {
  /** When it happened: a `Date` or epoch milliseconds. */
  readonly at: Date | number;
};

/**
 * A value computed over the rows of one period.
 * @category Metrics
 */
export type PeriodValue<TValue> = {
  /** The period. */
  readonly period: MetricPeriod;
  /** How many rows fell into it (always at least 1). */
  readonly rows: number;
  /** What `compute` returned for those rows. */
  readonly value: TValue;
};

/**
 * Options of {@link metricByJalaliPeriod}.
 * @category Metrics
 */
export interface MetricByJalaliPeriodOptions {
  /** Group by Jalali `'month'`, `'season'` or `'year'`. */
  readonly unit: MetricPeriodUnit;
  /** Zone whose calendar days count (default `'Asia/Tehran'`, with its DST history until 1401). */
  readonly timeZone?: string;
}

const UNIT_MONTHS: Readonly<Record<MetricPeriodUnit, number>> = { month: 1, season: 3, year: 12 };

/** Internal: the period containing a month key (year·12 + month − 1). */
export function periodOfMonthKey(monthKey: number, unit: MetricPeriodUnit): MetricPeriod {
  const year = Math.floor(monthKey / 12);
  const month = monthKey - year * 12 + 1;
  if (unit === 'year') return { unit, year, index: 1, key: String(year) };
  if (unit === 'season') {
    const index = Math.ceil(month / 3);
    return { unit, year, index, key: `${year}-S${index}` };
  }
  return { unit, year, index: month, key: `${year}-${month < 10 ? '0' : ''}${month}` };
}

/**
 * Groups rows by the Jalali month, season or year of their `at` in a time zone and computes a
 * metric per group, e.g. NPS per month. Periods without rows are left out; the result is in
 * chronological order and each group keeps the input order.
 *
 * @param rows - rows with an `at` instant (`Date` or epoch milliseconds)
 * @param compute - the metric of one period's rows, e.g. `netPromoterScore`
 * @param options - `unit` and `timeZone` (default `'Asia/Tehran'`)
 * @returns one entry per period that has rows, oldest first
 * @throws {MoshtariError} INVALID_INSTANT naming the row (`rows[4].at`); INVALID_OPTION for an unknown unit; INVALID_TIME_ZONE
 * @example
 * ```ts
 * const responses = [
 *   { score: 10, at: new Date('2025-03-25T08:00:00Z') }, // 1404-01
 *   { score: 3, at: new Date('2025-04-25T08:00:00Z') },  // 1404-02
 * ];
 * metricByJalaliPeriod(responses, netPromoterScore, { unit: 'month' });
 * // [{ period: { key: '1404-01', … }, rows: 1, value: { ok: true, value: { score: 100, … } } },
 * //  { period: { key: '1404-02', … }, rows: 1, value: { ok: true, value: { score: -100, … } } }]
 * ```
 * @category Metrics
 */
export function metricByJalaliPeriod<TRow extends TimedRow, TValue>(
  rows: readonly TRow[],
  compute: (rows: readonly TRow[]) => TValue,
  options: MetricByJalaliPeriodOptions,
): PeriodValue<TValue>[] {
  checkArray(rows, 'rows');
  const unit = options?.unit;
  if (!Object.hasOwn(UNIT_MONTHS, unit)) {
    fail('INVALID_OPTION', 'options.unit', `expected 'month', 'season' or 'year', got ${String(unit)}`);
  }
  if (typeof compute !== 'function') fail('INVALID_ARGUMENT', 'compute', 'expected a function');
  const keys = rowMonthKeys(rowInstants(rows, 'rows'), options.timeZone ?? 'Asia/Tehran', 'rows');
  const size = UNIT_MONTHS[unit];
  const groups = new Map<number, TRow[]>();
  for (let i = 0; i < rows.length; i++) {
    const key = keys[i] as number;
    const first = key - ((key % 12) % size); // the period's first month
    const group = groups.get(first);
    if (group === undefined) groups.set(first, [rows[i] as TRow]);
    else group.push(rows[i] as TRow);
  }
  return [...groups.keys()]
    .sort((a, b) => a - b)
    .map((key) => {
      const group = groups.get(key) as TRow[];
      return { period: periodOfMonthKey(key, unit), rows: group.length, value: compute(group) };
    });
}
