import { betaGeoObjective, betaGeoRowLogLikelihood } from './betaGeoCore.js';
import type { ClvFit, ClvFitOptions } from './fitTypes.js';
import { checkParams, fitMaximumLikelihood } from './fitting.js';
import { type CompressedRfm, checkRfm, compressRfm, rfmUnidentified } from './rows.js';
import type { BgNbdParams, BtydCustomer, RfmFitRow } from './types.js';

/**
 * A fitted BG/NBD model: the estimates, the maximised log-likelihood and an honest convergence report.
 * @example
 * ```ts
 * const fit: BgNbdFit = fitBgNbd(rows);
 * if (!fit.converged) console.warn(fit.message);
 * ```
 * @category CLV
 */
export type BgNbdFit = ClvFit<BgNbdParams> & {
  /** Discriminant for the CLV functions: `'bgNbd'`. */
  readonly kind: 'bgNbd';
};

const NAMES = ['r', 'alpha', 'a', 'b'] as const;

/** Default starts, scaled to the data's time unit (α ≈ typical time between purchases). */
export function betaGeoStarts(data: CompressedRfm): BgNbdParams[] {
  let sumT = 0;
  let sumX = 0;
  for (let i = 0; i < data.size; i++) {
    sumT += (data.weight[i] as number) * (data.t[i] as number);
    sumX += (data.weight[i] as number) * (data.x[i] as number);
  }
  const scale = Math.max(sumT / (data.totalWeight + sumX), 1e-6);
  return [
    { r: 1, alpha: scale, a: 1, b: 1 },
    { r: 0.5, alpha: scale, a: 1, b: 3 },
    { r: 2, alpha: 4 * scale, a: 0.5, b: 0.5 },
  ];
}

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005) by maximum likelihood: BFGS on log-parameters with
 * the analytic gradient of the numerically stable (log-sum-exp) likelihood, from several starts,
 * after merging identical rows. Times may be in any unit; `alpha` comes out in that unit.
 *
 * @param rows - one row per customer (or per group, with `weight`): frequency, recency, T
 * @param options - starts, iteration limit, gradient tolerance
 * @returns `{ kind: 'bgNbd', params: { r, alpha, a, b }, logLikelihood, converged, iterations, … }`
 * @throws {MoshtariError} INVALID_ROW naming the row (NaN, negative times, recency > T, frequency 0
 *   with recency > 0, non-integer frequency); EMPTY_INPUT when no row has a positive weight
 * @example
 * ```ts
 * const fit = fitBgNbd(cdnowRows); // weeks
 * fit.params; // ≈ { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }
 * fit.logLikelihood; // −9582.43
 * ```
 * @category CLV
 */
export function fitBgNbd(rows: readonly RfmFitRow[], options?: ClvFitOptions<BgNbdParams>): BgNbdFit {
  const data = compressRfm(rows);
  const fit = fitMaximumLikelihood(
    betaGeoObjective('bg', data),
    NAMES,
    betaGeoStarts(data),
    data.totalWeight,
    data.size,
    options,
    rfmUnidentified(data),
  );
  return { kind: 'bgNbd', ...fit };
}

/**
 * Log-likelihood of one customer's history under BG/NBD (the FHL form, which omits the constant
 * t_x^{x−1}/Γ(x) of the density over recency, as BTYD and lifetimes do); sum over customers for the
 * model's log-likelihood.
 *
 * @param params - BG/NBD parameters
 * @param customer - frequency, recency, T
 * @returns ln L(r, α, a, b | x, t_x, T)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ROW for bad input
 * @example
 * ```ts
 * bgNbdLogLikelihood({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { frequency: 2, recency: 30.43, T: 38.86 }); // ≈ −9.4586
 * ```
 * @category CLV
 */
export function bgNbdLogLikelihood(params: BgNbdParams, customer: BtydCustomer): number {
  checkParams(params, NAMES, 'params');
  checkRfm(customer, 'customer');
  return betaGeoRowLogLikelihood('bg', params, customer.frequency, customer.recency, customer.T);
}
