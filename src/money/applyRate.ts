import { isRoundingMode, MoshtariError, type RoundingMode } from '../core/index.js';
import { divRound } from '../internal/rounding.js';
import { amountOf, type Money } from './money.js';
import { type ExactRate, exactRate, type Rate } from './rate.js';

/** Internal: validates a rounding mode argument. */
export function checkRounding(rounding: RoundingMode, path = 'rounding'): void {
  if (!isRoundingMode(rounding)) {
    throw new MoshtariError(
      'INVALID_ROUNDING',
      `${path}: expected one of down, up, floor, ceil, halfUp, halfDown, halfEven, halfCeil, halfFloor; got ${JSON.stringify(rounding)}`,
      { path },
    );
  }
}

function scale(value: Money<string>, rate: ExactRate, rounding: RoundingMode, path: string, index?: number): string {
  return divRound(amountOf(value, path, index) * rate.num, rate.den, rounding).toString();
}

/**
 * Multiplies an amount by an exact rate and rounds to a whole unit with the stated mode.
 *
 * @param value - the amount
 * @param rate - a decimal string (`'0.155'`) or a ratio (`{ numerator: 1, denominator: 3 }`)
 * @param rounding - how to round the exact product; use `'down'` for a customer's credit
 * @returns `value × rate`, rounded, in the same currency
 * @throws {MoshtariError} INVALID_AMOUNT, INVALID_RATE or INVALID_ROUNDING for bad arguments
 * @example
 * ```ts
 * applyRate(rial(1_000_001), '0.155', 'down');  // { amount: '155000', currency: 'IRR' }
 * applyRate(rial(10), { numerator: 1, denominator: 3 }, 'halfEven'); // { amount: '3', … }
 * ```
 * @category Money
 */
export function applyRate<TCurrency extends string>(
  value: Money<TCurrency>,
  rate: Rate,
  rounding: RoundingMode,
): Money<TCurrency> {
  checkRounding(rounding);
  return { amount: scale(value, exactRate(rate, 'rate'), rounding, 'value'), currency: value.currency };
}

/**
 * Takes a percentage of an amount: `value × percent / 100`, rounded with the stated mode.
 *
 * @param value - the amount
 * @param percent - the percentage as a decimal string (`'9'` for 9 %, `'2.5'` for 2.5 %) or a ratio
 * @param rounding - how to round; use `'down'` for a customer's credit
 * @returns the rounded share, in the same currency
 * @throws {MoshtariError} INVALID_AMOUNT, INVALID_RATE or INVALID_ROUNDING for bad arguments
 * @example
 * ```ts
 * percentage(rial(1_234_567), '9', 'halfUp'); // { amount: '111111', currency: 'IRR' } (VAT 9 %)
 * ```
 * @category Money
 */
export function percentage<TCurrency extends string>(
  value: Money<TCurrency>,
  percent: Rate,
  rounding: RoundingMode,
): Money<TCurrency> {
  checkRounding(rounding);
  const r = exactRate(percent, 'percent');
  return { amount: scale(value, { num: r.num, den: r.den * 100n }, rounding, 'value'), currency: value.currency };
}

/**
 * Prepares a rate once and returns a function that applies it, for hot loops: the rate is parsed
 * and validated a single time, each call costs a few bigint operations.
 *
 * @param rate - a decimal string or a ratio
 * @param rounding - how to round each product
 * @returns `(value) => value × rate`, rounded
 * @throws {MoshtariError} INVALID_RATE or INVALID_ROUNDING immediately; INVALID_AMOUNT per call
 * @example
 * ```ts
 * const cashback = createRateApplier('0.03', 'down');
 * cashback(rial(2_500_000)); // { amount: '75000', currency: 'IRR' }
 * ```
 * @category Money
 */
export function createRateApplier(
  rate: Rate,
  rounding: RoundingMode,
): <TCurrency extends string>(value: Money<TCurrency>) => Money<TCurrency> {
  checkRounding(rounding);
  const r = exactRate(rate, 'rate');
  return (value) => ({ amount: scale(value, r, rounding, 'value'), currency: value.currency });
}

/**
 * Applies one rate to many amounts (same result as mapping {@link applyRate}, parsed once).
 *
 * @param values - the amounts; left unchanged
 * @param rate - a decimal string or a ratio
 * @param rounding - how to round each product
 * @returns a new array of rounded products, in order
 * @throws {MoshtariError} INVALID_AMOUNT naming the index of a bad amount
 * @example
 * ```ts
 * applyRateToAll([rial(100), rial(250)], '0.5', 'halfEven'); // amounts '50' and '125'
 * ```
 * @category Money
 */
export function applyRateToAll<TCurrency extends string>(
  values: readonly Money<TCurrency>[],
  rate: Rate,
  rounding: RoundingMode,
): Money<TCurrency>[] {
  checkRounding(rounding);
  const r = exactRate(rate, 'rate');
  const out = new Array<Money<TCurrency>>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as Money<TCurrency>;
    out[i] = { amount: scale(value, r, rounding, 'values', i), currency: value.currency };
  }
  return out;
}
