import { toJalali } from '../calendar/index.js';
import { err, ok, type Result } from '../core/index.js';
import { checkObject, fail, show } from './check.js';
import { expiryEnd } from './expiry.js';
import { applyTo } from './ledgerDispatch.js';
import type { LedgerEvent } from './ledgerEvent.js';
import type { LedgerError, LedgerUpdate } from './ledgerResults.js';
import type { LedgerState } from './ledgerTypes.js';
import { emptyWorking, type Fx, freeze, thaw } from './ledgerWorking.js';
import type { LedgerPolicy } from './policyTypes.js';

/** Internal: validates a ledger policy (throws INVALID_PROGRAM naming `path`). */
export function checkPolicy(policy: LedgerPolicy, path: string): LedgerPolicy {
  checkObject(policy, path, 'INVALID_PROGRAM');
  const timeZone = policy.timeZone ?? 'Asia/Tehran';
  toJalali(0, { timeZone });
  if (policy.expiry !== undefined) expiryEnd(policy.expiry, 0, timeZone, `${path}.expiry`, 'INVALID_PROGRAM');
  const inactivity = policy.inactivity;
  if (inactivity !== undefined) {
    expiryEnd(
      { kind: 'rolling', count: inactivity.count, unit: inactivity.unit },
      0,
      timeZone,
      `${path}.inactivity`,
      'INVALID_PROGRAM',
    );
  }
  const negative = policy.negativeBalance;
  if (negative !== undefined && negative !== 'allow' && negative !== 'clamp' && negative !== 'clawback') {
    fail('INVALID_PROGRAM', `${path}.negativeBalance`, `expected allow, clamp or clawback, got ${show(negative)}`);
  }
  return policy;
}

/**
 * An empty ledger for one member, applying `policy` (e.g. a program's `ledger`).
 *
 * @param policy - default expiry, inactivity, negative-balance policy and time zone (default: no expiry, `'clamp'`, Tehran)
 * @returns a state with no lots and revision 0
 * @throws {MoshtariError} INVALID_PROGRAM for a malformed policy; the calendar's INVALID_TIME_ZONE
 * @example
 * ```ts
 * const ledger = createLedger({ expiry: { kind: 'endOfPeriod', unit: 'year' }, negativeBalance: 'allow' });
 * ledger.revision; // 0
 * ```
 * @category Loyalty
 */
export function createLedger(policy: LedgerPolicy = {}): LedgerState {
  return freeze(emptyWorking(checkPolicy(policy, 'policy')));
}

/**
 * Applies one event to a ledger and returns the new state with what happened; the given state is
 * never changed. Expected failures come back as a `Result` error and leave nothing changed: a
 * replayed event id (`DUPLICATE_EVENT`, a reported no-op), an already credited source, a revision
 * conflict, an unknown lot, a redemption beyond the points usable at the event's time (expired lots
 * are never spendable, even before `expireDue` has run). Copies the state: O(lots + events); fold
 * long histories with {@link replayLedger}.
 *
 * @param state - the current state
 * @param event - the event to append
 * @returns `ok({ state, effect })` or `err(LedgerError)`
 * @throws {MoshtariError} INVALID_EVENT for a malformed event (unknown kind, missing id, zero or negative points, bad `at`); INVALID_STATE
 * @example
 * ```ts
 * let state = createLedger();
 * const r = applyLedgerEvent(state, { kind: 'earn', id: 'earn:A-1', at: Date.UTC(2025, 0, 5), points: 120 });
 * if (r.ok) state = r.value.state;                  // balance 120
 * applyLedgerEvent(state, { kind: 'redeem', id: 'r1', at: Date.UTC(2025, 0, 6), points: 500 });
 * // { ok: false, error: { code: 'INSUFFICIENT_POINTS', requested: 500, available: 120, … } }
 * ```
 * @category Loyalty
 */
export function applyLedgerEvent(state: LedgerState, event: LedgerEvent): Result<LedgerUpdate, LedgerError> {
  const w = thaw(state);
  const fx: Fx = { allocations: [], forgiven: 0, clawback: 0, autoExpired: 0, notRestored: 0 };
  const error = applyTo(w, event, fx);
  if (error !== null) return err(error);
  const next = freeze(w);
  return ok({
    state: next,
    effect: {
      eventId: event.id,
      kind: event.kind,
      balanceChange: next.balance - state.balance,
      pendingChange: next.pending - state.pending,
      allocations: fx.allocations,
      debtChange: next.debt - state.debt,
      forgiven: fx.forgiven,
      clawback: fx.clawback,
      autoExpired: fx.autoExpired,
      notRestored: fx.notRestored,
    },
  });
}
