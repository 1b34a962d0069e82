import { betaGeoObjective, betaGeoRowLogLikelihood } from './betaGeoCore.js';
import { betaGeoStarts } from './bgNbd.js';
import type { ClvFit, ClvFitOptions } from './fitTypes.js';
import { checkParams, fitMaximumLikelihood } from './fitting.js';
import { checkRfm, compressRfm, rfmUnidentified } from './rows.js';
import type { BgNbdParams, BtydCustomer, RfmFitRow } from './types.js';

/**
 * A fitted MBG/NBD model (same parameter names as BG/NBD).
 * @example
 * ```ts
 * const fit: MbgNbdFit = fitMbgNbd(rows);
 * ```
 * @category CLV
 */
export type MbgNbdFit = ClvFit<BgNbdParams> & {
  /** Discriminant for the CLV functions: `'mbgNbd'`. */
  readonly kind: 'mbgNbd';
};

const NAMES = ['r', 'alpha', 'a', 'b'] as const;

/**
 * Fits the MBG/NBD model (Batislam, Denizel & Filiztekin 2007: like BG/NBD, but a customer may also
 * drop out right after the first purchase, so P(alive) < 1 even without repeats) by maximum
 * likelihood, with the analytic gradient, several starts and merged identical rows.
 *
 * @param rows - frequency, recency, T per customer (optional `weight`)
 * @param options - starts, iteration limit, gradient tolerance
 * @returns `{ kind: 'mbgNbd', params: { r, alpha, a, b }, logLikelihood, converged, iterations, … }`
 * @throws {MoshtariError} INVALID_ROW naming the row; EMPTY_INPUT when no row has a positive weight
 * @example
 * ```ts
 * fitMbgNbd(cdnowRows).params; // { r: 0.5248, alpha: 6.1831, a: 0.8914, b: 1.6140 } (weeks; LL −9582.14)
 * ```
 * @category CLV
 */
export function fitMbgNbd(rows: readonly RfmFitRow[], options?: ClvFitOptions<BgNbdParams>): MbgNbdFit {
  const data = compressRfm(rows);
  const fit = fitMaximumLikelihood(
    betaGeoObjective('mbg', data),
    NAMES,
    betaGeoStarts(data),
    data.totalWeight,
    data.size,
    options,
    rfmUnidentified(data),
  );
  return { kind: 'mbgNbd', ...fit };
}

/**
 * Log-likelihood of one customer's history under MBG/NBD (FHL form, without the t_x^{x−1}/Γ(x) constant).
 *
 * @param params - MBG/NBD parameters
 * @param customer - frequency, recency, T
 * @returns ln L(r, α, a, b | x, t_x, T)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ROW for bad input
 * @example
 * ```ts
 * mbgNbdLogLikelihood({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, { frequency: 0, recency: 0, T: 38.86 }); // ≈ −0.5398
 * ```
 * @category CLV
 */
export function mbgNbdLogLikelihood(params: BgNbdParams, customer: BtydCustomer): number {
  checkParams(params, NAMES, 'params');
  checkRfm(customer, 'customer');
  return betaGeoRowLogLikelihood('mbg', params, customer.frequency, customer.recency, customer.T);
}
