import type { Result } from '../core/index.js';
import { checkArray, fail, rowPath } from './check.js';
import type { EmptyDenominatorError } from './errors.js';
import { countRatio, type MetricRatio } from './ratio.js';

/**
 * An order, identified by who placed it. Filter the window and drop cancelled or refunded orders
 * before calling (consistently across metrics).
 *
 * @example
 * ```ts
 * const o: CustomerOrder = { customerId: 'c-1042' };
 * ```
 * @category Metrics
 */
export type CustomerOrder = {
  /** The customer; ids are compared with `===` (so `'7'` and `7` are different customers). */
  readonly customerId: string | number;
};

function ordersPerCustomer(orders: readonly CustomerOrder[]): Map<string | number, number> {
  checkArray(orders, 'orders');
  const counts = new Map<string | number, number>();
  for (let i = 0; i < orders.length; i++) {
    const id = (orders[i] as CustomerOrder | undefined)?.customerId;
    if (typeof id !== 'string' && typeof id !== 'number') {
      fail('INVALID_ARGUMENT', rowPath('orders', i, 'customerId'), `expected a string or number, got ${String(id)}`);
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Repeat purchase rate: customers with at least two orders / customers with at least one, over the
 * orders you pass (one window; crm.md §4). A fraction in 0…1.
 *
 * @param orders - the window's orders
 * @returns repeat customers / ordering customers, or EMPTY_DENOMINATOR for no orders
 * @throws {MoshtariError} INVALID_ARGUMENT naming the row of a missing `customerId`
 * @example
 * ```ts
 * repeatPurchaseRate([{ customerId: 'a' }, { customerId: 'a' }, { customerId: 'b' }]);
 * // ok: { numerator: 1, denominator: 2, value: 0.5 }
 * ```
 * @category Metrics
 */
export function repeatPurchaseRate(orders: readonly CustomerOrder[]): Result<MetricRatio, EmptyDenominatorError> {
  const counts = ordersPerCustomer(orders);
  let repeat = 0;
  for (const n of counts.values()) if (n >= 2) repeat++;
  return countRatio(repeat, counts.size, 'orders', 'the repeat purchase rate');
}

/**
 * Purchase frequency: orders / unique customers over the orders you pass (crm.md §4), e.g. 1.5
 * orders per customer.
 *
 * @param orders - the period's orders
 * @returns orders / unique customers, or EMPTY_DENOMINATOR for no orders
 * @throws {MoshtariError} INVALID_ARGUMENT naming the row of a missing `customerId`
 * @example
 * ```ts
 * purchaseFrequency([{ customerId: 'a' }, { customerId: 'a' }, { customerId: 'b' }]);
 * // ok: { numerator: 3, denominator: 2, value: 1.5 }
 * ```
 * @category Metrics
 */
export function purchaseFrequency(orders: readonly CustomerOrder[]): Result<MetricRatio, EmptyDenominatorError> {
  const counts = ordersPerCustomer(orders);
  return countRatio(orders.length, counts.size, 'orders', 'the purchase frequency');
}
