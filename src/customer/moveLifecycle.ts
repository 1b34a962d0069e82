import { err, ok, type Result } from '../core/index.js';
import { checkInstant } from './checks.js';
import { isBackwardLifecycleMove, lifecycleStageRank } from './lifecycleStages.js';
import type { Customer } from './types.js';
import type { Activity } from './typesActivity.js';
import type { CustomerLifecycleStage, LifecycleEntry } from './typesLifecycle.js';

/**
 * Options of {@link moveLifecycleStage}.
 *
 * @example
 * ```ts
 * const options: MoveLifecycleStageOptions = { at: Date.UTC(2025, 5, 1), reason: 'no purchase for a year', by: 'sara' };
 * ```
 * @category Customer
 */
export interface MoveLifecycleStageOptions {
  /** When the move happens, epoch milliseconds; not before the current stage was entered. */
  readonly at: number;
  /** Why; required for backward moves (see `isBackwardLifecycleMove`). */
  readonly reason?: string;
  /** Who made the move (a user, `'deriveLifecycleStage'`). */
  readonly by?: string;
  /** When given, a `stageChange` activity with this id is appended to `customer.timeline`. */
  readonly activityId?: string;
}

/**
 * Why {@link moveLifecycleStage} refused: `REASON_REQUIRED` (a backward move without a reason) or
 * `OUT_OF_ORDER` (`at` is before the current stage was entered).
 *
 * @example
 * ```ts
 * // { code: 'REASON_REQUIRED', from: 'loyal', to: 'churned', message: 'moving from loyal back to churned needs a reason' }
 * ```
 * @category Customer
 */
export type MoveLifecycleStageError =
  | {
      /** A backward move needs a reason. */
      readonly code: 'REASON_REQUIRED';
      /** The current stage. */
      readonly from: CustomerLifecycleStage;
      /** The requested stage. */
      readonly to: CustomerLifecycleStage;
      /** An English sentence. */
      readonly message: string;
    }
  | {
      /** The move is dated before the current stage began. */
      readonly code: 'OUT_OF_ORDER';
      /** When the current stage was entered. */
      readonly enteredAt: number;
      /** The requested time. */
      readonly at: number;
      /** An English sentence. */
      readonly message: string;
    };

/**
 * Moves a customer to a lifecycle stage explicitly and keeps the history: the current entry gets
 * `exitedAt`, a new entry `{ stage, enteredAt: at, reason, by }` is appended. A backward move (a
 * decline to at-risk or churned, or a lower funnel stage) needs a `reason`; forward moves do not.
 * Moving to the current stage returns the customer unchanged. The input is not modified.
 *
 * @param customer - the customer (any custom-field type)
 * @param to - the new stage
 * @param options - `at` (required), `reason`, `by`, `activityId`
 * @returns the updated customer, or why the move was refused
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown stage; INVALID_INSTANT for a bad `at`
 * @example
 * ```ts
 * const at = Date.UTC(2025, 5, 1);
 * const r = moveLifecycleStage(customer, 'churned', { at });
 * r.ok; // false: { code: 'REASON_REQUIRED', … }
 * const moved = moveLifecycleStage(customer, 'churned', { at, reason: 'no purchase for a year' });
 * ```
 * @category Customer
 */
export function moveLifecycleStage<TCustomer extends Customer<unknown>>(
  customer: TCustomer,
  to: CustomerLifecycleStage,
  options: MoveLifecycleStageOptions,
): Result<TCustomer, MoveLifecycleStageError> {
  lifecycleStageRank(to);
  const at = checkInstant(options?.at, 'options.at');
  const current = customer.lifecycle;
  if (current?.stage === to) return ok(customer);
  const history = current?.history ?? [];
  const last = history.at(-1);
  if (last !== undefined && at < last.enteredAt) {
    const message = `at: ${at} is before the current stage was entered (${last.enteredAt})`;
    return err({ code: 'OUT_OF_ORDER', enteredAt: last.enteredAt, at, message });
  }
  const reason = options.reason?.trim();
  if (current !== undefined && isBackwardLifecycleMove(current.stage, to) && !reason) {
    const message = `moving from ${current.stage} back to ${to} needs a reason`;
    return err({ code: 'REASON_REQUIRED', from: current.stage, to, message });
  }
  const entry: LifecycleEntry = {
    stage: to,
    enteredAt: at,
    ...(reason ? { reason } : {}),
    ...(options.by === undefined ? {} : { by: options.by }),
  };
  const closed = last === undefined ? [] : [...history.slice(0, -1), { ...last, exitedAt: at }];
  const moved = { ...customer, lifecycle: { stage: to, history: [...closed, entry] } };
  if (options.activityId === undefined) return ok(moved);
  const activity: Activity = {
    kind: 'stageChange',
    id: options.activityId,
    customerId: customer.id,
    at,
    author: options.by ?? 'system',
    to,
    ...(current === undefined ? {} : { from: current.stage }),
    ...(reason ? { reason } : {}),
  };
  return ok({ ...moved, timeline: [...(customer.timeline ?? []), activity] });
}
