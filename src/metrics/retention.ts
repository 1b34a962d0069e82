import type { Result } from '../core/index.js';
import { checkAtMost, checkCount, checkObject, fail } from './check.js';
import type { EmptyDenominatorError } from './errors.js';
import { countRatio, type MetricRatio } from './ratio.js';

/**
 * Customer counts of one period, for {@link retentionRate}.
 * @category Metrics
 */
export type RetentionCounts = {
  /** S: customers at the start of the period. */
  readonly customersAtStart: number;
  /** E: customers at the end of the period (kept + new). */
  readonly customersAtEnd: number;
  /** N: customers acquired during the period (reactivations count as new only if you say so). */
  readonly newCustomers: number;
};

/**
 * Customer retention rate CRR = (E − N) / S (crm.md §4): of the customers there at the start, the
 * share still there at the end. A fraction in 0…1 (× 100 for percent). `1 − CRR` is the churn rate
 * only when reactivated customers are not counted in N.
 *
 * @param counts - `customersAtStart` (S), `customersAtEnd` (E), `newCustomers` (N)
 * @returns (E − N) / S, or EMPTY_DENOMINATOR when S is 0
 * @throws {MoshtariError} INVALID_COUNT for a negative or fractional count; INCONSISTENT_COUNTS when E < N (`counts.newCustomers`) or E − N > S (`counts.customersAtEnd`)
 * @example
 * ```ts
 * retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 40 });
 * // ok: { numerator: 170, denominator: 200, value: 0.85 }  → 85 %
 * ```
 * @category Metrics
 */
export function retentionRate(counts: RetentionCounts): Result<MetricRatio, EmptyDenominatorError> {
  checkObject(counts, 'counts');
  const s = checkCount(counts.customersAtStart, 'counts.customersAtStart');
  const e = checkCount(counts.customersAtEnd, 'counts.customersAtEnd');
  const n = checkCount(counts.newCustomers, 'counts.newCustomers');
  if (e < n) {
    fail('INCONSISTENT_COUNTS', 'counts.newCustomers', `${n} new customers but only ${e} at the end (E < N)`);
  }
  if (e - n > s) {
    fail('INCONSISTENT_COUNTS', 'counts.customersAtEnd', `${e - n} kept customers (E − N) exceed ${s} at the start`);
  }
  return countRatio(e - n, s, 'counts.customersAtStart', 'the retention rate');
}

/**
 * Counts for {@link churnRate}.
 * @category Metrics
 */
export type ChurnCounts = {
  /** Customers at the start of the period. */
  readonly customersAtStart: number;
  /** Of those, how many were lost during the period (by your definition: contract end, inactivity window). */
  readonly lost: number;
};

/**
 * Churn rate: customers lost in the period / customers at its start (crm.md §4). Never divide by
 * the end count. A fraction in 0…1.
 *
 * @param counts - `customersAtStart` and `lost`
 * @returns lost / customersAtStart, or EMPTY_DENOMINATOR when nobody was there at the start
 * @throws {MoshtariError} INVALID_COUNT; INCONSISTENT_COUNTS when `lost` exceeds `customersAtStart`
 * @example
 * ```ts
 * churnRate({ customersAtStart: 200, lost: 30 }); // ok: { numerator: 30, denominator: 200, value: 0.15 }
 * ```
 * @category Metrics
 */
export function churnRate(counts: ChurnCounts): Result<MetricRatio, EmptyDenominatorError> {
  checkObject(counts, 'counts');
  const s = checkCount(counts.customersAtStart, 'counts.customersAtStart');
  const lost = checkCount(counts.lost, 'counts.lost');
  checkAtMost(lost, 'counts.lost', s, 'counts.customersAtStart');
  return countRatio(lost, s, 'counts.customersAtStart', 'the churn rate');
}
