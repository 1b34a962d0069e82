import { BG_BB_NAMES, type BgBbCustomer, bgBbRowLogLikelihood, checkBgBb } from './bgBb.js';
import { checkParams } from './fitting.js';
import { checkArgument } from './rows.js';
import { digamma, lnBeta, lnGamma, lnHyp2f1, logAddExp } from './special.js';
import type { BgBbParams } from './types.js';

function check(params: BgBbParams, customer?: BgBbCustomer): void {
  checkParams(params, BG_BB_NAMES, 'params');
  if (customer !== undefined) checkBgBb(customer, 'customer');
}

/**
 * ln[Γ(1+δ+to)/Γ(γ+δ+to)] − ln[Γ(1+δ+from)/Γ(γ+δ+from)] = −Σ_{j=from}^{to−1} log1p((γ−1)/(1+δ+j)) for
 * integer opportunities: accurate when γ is near 1, where the lnΓ differences would cancel.
 */
function lnGammaRatioStep(gamma: number, delta: number, from: number, to: number): number {
  if (to - from > 100_000) {
    const at = (n: number) => lnGamma(1 + delta + n) - lnGamma(gamma + delta + n);
    return at(to) - at(from);
  }
  let sum = 0;
  for (let j = from; j < to; j++) sum -= Math.log1p((gamma - 1) / (1 + delta + j));
  return sum;
}

/** −expm1(e)/(γ − 1) for e = lnGammaRatioStep(γ, δ, from, to); at γ = 1 its limit Σ 1/(1+δ+j). */
function dropOverGamma(gamma: number, delta: number, from: number, to: number): number {
  if (gamma === 1) return digamma(1 + delta + to) - digamma(1 + delta + from);
  return -Math.expm1(lnGammaRatioStep(gamma, delta, from, to)) / (gamma - 1);
}

/**
 * Probability that a customer is still alive at opportunity n + `periodsAhead` under BG/BB (FHS 2010;
 * lifetimes `conditional_probability_alive(m, …)`; the default 1 is "alive at the next opportunity").
 *
 * @param params - BG/BB parameters
 * @param customer - frequency, recency, periods
 * @param periodsAhead - opportunities after the last observed one (integer ≥ 0, default 1)
 * @returns P(alive at n + periodsAhead | x, t_x, n)
 * @throws {MoshtariError} INVALID_PARAMETERS, INVALID_ROW or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * bgBbProbabilityAlive({ alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 }, { frequency: 2, recency: 4, periods: 6 }); // ≈ 0.5895
 * ```
 * @category CLV
 */
export function bgBbProbabilityAlive(params: BgBbParams, customer: BgBbCustomer, periodsAhead = 1): number {
  check(params, customer);
  checkArgument(periodsAhead, 'periodsAhead', true);
  const { alpha, beta, gamma, delta } = params;
  const { frequency: x, recency: tx, periods: n } = customer;
  const lnL = bgBbRowLogLikelihood(params, x, tx, n);
  return Math.exp(
    lnBeta(alpha + x, beta + n - x) -
      lnBeta(alpha, beta) +
      lnBeta(gamma, delta + n + periodsAhead) -
      lnBeta(gamma, delta) -
      lnL,
  );
}

/**
 * Expected purchases of a customer in the next `futurePeriods` opportunities under BG/BB,
 * E[X(n, n + n*) | x, t_x, n] (FHS 2010 eq. 13).
 *
 * @param params - BG/BB parameters
 * @param customer - frequency, recency, periods
 * @param futurePeriods - number of future opportunities n* (integer ≥ 0)
 * @returns expected purchases over opportunities n+1 … n+n*
 * @throws {MoshtariError} INVALID_PARAMETERS, INVALID_ROW or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * bgBbConditionalExpectedPurchases({ alpha: 1.2035, beta: 0.7498, gamma: 0.6568, delta: 2.7839 }, { frequency: 4, recency: 5, periods: 6 }, 10); // ≈ 3.6278
 * ```
 * @category CLV
 */
