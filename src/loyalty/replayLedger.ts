import { checkPolicy } from './applyLedgerEvent.js';
import { checkObject } from './check.js';
import { applyTo } from './ledgerDispatch.js';
import type { LedgerEvent } from './ledgerEvent.js';
import type { LedgerError } from './ledgerResults.js';
import type { LedgerState } from './ledgerTypes.js';
import { emptyWorking, freeze, thaw } from './ledgerWorking.js';
import type { LedgerPolicy } from './policyTypes.js';

/**
 * Options of {@link replayLedger}.
 * @example
 * ```ts
 * const options: ReplayLedgerOptions = { policy: { expiry: { kind: 'endOfPeriod', unit: 'year' } } };
 * ```
 * @category Loyalty
 */
export interface ReplayLedgerOptions {
  /** Policy of a new ledger (ignored with `from`). */
  readonly policy?: LedgerPolicy | undefined;
  /** Continue from this state instead of an empty ledger (it is not changed). */
  readonly from?: LedgerState | undefined;
}

/**
 * An event {@link replayLedger} did not apply, and why.
 * @example
 * ```ts
 * const { rejected } = replayLedger([{ kind: 'earn', id: 'e1', at: 0, points: 5 }, { kind: 'earn', id: 'e1', at: 0, points: 5 }]);
 * rejected[0]?.error.code; // 'DUPLICATE_EVENT'
 * ```
 * @category Loyalty
 */
export type RejectedLedgerEvent = {
  /** Position in the input. */
  readonly index: number;
  /** The event's id. */
  readonly eventId: string;
  /** Why it was not applied. */
  readonly error: LedgerError;
};

/**
 * The outcome of {@link replayLedger}.
 * @example
 * ```ts
 * const replay: LedgerReplay = replayLedger([]);
 * replay.state.balance; // 0
 * ```
 * @category Loyalty
 */
export type LedgerReplay = {
  /** The rebuilt state. */
  readonly state: LedgerState;
  /** Events not applied (duplicates and other expected failures), in input order. */
  readonly rejected: readonly RejectedLedgerEvent[];
};

/**
 * Rebuilds a ledger from its events in one linear pass: exactly the state that applying them one by
 * one with {@link applyLedgerEvent} gives, where a rejected event leaves the state as it was. A
 * replayed (duplicate) event is reported in `rejected` and changes nothing, so the same history with
 * duplicates in any position gives the same state.
 *
 * @param events - the events, in the order they were appended
 * @param options - `policy` for a new ledger, or `from` to continue a state
 * @returns `{ state, rejected }`
 * @throws {MoshtariError} INVALID_EVENT for a malformed event; INVALID_PROGRAM for a malformed policy; INVALID_STATE
 * @example
 * ```ts
 * const { state, rejected } = replayLedger([
 *   { kind: 'earn', id: 'e1', at: Date.UTC(2025, 0, 1), points: 100 },
 *   { kind: 'earn', id: 'e1', at: Date.UTC(2025, 0, 1), points: 100 }, // webhook re-delivered
 *   { kind: 'redeem', id: 'r1', at: Date.UTC(2025, 0, 2), points: 30 },
 * ]);
 * state.balance;         // 70
 * rejected[0]?.eventId;  // 'e1' (DUPLICATE_EVENT)
 * ```
 * @category Loyalty
 */
export function replayLedger(events: readonly LedgerEvent[], options: ReplayLedgerOptions = {}): LedgerReplay {
  checkObject(options, 'options', 'INVALID_ARGUMENT');
  if (!Array.isArray(events)) checkObject(null, 'events', 'INVALID_ARGUMENT');
  const w =
    options.from === undefined ? emptyWorking(checkPolicy(options.policy ?? {}, 'options.policy')) : thaw(options.from);
  const rejected: RejectedLedgerEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as LedgerEvent;
    const error = applyTo(w, event, null);
    if (error !== null) rejected.push({ index: i, eventId: event.id, error });
  }
  return { state: freeze(w), rejected };
}
