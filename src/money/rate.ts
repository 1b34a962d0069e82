import { MoshtariError } from '../core/index.js';

/**
 * A ratio of two integers, e.g. `{ numerator: 1, denominator: 3 }` for one third.
 * @category Money
 */
export type Ratio = {
  /** Integer numerator (bigint, safe integer, or integer string). */
  readonly numerator: bigint | number | string;
  /** Non-zero integer denominator (bigint, safe integer, or integer string). */
  readonly denominator: bigint | number | string;
};

/**
 * A multiplier: a decimal string such as `'0.155'` or `'-1.5'` (ASCII digits, no exponent), or an
 * exact {@link Ratio}. Floats are not accepted: `0.155` as a number is already inexact.
 * @category Money
 */
export type Rate = string | Ratio;

/** Internal: a rate reduced to bigints with a positive denominator. */
export type ExactRate = { readonly num: bigint; readonly den: bigint };

const DECIMAL = /^([-+]?)(\d+)(?:\.(\d+))?$/;

function ratioPart(value: unknown, path: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^[-+]?\d+$/.test(value)) return BigInt(value);
  throw new MoshtariError('INVALID_RATE', `${path}: expected an integer, got ${JSON.stringify(String(value))}`, {
    path,
  });
}

/** Internal: parses a {@link Rate} exactly; throws INVALID_RATE naming `path`. */
export function exactRate(rate: Rate, path: string): ExactRate {
  if (typeof rate === 'string') {
    const m = DECIMAL.exec(rate);
    if (m === null) {
      throw new MoshtariError(
        'INVALID_RATE',
        `${path}: expected a decimal string such as "0.155", got ${JSON.stringify(rate)}`,
        { path },
      );
    }
    const fraction = m[3] ?? '';
    const num = BigInt(`${m[1] === '-' ? '-' : ''}${m[2]}${fraction}`);
    return { num, den: 10n ** BigInt(fraction.length) };
  }
  if (typeof rate !== 'object' || rate === null) {
    throw new MoshtariError(
      'INVALID_RATE',
      `${path}: expected a decimal string or { numerator, denominator }, got ${typeof rate === 'number' ? `the number ${rate} (pass "${rate}" as a string)` : String(rate)}`,
      { path },
    );
  }
  const num = ratioPart(rate.numerator, `${path}.numerator`);
  const den = ratioPart(rate.denominator, `${path}.denominator`);
  if (den === 0n) throw new MoshtariError('INVALID_RATE', `${path}.denominator: must not be zero`, { path });
  return den < 0n ? { num: -num, den: -den } : { num, den };
}
