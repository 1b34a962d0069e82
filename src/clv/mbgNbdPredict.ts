import { betaGeoAlive, betaGeoConditional, betaGeoPmf } from './betaGeoPredictCore.js';
import { checkParams } from './fitting.js';
import { checkArgument, checkRfm } from './rows.js';
import type { BgNbdParams, BtydCustomer } from './types.js';

const NAMES = ['r', 'alpha', 'a', 'b'] as const;
const VARIANT = 'mbg';

/**
 * Probability that a customer with this history is still alive (has not dropped out) at T, under MBG/NBD.
 * For MBG/NBD it is below 1 even without repeat purchases (a customer may drop out right after the first purchase).
 *
 * @param params - MBG/NBD parameters (fitted in the same time unit as `customer`)
 * @param customer - frequency, recency, T
 * @returns P(alive | x, t_x, T) in [0, 1]
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ROW for bad input
 * @example
 * ```ts
 * mbgNbdProbabilityAlive({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, { frequency: 2, recency: 30.43, T: 38.86 }); // ≈ 0.7062
 * ```
 * @category CLV
 */
export function mbgNbdProbabilityAlive(params: BgNbdParams, customer: BtydCustomer): number {
  checkParams(params, NAMES, 'params');
  checkRfm(customer, 'customer');
  return betaGeoAlive(VARIANT, params, customer.frequency, customer.recency, customer.T);
}

/**
 * Expected number of repeat purchases in the next `t` time units of a customer with this history,
 * E[Y(t) | x, t_x, T], under MBG/NBD (closed form with the Gauss hypergeometric function).
 *
 * @param params - MBG/NBD parameters
 * @param customer - frequency, recency, T
 * @param t - length of the future period, in the data's time unit
 * @returns expected repeat purchases in (T, T + t]
 * @throws {MoshtariError} INVALID_PARAMETERS, INVALID_ROW or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * mbgNbdConditionalExpectedPurchases({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, { frequency: 2, recency: 30.43, T: 38.86 }, 39); // ≈ 1.2630
 * ```
 * @category CLV
 */
export function mbgNbdConditionalExpectedPurchases(params: BgNbdParams, customer: BtydCustomer, t: number): number {
  checkParams(params, NAMES, 'params');
  checkRfm(customer, 'customer');
  checkArgument(t, 't');
  return betaGeoConditional(VARIANT, params, customer.frequency, customer.recency, customer.T, t);
}

/**
 * Expected number of repeat purchases of a new customer in their first `t` time units, E[X(t)], under MBG/NBD.
 *
 * @param params - MBG/NBD parameters
 * @param t - period length from the first purchase, in the data's time unit
 * @returns E[X(t)]
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * mbgNbdExpectedPurchases({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 78); // ≈ 1.8048
 * ```
 * @category CLV
 */
export function mbgNbdExpectedPurchases(params: BgNbdParams, t: number): number {
  checkParams(params, NAMES, 'params');
  checkArgument(t, 't');
  return betaGeoConditional(VARIANT, params, 0, 0, 0, t);
}

/**
 * Probability that a new customer makes exactly `k` repeat purchases in their first `t` time units,
 * P(X(t) = k), under MBG/NBD (log space throughout, so large `k` does not overflow).
 *
 * @param params - MBG/NBD parameters
 * @param t - period length, in the data's time unit
 * @param k - number of repeat purchases (integer ≥ 0)
 * @returns P(X(t) = k)
 * @throws {MoshtariError} INVALID_PARAMETERS or INVALID_ARGUMENT for bad input
 * @example
 * ```ts
 * mbgNbdPurchaseProbability({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 39, 0); // ≈ 0.5825
 * ```
 * @category CLV
 */
export function mbgNbdPurchaseProbability(params: BgNbdParams, t: number, k: number): number {
  checkParams(params, NAMES, 'params');
  checkArgument(t, 't');
  checkArgument(k, 'k', true);
  return betaGeoPmf(VARIANT, params, t, k);
}
