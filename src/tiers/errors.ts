/**
 * Codes of the `MoshtariError`s (from `moshtari/core`) thrown by the tiers module for broken
 * invariants; the error's `path` names the argument, e.g. `member.events[3].spend`:
 *
 * - `INVALID_LADDER`: a ladder that {@link validateTierLadder} rejects reached `evaluateTier`,
 *   `tierHistory` or `createTierEvaluator` (the message is the first issue, naming the tier).
 * - `INVALID_MEMBER`: the member is not an object, `events` is not an array, or the ladder's window is
 *   `'anniversary'` and `joinedOn` is missing.
 * - `INVALID_EVENT`: an event of unknown kind, with an invalid instant, a non-integer or negative
 *   amount, spend not in `'IRR'`, or a return dated before its purchase.
 * - `DUPLICATE_EVENT_ID`: two purchases share an `id`.
 * - `UNKNOWN_PURCHASE`: a return names a `purchaseId` that is not among the member's purchases.
 * - `RETURN_EXCEEDS_PURCHASE`: returns take back more spend or points than the purchase had.
 * - `UNKNOWN_TIER`: an assignment names a tier id the ladder does not have.
 * - `INVALID_ARGUMENT`: any other argument of the wrong type (`asOf`, options, an assignment's dates).
 *
 * Dates and zones may also throw the calendar's codes (`INVALID_DATE`, `INVALID_TIME_ZONE`,
 * `OUT_OF_RANGE`). Ladder validation itself never throws: it returns {@link TierLadderIssue}s.
 *
 * @example
 * ```ts
 * import { isMoshtariError } from 'moshtari/core';
 * import type { TiersErrorCode } from 'moshtari/tiers';
 * function codeOf(error: unknown): TiersErrorCode | undefined {
 *   return isMoshtariError(error) ? (error.code as TiersErrorCode) : undefined;
 * }
 * ```
 * @category Tiers
 */
export type TiersErrorCode =
  | 'INVALID_LADDER'
  | 'INVALID_MEMBER'
  | 'INVALID_EVENT'
  | 'DUPLICATE_EVENT_ID'
  | 'UNKNOWN_PURCHASE'
  | 'RETURN_EXCEEDS_PURCHASE'
  | 'UNKNOWN_TIER'
  | 'INVALID_ARGUMENT';
