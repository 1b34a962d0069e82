import { MoshtariError, type RoundingMode } from '../core/index.js';
import { type Money, moneyToBigInt, type Rate } from '../money/index.js';
import { checkRounding } from './heuristic.js';
import { checkRange, parseRate, scaleMoney } from './rational.js';

/**
 * Inputs of {@link clvCohort}.
 * @example
 * ```ts
 * const input: ClvCohortInput<'IRR'> = { acquired: 100, margins: [rial(50_000_000), rial(30_000_000)], discount: '0.1' };
 * ```
 * @category CLV
 */
export type ClvCohortInput<TCurrency extends string> = {
  /** Customers acquired in the cohort (integer ≥ 1). */
  readonly acquired: number;
  /** The cohort's total margin per period since acquisition: index 0 is the acquisition period. */
  readonly margins: readonly Money<TCurrency>[];
  /** Discount rate per period d ≥ 0 (default `'0'`); period t is discounted by (1+d)^t. */
  readonly discount?: Rate;
  /** Acquisition cost per customer, subtracted from the result (default none). */
  readonly acquisitionCost?: Money<NoInfer<TCurrency>>;
};

/**
 * Cohort CLV: the discounted margin a cohort generated, per acquired customer,
 * Σ_t M_t/(1+d)^t / N − CAC. Computed exactly and rounded once. Feed it observed periods for a
 * historic cohort value, or observed plus projected periods.
 *
 * @param input - cohort size, per-period cohort margins, discount, acquisition cost
 * @param rounding - how to round the exact per-customer value (default `'halfEven'`)
 * @returns value per acquired customer, in the margins' currency
 * @throws {MoshtariError} INVALID_ARGUMENT (bad `acquired`, empty margins), CURRENCY_MISMATCH,
 *   INVALID_RATE, INVALID_AMOUNT, INVALID_ROUNDING
 * @example
 * ```ts
 * clvCohort({ acquired: 100, margins: [rial(50_000_000), rial(30_000_000), rial(20_000_000)] });
 * // { amount: '1000000', currency: 'IRR' }
 * ```
 * @category CLV
 */
export function clvCohort<TCurrency extends string>(
  input: ClvCohortInput<TCurrency>,
  rounding: RoundingMode = 'halfEven',
): Money<TCurrency> {
  checkRounding(rounding);
  const n = input.acquired;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new MoshtariError('INVALID_ARGUMENT', `input.acquired: expected an integer ≥ 1, got ${String(n)}`, {
      path: 'input.acquired',
    });
  }
  const margins = input.margins;
  const first = Array.isArray(margins) ? margins[0] : undefined;
  if (first === undefined) {
    throw new MoshtariError('INVALID_ARGUMENT', 'input.margins: expected at least one period', {
      path: 'input.margins',
    });
  }
  const d = parseRate(input.discount ?? '0', 'input.discount');
  checkRange(d, 'input.discount', 0n);
  const u = d.den + d.num; // 1 + d = u / v
  const v = d.den;
  const last = margins.length - 1;
  // Σ M_t v^t u^{last−t} / u^{last}
  let num = 0n;
  margins.forEach((m, t) => {
    if (m.currency !== first.currency) {
      throw new MoshtariError(
        'CURRENCY_MISMATCH',
        `input.margins[${t}]: currency ${m.currency} differs from ${first.currency}`,
        {
          path: `input.margins[${t}].currency`,
        },
      );
    }
    num += moneyToBigInt(m) * v ** BigInt(t) * u ** BigInt(last - t);
  });
  let den = u ** BigInt(last) * BigInt(n);
  const cost = input.acquisitionCost;
  if (cost !== undefined) {
    if (cost.currency !== first.currency) {
      throw new MoshtariError(
        'CURRENCY_MISMATCH',
        `input.acquisitionCost: currency ${cost.currency} differs from ${first.currency}`,
        {
          path: 'input.acquisitionCost.currency',
        },
      );
    }
    num -= moneyToBigInt(cost) * den;
  }
  if (num === 0n) den = 1n;
  return scaleMoney({ amount: '1', currency: first.currency }, num, den, rounding);
}
