/**
 * Codes of the `MoshtariError`s (from `moshtari/core`) thrown by the clv module (broken invariants):
 *
 * - `INVALID_ROW`: a data row (transaction or model input) is malformed: NaN, negative times,
 *   `recency > T`, `frequency` 0 with `recency > 0`, a non-integer count, spend ≤ 0 for Gamma-Gamma…;
 *   `path` names the row, e.g. `rows[12].recency`.
 * - `INVALID_PARAMETERS`: model parameters that are not positive finite numbers, or that the asked
 *   quantity does not exist for (e.g. Gamma-Gamma population mean with `q ≤ 1`).
 * - `INVALID_DATE`: a civil date that is not `YYYY-MM-DD` / `YYYYMMDD` or an integer epoch day.
 * - `INVALID_IDENTIFIER`: an SQL table or column name that cannot be quoted safely.
 * - `EMPTY_INPUT`: nothing to fit (no rows, or no repeat customers for Gamma-Gamma).
 * - `INVALID_ARGUMENT`: any other argument of the wrong type or range (a negative horizon, bad weights…).
 * - `INVALID_RATE`, `INVALID_AMOUNT`, `CURRENCY_MISMATCH`, `INVALID_ROUNDING`: from the money functions
 *   the heuristic CLV formulas use (see `MoneyErrorCode`).
 * @example
 * ```ts
 * try {
 *   fitBgNbd([{ frequency: 1, recency: 9, T: 5 }]);
 * } catch (e) {
 *   if (isMoshtariError(e)) console.log(e.code, e.path); // 'INVALID_ROW' 'rows[0].recency'
 * }
 * ```
 * @category CLV
 */
export type ClvErrorCode =
  | 'INVALID_ROW'
  | 'INVALID_PARAMETERS'
  | 'INVALID_DATE'
  | 'INVALID_IDENTIFIER'
  | 'EMPTY_INPUT'
  | 'INVALID_ARGUMENT'
  | 'INVALID_RATE'
  | 'INVALID_AMOUNT'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_ROUNDING';
