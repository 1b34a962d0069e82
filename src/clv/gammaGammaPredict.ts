import { MoshtariError } from '../core/index.js';
import { checkParams } from './fitting.js';
import { checkSpend, GAMMA_GAMMA_NAMES, type SpendCustomer } from './gammaGamma.js';
import { lnGamma } from './special.js';
import type { GammaGammaParams } from './types.js';

/**
 * Log-density of one customer's mean repeat spend under Gamma-Gamma (0 for frequency 0: no data).
 *
 * @param params - Gamma-Gamma parameters
 * @param customer - frequency and mean repeat spend
 * @returns ln f(z̄ | x, p, q, γ)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ROW for bad input
 * @example
 * ```ts
 * gammaGammaLogLikelihood({ p: 6.25, q: 3.74, gamma: 15.44 }, { frequency: 2, monetary: 22.345 });
 * ```
 * @category CLV
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, customer: SpendCustomer): number {
  checkParams(params, GAMMA_GAMMA_NAMES, 'params');
  if (!checkSpend(customer, 'customer')) return 0;
  const { p, q, gamma } = params;
  const x = customer.frequency;
  const z = customer.monetary;
  const px = p * x;
  return (
    lnGamma(px + q) -
    lnGamma(px) -
    lnGamma(q) +
    q * Math.log(gamma) +
    (px - 1) * Math.log(z) +
    px * Math.log(x) -
    (px + q) * Math.log(gamma + x * z)
  );
}

/**
 * Expected mean transaction value of a customer, E[M | x, z̄] = p(γ + x z̄)/(px + q − 1): a weighted
 * average of the population mean pγ/(q−1) and the customer's own mean. Customers without repeat
 * purchases get the population mean (which needs q > 1).
 *
 * @param params - Gamma-Gamma parameters
 * @param customer - frequency and mean repeat spend
 * @returns expected spend per transaction, in the currency unit of the data
 * @throws {MoshtariError} INVALID_PARAMETERS when px + q ≤ 1 (no finite mean), INVALID_ROW for bad input
 * @example
 * ```ts
 * gammaGammaExpectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, { frequency: 2, monetary: 22.345 }); // ≈ 24.6596
 * gammaGammaExpectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, { frequency: 0, monetary: 0 }); // ≈ 35.2190
 * ```
 * @category CLV
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, customer: SpendCustomer): number {
  checkParams(params, GAMMA_GAMMA_NAMES, 'params');
  const repeat = checkSpend(customer, 'customer');
  const { p, q, gamma } = params;
  const x = repeat ? customer.frequency : 0;
  const den = p * x + q - 1;
  if (!(den > 0)) {
    throw new MoshtariError('INVALID_PARAMETERS', `params.q: expected spend needs p·x + q > 1, got ${p * x + q}`, {
      path: 'params.q',
    });
  }
  return (p * (gamma + (repeat ? x * customer.monetary : 0))) / den;
}
