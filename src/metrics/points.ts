import type { Result } from '../core/index.js';
import { checkAtMost, checkCount, checkObject } from './check.js';
import type { EmptyDenominatorError } from './errors.js';
import { countRatio, type MetricRatio } from './ratio.js';

/**
 * Points issued and redeemed over the same span (one period, or lifetime).
 * @category Metrics
 */
export type PointsActivity = {
  /** Points issued (earned); expired points stay in here as issued-not-redeemed. */
  readonly issued: number;
  /** Of those, points redeemed (burned). */
  readonly redeemed: number;
};

function checked(activity: PointsActivity): readonly [number, number] {
  checkObject(activity, 'activity');
  const issued = checkCount(activity.issued, 'activity.issued');
  const redeemed = checkCount(activity.redeemed, 'activity.redeemed');
  checkAtMost(redeemed, 'activity.redeemed', issued, 'activity.issued');
  return [issued, redeemed];
}

/**
 * Points redemption rate: points redeemed / points issued (crm.md §4, loyalty.md §3). A fraction
 * in 0…1.
 *
 * @param activity - `issued` and `redeemed` points (non-negative integers)
 * @returns redeemed / issued, or EMPTY_DENOMINATOR when nothing was issued
 * @throws {MoshtariError} INVALID_COUNT; INCONSISTENT_COUNTS when more was redeemed than issued
 * @example
 * ```ts
 * pointsRedemptionRate({ issued: 1_000_000, redeemed: 720_000 }); // ok: value 0.72
 * ```
 * @category Metrics
 */
export function pointsRedemptionRate(activity: PointsActivity): Result<MetricRatio, EmptyDenominatorError> {
  const [issued, redeemed] = checked(activity);
  return countRatio(redeemed, issued, 'activity.issued', 'the redemption rate');
}

/**
 * Points breakage: the share of issued points never redeemed, 1 − redemption rate = (issued −
 * redeemed) / issued (crm.md §4). Expired points count as breakage. A fraction in 0…1; it drives
 * the points liability (loyalty.md §3).
 *
 * @param activity - `issued` and `redeemed` points (non-negative integers)
 * @returns (issued − redeemed) / issued, or EMPTY_DENOMINATOR when nothing was issued
 * @throws {MoshtariError} INVALID_COUNT; INCONSISTENT_COUNTS when more was redeemed than issued
 * @example
 * ```ts
 * pointsBreakageRate({ issued: 1_000_000, redeemed: 720_000 }); // ok: value 0.28
 * ```
 * @category Metrics
 */
export function pointsBreakageRate(activity: PointsActivity): Result<MetricRatio, EmptyDenominatorError> {
  const [issued, redeemed] = checked(activity);
  return countRatio(issued - redeemed, issued, 'activity.issued', 'the breakage rate');
}
