import { MoshtariError, type RoundingMode } from '../core/index.js';
import { divRound } from '../internal/rounding.js';
import { checkRounding } from './applyRate.js';
import { amountOf, type Money } from './money.js';

/**
 * One allocation weight: a non-negative decimal string (`'0.25'`, `'3'`), a non-negative safe
 * integer, or a bigint. Weights are relative: `[1, 1, 2]` and `['25', '25', '50']` split alike.
 * @category Money
 */
export type AllocationRatio = string | number | bigint;

const DECIMAL = /^\+?(\d+)(?:\.(\d+))?$/;

function weights(ratios: readonly AllocationRatio[]): bigint[] {
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new MoshtariError('INVALID_RATIOS', 'ratios: expected a non-empty array', { path: 'ratios' });
  }
  // bring every ratio to a common number of decimal places
  const parts = ratios.map((ratio, i): readonly [string, string] => {
    if (typeof ratio === 'bigint' && ratio >= 0n) return [ratio.toString(), ''];
    if (typeof ratio === 'number' && Number.isSafeInteger(ratio) && ratio >= 0) return [String(ratio), ''];
    const m = typeof ratio === 'string' ? DECIMAL.exec(ratio) : null;
    if (m === null) {
      throw new MoshtariError(
        'INVALID_RATIOS',
        `ratios[${i}]: expected a non-negative integer or decimal string, got ${typeof ratio === 'string' ? JSON.stringify(ratio) : String(ratio)}`,
        { path: `ratios[${i}]` },
      );
    }
    return [m[1] as string, m[2] ?? ''];
  });
  const places = Math.max(...parts.map(([, f]) => f.length));
  const result = parts.map(([w, f]) => BigInt(w + f.padEnd(places, '0')));
  if (result.every((w) => w === 0n)) {
    throw new MoshtariError('INVALID_RATIOS', 'ratios: at least one ratio must be greater than zero', {
      path: 'ratios',
    });
  }
  return result;
}

/**
 * Splits an amount into shares proportional to `ratios` by the largest-remainder method: every share
 * first gets the floor of its exact part, then the units left over go one by one to the shares with
 * the largest remainders (ties: the earlier share). The shares always add up exactly to `total`,
 * and each differs from its exact part by less than one unit. A negative total is split as its
 * absolute value and negated.
 *
 * @param total - the amount to split
 * @param ratios - relative weights, non-negative, at least one positive
 * @returns one share per ratio, in order, in `total`'s currency
 * @throws {MoshtariError} INVALID_RATIOS naming the bad ratio; INVALID_AMOUNT for a bad total
 * @example
 * ```ts
 * allocate(rial(100), [1, 1, 1]);          // 34, 33, 33
 * allocate(toman(1000), ['0.7', '0.3']);   // 7000 and 3000 Rial
 * ```
 * @category Money
 */
export function allocate<TCurrency extends string>(
  total: Money<TCurrency>,
  ratios: readonly AllocationRatio[],
): Money<TCurrency>[] {
  const amount = amountOf(total, 'total');
  const w = weights(ratios);
  const sum = w.reduce((a, b) => a + b, 0n);
  const magnitude = amount < 0n ? -amount : amount;
  const shares = w.map((wi) => (magnitude * wi) / sum);
  const remainders = w.map((wi, i) => ({ i, r: (magnitude * wi) % sum }));
  let left = magnitude - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    shares[i] = (shares[i] as bigint) + 1n;
    left -= 1n;
  }
  return shares.map((s) => ({ amount: (amount < 0n ? -s : s).toString(), currency: total.currency }));
}

/**
 * Rounds an amount to a multiple of `step` with the stated mode, e.g. to whole Toman (`step` 10)
 * or to the nearest 1,000 Rial for a price tag.
 *
 * @param value - the amount
 * @param step - a positive integer step in the smallest unit (bigint, safe integer or integer string)
 * @param rounding - how to round
 * @returns the rounded amount
 * @throws {MoshtariError} DIVISION_BY_ZERO / INVALID_ARGUMENT for a step ≤ 0; INVALID_ROUNDING
 * @example
 * ```ts
 * roundMoney(rial(12_345), 1000, 'halfUp'); // { amount: '12000', currency: 'IRR' }
 * roundMoney(rial(125), 10, 'down');        // { amount: '120', currency: 'IRR' } (whole Toman)
 * ```
 * @category Money
 */
export function roundMoney<TCurrency extends string>(
  value: Money<TCurrency>,
  step: bigint | number | string,
  rounding: RoundingMode,
): Money<TCurrency> {
  checkRounding(rounding);
  const s =
    typeof step === 'bigint'
      ? step
      : (typeof step === 'number' && Number.isSafeInteger(step)) || (typeof step === 'string' && /^\d+$/.test(step))
        ? BigInt(step)
        : -1n;
  if (s <= 0n) {
    throw new MoshtariError(
      s === 0n ? 'DIVISION_BY_ZERO' : 'INVALID_ARGUMENT',
      `step: expected a positive integer, got ${String(step)}`,
      { path: 'step' },
    );
  }
  return { amount: (divRound(amountOf(value, 'value'), s, rounding) * s).toString(), currency: value.currency };
}
