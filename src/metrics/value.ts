import { ok, type Result, type RoundingMode } from '../core/index.js';
import { applyRate, type Money } from '../money/index.js';
import { checkRounding, nonNegativeAmount } from './amounts.js';
import { checkCount, checkObject } from './check.js';
import type { EmptyDenominatorError } from './errors.js';
import { emptyDenominator } from './ratio.js';

function perUnit<TCurrency extends string>(
  total: Money<TCurrency>,
  totalPath: string,
  count: number,
  countPath: string,
  rounding: RoundingMode,
  what: string,
): Result<Money<TCurrency>, EmptyDenominatorError> {
  nonNegativeAmount(total, totalPath);
  checkCount(count, countPath);
  checkRounding(rounding);
  if (count === 0) return emptyDenominator(countPath, what);
  return ok(applyRate(total, { numerator: 1, denominator: count }, rounding));
}

/**
 * Input of {@link averageOrderValue}.
 * @category Metrics
 */
export type AverageOrderValueInput<TCurrency extends string = 'IRR'> = {
  /** Revenue of the orders counted (exclude cancelled and refunded orders consistently). */
  readonly revenue: Money<TCurrency>;
  /** Number of orders. */
  readonly orders: number;
};

/**
 * Average order value: revenue / number of orders (crm.md §4), exact, rounded once to a whole unit
 * (Rial) with the rounding you choose.
 *
 * @param input - `revenue` (Money, not negative) and `orders` (count)
 * @param rounding - how to round the exact quotient, e.g. `'halfEven'`
 * @returns the average as Money, or EMPTY_DENOMINATOR for zero orders
 * @throws {MoshtariError} INVALID_AMOUNT / NEGATIVE_AMOUNT (`input.revenue.amount`); INVALID_COUNT (`input.orders`); INVALID_ROUNDING
 * @example
 * ```ts
 * averageOrderValue({ revenue: toman(10_000_000), orders: 3 }, 'halfEven');
 * // ok: { amount: '33333333', currency: 'IRR' }  (100,000,000 Rial / 3)
 * ```
 * @category Metrics
 */
export function averageOrderValue<TCurrency extends string>(
  input: AverageOrderValueInput<TCurrency>,
  rounding: RoundingMode,
): Result<Money<TCurrency>, EmptyDenominatorError> {
  checkObject(input, 'input');
  return perUnit(input.revenue, 'input.revenue', input.orders, 'input.orders', rounding, 'the average order value');
}

/**
 * Input of {@link customerAcquisitionCost}.
 * @category Metrics
 */
export type AcquisitionCostInput<TCurrency extends string = 'IRR'> = {
  /** Sales and marketing cost of the period (decide whether salaries and tools are in, and keep to it). */
  readonly cost: Money<TCurrency>;
  /** Customers acquired in the same period. */
  readonly newCustomers: number;
};

/**
 * Customer acquisition cost: (sales + marketing cost in the period) / new customers in the period
 * (crm.md §4), exact, rounded once with the rounding you choose. Payback in months is this CAC
 * divided by the monthly margin per customer.
 *
 * @param input - `cost` (Money, not negative) and `newCustomers` (count)
 * @param rounding - how to round the exact quotient; `'up'` never understates the cost
 * @returns CAC as Money, or EMPTY_DENOMINATOR when no customers were acquired
 * @throws {MoshtariError} INVALID_AMOUNT / NEGATIVE_AMOUNT (`input.cost.amount`); INVALID_COUNT (`input.newCustomers`); INVALID_ROUNDING
 * @example
 * ```ts
 * customerAcquisitionCost({ cost: toman(500_000_000), newCustomers: 1_250 }, 'up');
 * // ok: { amount: '4000000', currency: 'IRR' }  (400,000 Toman per customer)
 * ```
 * @category Metrics
 */
export function customerAcquisitionCost<TCurrency extends string>(
  input: AcquisitionCostInput<TCurrency>,
  rounding: RoundingMode,
): Result<Money<TCurrency>, EmptyDenominatorError> {
  checkObject(input, 'input');
  return perUnit(input.cost, 'input.cost', input.newCustomers, 'input.newCustomers', rounding, 'the acquisition cost');
}
