import type { JalaliYearMonth } from '../calendar/index.js';
import type { RoundingMode } from '../core/index.js';
import type { Money, Rate } from '../money/index.js';
import type { LotOrigin } from './ledgerEvents.js';

/**
 * Options of {@link pointsLiability}.
 * @example
 * ```ts
 * const options: PointsLiabilityOptions = { costPerPoint: '5000', expectedRedemptionRate: '0.8' }; // 5,000 Rial per point
 * ```
 * @category Loyalty
 */
export interface PointsLiabilityOptions {
  /** Value of one point in Rial: a decimal string or `{ numerator, denominator }` (e.g. 100,000/14). */
  readonly costPerPoint: Rate;
  /** Expected share of outstanding points that will be redeemed, decimal in [0, 1] (gives `expectedCost`). */
  readonly expectedRedemptionRate?: string;
  /** Rounding of the totals (default `'halfEven'`); buckets are split from the totals, so they add up exactly. */
  readonly rounding?: RoundingMode;
  /** Upper bounds of the age buckets in days, ascending (default `[30, 90, 180, 365]`). */
  readonly ageBuckets?: readonly number[];
  /** Zone of the civil days (default: the first ledger's policy, else `'Asia/Tehran'`). */
  readonly timeZone?: string;
}

/**
 * Outstanding points of one bucket and their value.
 * @example
 * ```ts
 * const b: LiabilityBucket = { label: '≤30 days', points: 1200, value: rial(6_000_000), month: null };
 * ```
 * @category Loyalty
 */
export type LiabilityBucket = {
  /** `'≤30 days'`, `'31–90 days'`, `'>365 days'`; `'1403/12'`, `'never'`, `'pending'`. */
  readonly label: string;
  /** Outstanding points. */
  readonly points: number;
  /** Their share of the face value. */
  readonly value: Money<'IRR'>;
  /** By expiry: the Jalali month of the last usable day (`null` for never and pending). */
  readonly month: JalaliYearMonth | null;
};

/**
 * Outstanding points liability (operational figures; not accounting advice — see loyalty.md §3.4).
 * @example
 * ```ts
 * declare const l: PointsLiability;
 * l.byExpiry.map((b) => `${b.label}: ${b.points}`);
 * ```
 * @category Loyalty
 */
export type PointsLiability = {
  /** Usable points (lots neither expired nor lapsed). */
  readonly activePoints: number;
  /** Pending points (contract liability once the sale is final). */
  readonly pendingPoints: number;
  /** Negative balances owed by members (not netted). */
  readonly debt: number;
  /** (active + pending) × cost per point. */
  readonly faceValue: Money<'IRR'>;
  /** Face value × expected redemption rate, or `null` without a rate. */
  readonly expectedCost: Money<'IRR'> | null;
  /** Points and value by age since earning (civil days). */
  readonly byAge: readonly LiabilityBucket[];
  /** Points and value by the month of the last usable day, then never-expiring, then pending. */
  readonly byExpiry: readonly LiabilityBucket[];
  /** Points by origin (sale, nonSale, purchase, transferIn). */
  readonly byOrigin: Readonly<Record<LotOrigin, number>>;
};
