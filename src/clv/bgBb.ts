// BG/BB (Fader, Hardie & Shang 2010): n discrete opportunities, purchase probability p ~ Beta(α, β),
// drop-out probability θ ~ Beta(γ, δ). For x purchases, the last at opportunity t_x:
//   L = B(α+x, β+n−x)/B(α,β)·B(γ, δ+n)/B(γ,δ) + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β)·B(γ+1, δ+t_x+i)/B(γ,δ)
import { MoshtariError } from '../core/index.js';
import type { ClvFit, ClvFitOptions } from './fitTypes.js';
import { checkParams, fitMaximumLikelihood, withNumericGradient } from './fitting.js';
import { checkCount, checkWeight } from './rows.js';
import { lnBeta, lnGamma, logAddExp } from './special.js';
import type { BgBbParams } from './types.js';

/**
 * A customer's history over discrete transaction opportunities (e.g. yearly donation drives).
 *
 * @example
 * ```ts
 * const donor: BgBbCustomer = { frequency: 2, recency: 4, periods: 6 }; // gave in 2 of 6 years, last in year 4
 * ```
 * @category CLV
 */
export type BgBbCustomer = {
  /** Number of opportunities with a purchase x (integer, 0 ≤ x ≤ recency). */
  readonly frequency: number;
  /** Opportunity of the last purchase t_x (integer, 0 when x = 0, ≤ periods). */
  readonly recency: number;
  /** Number of opportunities observed n (integer ≥ 0). */
  readonly periods: number;
};

/**
 * A row of BG/BB input, optionally standing for `weight` identical customers.
 * @example
 * ```ts
 * const row: BgBbFitRow = { frequency: 0, recency: 0, periods: 6, weight: 3464 };
 * ```
 * @category CLV
 */
export type BgBbFitRow = BgBbCustomer & {
  /** How many customers this row stands for (finite, ≥ 0; default 1). */
  readonly weight?: number;
};

/**
 * A fitted BG/BB model.
 * @example
 * ```ts
 * const fit: BgBbFit = fitBgBb(donations);
 * if (fit.converged) console.log(fit.params.alpha);
 * ```
 * @category CLV
 */
export type BgBbFit = ClvFit<BgBbParams> & {
  /** Discriminant: `'bgBb'`. */
  readonly kind: 'bgBb';
};

export const BG_BB_NAMES = ['alpha', 'beta', 'gamma', 'delta'] as const;

/** Validates a BG/BB customer; `path` is e.g. `rows[3]`. */
export function checkBgBb(row: BgBbCustomer, path: string): void {
  if (typeof row !== 'object' || row === null) {
    throw new MoshtariError('INVALID_ROW', `${path}: expected { frequency, recency, periods }`, { path });
  }
  const x = checkCount(row.frequency, `${path}.frequency`, true);
  const tx = checkCount(row.recency, `${path}.recency`, true);
  const n = checkCount(row.periods, `${path}.periods`, true);
  const bad = (field: string, why: string) =>
    new MoshtariError('INVALID_ROW', `${path}.${field}: ${why}`, { path: `${path}.${field}` });
  if (tx > n) throw bad('recency', `${tx} is after the last opportunity ${n}`);
  if (x > tx) throw bad('frequency', `${x} purchases cannot fit in the first ${tx} opportunities`);
  if (x === 0 && tx !== 0) throw bad('recency', `must be 0 when frequency is 0, got ${tx}`);
}

/** ln L of one customer (see the header); `lnAB`, `lnGD` = ln B(α,β), ln B(γ,δ) when already known. */
export function bgBbRowLogLikelihood(
  p: BgBbParams,
  x: number,
  tx: number,
  n: number,
  lnAB: number = lnBeta(p.alpha, p.beta),
  lnGD: number = lnBeta(p.gamma, p.delta),
): number {
  const { alpha, beta, gamma, delta } = p;
  let ll = lnBeta(alpha + x, beta + n - x) - lnAB + lnBeta(gamma, delta + n) - lnGD;
  for (let i = 0; i < n - tx; i++) {
    ll = logAddExp(ll, lnBeta(alpha + x, beta + tx - x + i) - lnAB + lnBeta(gamma + 1, delta + tx + i) - lnGD);
  }
  return ll;
}

