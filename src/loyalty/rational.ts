// Internal exact rationals (bigint numerator / positive bigint denominator) for points math.
import type { RoundingMode } from '../core/index.js';
import { divRound } from '../internal/rounding.js';
import type { Ratio } from '../money/index.js';
import { fail, show } from './check.js';
import type { LoyaltyErrorCode } from './errors.js';

/** An exact rational `n / d` with `d > 0` (not necessarily reduced). */
export type Q = { readonly n: bigint; readonly d: bigint };

/** Zero. */
export const ZERO: Q = { n: 0n, d: 1n };
/** One. */
export const ONE: Q = { n: 1n, d: 1n };

const DECIMAL = /^\d+(?:\.\d+)?$/;

/** Parses a non-negative decimal string (`'1.5'`, `'10000'`) exactly, or throws `code` naming `path`. */
export function decimalQ(value: unknown, path: string, code: LoyaltyErrorCode): Q {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    fail(code, path, `expected a non-negative decimal string such as "1.5", got ${show(value)}`);
  }
  const dot = value.indexOf('.');
  if (dot < 0) return { n: BigInt(value), d: 1n };
  const fraction = value.slice(dot + 1);
  return { n: BigInt(value.slice(0, dot) + fraction), d: 10n ** BigInt(fraction.length) };
}

/** Parses a non-negative integer string (an amount in a program unit), or throws `code` naming `path`. */
export function integerString(value: unknown, path: string, code: LoyaltyErrorCode): bigint {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) {
    fail(code, path, `expected a non-negative integer string such as "100000", got ${show(value)}`);
  }
  return BigInt(value);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `q` in lowest terms. */
export function reduce(q: Q): Q {
  const g = gcd(q.n, q.d);
  return g <= 1n ? q : { n: q.n / g, d: q.d / g };
}

/** `a × b`. */
export function mulQ(a: Q, b: Q): Q {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** `a + b`. */
export function addQ(a: Q, b: Q): Q {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/** `a − b`. */
export function subQ(a: Q, b: Q): Q {
  return addQ(a, { n: -b.n, d: b.d });
}

/** `q` rounded to an integer with `mode`. */
export function roundQ(q: Q, mode: RoundingMode): bigint {
  return q.d === 1n ? q.n : divRound(q.n, q.d, mode);
}

/** `a < b`, `a = b`, `a > b` as −1, 0, 1. */
export function compareQ(a: Q, b: Q): -1 | 0 | 1 {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A reduced rational as a JSON-safe {@link Ratio} of canonical integer strings. */
export function toRatio(q: Q): { readonly numerator: string; readonly denominator: string } {
  const r = reduce(q);
  return { numerator: r.n.toString(), denominator: r.d.toString() };
}

function ratioPart(value: unknown, path: string, code: LoyaltyErrorCode): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  return fail(code, path, `expected an integer, got ${show(value)}`);
}

/** A {@link Ratio} (as produced by {@link toRatio}) back to a rational, or throws `code` naming `path`. */
export function ratioQ(ratio: Ratio, path: string, code: LoyaltyErrorCode): Q {
  if (typeof ratio !== 'object' || ratio === null)
    fail(code, path, `expected { numerator, denominator }, got ${show(ratio)}`);
  const n = ratioPart(ratio.numerator, `${path}.numerator`, code);
  const d = ratioPart(ratio.denominator, `${path}.denominator`, code);
  if (d === 0n) fail(code, `${path}.denominator`, 'must not be zero');
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

/** A safe-integer number from a bigint, or throws `code` naming `path` (points beyond 2^53 − 1). */
export function toSafe(value: bigint, path: string, code: LoyaltyErrorCode): number {
  if (value > 9_007_199_254_740_991n || value < -9_007_199_254_740_991n) {
    fail(code, path, `${value} points exceed the safe integer range`);
  }
  return Number(value);
}

/** `q` as a decimal string with `decimals` places, rounded with `mode` (`'0.9700'`). */
export function decimalString(q: Q, decimals: number, mode: RoundingMode): string {
  const scaled = divRound(q.n * 10n ** BigInt(decimals), q.d, mode);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const body = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative ? `-${body}` : body;
}

/** A money {@link Ratio}-or-decimal rate (non-negative) as a rational, or throws `code` naming `path`. */
export function rateQ(rate: string | Ratio, path: string, code: LoyaltyErrorCode): Q {
  const q = typeof rate === 'string' ? decimalQ(rate, path, code) : ratioQ(rate, path, code);
  if (q.n < 0n) fail(code, path, 'must not be negative');
  return q;
}
