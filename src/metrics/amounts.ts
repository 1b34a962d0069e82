// Internal: money amounts as bigints with metrics paths in the errors.
import { isMoshtariError, isRoundingMode, MoshtariError, type RoundingMode } from '../core/index.js';
import { type Money, moneyToBigInt } from '../money/index.js';
import { fail } from './check.js';

/** The bigint amount of `value`; INVALID_AMOUNT names `path`. */
export function amountOf(value: Money<string>, path: string): bigint {
  try {
    return moneyToBigInt(value);
  } catch (error) {
    if (!isMoshtariError(error)) throw error;
    const where = `${path}.amount`;
    throw new MoshtariError(
      'INVALID_AMOUNT',
      `${where}: expected a canonical integer string such as "1250", got ${JSON.stringify(value?.amount)}`,
      { path: where },
    );
  }
}

/** A non-negative amount, or NEGATIVE_AMOUNT naming `path`. */
export function nonNegativeAmount(value: Money<string>, path: string): bigint {
  const amount = amountOf(value, path);
  if (amount < 0n) fail('NEGATIVE_AMOUNT', `${path}.amount`, `must not be negative, got ${amount}`);
  return amount;
}

/** Throws CURRENCY_MISMATCH naming `path` unless `b` has `a`'s currency. */
export function sameCurrency(a: Money<string>, b: Money<string>, path: string): void {
  if (a.currency !== b.currency) {
    throw new MoshtariError(
      'CURRENCY_MISMATCH',
      `${path}.currency: ${String(b.currency)} differs from ${String(a.currency)}`,
      { path: `${path}.currency` },
    );
  }
}

/** Throws INVALID_ROUNDING unless `rounding` is a rounding mode. */
export function checkRounding(rounding: RoundingMode): void {
  if (!isRoundingMode(rounding)) {
    throw new MoshtariError('INVALID_ROUNDING', `rounding: unknown rounding mode ${JSON.stringify(rounding)}`, {
      path: 'rounding',
    });
  }
}
