// Gamma-Gamma spend model (Colombo & Jiang 1999; Fader & Hardie note 025). For a customer with x ≥ 1
// repeat transactions of mean value z̄:
//   ln f(z̄ | x) = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄)
import { MoshtariError } from '../core/index.js';
import type { ClvFit, ClvFitOptions } from './fitTypes.js';
import { fitMaximumLikelihood } from './fitting.js';
import type { Objective } from './optimizer.js';
import { checkCount, checkWeight } from './rows.js';
import { digamma, lnGamma } from './special.js';
import type { GammaGammaParams } from './types.js';

/**
 * A customer's spend: repeat-purchase count and mean value of the repeat purchases.
 *
 * @example
 * ```ts
 * const c: SpendCustomer = { frequency: 2, monetary: 22.345 };
 * ```
 * @category CLV
 */
export type SpendCustomer = {
  /** Number of repeat purchases x (integer ≥ 0). */
  readonly frequency: number;
  /** Mean value of the repeat purchases z̄ (> 0 when frequency > 0; ignored when it is 0). */
  readonly monetary: number;
};

/**
 * A row of Gamma-Gamma input, optionally standing for `weight` identical customers.
 * @example
 * ```ts
 * const row: SpendFitRow = { frequency: 3, monetary: 41.5, weight: 2 };
 * ```
 * @category CLV
 */
export type SpendFitRow = SpendCustomer & {
  /** How many customers this row stands for (finite, ≥ 0; default 1). */
  readonly weight?: number;
};

/**
 * A fitted Gamma-Gamma spend model.
 * @example
 * ```ts
 * const fit: GammaGammaFit = fitGammaGamma(rows);
 * if (fit.params.q <= 1) console.warn('no finite population mean spend');
 * ```
 * @category CLV
 */
export type GammaGammaFit = ClvFit<GammaGammaParams> & {
  /** Discriminant: `'gammaGamma'`. */
  readonly kind: 'gammaGamma';
};

export const GAMMA_GAMMA_NAMES = ['p', 'q', 'gamma'] as const;

/** Validates a spend row; returns whether it has repeat purchases (x > 0). */
export function checkSpend(row: SpendCustomer, path: string): boolean {
  if (typeof row !== 'object' || row === null) {
    throw new MoshtariError('INVALID_ROW', `${path}: expected { frequency, monetary }`, { path });
  }
  const x = checkCount(row.frequency, `${path}.frequency`, true);
  if (x === 0) return false;
  const m = row.monetary;
  if (typeof m !== 'number' || !Number.isFinite(m) || m <= 0) {
    throw new MoshtariError(
      'INVALID_ROW',
      `${path}.monetary: mean spend must be a finite number > 0 for a customer with repeat purchases, got ${String(m)}`,
      { path: `${path}.monetary` },
    );
  }
  return true;
}

function objective(x: Float64Array, z: Float64Array, w: Float64Array, total: number): Objective {
  const lnX = x.map(Math.log);
  const lnZ = z.map(Math.log);
  const distinct = [...new Set(x)];
  const xIndex = Int32Array.from(x, (v) => distinct.indexOf(v));
  const kx = new Float64Array(distinct.length); // lnΓ(px+q) − lnΓ(px)
  const kp = new Float64Array(distinct.length); // x·(ψ(px+q) − ψ(px))
  const kq = new Float64Array(distinct.length); // ψ(px+q)
  return (theta, gradient) => {
    const p = Math.exp(theta[0] as number);
    const q = Math.exp(theta[1] as number);
    const g = Math.exp(theta[2] as number);
    distinct.forEach((xv, j) => {
      const px = p * xv;
      const psiPQ = digamma(px + q);
      kx[j] = lnGamma(px + q) - lnGamma(px);
      kp[j] = xv * (psiPQ - digamma(px));
      kq[j] = psiPQ;
    });
    const lnG = Math.log(g);
    let ll = 0;
    let dp = 0;
    let dq = 0;
    let dg = 0;
    for (let i = 0; i < x.length; i++) {
      const xi = x[i] as number;
      const wi = w[i] as number;
      const j = xIndex[i] as number;
      const px = p * xi;
      const den = g + xi * (z[i] as number);
      const lnDen = Math.log(den);
      const lnZX = (lnZ[i] as number) + (lnX[i] as number);
      ll += wi * ((kx[j] as number) + px * lnZX - (lnZ[i] as number) - (px + q) * lnDen);
      dp += wi * ((kp[j] as number) + xi * (lnZX - lnDen));
      dq += wi * ((kq[j] as number) - lnDen);
      dg += wi * ((px + q) / den);
    }
    ll += total * (q * lnG - lnGamma(q));
    dq += total * (lnG - digamma(q));
    dg = (total * q) / g - dg;
    gradient[0] = (-dp * p) / total;
    gradient[1] = (-dq * q) / total;
    gradient[2] = (-dg * g) / total;
    return -ll / total;
  };
}

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood (BFGS on log-parameters, analytic gradient,
 * several starts, identical rows merged). Customers with frequency 0 are excluded, as the model
 * describes repeat-purchase values only. Check `params.q > 1` before using the population mean.
 *
 * @param rows - frequency and mean repeat spend per customer (optional `weight`)
 * @param options - starts, iteration limit, gradient tolerance
 * @returns `{ kind: 'gammaGamma', params: { p, q, gamma }, logLikelihood, converged, … }`
 * @throws {MoshtariError} INVALID_ROW naming the row (monetary ≤ 0 or NaN with frequency > 0, bad
 *   frequency); EMPTY_INPUT when no customer has a repeat purchase
 * @example
 * ```ts
 * fitGammaGamma(cdnowRows).params; // { p: 6.25, q: 3.74, gamma: 15.44 } (US dollars)
 * ```
 * @category CLV
 */
export function fitGammaGamma(rows: readonly SpendFitRow[], options?: ClvFitOptions<GammaGammaParams>): GammaGammaFit {
  if (!Array.isArray(rows)) throw new MoshtariError('INVALID_ARGUMENT', 'rows: expected an array', { path: 'rows' });
  const groups = new Map<number, Map<number, number>>();
  const xs: number[] = [];
  const zs: number[] = [];
  const ws: number[] = [];
  rows.forEach((row, i) => {
    const w = checkWeight(row?.weight, `rows[${i}].weight`);
    if (!checkSpend(row, `rows[${i}]`) || w === 0) return;
    let byZ = groups.get(row.frequency);
    if (byZ === undefined) {
      byZ = new Map();
      groups.set(row.frequency, byZ);
    }
    const k = byZ.get(row.monetary);
    if (k === undefined) {
      byZ.set(row.monetary, xs.length);
      xs.push(row.frequency);
      zs.push(row.monetary);
      ws.push(w);
    } else ws[k] = (ws[k] as number) + w;
  });
  if (xs.length === 0) {
    throw new MoshtariError('EMPTY_INPUT', 'rows: no customer with frequency > 0 and a positive weight', {
      path: 'rows',
    });
  }
  const total = ws.reduce((a, b) => a + b, 0);
  const mean = zs.reduce((a, z, i) => a + z * (ws[i] as number), 0) / total;
  const starts = [
    { p: 1, q: 2, gamma: mean },
    { p: 5, q: 4, gamma: (mean * 3) / 5 },
    { p: 0.5, q: 1.5, gamma: mean },
  ];
  const obj = objective(Float64Array.from(xs), Float64Array.from(zs), Float64Array.from(ws), total);
  return { kind: 'gammaGamma', ...fitMaximumLikelihood(obj, GAMMA_GAMMA_NAMES, starts, total, xs.length, options) };
}
