// Shifted-beta-geometric (sBG) contractual retention model (Fader & Hardie 2007): each customer churns
// at the end of a period with probability θ ~ Beta(α, β).
//   P(T = t) = B(α+1, β+t−1)/B(α,β),  S(t) = B(α, β+t)/B(α,β),  r_t = (β+t−1)/(α+β+t−1)
import { MoshtariError } from '../core/index.js';
import type { ClvFit, ClvFitOptions } from './fitTypes.js';
import { checkParams, fitMaximumLikelihood, withNumericGradient } from './fitting.js';
import { checkArgument, checkCount, checkWeight } from './rows.js';
import { lnBeta, lnHyp2f1 } from './special.js';
import type { SbgParams } from './types.js';

/**
 * One subscriber (or `weight` identical ones) of a contractual business: either churned in period
 * `periods` (1 = did not renew after the first period), or still active after `periods` periods.
 *
 * @example
 * ```ts
 * const rows: SbgFitRow[] = [{ periods: 1, churned: true, weight: 369 }, { periods: 7, churned: false, weight: 241 }];
 * ```
 * @category CLV
 */
export type SbgFitRow = {
  /** Churn period (≥ 1) when `churned`, else the number of periods survived (≥ 0); an integer. */
  readonly periods: number;
  /** Whether the subscriber churned (true) or is still active, i.e. censored (false). */
  readonly churned: boolean;
  /** How many subscribers this row stands for (finite, ≥ 0; default 1). */
  readonly weight?: number;
};

/**
 * A fitted sBG model.
 * @example
 * ```ts
 * const fit: SbgFit = fitSbg([{ periods: 1, churned: true, weight: 369 }, { periods: 7, churned: false, weight: 241 }]);
 * ```
 * @category CLV
 */
export type SbgFit = ClvFit<SbgParams> & {
  /** Discriminant: `'sbg'`. */
  readonly kind: 'sbg';
};

const NAMES = ['alpha', 'beta'] as const;

/**
 * Fits the sBG model by maximum likelihood: LL = Σ n_t·ln P(T = t) + Σ n_alive·ln S(t_end).
 *
 * @param rows - churned / still-active subscribers with their period counts (optional `weight`)
 * @param options - starts, iteration limit, gradient tolerance
 * @returns `{ kind: 'sbg', params: { alpha, beta }, logLikelihood, converged, … }`
 * @throws {MoshtariError} INVALID_ROW naming the row (non-integer or negative periods, churn in
 *   period 0, `churned` not a boolean); EMPTY_INPUT when no row has a positive weight
 * @example
 * ```ts
 * fitSbg(regularCohort).params; // { alpha: 0.704, beta: 1.182 } (Fader & Hardie 2007, "regular")
 * ```
 * @category CLV
 */
export function fitSbg(rows: readonly SbgFitRow[], options?: ClvFitOptions<SbgParams>): SbgFit {
  if (!Array.isArray(rows)) throw new MoshtariError('INVALID_ARGUMENT', 'rows: expected an array', { path: 'rows' });
  const churned = new Map<number, number>();
  const alive = new Map<number, number>();
  rows.forEach((row, i) => {
    const path = `rows[${i}]`;
    if (typeof row !== 'object' || row === null || typeof row.churned !== 'boolean') {
      throw new MoshtariError('INVALID_ROW', `${path}.churned: expected a boolean`, { path: `${path}.churned` });
    }
    const t = checkCount(row.periods, `${path}.periods`, true);
    if (row.churned && t < 1) {
      throw new MoshtariError('INVALID_ROW', `${path}.periods: a churn happens in period 1 or later, got ${t}`, {
        path: `${path}.periods`,
      });
    }
    const w = checkWeight(row.weight, `${path}.weight`);
    const map = row.churned ? churned : alive;
    if (w > 0) map.set(t, (map.get(t) ?? 0) + w);
  });
  const total = [...churned.values(), ...alive.values()].reduce((a, b) => a + b, 0);
  if (total === 0) throw new MoshtariError('EMPTY_INPUT', 'rows: no rows with a positive weight', { path: 'rows' });
  const objective = withNumericGradient((theta) => {
    const a = Math.exp(theta[0] as number);
    const b = Math.exp(theta[1] as number);
    const lnB = lnBeta(a, b);
    let ll = 0;
    for (const [t, n] of churned) ll += n * (lnBeta(a + 1, b + t - 1) - lnB);
    for (const [t, n] of alive) ll += n * (lnBeta(a, b + t) - lnB);
    return -ll / total;
  });
  const starts = [
    { alpha: 1, beta: 1 },
    { alpha: 0.5, beta: 4 },
    { alpha: 3, beta: 0.5 },
  ];
  return { kind: 'sbg', ...fitMaximumLikelihood(objective, NAMES, starts, total, churned.size + alive.size, options) };
}