/**
 * Fits the BG/BB model by maximum likelihood (BFGS on log-parameters with central-difference
 * gradients, several starts, identical rows merged; data usually come as a few weighted rows).
 *
 * @param rows - frequency, recency, periods per customer or group (`weight` = number of customers)
 * @param options - starts, iteration limit, gradient tolerance
 * @returns `{ kind: 'bgBb', params: { alpha, beta, gamma, delta }, logLikelihood, converged, … }`
 * @throws {MoshtariError} INVALID_ROW naming the row (non-integers, recency > periods, frequency >
 *   recency, frequency 0 with recency > 0); EMPTY_INPUT when no row has a positive weight
 * @example
 * ```ts
 * fitBgBb(donations).params; // { alpha: 1.204, beta: 0.750, gamma: 0.657, delta: 2.783 } (LL −33225.58)
 * ```
 * @category CLV
 */
export function fitBgBb(rows: readonly BgBbFitRow[], options?: ClvFitOptions<BgBbParams>): BgBbFit {
  if (!Array.isArray(rows)) throw new MoshtariError('INVALID_ARGUMENT', 'rows: expected an array', { path: 'rows' });
  const groups = new Map<string, number>();
  const data: [number, number, number, number][] = [];
  rows.forEach((row, i) => {
    checkBgBb(row, `rows[${i}]`);
    const w = checkWeight(row.weight, `rows[${i}].weight`);
    if (w === 0) return;
    const key = `${row.frequency},${row.recency},${row.periods}`;
    const k = groups.get(key);
    if (k === undefined) {
      groups.set(key, data.length);
      data.push([row.frequency, row.recency, row.periods, w]);
    } else (data[k] as [number, number, number, number])[3] += w;
  });
  if (data.length === 0)
    throw new MoshtariError('EMPTY_INPUT', 'rows: no rows with a positive weight', { path: 'rows' });
  const total = data.reduce((a, d) => a + d[3], 0);
  // every Beta function here is B(v + i, w + j) with integer offsets: tabulate lnΓ(v + k) once per evaluation
  const size = data.reduce((m, d) => Math.max(m, d[2]), 0) + 2;
  const tables = new Float64Array(6 * size);
  const objective = withNumericGradient((theta) => {
    const bases = [0, 1, 2, 3].map((i) => Math.exp(theta[i] as number)) as [number, number, number, number];
    const [alpha, beta, gamma, delta] = bases;
    [alpha, beta, alpha + beta, gamma, delta, gamma + delta].forEach((v, t) => {
      for (let k = 0; k < size; k++) tables[t * size + k] = lnGamma(v + k);
    });
    const g = (t: number, k: number) => tables[t * size + k] as number;
    const lnAB = g(0, 0) + g(1, 0) - g(2, 0);
    const lnGD = g(3, 0) + g(4, 0) - g(5, 0);
    let ll = 0;
    for (const [x, tx, n, w] of data) {
      // B(α+x, β+m)/B(α,β) and B(γ+c, δ+m)/B(γ,δ) from the tables
      const purchase = (m: number) => g(0, x) + g(1, m) - g(2, x + m) - lnAB;
      const dropout = (c: number, m: number) => g(3, c) + g(4, m) - g(5, c + m) - lnGD;
      let row = purchase(n - x) + dropout(0, n);
      for (let i = 0; i < n - tx; i++) row = logAddExp(row, purchase(tx - x + i) + dropout(1, tx + i));
      ll += w * row;
    }
    return -ll / total;
  });
  const starts = [
    { alpha: 1, beta: 1, gamma: 1, delta: 1 },
    { alpha: 0.5, beta: 2, gamma: 0.5, delta: 2 },
    { alpha: 2, beta: 0.5, gamma: 2, delta: 0.5 },
  ];
  return { kind: 'bgBb', ...fitMaximumLikelihood(objective, BG_BB_NAMES, starts, total, data.length, options) };
}

/**
 * Log-likelihood of one customer's history under BG/BB.
 *
 * @param params - BG/BB parameters
 * @param customer - frequency, recency, periods
 * @returns ln L(α, β, γ, δ | x, t_x, n)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ROW for bad input
 * @example
 * ```ts
 * bgBbLogLikelihood({ alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 }, { frequency: 6, recency: 6, periods: 6 });
 * ```
 * @category CLV
 */
export function bgBbLogLikelihood(params: BgBbParams, customer: BgBbCustomer): number {
  checkParams(params, BG_BB_NAMES, 'params');
  checkBgBb(customer, 'customer');
  return bgBbRowLogLikelihood(params, customer.frequency, customer.recency, customer.periods);
}
