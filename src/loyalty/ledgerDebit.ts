// Internal: handlers of the ledger events that debit points (redeem, negative adjust, expire).
import { checkId, checkPoints, show } from './check.js';
import type { LedgerExpireEvent, LedgerRedeemEvent } from './ledgerEvent.js';
import { consume, usable } from './ledgerLots.js';
import type { LedgerError } from './ledgerResults.js';
import type { LotAllocation } from './ledgerTypes.js';
import { addRedemption, type Fx, lotById, type Working } from './ledgerWorking.js';

function insufficient(requested: number, available: number): LedgerError {
  const a = Math.max(0, available);
  return {
    code: 'INSUFFICIENT_POINTS',
    message: `requested ${requested} points, ${a} usable`,
    requested,
    available: a,
  };
}

function touch(w: Working, at: number): void {
  if (w.lastActivityAt === null || at > w.lastActivityAt) w.lastActivityAt = at;
}

/** Internal: a redemption, earliest expiry first, recorded with its allocations. */
export function redeem(
  w: Working,
  e: LedgerRedeemEvent,
  at: number,
  points: number,
  fx: Fx | null,
): LedgerError | null {
  const available = usable(w, at) - w.debt;
  if (points > available) return insufficient(points, available);
  const reference = e.reference === undefined ? null : checkId(e.reference, 'event.reference', 'INVALID_EVENT');
  const allocations: LotAllocation[] = [];
  consume(w, points, at, allocations);
  touch(w, at);
  addRedemption(w, { id: e.id, at, points, canceled: 0, allocations, reference });
  w.totals.redeemed += points;
  if (fx !== null) fx.allocations = allocations;
  return null;
}

/** Internal: a negative adjustment of `points` (positive number). */
export function debit(w: Working, at: number, points: number, fx: Fx | null): LedgerError | null {
  const available = usable(w, at) - w.debt;
  if (points > available) return insufficient(points, available);
  consume(w, points, at, fx === null ? null : fx.allocations);
  touch(w, at);
  w.totals.adjustedOut += points;
  return null;
}

/** Internal: expires some or all of one lot's remaining points. */
export function expire(w: Working, e: LedgerExpireEvent, fx: Fx | null): LedgerError | null {
  const lotId = checkId(e.lotId, 'event.lotId', 'INVALID_EVENT');
  const lot = lotById(w, lotId);
  if (lot === undefined) return { code: 'UNKNOWN_LOT', message: `no lot ${show(lotId)}`, lotId };
  if (lot.status !== 'active') return { code: 'LOT_NOT_ACTIVE', message: `lot ${show(lotId)} is pending`, lotId };
  const points = e.points === undefined ? lot.remaining : checkPoints(e.points, 'event.points', 'INVALID_EVENT', true);
  if (points === 0 || points > lot.remaining) {
    const message = `cannot expire ${points} points of lot ${show(lotId)}: ${lot.remaining} remaining`;
    return { code: 'EXCEEDS_REMAINING', message, lotId, requested: points, remaining: lot.remaining };
  }
  lot.remaining -= points;
  lot.expired += points;
  w.active -= points;
  w.totals.expired += points;
  if (fx !== null) fx.allocations.push({ lotId, points });
  return null;
}