/**
 * Probability that a new subscriber churns in period `t` (does not renew after it) under sBG.
 *
 * @param params - sBG parameters
 * @param t - period (integer ≥ 1)
 * @returns P(T = t) = B(α+1, β+t−1)/B(α,β)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * sbgChurnProbability({ alpha: 0.704, beta: 1.182 }, 1); // ≈ 0.373
 * ```
 * @category CLV
 */
export function sbgChurnProbability(params: SbgParams, t: number): number {
  checkParams(params, NAMES, 'params');
  if (checkArgument(t, 't', true) < 1) {
    throw new MoshtariError('INVALID_ARGUMENT', `t: periods start at 1, got ${t}`, { path: 't' });
  }
  const { alpha, beta } = params;
  return Math.exp(lnBeta(alpha + 1, beta + t - 1) - lnBeta(alpha, beta));
}

/**
 * Probability that a new subscriber is still active after `t` periods under sBG.
 *
 * @param params - sBG parameters
 * @param t - number of periods (≥ 0; non-integer values interpolate the formula)
 * @returns S(t) = B(α, β+t)/B(α,β)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * sbgSurvival({ alpha: 0.704, beta: 1.182 }, 7); // ≈ 0.239 (regular cohort after 7 years)
 * ```
 * @category CLV
 */
export function sbgSurvival(params: SbgParams, t: number): number {
  checkParams(params, NAMES, 'params');
  checkArgument(t, 't');
  const { alpha, beta } = params;
  return Math.exp(lnBeta(alpha, beta + t) - lnBeta(alpha, beta));
}

/**
 * Retention rate in period `t` under sBG: the share of subscribers active in period t − 1 who renew
 * for period t; it increases with t (sorting effect, not individual loyalty).
 *
 * @param params - sBG parameters
 * @param t - period (≥ 1)
 * @returns r_t = (β + t − 1)/(α + β + t − 1)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * sbgRetentionRate({ alpha: 0.704, beta: 1.182 }, 2); // ≈ 0.756
 * ```
 * @category CLV
 */
export function sbgRetentionRate(params: SbgParams, t: number): number {
  checkParams(params, NAMES, 'params');
  if (checkArgument(t, 't') < 1)
    throw new MoshtariError('INVALID_ARGUMENT', `t: expected ≥ 1, got ${t}`, { path: 't' });
  const { alpha, beta } = params;
  return (beta + t - 1) / (alpha + beta + t - 1);
}

/**
 * Discounted expected lifetime (DEL) of a new subscriber under sBG (Fader & Hardie 2010): the
 * expected number of payments, one at the start of each period the subscriber is active, discounted
 * at rate d per period (the first payment is not discounted). CLV = payment per period × DEL.
 *
 * @param params - sBG parameters
 * @param discountRate - discount rate per period d > 0
 * @returns DEL(d) = Σ_{t≥0} S(t)/(1+d)^t = ₂F₁(1, β; α+β; 1/(1+d))
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT (d must be > 0)
 * @example
 * ```ts
 * sbgDiscountedExpectedLifetime({ alpha: 0.704, beta: 1.182 }, 0.1); // ≈ 3.695
 * ```
 * @category CLV
 */
export function sbgDiscountedExpectedLifetime(params: SbgParams, discountRate: number): number {
  checkParams(params, NAMES, 'params');
  if (!(checkArgument(discountRate, 'discountRate') > 0)) {
    throw new MoshtariError('INVALID_ARGUMENT', 'discountRate: must be > 0 (the undiscounted sum may diverge)', {
      path: 'discountRate',
    });
  }
  const { alpha, beta } = params;
  return Math.exp(lnHyp2f1(1, beta, alpha + beta, 1 / (1 + discountRate)));
}
