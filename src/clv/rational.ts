// Exact rationals for the heuristic CLV formulas (bigint numerator/denominator). Internal.
import { MoshtariError, type RoundingMode } from '../core/index.js';
import { divRound } from '../internal/rounding.js';
import { type Money, moneyToBigInt, type Rate } from '../money/index.js';

/** num/den with den > 0. */
export type Rational = { readonly num: bigint; readonly den: bigint };

const DECIMAL = /^([-+]?)(\d+)(?:\.(\d+))?$/;

function integer(value: unknown, path: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^[-+]?\d+$/.test(value)) return BigInt(value);
  throw new MoshtariError('INVALID_RATE', `${path}: expected an integer, got ${JSON.stringify(String(value))}`, {
    path,
  });
}

/** Parses a money `Rate` (decimal string or ratio of integers) exactly; throws INVALID_RATE naming `path`. */
export function parseRate(rate: Rate, path: string): Rational {
  if (typeof rate === 'string') {
    const m = DECIMAL.exec(rate);
    if (m === null) {
      throw new MoshtariError(
        'INVALID_RATE',
        `${path}: expected a decimal string such as "0.85", got ${JSON.stringify(rate)}`,
        {
          path,
        },
      );
    }
    const fraction = m[3] ?? '';
    return { num: BigInt(`${m[1] === '-' ? '-' : ''}${m[2]}${fraction}`), den: 10n ** BigInt(fraction.length) };
  }
  if (typeof rate !== 'object' || rate === null) {
    const hint = typeof rate === 'number' ? ` (pass "${rate}" as a string: floats are inexact)` : '';
    throw new MoshtariError('INVALID_RATE', `${path}: expected a decimal string or { numerator, denominator }${hint}`, {
      path,
    });
  }
  const num = integer(rate.numerator, `${path}.numerator`);
  const den = integer(rate.denominator, `${path}.denominator`);
  if (den === 0n) throw new MoshtariError('INVALID_RATE', `${path}.denominator: must not be zero`, { path });
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

/** Throws INVALID_RATE unless lo ≤ value (≤ hi), bounds as rationals; `strict` excludes lo. */
export function checkRange(value: Rational, path: string, lo: bigint, hi?: bigint, strict = false): void {
  const below = strict ? value.num <= lo * value.den : value.num < lo * value.den;
  const above = hi !== undefined && value.num > hi * value.den;
  if (below || above) {
    const range = hi === undefined ? `${strict ? '>' : '≥'} ${lo}` : `between ${lo} and ${hi}`;
    throw new MoshtariError('INVALID_RATE', `${path}: must be ${range}, got ${value.num}/${value.den}`, { path });
  }
}

/** amount × num/den, rounded once with `rounding`, in the amount's currency. */
export function scaleMoney<TCurrency extends string>(
  amount: Money<TCurrency>,
  num: bigint,
  den: bigint,
  rounding: RoundingMode,
): Money<TCurrency> {
  return { amount: divRound(moneyToBigInt(amount) * num, den, rounding).toString(), currency: amount.currency };
}
