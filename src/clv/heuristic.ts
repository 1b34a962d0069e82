import { isRoundingMode, MoshtariError, type RoundingMode } from '../core/index.js';
import { type Money, type Rate, sumMoney } from '../money/index.js';
import { checkRange, parseRate, scaleMoney } from './rational.js';

/** Throws INVALID_ROUNDING unless `rounding` is a known mode. */
export function checkRounding(rounding: RoundingMode): void {
  if (!isRoundingMode(rounding)) {
    throw new MoshtariError('INVALID_ROUNDING', `rounding: unknown rounding mode ${JSON.stringify(rounding)}`, {
      path: 'rounding',
    });
  }
}

/**
 * Historic CLV: the sum of the margins a customer has generated so far (exact, no rounding).
 *
 * @param margins - the customer's margins (profit per order or per period), one currency
 * @param currency - currency of the result; required when `margins` may be empty
 * @returns the exact total
 * @throws {MoshtariError} CURRENCY_MISMATCH, INVALID_AMOUNT, or INVALID_ARGUMENT for an empty list without `currency`
 * @example
 * ```ts
 * clvHistoric([rial(120_000), rial(80_000), rial(-15_000)]); // { amount: '185000', currency: 'IRR' }
 * ```
 * @category CLV
 */
export function clvHistoric<TCurrency extends string>(
  margins: readonly Money<TCurrency>[],
  currency?: NoInfer<TCurrency>,
): Money<TCurrency> {
  return currency === undefined ? sumMoney(margins) : sumMoney(margins, currency);
}

/**
 * Inputs of {@link clvSimple}.
 * @example
 * ```ts
 * const input: ClvSimpleInput<'IRR'> = { averageOrderValue: rial(2_500_000), purchaseFrequency: '4', lifespan: '3', margin: '0.2' };
 * ```
 * @category CLV
 */
export type ClvSimpleInput<TCurrency extends string> = {
  /** Average order value (revenue per order). */
  readonly averageOrderValue: Money<TCurrency>;
  /** Orders per period (e.g. per year), a decimal string or ratio ≥ 0. */
  readonly purchaseFrequency: Rate;
  /** Expected customer lifespan in the same periods, ≥ 0. */
  readonly lifespan: Rate;
  /** Profit margin as a fraction of revenue, e.g. `'0.25'`; between 0 and 1. */
  readonly margin: Rate;
};

/**
 * The simple CLV formula: average order value × purchase frequency × lifespan × margin, computed
 * exactly and rounded once.
 *
 * @param input - average order value, frequency, lifespan and margin
 * @param rounding - how to round the exact product to a whole unit (default `'halfEven'`, unbiased)
 * @returns the CLV in the order value's currency
 * @throws {MoshtariError} INVALID_RATE (a float, negative or out-of-range rate), INVALID_AMOUNT, INVALID_ROUNDING
 * @example
 * ```ts
 * clvSimple({ averageOrderValue: rial(2_500_000), purchaseFrequency: '4', lifespan: '3', margin: '0.2' });
 * // { amount: '6000000', currency: 'IRR' }
 * ```
 * @category CLV
 */
export function clvSimple<TCurrency extends string>(
  input: ClvSimpleInput<TCurrency>,
  rounding: RoundingMode = 'halfEven',
): Money<TCurrency> {
  checkRounding(rounding);
  const f = parseRate(input.purchaseFrequency, 'input.purchaseFrequency');
  const l = parseRate(input.lifespan, 'input.lifespan');
  const m = parseRate(input.margin, 'input.margin');
  checkRange(f, 'input.purchaseFrequency', 0n);
  checkRange(l, 'input.lifespan', 0n);
  checkRange(m, 'input.margin', 0n, 1n);
  return scaleMoney(input.averageOrderValue, f.num * l.num * m.num, f.den * l.den * m.den, rounding);
}

/**
 * Inputs of {@link clvDiscounted}.
 * @example
 * ```ts
 * const input: ClvDiscountedInput<'IRR'> = { margin: rial(1_000_000), retention: '0.8', discount: '0.1', periods: 5 };
 * ```
 * @category CLV
 */
export type ClvDiscountedInput<TCurrency extends string> = {
  /** Margin per period of a retained customer. */
  readonly margin: Money<TCurrency>;
  /** Retention rate per period r, between 0 and 1 (e.g. `'0.8'`). */
  readonly retention: Rate;
  /** Discount rate per period d ≥ 0 (e.g. `'0.1'`). */
  readonly discount: Rate;
  /** Number of periods N (integer ≥ 0); omit for the infinite horizon. */
  readonly periods?: number;
};

/**
 * Discounted CLV with constant retention r and discount rate d (Gupta & Lehmann): margins arrive at
 * the end of each period the customer is retained, so CLV = Σ_{t=1}^{N} m·r^t/(1+d)^t, and for an
 * infinite horizon m·r/(1 + d − r). Computed exactly in rationals and rounded once.
 *
 * @param input - margin per period, retention, discount, optional number of periods
 * @param rounding - how to round the exact value (default `'halfEven'`)
 * @returns the CLV in the margin's currency
 * @throws {MoshtariError} INVALID_RATE (r outside [0, 1], d < 0, or r = 1 with d = 0 and no horizon),
 *   INVALID_ARGUMENT (bad `periods`), INVALID_AMOUNT, INVALID_ROUNDING
 * @example
 * ```ts
 * clvDiscounted({ margin: rial(1_000_000), retention: '0.8', discount: '0.1' }); // { amount: '2666667', … } = m·0.8/0.3
 * clvDiscounted({ margin: rial(1_000_000), retention: '0.8', discount: '0.1', periods: 1 }); // '727273'
 * ```
 * @category CLV
 */
export function clvDiscounted<TCurrency extends string>(
  input: ClvDiscountedInput<TCurrency>,
  rounding: RoundingMode = 'halfEven',
): Money<TCurrency> {
  checkRounding(rounding);
  const r = parseRate(input.retention, 'input.retention');
  const d = parseRate(input.discount, 'input.discount');
  checkRange(r, 'input.retention', 0n, 1n);
  checkRange(d, 'input.discount', 0n);
  // q = r/(1+d) = a/b
  const a = r.num * d.den;
  const b = r.den * (d.den + d.num);
  const n = input.periods;
  if (n === undefined) {
    if (a === b) {
      throw new MoshtariError(
        'INVALID_RATE',
        'input.retention: with retention 1 and discount 0 the infinite sum diverges',
        {
          path: 'input.retention',
        },
      );
    }
    return scaleMoney(input.margin, a, b - a, rounding); // q/(1−q)
  }
  if (!Number.isInteger(n) || n < 0 || n > 100_000) {
    throw new MoshtariError('INVALID_ARGUMENT', `input.periods: expected an integer 0…100000, got ${String(n)}`, {
      path: 'input.periods',
    });
  }
  if (a === b) return scaleMoney(input.margin, BigInt(n), 1n, rounding);
  const bn = b ** BigInt(n);
  return scaleMoney(input.margin, a * (bn - a ** BigInt(n)), bn * (b - a), rounding); // q(1−q^N)/(1−q)
}
