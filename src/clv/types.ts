/**
 * One customer's repeat-purchase history in the BTYD convention (see `customerSummary`): all times in
 * the same unit (days, weeks…), measured from the customer's first purchase.
 *
 * @example
 * ```ts
 * const c: BtydCustomer = { frequency: 2, recency: 30.43, T: 38.86 }; // CDNOW customer 1, weeks
 * ```
 * @category CLV
 */
export type BtydCustomer = {
  /** Number of repeat purchases x (purchase days after the first), an integer ≥ 0. */
  readonly frequency: number;
  /** Time of the last repeat purchase t_x (0 when `frequency` is 0), 0 ≤ recency ≤ T. */
  readonly recency: number;
  /** Age T: time from the first purchase to the end of the observation (calibration) period. */
  readonly T: number;
};

/**
 * A row of model input: an {@link BtydCustomer}, optionally standing for `weight` identical customers.
 *
 * @example
 * ```ts
 * const row: RfmFitRow = { frequency: 0, recency: 0, T: 38.86, weight: 120 };
 * ```
 * @category CLV
 */
export type RfmFitRow = BtydCustomer & {
  /** How many customers this row stands for (finite, ≥ 0; default 1). */
  readonly weight?: number;
};

/**
 * Parameters of the BG/NBD and MBG/NBD models: purchase rate λ ~ Gamma(r, α), drop-out probability
 * p ~ Beta(a, b). `alpha` is in the time unit of the data (α_days = 7·α_weeks); the others are unit-free.
 *
 * @example
 * ```ts
 * const cdnow: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }; // weeks
 * ```
 * @category CLV
 */
export type BgNbdParams = {
  /** Shape of the purchase-rate gamma distribution. */
  readonly r: number;
  /** Scale of the purchase-rate gamma distribution (time unit of the data). */
  readonly alpha: number;
  /** First beta parameter of the drop-out probability. */
  readonly a: number;
  /** Second beta parameter of the drop-out probability. */
  readonly b: number;
};

/**
 * Parameters of the Pareto/NBD model: purchase rate λ ~ Gamma(r, α), drop-out rate μ ~ Gamma(s, β).
 * `alpha` and `beta` are in the time unit of the data.
 *
 * @example
 * ```ts
 * const cdnow: ParetoNbdParams = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }; // weeks
 * ```
 * @category CLV
 */
export type ParetoNbdParams = {
  /** Shape of the purchase-rate gamma distribution. */
  readonly r: number;
  /** Scale of the purchase-rate gamma distribution (time unit of the data). */
  readonly alpha: number;
  /** Shape of the drop-out-rate gamma distribution. */
  readonly s: number;
  /** Scale of the drop-out-rate gamma distribution (time unit of the data). */
  readonly beta: number;
};

/**
 * Parameters of the Gamma-Gamma spend model: z ~ Gamma(p, ν), ν ~ Gamma(q, γ). `gamma` is in the
 * currency unit of the spend; the population mean spend is pγ/(q − 1) (needs q > 1).
 *
 * @example
 * ```ts
 * const cdnow: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 }; // US dollars
 * ```
 * @category CLV
 */
export type GammaGammaParams = {
  /** Shape of the per-transaction spend. */
  readonly p: number;
  /** Shape of the customer-level scale distribution. */
  readonly q: number;
  /** Scale of the customer-level scale distribution (currency unit). */
  readonly gamma: number;
};

/**
 * Parameters of the BG/BB model (discrete opportunities): p ~ Beta(α, β) purchase probability,
 * θ ~ Beta(γ, δ) drop-out probability.
 *
 * @example
 * ```ts
 * const donations: BgBbParams = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * ```
 * @category CLV
 */
export type BgBbParams = {
  /** First beta parameter of the purchase probability. */
  readonly alpha: number;
  /** Second beta parameter of the purchase probability. */
  readonly beta: number;
  /** First beta parameter of the drop-out probability. */
  readonly gamma: number;
  /** Second beta parameter of the drop-out probability. */
  readonly delta: number;
};

/**
 * Parameters of the shifted-beta-geometric (sBG) contractual retention model: churn probability
 * θ ~ Beta(α, β).
 *
 * @example
 * ```ts
 * const regular: SbgParams = { alpha: 0.704, beta: 1.182 };
 * ```
 * @category CLV
 */
export type SbgParams = {
  /** First beta parameter of the churn probability. */
  readonly alpha: number;
  /** Second beta parameter of the churn probability. */
  readonly beta: number;
};
