/**
 * One transaction of an event log. The date is a civil date, so no time zone is guessed: convert
 * instants to the business's calendar day first (e.g. Asia/Tehran with `moshtari/calendar`).
 *
 * @example
 * ```ts
 * const tx: ClvTransaction = { customerId: 'c-17', date: '2024-03-20', amount: 2_500_000 };
 * ```
 * @category CLV
 */
export type ClvTransaction = {
  /** The customer's id. */
  readonly customerId: string;
  /** Civil date: `'YYYY-MM-DD'`, `'YYYYMMDD'` or an integer epoch day (days since 1970-01-01). */
  readonly date: string | number;
  /** Value of the transaction (any currency unit; a missing amount counts as 0). */
  readonly amount?: number;
};

/**
 * The unit of `recency`, `T` and `durationHoldout`: `'day'`, `'week'` (7 days) or any number of days.
 * @example
 * ```ts
 * const unit: SummaryTimeUnit = { days: 30.4375 }; // average months
 * ```
 * @category CLV
 */
export type SummaryTimeUnit =
  | 'day'
  | 'week'
  | {
      /** Days per unit (> 0), e.g. 30.4375 for an average month. */
      readonly days: number;
    };

/**
 * Options of {@link customerSummary} and {@link customerSummarySql}.
 * @example
 * ```ts
 * const options: CustomerSummaryOptions = { observationEnd: '1998-06-30', calibrationEnd: '1997-09-30', timeUnit: 'week' };
 * ```
 * @category CLV
 */
export type CustomerSummaryOptions = {
  /** Last day observed (inclusive); later transactions are ignored. */
  readonly observationEnd: string | number;
  /** Unit of the time columns (required: it fixes the scale of α and β in every model). */
  readonly timeUnit: SummaryTimeUnit;
  /** End of the calibration period (inclusive); when given, holdout columns are filled. */
  readonly calibrationEnd?: string | number;
};

/**
 * Per-customer summary in the BTYD convention (lifetimes `summary_data_from_transaction_data`,
 * `calibration_and_holdout_data`; BTYD `dc.ElogToCbsCbt`).
 * @example
 * ```ts
 * const row: CustomerSummaryRow = { customerId: 'a', frequency: 1, recency: 1, T: 2, monetary: 30, firstPurchaseDate: '2024-01-01' };
 * ```
 * @category CLV
 */
export type CustomerSummaryRow = {
  /** The customer's id. */
  readonly customerId: string;
  /** Repeat purchases: distinct purchase days after the first, up to the calibration end. */
  readonly frequency: number;
  /** Time from the first to the last purchase day (0 without repeats). */
  readonly recency: number;
  /** Time from the first purchase day to the calibration end. */
  readonly T: number;
  /** Mean value of the repeat purchase days (day totals; the first day excluded); 0 without repeats. */
  readonly monetary: number;
  /** The first purchase day, 'YYYY-MM-DD'. */
  readonly firstPurchaseDate: string;
  /** Purchase days in the holdout period (only with `calibrationEnd`). */
  readonly frequencyHoldout?: number;
  /** Mean value of the holdout purchase days, 0 if none (only with `calibrationEnd`). */
  readonly monetaryHoldout?: number;
  /** Length of the holdout period (only with `calibrationEnd`). */
  readonly durationHoldout?: number;
};
