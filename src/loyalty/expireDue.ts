import type { Instant } from '../calendar/index.js';
import { checkObject, instantOf } from './check.js';
import { expiryEnd } from './expiry.js';
import type { LedgerActivateEvent, LedgerExpireEvent } from './ledgerEvent.js';
import type { LedgerState } from './ledgerTypes.js';

/** Internal: the inactivity deadline of a state (exclusive), or Infinity. */
export function inactivityDeadline(state: LedgerState): number {
  const inactivity = state.policy.inactivity;
  if (inactivity === undefined || state.lastActivityAt === null) return Infinity;
  const rule = { kind: 'rolling', count: inactivity.count, unit: inactivity.unit } as const;
  return (
    expiryEnd(
      rule,
      state.lastActivityAt,
      state.policy.timeZone ?? 'Asia/Tehran',
      'policy.inactivity',
      'INVALID_PROGRAM',
    ) ?? Infinity
  );
}

/** Internal: checks a state argument. */
export function checkState(state: LedgerState): void {
  checkObject(state, 'state', 'INVALID_STATE');
  if (!Array.isArray(state.lots) || !(state.eventIds instanceof Set)) checkObject(null, 'state', 'INVALID_STATE');
}

/**
 * The expiry events due at `asOf`: one per active lot with points left whose validity ended at or
 * before `asOf` (`at` = its exclusive end, the first instant of the day after its last usable day in
 * the ledger's time zone), and, when the member has been inactive past the policy's deadline, one per
 * remaining lot at that deadline. Ids are deterministic (`expire:<lot>:<end>`), so running the job
 * twice reports the second run's events as duplicates. Pure: apply the events to expire.
 *
 * @param state - the ledger
 * @param asOf - the job's time (a `Date` or epoch milliseconds); the clock is never read
 * @returns expire events, earliest first (empty when nothing is due)
 * @throws {MoshtariError} INVALID_STATE; INVALID_ARGUMENT for a bad `asOf`
 * @example
 * ```ts
 * const { state } = replayLedger([{ kind: 'earn', id: 'e1', at: Date.UTC(2024, 6, 31), points: 80 }],
 *   { policy: { expiry: { kind: 'endOfPeriod', unit: 'year' } } });      // usable through 1403/12/30
 * expireDue(state, new Date('2025-03-20T20:29:59.999Z')); // [] (23:59:59.999 on 1403/12/30 Tehran)
 * expireDue(state, new Date('2025-03-20T20:30:00.000Z')); // [{ kind: 'expire', lotId: 'e1', … }]
 * ```
 * @category Loyalty
 */
export function expireDue(state: LedgerState, asOf: Instant): LedgerExpireEvent[] {
  checkState(state);
  const t = instantOf(asOf, 'asOf');
  const deadline = inactivityDeadline(state);
  const events: LedgerExpireEvent[] = [];
  for (const lot of state.lots) {
    if (lot.status !== 'active' || lot.remaining === 0) continue;
    const end = lot.expiresAt ?? Infinity;
    if (end <= t && end <= deadline) {
      events.push({ kind: 'expire', id: `expire:${lot.id}:${end}`, at: end, lotId: lot.id, reason: 'expired' });
    } else if (deadline <= t) {
      events.push({
        kind: 'expire',
        id: `expire:${lot.id}:inactive:${deadline}`,
        at: deadline,
        lotId: lot.id,
        reason: 'inactivity',
      });
    }
  }
  return events.sort((a, b) => (a.at as number) - (b.at as number));
}

/**
 * The activation events due at `asOf`: one per pending lot whose `activatesAt` (the end of its return
 * window) is at or before `asOf`, dated at its `activatesAt` so its expiry runs from there.
 *
 * @param state - the ledger
 * @param asOf - the job's time
 * @returns activate events, earliest first
 * @throws {MoshtariError} INVALID_STATE; INVALID_ARGUMENT for a bad `asOf`
 * @example
 * ```ts
 * const { state } = replayLedger([{ kind: 'pendingEarn', id: 'e1', at: Date.UTC(2025, 0, 1), points: 50, activatesAt: Date.UTC(2025, 0, 15) }]);
 * activateDue(state, Date.UTC(2025, 0, 20)); // [{ kind: 'activate', id: 'activate:e1', at: 1736899200000, lotId: 'e1' }]
 * ```
 * @category Loyalty
 */
export function activateDue(state: LedgerState, asOf: Instant): LedgerActivateEvent[] {
  checkState(state);
  const t = instantOf(asOf, 'asOf');
  const events: LedgerActivateEvent[] = [];
  for (const lot of state.lots) {
    if (lot.status === 'pending' && lot.activatesAt !== null && lot.activatesAt <= t) {
      events.push({ kind: 'activate', id: `activate:${lot.id}`, at: lot.activatesAt, lotId: lot.id });
    }
  }
  return events.sort((a, b) => (a.at as number) - (b.at as number));
}
