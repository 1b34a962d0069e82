import { MoshtariError } from '../core/index.js';

/**
 * One customer's raw scores for {@link customerValueIndex}; any units (each is min–max normalised
 * across the customers), larger is better.
 *
 * @example
 * ```ts
 * const c: CustomerValueScores = { profitability: 1_850_000, salesVolume: 12, credibility: 0.9 };
 * ```
 * @category CLV
 */
export type CustomerValueScores = {
  /** Profit the customer brings (e.g. margin in Rial, or a CLV). */
  readonly profitability: number;
  /** Sales volume (orders, items or revenue). */
  readonly salesVolume: number;
  /** Credibility / reliability (e.g. on-time payment share, tenure, rating). */
  readonly credibility: number;
};

/**
 * Weights of the three criteria of {@link customerValueIndex}; normalised to sum to 1.
 * @example
 * ```ts
 * const weights: CustomerValueWeights = { profitability: 0.5, salesVolume: 0.3, credibility: 0.2 };
 * ```
 * @category CLV
 */
export type CustomerValueWeights = {
  /** Weight of profitability (≥ 0). */
  readonly profitability: number;
  /** Weight of sales volume (≥ 0). */
  readonly salesVolume: number;
  /** Weight of credibility (≥ 0). */
  readonly credibility: number;
};

const CRITERIA = ['profitability', 'salesVolume', 'credibility'] as const;

/**
 * Composite customer value index: each criterion is min–max normalised to [0, 1] across the given
 * customers (a criterion equal for everyone counts 0.5), then combined with weights normalised to
 * sum to 1. The result is in [0, 1]; it ranks customers within this group and is not comparable
 * across groups.
 *
 * @param customers - raw scores per customer
 * @param weights - criterion weights (default equal: ⅓ each)
 * @returns one index in [0, 1] per customer, in input order
 * @throws {MoshtariError} INVALID_ROW naming the customer and criterion (NaN, ±∞), INVALID_ARGUMENT
 *   for negative or all-zero weights
 * @example
 * ```ts
 * customerValueIndex(
 *   [{ profitability: 100, salesVolume: 10, credibility: 1 }, { profitability: 0, salesVolume: 20, credibility: 0 }],
 *   { profitability: 2, salesVolume: 1, credibility: 1 },
 * ); // [0.75, 0.25]
 * ```
 * @category CLV
 */
export function customerValueIndex(
  customers: readonly CustomerValueScores[],
  weights: CustomerValueWeights = { profitability: 1, salesVolume: 1, credibility: 1 },
): readonly number[] {
  if (!Array.isArray(customers)) {
    throw new MoshtariError('INVALID_ARGUMENT', 'customers: expected an array', { path: 'customers' });
  }
  let sum = 0;
  for (const c of CRITERIA) {
    const w = weights?.[c];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new MoshtariError('INVALID_ARGUMENT', `weights.${c}: expected a finite number ≥ 0, got ${String(w)}`, {
        path: `weights.${c}`,
      });
    }
    sum += w;
  }
  if (sum === 0)
    throw new MoshtariError('INVALID_ARGUMENT', 'weights: at least one weight must be > 0', { path: 'weights' });
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  customers.forEach((customer, i) => {
    CRITERIA.forEach((c, j) => {
      const v = customer?.[c];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new MoshtariError('INVALID_ROW', `customers[${i}].${c}: expected a finite number, got ${String(v)}`, {
          path: `customers[${i}].${c}`,
        });
      }
      lo[j] = Math.min(lo[j] as number, v);
      hi[j] = Math.max(hi[j] as number, v);
    });
  });
  return customers.map((customer) =>
    CRITERIA.reduce((acc, c, j) => {
      const range = (hi[j] as number) - (lo[j] as number);
      const normalised = range === 0 ? 0.5 : (customer[c] - (lo[j] as number)) / range;
      return acc + (weights[c] / sum) * normalised;
    }, 0),
  );
}
