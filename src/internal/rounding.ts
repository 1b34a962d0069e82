import { MoshtariError, type RoundingMode } from '../core/index.js';

/**
 * `numerator / denominator` rounded to an integer by `mode`, exactly (bigint in, bigint out).
 * `denominator` must be non-zero; either sign is handled.
 */
export function divRound(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new MoshtariError('DIVISION_BY_ZERO', 'division by zero');
  let n = numerator;
  let d = denominator;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d; // truncates toward zero
  const r = n - q * d; // same sign as n
  if (r === 0n) return q;
  const away = n < 0n ? q - 1n : q + 1n; // the other candidate, one step away from zero
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return away;
    case 'floor':
      return n < 0n ? away : q;
    case 'ceil':
      return n > 0n ? away : q;
    case 'halfUp':
    case 'halfDown':
    case 'halfEven':
    case 'halfCeil':
    case 'halfFloor': {
      const twice = (r < 0n ? -r : r) * 2n;
      if (twice > d) return away;
      if (twice < d) return q;
      return tie(q, away, n < 0n, mode);
    }
    default:
      return unknownMode(mode);
  }
}

function unknownMode(mode: never): never {
  throw new MoshtariError('INVALID_ROUNDING', `rounding: unknown rounding mode ${JSON.stringify(mode)}`, {
    path: 'rounding',
  });
}

function tie(
  q: bigint,
  away: bigint,
  negative: boolean,
  mode: 'halfUp' | 'halfDown' | 'halfEven' | 'halfCeil' | 'halfFloor',
): bigint {
  switch (mode) {
    case 'halfUp':
      return away;
    case 'halfDown':
      return q;
    case 'halfEven':
      return q % 2n === 0n ? q : away;
    case 'halfCeil':
      return negative ? q : away;
    case 'halfFloor':
      return negative ? away : q;
  }
}
