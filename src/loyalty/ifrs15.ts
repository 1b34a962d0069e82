import type { RoundingMode } from '../core/index.js';
import { divRound } from '../internal/rounding.js';
import { allocate, type Money, moneyToBigInt, type Rate, rial } from '../money/index.js';
import { checkObject, checkPoints, fail, show } from './check.js';
import { compareQ, decimalQ, mulQ, ONE, rateQ } from './rational.js';
import { roundingOption } from './redemption.js';

/**
 * A sale that issues points: what IFRS 15.B42 needs to allocate its price.
 * @example
 * ```ts
 * const sale: PointsSale = { transactionPrice: rial(100_000), pointsIssued: 10_000, valuePerPoint: '1', expectedRedemptionRate: '0.97' };
 * ```
 * @category Loyalty
 */
export type PointsSale = {
  /** The price paid, in Rial. */
  readonly transactionPrice: Money<'IRR'>;
  /** Stand-alone selling price of the goods (default: the transaction price). */
  readonly goodsStandalonePrice?: Money<'IRR'>;
  /** Points issued with the sale. */
  readonly pointsIssued: number;
  /** Discount one point gives when redeemed, in Rial (decimal string or ratio). */
  readonly valuePerPoint: Rate;
  /** Expected share of the points that will be redeemed (1 − expected breakage), decimal in [0, 1]. */
  readonly expectedRedemptionRate: string;
};

/**
 * The price split between goods and points.
 * @example
 * ```ts
 * declare const a: PointsRevenueAllocation;
 * `defer ${a.points.amount} Rial as a contract liability`;
 * ```
 * @category Loyalty
 */
export type PointsRevenueAllocation = {
  /** Stand-alone selling price of the points = issued × value × expected redemption (rounded half-even for display). */
  readonly pointsStandalonePrice: Money<'IRR'>;
  /** Revenue recognised for the goods at the sale. */
  readonly goods: Money<'IRR'>;
  /** Contract liability for the points (deferred revenue). */
  readonly points: Money<'IRR'>;
};

/**
 * Allocates a sale's price between the goods and the points (a material right) by relative
 * stand-alone selling price (IFRS 15.B42 and Example 52; ASC 606-10-55-44): SSP of the points =
 * points × value per point × expected redemption rate, computed exactly, and the price is split by
 * the largest-remainder method so `goods + points` is exactly the price.
 *
 * @param sale - price, goods SSP, points issued, value per point, expected redemption rate
 * @returns the points SSP, goods revenue and points liability, in Rial
 * @throws {MoshtariError} INVALID_ARGUMENT for a bad rate or negative amounts; INVALID_POINTS
 * @example
 * ```ts
 * // KPMG Example 10A: sales 100,000; 10,000 points worth 1 each; 97 % expected redemption
 * allocatePointsRevenue({ transactionPrice: rial(100_000), pointsIssued: 10_000, valuePerPoint: '1', expectedRedemptionRate: '0.97' });
 * // pointsStandalonePrice 9,700; goods 91,158; points 8,842 (= 100,000 × 9,700 / 109,700)
 * ```
 * @category Loyalty
 */
export function allocatePointsRevenue(sale: PointsSale): PointsRevenueAllocation {
  checkObject(sale, 'sale', 'INVALID_ARGUMENT');
  const price = moneyToBigInt(sale.transactionPrice);
  const goods = sale.goodsStandalonePrice === undefined ? price : moneyToBigInt(sale.goodsStandalonePrice);
  if (price < 0n || goods < 0n) fail('INVALID_ARGUMENT', 'sale', 'prices must not be negative');
  const issued = BigInt(checkPoints(sale.pointsIssued, 'sale.pointsIssued'));
  const r = decimalQ(sale.expectedRedemptionRate, 'sale.expectedRedemptionRate', 'INVALID_ARGUMENT');
  if (compareQ(r, ONE) > 0)
    fail(
      'INVALID_ARGUMENT',
      'sale.expectedRedemptionRate',
      `expected a rate in [0, 1], got ${show(sale.expectedRedemptionRate)}`,
    );
  const ssp = mulQ(mulQ(rateQ(sale.valuePerPoint, 'sale.valuePerPoint', 'INVALID_ARGUMENT'), r), { n: issued, d: 1n });
  const pointsSsp = rial(divRound(ssp.n, ssp.d, 'halfEven'));
  if (goods === 0n && ssp.n === 0n) return { pointsStandalonePrice: pointsSsp, goods: rial(price), points: rial(0) };
  const [g, p] = allocate(rial(price), [goods * ssp.d, ssp.n]) as [Money<'IRR'>, Money<'IRR'>];
  return { pointsStandalonePrice: pointsSsp, goods: g, points: p };
}

