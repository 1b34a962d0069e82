import { ok, type Result } from '../core/index.js';
import type { Money } from '../money/index.js';
import { nonNegativeAmount, sameCurrency } from './amounts.js';
import { checkArray, checkCount, fail, rowPath } from './check.js';
import type { EmptyDenominatorError } from './errors.js';
import { emptyDenominator, type MetricRatio } from './ratio.js';

/**
 * One customer's spend in a category (from a survey or panel), for {@link shareOfWallet}.
 * @category Metrics
 */
export type WalletSpend<TCurrency extends string = 'IRR'> = {
  /** What the customer spent with your brand. */
  readonly brandSpend: Money<TCurrency>;
  /** What the customer spent in the whole category, your brand included; same currency. */
  readonly categorySpend: Money<NoInfer<TCurrency>>;
};

/**
 * Share of wallet: brand spend / total category spend (crm.md §4). For one customer pass one row;
 * for several, the result is the aggregate Σ brand / Σ category ("share of requirements"), not the
 * mean of per-customer shares. The parts are exact Money.
 *
 * @param spends - one row per customer, all in one currency
 * @returns the share (value in 0…1), or EMPTY_DENOMINATOR when total category spend is 0
 * @throws {MoshtariError} NEGATIVE_AMOUNT / INVALID_AMOUNT / CURRENCY_MISMATCH naming the row; INCONSISTENT_COUNTS when a brand spend exceeds its category spend
 * @example
 * ```ts
 * shareOfWallet([{ brandSpend: toman(3_000_000), categorySpend: toman(12_000_000) }]);
 * // ok: { numerator: { amount: '30000000', … }, denominator: { amount: '120000000', … }, value: 0.25 }
 * ```
 * @category Metrics
 */
export function shareOfWallet<TCurrency extends string>(
  spends: readonly WalletSpend<TCurrency>[],
): Result<MetricRatio<Money<TCurrency>>, EmptyDenominatorError> {
  checkArray(spends, 'spends');
  let brand = 0n;
  let category = 0n;
  const first = spends[0];
  for (let i = 0; i < spends.length; i++) {
    const row = spends[i] as WalletSpend<TCurrency>;
    const b = nonNegativeAmount(row?.brandSpend, rowPath('spends', i, 'brandSpend'));
    const c = nonNegativeAmount(row.categorySpend, rowPath('spends', i, 'categorySpend'));
    sameCurrency(row.brandSpend, row.categorySpend, rowPath('spends', i, 'categorySpend'));
    if (first !== undefined) sameCurrency(first.brandSpend, row.brandSpend, rowPath('spends', i, 'brandSpend'));
    if (b > c) {
      fail('INCONSISTENT_COUNTS', rowPath('spends', i, 'brandSpend'), `${b} exceeds the category spend ${c}`);
    }
    brand += b;
    category += c;
  }
  if (first === undefined || category === 0n) return emptyDenominator('spends', 'the share of wallet');
  const currency = first.brandSpend.currency;
  return ok({
    numerator: { amount: brand.toString(), currency },
    denominator: { amount: category.toString(), currency },
    value: Number(brand) / Number(category),
  });
}

/**
 * The Wallet Allocation Rule (crm.md §4): the expected share of wallet of the
 * brand a customer ranks `rank`-th among the `brands` they use, (1 − rank / (n + 1)) × (2 / n),
 * returned as the exact fraction 2(n + 1 − rank) / (n(n + 1)). The shares of ranks 1…n add up to 1.
 *
 * @param rank - the brand's rank for this customer, 1 = favourite
 * @param brands - how many brands in the category the customer uses (n ≥ 1)
 * @returns the expected share as an exact fraction
 * @throws {MoshtariError} INVALID_COUNT when `brands` < 1 or `rank` is not an integer 1…`brands`
 * @example
 * ```ts
 * walletAllocationShare(1, 3); // { numerator: 6, denominator: 12, value: 0.5 }
 * walletAllocationShare(3, 3); // { numerator: 2, denominator: 12, value: 0.1666… }
 * ```
 * @category Metrics
 */
export function walletAllocationShare(rank: number, brands: number): MetricRatio {
  const n = checkCount(brands, 'brands');
  if (n < 1) fail('INVALID_COUNT', 'brands', 'expected at least 1 brand');
  checkCount(rank, 'rank');
  if (rank < 1 || rank > n) fail('INVALID_COUNT', 'rank', `expected an integer 1–${n}, got ${rank}`);
  const numerator = 2 * (n + 1 - rank);
  const denominator = n * (n + 1);
  return { numerator, denominator, value: numerator / denominator };
}
