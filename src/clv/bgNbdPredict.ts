import { betaGeoAlive, betaGeoConditional, betaGeoPmf } from './betaGeoPredictCore.js';
import { checkParams } from './fitting.js';
import { checkArgument, checkRfm } from './rows.js';
import type { BgNbdParams, BtydCustomer } from './types.js';

const NAMES = ['r', 'alpha', 'a', 'b'] as const;
const VARIANT = 'bg';

/**
 * Probability that a customer with this history is still alive (has not dropped out) at T, under BG/NBD.
 * For BG/NBD it is 1 for a customer without repeat purchases (a customer can only drop out right after a purchase).
 *
 * @param params - BG/NBD parameters (fitted in the same time unit as `customer`)
 * @param customer - frequency, recency, T
 * @returns P(alive | x, t_x, T) in [0, 1]
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ROW for bad input
 * @example
 * ```ts
 * bgNbdProbabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { frequency: 2, recency: 30.43, T: 38.86 }); // ≈ 0.7266
 * ```
 * @category CLV
 */
export function bgNbdProbabilityAlive(params: BgNbdParams, customer: BtydCustomer): number {
  checkParams(params, NAMES, 'params');
  checkRfm(customer, 'customer');
  return betaGeoAlive(VARIANT, params, customer.frequency, customer.recency, customer.T);
}

/**
 * Expected number of repeat purchases in the next `t` time units of a customer with this history,
 * E[Y(t) | x, t_x, T], under BG/NBD (closed form with the Gauss hypergeometric function).
 *
 * @param params - BG/NBD parameters
 * @param customer - frequency, recency, T
 * @param t - length of the future period, in the data's time unit
 * @returns expected repeat purchases in (T, T + t]
 * @throws {MoshtariError} INVALID_PARAMETERS, INVALID_ROW or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * bgNbdConditionalExpectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { frequency: 2, recency: 30.43, T: 38.86 }, 39); // ≈ 1.2260
 * ```
 * @category CLV
 */
export function bgNbdConditionalExpectedPurchases(params: BgNbdParams, customer: BtydCustomer, t: number): number {
  checkParams(params, NAMES, 'params');
  checkRfm(customer, 'customer');
  checkArgument(t, 't');
  return betaGeoConditional(VARIANT, params, customer.frequency, customer.recency, customer.T, t);
}

/**
 * Expected number of repeat purchases of a new customer in their first `t` time units, E[X(t)], under BG/NBD.
 *
 * @param params - BG/NBD parameters
 * @param t - period length from the first purchase, in the data's time unit
 * @returns E[X(t)]
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * bgNbdExpectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 78); // ≈ 1.8605 (t = 78 weeks)
 * ```
 * @category CLV
 */
export function bgNbdExpectedPurchases(params: BgNbdParams, t: number): number {
  checkParams(params, NAMES, 'params');
  checkArgument(t, 't');
  return betaGeoConditional(VARIANT, params, 0, 0, 0, t);
}

/**
 * Probability that a new customer makes exactly `k` repeat purchases in their first `t` time units,
 * P(X(t) = k), under BG/NBD (log space throughout, so large `k` does not overflow).
 *
 * @param params - BG/NBD parameters
 * @param t - period length, in the data's time unit
 * @param k - number of repeat purchases (integer ≥ 0)
 * @returns P(X(t) = k)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * bgNbdPurchaseProbability({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 0); // ≈ 0.5738 (no repeat purchase in 39 weeks)
 * ```
 * @category CLV
 */
export function bgNbdPurchaseProbability(params: BgNbdParams, t: number, k: number): number {
  checkParams(params, NAMES, 'params');
  checkArgument(t, 't');
  checkArgument(k, 'k', true);
  return betaGeoPmf(VARIANT, params, t, k);
}
