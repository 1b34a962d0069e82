/**
 * Every `code` of the `MoshtariError`s (from `moshtari/core`) thrown by the loyalty module for input
 * that breaks a function's contract (programmer errors; the error's `path` names the field, e.g.
 * `program.earn.rate.points` or `event.points`):
 *
 * - `INVALID_PROGRAM`: a program field is malformed (a rate that is not a decimal string, a cap that is
 *   not a whole number, a promotion hour that is not `HH:MM`, …). Validate untrusted programs with
 *   `loyaltyProgramSchema()` first.
 * - `INVALID_PURCHASE`: a purchase is malformed (no `id`, a negative line amount, a bad quantity, …).
 * - `INVALID_EVENT`: a ledger event is malformed: an unknown `kind`, a missing `id`, zero or negative
 *   points, an invalid `at`.
 * - `INVALID_POINTS`: a points argument that is not a non-negative safe integer.
 * - `INVALID_STATE`: something passed as a ledger state that `createLedger`/`replayLedger` did not make.
 * - `INVALID_ARGUMENT`: any other argument of the wrong type or out of range (a day count, an option).
 *
 * Money and calendar inputs may also throw those modules' codes (`INVALID_AMOUNT`, `CURRENCY_MISMATCH`,
 * `INVALID_RATE`, `INVALID_ROUNDING`, `INVALID_DATE`, `INVALID_TIME_ZONE`, `OUT_OF_RANGE`).
 *
 * Expected outcomes (a redemption beyond the balance, an unknown lot, a replayed event, a revision
 * conflict, a bonus already awarded) are not thrown: they come back as `Result` errors, see
 * {@link LedgerError} and {@link BonusError}.
 *
 * @example
 * ```ts
 * import { isMoshtariError } from 'moshtari/core';
 * import { applyLedgerEvent, createLedger, type LoyaltyErrorCode } from 'moshtari/loyalty';
 * try {
 *   applyLedgerEvent(createLedger(), { kind: 'earn', id: 'e1', at: 0, points: -5 });
 * } catch (e) {
 *   if (isMoshtariError(e)) console.log(e.code as LoyaltyErrorCode, e.path); // 'INVALID_EVENT' 'event.points'
 * }
 * ```
 * @category Loyalty
 */
export type LoyaltyErrorCode =
  | 'INVALID_PROGRAM'
  | 'INVALID_PURCHASE'
  | 'INVALID_EVENT'
  | 'INVALID_POINTS'
  | 'INVALID_STATE'
  | 'INVALID_ARGUMENT';