/**
 * Redemptions in one reporting period and the estimate at its end.
 * @example
 * ```ts
 * const year2: RedemptionPeriod = { redeemed: 4_500, expectedTotal: 9_700 };
 * ```
 * @category Loyalty
 */
export type RedemptionPeriod = {
  /** Points redeemed in the period. */
  readonly redeemed: number;
  /** Expected total redemptions of the issued points, as estimated at the period's end. */
  readonly expectedTotal: number;
  /** The remaining points lapsed (expired; exercise is remote): the rest of the liability is recognised. */
  readonly lapsed?: boolean;
};

/**
 * Revenue of one period under cumulative catch-up.
 * @example
 * ```ts
 * declare const p: PointsRevenuePeriod;
 * `${p.revenue.amount} Rial recognised, ${p.contractLiability.amount} still deferred`;
 * ```
 * @category Loyalty
 */
export type PointsRevenuePeriod = {
  /** Points redeemed so far. */
  readonly redeemedCumulative: number;
  /** The estimate used. */
  readonly expectedTotal: number;
  /** Revenue recognised so far = allocated × redeemed so far / expected total (at most the allocation). */
  readonly revenueCumulative: Money<'IRR'>;
  /** This period's revenue (the difference; negative if the estimate rose without redemptions). */
  readonly revenue: Money<'IRR'>;
  /** What is still deferred. */
  readonly contractLiability: Money<'IRR'>;
};

/**
 * Recognises the points' allocated revenue as they are redeemed, with cumulative catch-up when the
 * expected-redemption estimate changes (IFRS 15.B46 / ASC 606-10-55-48: breakage in proportion to
 * the pattern of redemption): cumulative revenue = allocated × redeemed so far / expected total,
 * rounded each period (default `'halfEven'`); period revenue is the difference, so the periods add up
 * exactly. A change of estimate never changes the allocation itself.
 *
 * @param allocated - the points' allocated revenue (e.g. `allocatePointsRevenue(...).points`)
 * @param periods - per period: points redeemed and the estimate at its end
 * @param options - `rounding` of cumulative revenue
 * @returns one row per period
 * @throws {MoshtariError} INVALID_POINTS; INVALID_ARGUMENT for an expected total of 0 (unless lapsed) or a negative allocation
 * @example
 * ```ts
 * // KPMG Example 10A/10B (allocation 9,000):
 * pointsRevenueSchedule(rial(9_000), [{ redeemed: 4_500, expectedTotal: 9_700 }, { redeemed: 4_000, expectedTotal: 9_900 }])
 *   .map((p) => p.revenue.amount); // ['4175', '3552']
 * pointsRevenueSchedule(rial(9_000), [{ redeemed: 4_500, expectedTotal: 9_700 }, { redeemed: 4_000, expectedTotal: 9_200 }])
 *   .map((p) => p.revenue.amount); // ['4175', '4140']
 * ```
 * @category Loyalty
 */
export function pointsRevenueSchedule(
  allocated: Money<'IRR'>,
  periods: readonly RedemptionPeriod[],
  options?: { readonly rounding?: RoundingMode },
): PointsRevenuePeriod[] {
  const alloc = moneyToBigInt(allocated);
  if (alloc < 0n) fail('INVALID_ARGUMENT', 'allocated', 'must not be negative');
  if (!Array.isArray(periods)) fail('INVALID_ARGUMENT', 'periods', 'expected an array');
  const rounding = roundingOption(options?.rounding, 'halfEven', 'options.rounding');
  let redeemed = 0;
  let previous = 0n;
  return periods.map((period, i) => {
    checkObject(period, `periods[${i}]`, 'INVALID_ARGUMENT');
    redeemed += checkPoints(period.redeemed, `periods[${i}].redeemed`);
    const expected = checkPoints(period.expectedTotal, `periods[${i}].expectedTotal`);
    let cumulative = alloc;
    if (period.lapsed !== true) {
      if (expected === 0) fail('INVALID_ARGUMENT', `periods[${i}].expectedTotal`, 'must be positive');
      const share = divRound(alloc * BigInt(redeemed), BigInt(expected), rounding);
      cumulative = share < alloc ? share : alloc;
    }
    const revenue = cumulative - previous;
    previous = cumulative;
    return {
      redeemedCumulative: redeemed,
      expectedTotal: expected,
      revenueCumulative: rial(cumulative),
      revenue: rial(revenue),
      contractLiability: rial(alloc - cumulative),
    };
  });
}
