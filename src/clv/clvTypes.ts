import type { BgNbdParams, BtydCustomer, GammaGammaParams, ParetoNbdParams } from './types.js';

/**
 * A fitted transaction model for CLV: a `fit*` result or hand-written parameters with their `kind`.
 *
 * @example
 * ```ts
 * const model: TransactionModel = { kind: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } };
 * ```
 * @category CLV
 */
export type TransactionModel =
  | {
      /** BG/NBD. */
      readonly kind: 'bgNbd';
      /** Its parameters. */
      readonly params: BgNbdParams;
    }
  | {
      /** MBG/NBD. */
      readonly kind: 'mbgNbd';
      /** Its parameters. */
      readonly params: BgNbdParams;
    }
  | {
      /** Pareto/NBD. */
      readonly kind: 'paretoNbd';
      /** Its parameters. */
      readonly params: ParetoNbdParams;
    };

/**
 * The time unit the transaction model was fitted in, which fixes the periods per month f used by the
 * CLV sum (lifetimes' convention: `'day'` 30, `'week'` 4.345, `'month'` 1, `'hour'` 720). There is no
 * default on purpose: lifetimes' default `freq="D"` on weekly data silently sums 360 weeks instead of
 * 12 months (lifetimes#137). Use `{ periodsPerMonth }` for anything else (e.g. 30.4375 days).
 *
 * @example
 * ```ts
 * const unit: ClvTimeUnit = 'week';
 * ```
 * @category CLV
 */
export type ClvTimeUnit =
  | 'day'
  | 'week'
  | 'month'
  | 'hour'
  | {
      /** Model time units per month (f). */
      readonly periodsPerMonth: number;
    };

/**
 * Options of {@link predictClv} and {@link rankCustomersByClv}.
 * @example
 * ```ts
 * const options: PredictClvOptions = { model: fitBgNbd(rows), spend: fitGammaGamma(rows).params, timeUnit: 'week', horizonMonths: 24 };
 * ```
 * @category CLV
 */
export type PredictClvOptions = {
  /** The transaction model (BG/NBD, MBG/NBD or Pareto/NBD). */
  readonly model: TransactionModel;
  /** Gamma-Gamma parameters for the expected spend per transaction. */
  readonly spend: GammaGammaParams;
  /** Time unit of the model and the customers' recency/T (required; see {@link ClvTimeUnit}). */
  readonly timeUnit: ClvTimeUnit;
  /** Horizon in months, an integer ≥ 1 (default 12). */
  readonly horizonMonths?: number;
  /** Discount rate per month (default 0.01 ≈ 12.7 % a year). */
  readonly monthlyDiscountRate?: number;
};

/**
 * A customer for CLV: history in the model's time unit plus mean repeat spend.
 * @example
 * ```ts
 * const c: ClvCustomer = { customerId: '1', frequency: 2, recency: 30.43, T: 38.86, monetary: 22.35 };
 * ```
 * @category CLV
 */
export type ClvCustomer = BtydCustomer & {
  /** Mean value of the repeat purchases (ignored, may be 0, when frequency is 0). */
  readonly monetary: number;
  /** Optional identifier, copied to the prediction. */
  readonly customerId?: string;
};

/**
 * Predicted value of one customer.
 * @example
 * ```ts
 * const [top]: readonly ClvPrediction[] = predictClv(customers, { model, spend, timeUnit: 'week' });
 * ```
 * @category CLV
 */
export type ClvPrediction = {
  /** The customer's id when one was given. */
  readonly customerId?: string;
  /** Discounted residual CLV over the horizon, in the currency unit of `monetary`. */
  readonly clv: number;
  /** Expected repeat purchases over the whole horizon (undiscounted). */
  readonly expectedPurchases: number;
  /** P(alive) at the end of the observation. */
  readonly probabilityAlive: number;
  /** Gamma-Gamma expected spend per transaction. */
  readonly expectedSpend: number;
};
