import { checkParams } from './fitting.js';
import { upperIncompleteGamma } from './incompleteGamma.js';
import { paretoLogBracket } from './paretoNbd.js';
import { checkArgument, checkRfm } from './rows.js';
import { expit, lnBeta, lnGamma, lnHyp2f1, logAddExp, logSubExp } from './special.js';
import type { BtydCustomer, ParetoNbdParams } from './types.js';

const NAMES = ['r', 'alpha', 's', 'beta'] as const;

function check(params: ParetoNbdParams, customer?: BtydCustomer): void {
  checkParams(params, NAMES, 'params');
  if (customer !== undefined) checkRfm(customer, 'customer');
}

/** ln A₀ of note 009 (eqs. 19–20) as l₁ + log1p(−e^{l₂−l₁}); −∞ when t_x = T. */
function lnA0({ r, alpha, s, beta }: ParetoNbdParams, x: number, tx: number, t: number): number {
  const rsx = r + s + x;
  const m = Math.max(alpha, beta);
  const diff = Math.abs(alpha - beta);
  const second = alpha >= beta ? s + 1 : r + x;
  const l1 = lnHyp2f1(rsx, second, rsx + 1, diff / (m + tx)) - rsx * Math.log(m + tx);
  const l2 = lnHyp2f1(rsx, second, rsx + 1, diff / (m + t)) - rsx * Math.log(m + t);
  return logSubExp(l1, l2);
}

/** P(alive) without validation (internal). */
export function paretoAlive(p: ParetoNbdParams, x: number, tx: number, t: number): number {
  const { r, alpha, s, beta } = p;
  const a0 = lnA0(p, x, tx, t);
  if (a0 === Number.NEGATIVE_INFINITY) return 1;
  return expit(-(Math.log(s) - Math.log(r + s + x) + (r + x) * Math.log(alpha + t) + s * Math.log(beta + t) + a0));
}

/** [1 − (u/(u+h))^{s−1}]/(s − 1) without cancellation; its s → 1 limit is ln((u+h)/u). */
function powerDrop(s: number, u: number, h: number): number {
  if (h === 0) return 0;
  const l = Math.log(u / (u + h));
  return s === 1 ? -l : -Math.expm1((s - 1) * l) / (s - 1);
}

/**
 * Probability that a customer with this history is still alive at T under Pareto/NBD (note 009
 * eq. 18 with the stable A₀; exactly 1 when the last purchase was at T).
 *
 * @param params - Pareto/NBD parameters (same time unit as `customer`)
 * @param customer - frequency, recency, T
 * @returns P(alive | x, t_x, T)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ROW for bad input
 * @example
 * ```ts
 * paretoNbdProbabilityAlive({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, { frequency: 2, recency: 30.43, T: 38.86 }); // ≈ 0.8692
 * ```
 * @category CLV
 */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams, customer: BtydCustomer): number {
  check(params, customer);
  return paretoAlive(params, customer.frequency, customer.recency, customer.T);
}

/**
 * Expected repeat purchases in the next `t` time units of a customer with this history under
 * Pareto/NBD, E[Y(t) | x, t_x, T] (note 009 eq. 41; the s → 1 limit handled).
 *
 * @param params - Pareto/NBD parameters
 * @param customer - frequency, recency, T
 * @param t - future period length, in the data's time unit
 * @returns expected repeat purchases in (T, T + t]
 * @throws {MoshtariError} INVALID_PARAMETERS, INVALID_ROW or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * paretoNbdConditionalExpectedPurchases({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, { frequency: 2, recency: 30.43, T: 38.86 }, 39); // ≈ 1.4551
 * ```
 * @category CLV
 */
export function paretoNbdConditionalExpectedPurchases(
  params: ParetoNbdParams,
  customer: BtydCustomer,
  t: number,
): number {
  check(params, customer);
  checkArgument(t, 't');
  return paretoConditional(params, customer.frequency, customer.recency, customer.T, t);
}

/** E[Y(t) | x, t_x, T] without validation (internal). */
export function paretoConditional(p: ParetoNbdParams, x: number, tx: number, T: number, t: number): number {
  const { r, alpha, s, beta } = p;
  return ((paretoAlive(p, x, tx, T) * (r + x) * (beta + T)) / (alpha + T)) * powerDrop(s, beta + T, t);
}