export function bgBbConditionalExpectedPurchases(
  params: BgBbParams,
  customer: BgBbCustomer,
  futurePeriods: number,
): number {
  check(params, customer);
  checkArgument(futurePeriods, 'futurePeriods', true);
  const { alpha, beta, gamma, delta } = params;
  const { frequency: x, recency: tx, periods: n } = customer;
  const scaled = dropOverGamma(gamma, delta, n, n + futurePeriods);
  // B(α+x+1, β+n−x)/B(α,β) · Γ(γ+δ)Γ(1+δ+n)/(Γ(1+δ)Γ(γ+δ+n)), the last ratio as a stable sum
  const lnFactor = lnBeta(alpha + x + 1, beta + n - x) - lnBeta(alpha, beta) + lnGammaRatioStep(gamma, delta, 0, n);
  return Math.exp(lnFactor - bgBbRowLogLikelihood(params, x, tx, n)) * delta * scaled;
}

/**
 * Expected purchases of a new customer in the first `periods` opportunities under BG/BB, E[X(n)].
 *
 * @param params - BG/BB parameters
 * @param periods - number of opportunities n (integer ≥ 0)
 * @returns E[X(n)]
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * bgBbExpectedPurchases({ alpha: 1.2035, beta: 0.7498, gamma: 0.6568, delta: 2.7839 }, 10); // ≈ 3.1797
 * ```
 * @category CLV
 */
export function bgBbExpectedPurchases(params: BgBbParams, periods: number): number {
  check(params);
  checkArgument(periods, 'periods', true);
  const { alpha, beta, gamma, delta } = params;
  const scaled = dropOverGamma(gamma, delta, 0, periods);
  return (alpha / (alpha + beta)) * delta * scaled;
}

/**
 * Probability that a new customer makes exactly `k` purchases in the first `periods` opportunities
 * under BG/BB (FHS 2010 eq. 8).
 *
 * @param params - BG/BB parameters
 * @param periods - number of opportunities n (integer ≥ 0)
 * @param k - number of purchases (integer, 0 ≤ k ≤ n gives a positive probability)
 * @returns P(X(n) = k)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * bgBbPurchaseProbability({ alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 }, 6, 0); // ≈ 0.3112
 * ```
 * @category CLV
 */
export function bgBbPurchaseProbability(params: BgBbParams, periods: number, k: number): number {
  check(params);
  checkArgument(periods, 'periods', true);
  checkArgument(k, 'k', true);
  if (k > periods) return 0;
  const { alpha, beta, gamma, delta } = params;
  const lnAB = lnBeta(alpha, beta);
  const lnGD = lnBeta(gamma, delta);
  const lnChoose = (m: number) => lnGamma(m + 1) - lnGamma(k + 1) - lnGamma(m - k + 1);
  let ll = lnChoose(periods) + lnBeta(alpha + k, beta + periods - k) - lnAB + lnBeta(gamma, delta + periods) - lnGD;
  for (let i = k; i < periods; i++) {
    ll = logAddExp(ll, lnChoose(i) + lnBeta(alpha + k, beta + i - k) - lnAB + lnBeta(gamma + 1, delta + i) - lnGD);
  }
  return Math.exp(ll);
}

/**
 * Discounted expected residual transactions (DERT) under BG/BB with discount rate d per opportunity
 * (FHS 2010 eq. 14): expected future purchases, each discounted to the end of the observation.
 *
 * @param params - BG/BB parameters
 * @param customer - frequency, recency, periods
 * @param discountRate - discount rate per opportunity d > 0 (e.g. 0.1)
 * @returns DERT(d | x, t_x, n)
 * @throws {MoshtariError} INVALID_PARAMETERS, INVALID_ROW or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * bgBbDert({ alpha: 1.2035, beta: 0.7498, gamma: 0.6568, delta: 2.7839 }, { frequency: 6, recency: 6, periods: 6 }, 0.1); // ≈ 5.9096
 * ```
 * @category CLV
 */
export function bgBbDert(params: BgBbParams, customer: BgBbCustomer, discountRate: number): number {
  check(params, customer);
  checkArgument(discountRate, 'discountRate');
  const { alpha, beta, gamma, delta } = params;
  const { frequency: x, recency: tx, periods: n } = customer;
  const d = discountRate;
  const lnValue =
    lnBeta(alpha + x + 1, beta + n - x) -
    lnBeta(alpha, beta) +
    lnBeta(gamma, delta + n + 1) -
    lnBeta(gamma, delta) -
    Math.log1p(d) +
    lnHyp2f1(1, delta + n + 1, gamma + delta + n + 1, 1 / (1 + d));
  return Math.exp(lnValue - bgBbRowLogLikelihood(params, x, tx, n));
}
