import { MoshtariError } from '../core/index.js';
import { amountOf, type Money, sameCurrency } from './money.js';

/**
 * Adds two amounts of the same currency, exactly.
 *
 * @param a - first amount
 * @param b - second amount; its currency must equal `a`'s (checked by the compiler and at run time)
 * @returns `a + b`
 * @throws {MoshtariError} CURRENCY_MISMATCH or INVALID_AMOUNT
 * @example
 * ```ts
 * addMoney(rial(1000), toman(5)); // { amount: '1050', currency: 'IRR' }
 * ```
 * @category Money
 */
export function addMoney<TCurrency extends string>(
  a: Money<TCurrency>,
  b: Money<NoInfer<TCurrency>>,
): Money<TCurrency> {
  sameCurrency(a, b, 'b');
  return { amount: (amountOf(a, 'a') + amountOf(b, 'b')).toString(), currency: a.currency };
}

/**
 * Subtracts `b` from `a`, exactly. The result may be negative.
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract; same currency as `a`
 * @returns `a − b`
 * @throws {MoshtariError} CURRENCY_MISMATCH or INVALID_AMOUNT
 * @example
 * ```ts
 * subtractMoney(rial(1000), rial(1500)); // { amount: '-500', currency: 'IRR' }
 * ```
 * @category Money
 */
export function subtractMoney<TCurrency extends string>(
  a: Money<TCurrency>,
  b: Money<NoInfer<TCurrency>>,
): Money<TCurrency> {
  sameCurrency(a, b, 'b');
  return { amount: (amountOf(a, 'a') - amountOf(b, 'b')).toString(), currency: a.currency };
}

/**
 * Sums a list of amounts of one currency. An empty list needs `currency` to know what zero to return.
 *
 * @param values - the amounts
 * @param currency - the currency of the result; required when `values` may be empty
 * @returns the exact total
 * @throws {MoshtariError} CURRENCY_MISMATCH naming the first amount of another currency; INVALID_ARGUMENT for an empty list without `currency`
 * @example
 * ```ts
 * sumMoney([rial(1), rial(2), rial(3)]); // { amount: '6', currency: 'IRR' }
 * sumMoney([], 'IRR');                   // { amount: '0', currency: 'IRR' }
 * ```
 * @category Money
 */
export function sumMoney<TCurrency extends string>(
  values: readonly Money<TCurrency>[],
  currency?: NoInfer<TCurrency>,
): Money<TCurrency> {
  const first = values[0];
  const cur = currency ?? first?.currency;
  if (cur === undefined) {
    throw new MoshtariError('INVALID_ARGUMENT', 'currency: required to sum an empty list', { path: 'currency' });
  }
  let total = 0n;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as Money<TCurrency>;
    if (value.currency !== cur) {
      throw new MoshtariError(
        'CURRENCY_MISMATCH',
        `values[${i}]: currency ${String(value.currency)} differs from ${String(cur)}`,
        { path: `values[${i}].currency` },
      );
    }
    total += amountOf(value, 'values', i);
  }
  return { amount: total.toString(), currency: cur };
}

/**
 * Changes the sign of an amount.
 *
 * @param value - the amount
 * @returns `−value`
 * @throws {MoshtariError} INVALID_AMOUNT
 * @example
 * ```ts
 * negateMoney(rial(250)); // { amount: '-250', currency: 'IRR' }
 * ```
 * @category Money
 */
export function negateMoney<TCurrency extends string>(value: Money<TCurrency>): Money<TCurrency> {
  return { amount: (-amountOf(value, 'value')).toString(), currency: value.currency };
}
