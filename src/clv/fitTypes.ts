/**
 * Options of every `fit*` function.
 *
 * @example
 * ```ts
 * const options: ClvFitOptions<BgNbdParams> = { starts: [{ r: 1, alpha: 1, a: 1, b: 1 }], maxIterations: 200 };
 * ```
 * @category CLV
 */
export type ClvFitOptions<TParams> = {
  /** Starting points; each is fitted and the best kept (default: a few model-specific starts). */
  readonly starts?: readonly TParams[];
  /** Iteration limit per start (default 500). */
  readonly maxIterations?: number;
  /**
   * Convergence threshold on the largest gradient component of the mean negative log-likelihood per
   * customer with respect to the log-parameters (default 1e-8). A run that stops because no further
   * decrease is representable in floating point counts as converged within 100× this.
   */
  readonly gradientTolerance?: number;
};

/**
 * How one start of a fit ended.
 *
 * @example
 * ```ts
 * fitBgNbd(rows).starts.map((s) => s.logLikelihood);
 * ```
 * @category CLV
 */
export type ClvFitStart = {
  /** Log-likelihood reached from this start. */
  readonly logLikelihood: number;
  /** Whether this start met the gradient tolerance. */
  readonly converged: boolean;
  /** Quasi-Newton iterations used. */
  readonly iterations: number;
  /** Why it stopped. */
  readonly message: string;
};

/**
 * A maximum-likelihood fit. Never a silent failure: `converged` is `false` (and `message` says why)
 * when the best start did not reach the gradient tolerance.
 *
 * @example
 * ```ts
 * const fit = fitBgNbd(rows);
 * if (!fit.converged) console.warn(fit.message);
 * ```
 * @category CLV
 */
export type ClvFit<TParams> = {
  /** The maximum-likelihood estimates. */
  readonly params: TParams;
  /** The maximised log-likelihood (sum over customers, in the data's time unit). */
  readonly logLikelihood: number;
  /** Whether the best start met the gradient tolerance. */
  readonly converged: boolean;
  /** Iterations of the best start. */
  readonly iterations: number;
  /** Likelihood evaluations over all starts. */
  readonly evaluations: number;
  /** Largest gradient component at the estimate (mean NLL per customer, log-parameters). */
  readonly gradientNorm: number;
  /** `'converged'` or the reason the best start stopped. */
  readonly message: string;
  /** Total weight (number of customers) fitted. */
  readonly customers: number;
  /** Distinct rows after identical rows were merged. */
  readonly distinctRows: number;
  /** Every start, in the order tried. */
  readonly starts: readonly ClvFitStart[];
};
