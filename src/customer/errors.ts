/**
 * Every `code` the customer module uses.
 *
 * Thrown as a `MoshtariError` (from `moshtari/core`) for input that breaks a function's contract
 * (programmer errors; the error's `path` names the argument or field, e.g. `policy.churnedAfterDays`):
 *
 * - `INVALID_ARGUMENT`: an argument of the wrong type or shape (not an array, not a customer, …).
 * - `INVALID_INSTANT`: a time that is not a finite integer of epoch milliseconds.
 * - `INVALID_POLICY`: a lifecycle policy, duplicate rule, merge policy or search option out of range.
 * - `DUPLICATE_ID`: two customers (or two activities) with the same id where ids must be unique.
 * - `UNKNOWN_CUSTOMER`: a merge policy names a customer that is not being merged.
 *
 * Returned in a `Result` for expected outcomes:
 *
 * - `REASON_REQUIRED`: a backward lifecycle move without a reason (see `moveLifecycleStage`).
 * - `OUT_OF_ORDER`: a lifecycle move dated before the current stage was entered.
 * - `KIND_MISMATCH`: merging a person (حقیقی) with an organization (حقوقی).
 *
 * Schemas report problems as zod issues instead, with messages in Persian or English.
 *
 * @example
 * ```ts
 * import { moveLifecycleStage, type CustomerErrorCode } from 'moshtari/customer';
 * const r = moveLifecycleStage(customer, 'lead', { at: Date.UTC(2025, 0, 1) });
 * const code: CustomerErrorCode | undefined = r.ok ? undefined : r.error.code; // 'REASON_REQUIRED'
 * ```
 * @category Customer
 */
export type CustomerErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_INSTANT'
  | 'INVALID_POLICY'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_CUSTOMER'
  | 'REASON_REQUIRED'
  | 'OUT_OF_ORDER'
  | 'KIND_MISMATCH';
