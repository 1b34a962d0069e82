import { isRoundingMode, MoshtariError, type RoundingMode } from '../core/index.js';
import type { Money } from '../money/index.js';

/**
 * Turns a model-based CLV (a float, e.g. from {@link predictClv}) into an exact {@link Money} amount
 * in whole units, rounding the float's exact binary value with the stated mode (ties are exact ties
 * of the double, e.g. 2.5). The float itself carries model and rounding error far above one Rial;
 * this only makes the hand-off to money arithmetic explicit.
 *
 * @param value - the amount in the currency's smallest unit (e.g. Rial), finite
 * @param rounding - how to round to a whole unit
 * @param currency - ISO 4217 code (default `'IRR'`)
 * @returns the rounded amount as money
 * @throws {MoshtariError} INVALID_ARGUMENT for NaN or ±∞; INVALID_ROUNDING for an unknown mode
 * @example
 * ```ts
 * clvToMoney(1_234_567.5, 'halfEven'); // { amount: '1234568', currency: 'IRR' }
 * clvToMoney(1_234_567.5, 'down');     // { amount: '1234567', currency: 'IRR' }
 * ```
 * @category CLV
 */
export function clvToMoney<TCurrency extends string = 'IRR'>(
  value: number,
  rounding: RoundingMode,
  currency: TCurrency = 'IRR' as TCurrency,
): Money<TCurrency> {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MoshtariError('INVALID_ARGUMENT', `value: expected a finite number, got ${String(value)}`, {
      path: 'value',
    });
  }
  if (!isRoundingMode(rounding)) {
    throw new MoshtariError('INVALID_ROUNDING', `rounding: unknown rounding mode ${JSON.stringify(rounding)}`, {
      path: 'rounding',
    });
  }
  const lo = Math.floor(value);
  const frac = value - lo; // exact: |value| < 2^52 has a representable fractional part, above it is 0
  let pick = lo;
  if (frac !== 0) {
    const up = lo + 1;
    const awayFromZero = value > 0 ? up : lo;
    const towardZero = value > 0 ? lo : up;
    switch (rounding) {
      case 'down':
        pick = towardZero;
        break;
      case 'up':
        pick = awayFromZero;
        break;
      case 'floor':
        pick = lo;
        break;
      case 'ceil':
        pick = up;
        break;
      default:
        if (frac !== 0.5) pick = frac < 0.5 ? lo : up;
        else if (rounding === 'halfUp') pick = awayFromZero;
        else if (rounding === 'halfDown') pick = towardZero;
        else if (rounding === 'halfEven') pick = lo % 2 === 0 ? lo : up;
        else pick = rounding === 'halfCeil' ? up : lo;
    }
  }
  const amount = BigInt(pick);
  return { amount: amount.toString(), currency };
}
