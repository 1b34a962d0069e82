import { predictClv } from './clv.js';
import type { ClvCustomer, ClvPrediction, PredictClvOptions } from './clvTypes.js';

/**
 * A customer's place in a CLV ranking.
 * @example
 * ```ts
 * const [first]: readonly RankedClvPrediction[] = rankCustomersByClv(customers, options);
 * first?.rank; // 1
 * ```
 * @category CLV
 */
export type RankedClvPrediction = ClvPrediction & {
  /** 1 for the most valuable customer; ties keep input order. */
  readonly rank: number;
};

/**
 * Predicts CLV ({@link predictClv}) and sorts customers from the most to the least valuable.
 *
 * @param customers - history and mean repeat spend, ideally with `customerId`
 * @param options - as for {@link predictClv}
 * @returns predictions sorted by descending `clv`, with `rank` 1, 2, …
 * @throws {MoshtariError} as {@link predictClv}
 * @example
 * ```ts
 * rankCustomersByClv(customers, { model, spend, timeUnit: 'day' }).slice(0, 10); // top ten
 * ```
 * @category CLV
 */
export function rankCustomersByClv(
  customers: readonly ClvCustomer[],
  options: PredictClvOptions,
): readonly RankedClvPrediction[] {
  return predictClv(customers, options)
    .map((p, i) => [p, i] as const)
    .sort((a, b) => b[0].clv - a[0].clv || a[1] - b[1])
    .map(([p], i) => ({ ...p, rank: i + 1 }));
}
