import { checkArray, fail, instantOf, rowPath } from './check.js';
import { countCohorts } from './cohortCounts.js';
import { checkedMonthKey, rowMonthKeys } from './monthIndex.js';
import { type MetricPeriod, periodOfMonthKey } from './periods.js';

/**
 * A purchase (or any activity) of a customer, for {@link cohortRetentionMatrix}.
 *
 * @example
 * ```ts
 * const t: CohortTransaction = { customerId: 'c-7', at: new Date('2025-03-25T08:00:00Z') };
 * ```
 * @category Metrics
 */
export type CohortTransaction = {
  /** The customer; ids are compared with `===` (so `'7'` and `7` are different customers). */
  readonly customerId: string | number;
  /** When it happened: a `Date` or epoch milliseconds. */
  readonly at: Date | number;
};

/**
 * Options of {@link cohortRetentionMatrix}.
 * @category Metrics
 */
export interface CohortRetentionOptions {
  /** Zone whose calendar months count (default `'Asia/Tehran'`). */
  readonly timeZone?: string;
  /**
   * End of observation: the matrix runs up to this instant's month (which may be partly observed).
   * Default: the month of the latest transaction. Transactions after it are an error.
   */
  readonly asOf?: Date | number;
  /**
   * `'bracket'` (default): a customer counts in month k if they transacted in the k-th month after
   * their first. `'unbounded'`: if they transacted in month k or any later month.
   */
  readonly retention?: 'bracket' | 'unbounded';
}

/**
 * One cohort (customers whose first transaction fell in one Jalali month): a heatmap row.
 * @category Metrics
 */
export type CohortRetentionRow = {
  /** The month of acquisition (`unit: 'month'`, key like `'1403-07'`). */
  readonly cohort: MetricPeriod;
  /** Customers acquired in that month. */
  readonly size: number;
  /** `active[k]`: customers of the cohort retained k months after acquisition (`active[0] = size`). */
  readonly active: readonly number[];
  /** `rates[k] = active[k] / size` (`rates[0] = 1`). Same length as `active`. */
  readonly rates: readonly number[];
};

/**
 * A cohort retention matrix: cohort rows (oldest first), month-offset columns 0, 1, 2, ….
 * Row lengths form a triangle: a cohort has one column per month from its acquisition to the end
 * of observation, so unobserved months are absent rather than 0.
 * @category Metrics
 */
export type CohortRetentionMatrix = {
  /** The time zone the months were taken in. */
  readonly timeZone: string;
  /** The retention definition used. */
  readonly retention: 'bracket' | 'unbounded';
  /** Number of columns of the widest (oldest) row; 0 without transactions. */
  readonly columns: number;
  /** Cohorts that have customers, oldest first. */
  readonly cohorts: readonly CohortRetentionRow[];
};

/**
 * A retention matrix by Jalali month of acquisition (cohort retention, crm.md §4):
 * r_c(k) = customers of cohort c active in the k-th month after acquisition / size of c, where a
 * customer's cohort is the month of their first transaction in the given time zone. Runs in linear
 * time over typed arrays (about a million transactions in a fraction of a second).
 *
 * @param transactions - `{ customerId, at }` rows in any order
 * @param options - `timeZone` (default `'Asia/Tehran'`), `asOf`, `retention` (`'bracket'`)
 * @returns the matrix, ready for a heatmap (rows = cohorts, columns = months since acquisition)
 * @throws {MoshtariError} INVALID_INSTANT naming the row (bad, out of range, or after `asOf`); INVALID_ARGUMENT for a missing `customerId`; INVALID_OPTION; INVALID_TIME_ZONE
 * @example
 * ```ts
 * const m = cohortRetentionMatrix([
 *   { customerId: 'a', at: new Date('2025-03-25T08:00:00Z') }, // 1404-01
 *   { customerId: 'a', at: new Date('2025-04-25T08:00:00Z') }, // 1404-02
 *   { customerId: 'b', at: new Date('2025-03-30T08:00:00Z') }, // 1404-01
 * ]);
 * m.cohorts[0]; // { cohort: { key: '1404-01', … }, size: 2, active: [2, 1], rates: [1, 0.5] }
 * ```
 * @category Metrics
 */
export function cohortRetentionMatrix(
  transactions: readonly CohortTransaction[],
  options: CohortRetentionOptions = {},
): CohortRetentionMatrix {
  checkArray(transactions, 'transactions');
  const timeZone = options.timeZone ?? 'Asia/Tehran';
  const retention = options.retention ?? 'bracket';
  if (retention !== 'bracket' && retention !== 'unbounded') {
    fail('INVALID_OPTION', 'options.retention', `expected 'bracket' or 'unbounded', got ${String(retention)}`);
  }
  // one pass over the rows: instants, and customers → dense indices
  const n = transactions.length;
  const ms = new Float64Array(n);
  const customerOf = new Int32Array(n);
  const index = new Map<string | number, number>();
  let minIndex = 0;
  let maxIndex = 0;
  for (let i = 0; i < n; i++) {
    const row = transactions[i] as CohortTransaction;
    const t = instantOf(row?.at, 'transactions', i);
    ms[i] = t;
    if (t < (ms[minIndex] as number)) minIndex = i;
    if (t > (ms[maxIndex] as number)) maxIndex = i;
    const id = row.customerId;
    let c = index.get(id);
    if (c === undefined) {
      if (typeof id !== 'string' && typeof id !== 'number') {
        fail(
          'INVALID_ARGUMENT',
          rowPath('transactions', i, 'customerId'),
          `expected a string or number, got ${String(id)}`,
        );
      }
      c = index.size;
      index.set(id, c);
    }
    customerOf[i] = c;
  }
  const keys = rowMonthKeys({ ms, minIndex, maxIndex }, timeZone, 'transactions');
  let endKey = n === 0 ? 0 : (keys[maxIndex] as number);
  if (options.asOf !== undefined) {
    const asOf = instantOf(options.asOf, 'options.asOf');
    if (n > 0 && (ms[maxIndex] as number) > asOf) {
      fail('INVALID_INSTANT', rowPath('transactions', maxIndex, 'at'), 'is after options.asOf');
    }
    endKey = checkedMonthKey(asOf, timeZone, 'options.asOf');
  }
  if (n === 0) return { timeZone, retention, columns: 0, cohorts: [] };

  // first and last month of each customer
  const first = new Int32Array(index.size).fill(0x7fffffff);
  const last = new Int32Array(index.size);
  for (let i = 0; i < n; i++) {
    const c = customerOf[i] as number;
    const key = keys[i] as number;
    if (key < (first[c] as number)) first[c] = key;
    if (key > (last[c] as number)) last[c] = key;
  }
  const minKey = keys[minIndex] as number;
  const width = endKey - minKey + 1; // months from the oldest cohort to the end of observation
  const { rowMonths, sizes, cells } = countCohorts(
    customerOf,
    keys,
    first,
    last,
    minKey,
    endKey,
    retention === 'unbounded',
  );

  return {
    timeZone,
    retention,
    columns: width,
    cohorts: rowMonths.map((m, r) => {
      const active = Array.from(cells[r] as Int32Array);
      const size = sizes[m] as number;
      return { cohort: periodOfMonthKey(minKey + m, 'month'), size, active, rates: active.map((a) => a / size) };
    }),
  };
}
