/**
 * Every `code` the metrics module uses.
 *
 * Thrown as a `MoshtariError` (from `moshtari/core`) for input that breaks the function's contract
 * (programmer errors; the error's `path` names the argument or row, e.g. `responses[3].score`):
 *
 * - `INVALID_SCORE`: a survey score that is not an integer on the scale (NPS: 0–10).
 * - `INVALID_COUNT`: a count that is not a non-negative safe integer.
 * - `INCONSISTENT_COUNTS`: counts that contradict each other (E < N in retention, more lost than
 *   at the start, more conversions than contacts, brand spend above category spend, …).
 * - `NEGATIVE_AMOUNT`: a money amount that must not be negative (revenue, cost, spend) is.
 * - `INVALID_INSTANT`: a timestamp that is not a valid `Date` or finite epoch milliseconds, lies
 *   outside 1178–3000 AP, or after `options.asOf`.
 * - `INVALID_STAGE`: a funnel event whose stage is not in the stage list, or a bad stage list.
 * - `INVALID_OPTION`: an option out of range (confidence level, alpha, power, scale, fraction, …).
 * - `INVALID_ARGUMENT`: an argument of the wrong type (not an array, not an object, …).
 *
 * Returned in a `Result` (see {@link UndefinedMetricError}) when the metric does not exist for
 * well-formed input:
 *
 * - `EMPTY_DENOMINATOR`: nothing to divide by (no responses, no customers at the start, …).
 * - `EMPTY_GROUP`: a treatment or control group of size 0.
 * - `NO_VARIANCE`: both groups converted at 0 % or both at 100 %, so the z statistic is undefined.
 *
 * Money inputs may also throw the money module's codes (`INVALID_AMOUNT`, `CURRENCY_MISMATCH`,
 * `INVALID_ROUNDING`), and time zones the calendar's `INVALID_TIME_ZONE`.
 *
 * @example
 * ```ts
 * import { churnRate, type MetricsErrorCode } from 'moshtari/metrics';
 * const r = churnRate({ customersAtStart: 0, lost: 0 });
 * const code: MetricsErrorCode | undefined = r.ok ? undefined : r.error.code; // 'EMPTY_DENOMINATOR'
 * ```
 * @category Metrics
 */
export type MetricsErrorCode =
  | 'INVALID_SCORE'
  | 'INVALID_COUNT'
  | 'INCONSISTENT_COUNTS'
  | 'NEGATIVE_AMOUNT'
  | 'INVALID_INSTANT'
  | 'INVALID_STAGE'
  | 'INVALID_OPTION'
  | 'INVALID_ARGUMENT'
  | 'EMPTY_DENOMINATOR'
  | 'EMPTY_GROUP'
  | 'NO_VARIANCE';

/**
 * The denominator of a ratio is zero, so the metric does not exist (it is not 0 %).
 *
 * @example
 * ```ts
 * // netPromoterScore([]).error
 * // { code: 'EMPTY_DENOMINATOR', field: 'responses', message: 'responses: no responses, NPS is undefined' }
 * ```
 * @category Metrics
 */
export type EmptyDenominatorError = {
  /** Always `'EMPTY_DENOMINATOR'`. */
  readonly code: 'EMPTY_DENOMINATOR';
  /** The input whose count is zero, e.g. `'responses'` or `'customersAtStart'`. */
  readonly field: string;
  /** An English sentence naming the field and the metric. */
  readonly message: string;
};

/**
 * A campaign group has no members, so its rate and any test against it do not exist.
 *
 * @example
 * ```ts
 * // campaignUplift({ size: 100, conversions: 5 }, { size: 0, conversions: 0 }).error
 * // { code: 'EMPTY_GROUP', group: 'control', message: 'control.size: the control group is empty, …' }
 * ```
 * @category Metrics
 */
export type EmptyGroupError = {
  /** Always `'EMPTY_GROUP'`. */
  readonly code: 'EMPTY_GROUP';
  /** Which group is empty. */
  readonly group: 'treatment' | 'control';
  /** An English sentence naming the group. */
  readonly message: string;
};

/**
 * Both groups converted at 0 % (or both at 100 %): the pooled standard error is 0 and the z-test
 * has no answer.
 *
 * @example
 * ```ts
 * // campaignUplift({ size: 50, conversions: 0 }, { size: 50, conversions: 0 }).error.code // 'NO_VARIANCE'
 * ```
 * @category Metrics
 */
export type NoVarianceError = {
  /** Always `'NO_VARIANCE'`. */
  readonly code: 'NO_VARIANCE';
  /** An English sentence explaining why no test is possible. */
  readonly message: string;
};

/**
 * Why a metric could not be computed from well-formed input; a union discriminated by `code`.
 *
 * @example
 * ```ts
 * function explain(e: UndefinedMetricError): string {
 *   return e.code === 'EMPTY_GROUP' ? `empty ${e.group} group` : e.message;
 * }
 * ```
 * @category Metrics
 */
export type UndefinedMetricError = EmptyDenominatorError | EmptyGroupError | NoVarianceError;
