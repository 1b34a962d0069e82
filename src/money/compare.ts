import { amountOf, type Money, sameCurrency } from './money.js';

/**
 * Compares two amounts of the same currency.
 *
 * @param a - first amount
 * @param b - second amount; same currency
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b` (usable as an `Array.sort` comparator)
 * @throws {MoshtariError} CURRENCY_MISMATCH or INVALID_AMOUNT
 * @example
 * ```ts
 * [rial(30), rial(10), rial(20)].sort(compareMoney); // 10, 20, 30
 * ```
 * @category Money
 */
export function compareMoney<TCurrency extends string>(a: Money<TCurrency>, b: Money<NoInfer<TCurrency>>): -1 | 0 | 1 {
  sameCurrency(a, b, 'b');
  const x = amountOf(a, 'a');
  const y = amountOf(b, 'b');
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Tells whether two amounts are equal (same currency and same amount).
 *
 * @param a - first amount
 * @param b - second amount
 * @returns `true` when both currency and amount match; different currencies are simply unequal
 * @throws {MoshtariError} INVALID_AMOUNT for a non-canonical amount
 * @example
 * ```ts
 * equalsMoney(toman(1), rial(10)); // true
 * ```
 * @category Money
 */
export function equalsMoney(a: Money<string>, b: Money<string>): boolean {
  return a.currency === b.currency && amountOf(a, 'a') === amountOf(b, 'b');
}

/**
 * Tells whether an amount is zero.
 *
 * @param value - the amount
 * @returns `true` for zero
 * @example
 * ```ts
 * isZeroMoney(rial(0)); // true
 * ```
 * @category Money
 */
export function isZeroMoney(value: Money<string>): boolean {
  return amountOf(value, 'value') === 0n;
}

/**
 * Tells whether an amount is below zero.
 *
 * @param value - the amount
 * @returns `true` for a negative amount
 * @example
 * ```ts
 * isNegativeMoney(rial(-1)); // true
 * ```
 * @category Money
 */
export function isNegativeMoney(value: Money<string>): boolean {
  return amountOf(value, 'value') < 0n;
}