/**
 * Expected repeat purchases of a new customer in their first `t` time units under Pareto/NBD, E[X(t)].
 *
 * @param params - Pareto/NBD parameters
 * @param t - period length, in the data's time unit
 * @returns E[X(t)] = rβ/(α(s−1))·[1 − (β/(β+t))^{s−1}]
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * paretoNbdExpectedPurchases({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }, 52); // ≈ 1.4731
 * ```
 * @category CLV
 */
export function paretoNbdExpectedPurchases(params: ParetoNbdParams, t: number): number {
  check(params);
  checkArgument(t, 't');
  const { r, alpha, s, beta } = params;
  return ((r * beta) / alpha) * powerDrop(s, beta, t);
}

/**
 * Probability that a new customer makes exactly `k` repeat purchases in their first `t` time units
 * under Pareto/NBD (Fader, Hardie & Lee, note 012; as BTYD `pnbd.pmf`, in log space).
 *
 * @param params - Pareto/NBD parameters
 * @param t - period length, in the data's time unit
 * @param k - number of repeat purchases (integer ≥ 0)
 * @returns P(X(t) = k)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * paretoNbdPurchaseProbability({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, 39, 0); // ≈ 0.5936
 * ```
 * @category CLV
 */
export function paretoNbdPurchaseProbability(params: ParetoNbdParams, t: number, k: number): number {
  check(params);
  checkArgument(t, 't');
  checkArgument(k, 'k', true);
  const { r, alpha, s, beta } = params;
  if (t === 0) return k === 0 ? 1 : 0;
  const lnAlpha = Math.log(alpha);
  const lnB = Math.log(beta);
  const alive =
    lnGamma(r + k) - lnGamma(r) - lnGamma(k + 1) + r * (lnAlpha - Math.log(alpha + t)) + k * Math.log(t / (alpha + t));
  const m = Math.max(alpha, beta);
  const diff = Math.abs(alpha - beta);
  const second = alpha >= beta ? s + 1 : r + k;
  const c = r + s + k + 1;
  const lnB1 = lnHyp2f1(r + s, second, c, diff / m) - (r + s) * Math.log(m);
  let lnSum = Number.NEGATIVE_INFINITY;
  for (let i = 0; i <= k; i++) {
    const coef = i === 0 ? 0 : i * Math.log(t) + lnGamma(r + s + i) - lnGamma(r + s) - lnGamma(i + 1);
    const lnB2 = lnHyp2f1(r + s + i, second, c, diff / (m + t)) - (r + s + i) * Math.log(m + t);
    lnSum = logAddExp(lnSum, coef + lnB2);
  }
  const dead = r * lnAlpha + s * lnB + lnBeta(r + k, s + 1) - lnBeta(r, s) + logSubExp(lnB1, Math.min(lnSum, lnB1));
  return Math.exp(alive + s * (lnB - Math.log(beta + t))) + Math.exp(dead);
}

/**
 * Discounted expected residual transactions (DERT) of a customer under Pareto/NBD with a continuous
 * discount rate δ per time unit (Fader, Hardie & Lee 2005b eq. 2): the expected number of future
 * transactions, each discounted to T. Multiply by expected spend for a residual CLV.
 *
 * @param params - Pareto/NBD parameters
 * @param customer - frequency, recency, T
 * @param discountRate - continuous rate per time unit, e.g. 0.15/52 for 15 % a year on weekly data
 * @returns DERT(δ | x, t_x, T)
 * @throws {MoshtariError} INVALID_PARAMETERS, INVALID_ROW or INVALID_ARGUMENT (δ must be > 0)
 * @example
 * ```ts
 * paretoNbdDert({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }, { frequency: 26, recency: 216 / 7, T: 31 }, 0.15 / 52); // ≈ 82.70
 * ```
 * @category CLV
 */
export function paretoNbdDert(params: ParetoNbdParams, customer: BtydCustomer, discountRate: number): number {
  check(params, customer);
  checkArgument(discountRate, 'discountRate');
  const { r, alpha, s, beta } = params;
  const { frequency: x, recency: tx, T } = customer;
  const delta = discountRate;
  const z = delta * (beta + T);
  // U(s, s; z) = e^z·Γ(1 − s, z) (Tricomi); L without its Γ(r+x)α^rβ^s/Γ(r) factor cancels most terms
  const lnU = z + Math.log(upperIncompleteGamma(1 - s, z));
  const lnL = paretoLogBracket(r, alpha, s, beta, x, tx, T);
  return Math.exp((s - 1) * Math.log(delta) + Math.log(r + x) + lnU - (r + x + 1) * Math.log(alpha + T) - lnL);
}
