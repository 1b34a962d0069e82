// Internal: applies one event to a working ledger (checks first, then mutates), by kind.
import { checkId, checkObject, checkPoints, fail, instantOf, show } from './check.js';
import { activate, credit } from './ledgerCredit.js';
import { debit, expire, redeem } from './ledgerDebit.js';
import type { LedgerEvent } from './ledgerEvent.js';
import type { LedgerError } from './ledgerResults.js';
import { cancelRedemption, reverse } from './ledgerReturn.js';
import type { Fx, Working } from './ledgerWorking.js';

const KINDS = ['earn', 'pendingEarn', 'activate', 'redeem', 'reverse', 'expire', 'adjust', 'cancelRedemption'];

function known(kind: unknown): boolean {
  switch (kind) {
    case 'earn':
    case 'redeem':
    case 'pendingEarn':
    case 'activate':
    case 'reverse':
    case 'expire':
    case 'adjust':
    case 'cancelRedemption':
      return true;
    default:
      return false;
  }
}

function byKind(w: Working, e: LedgerEvent, at: number, fx: Fx | null): LedgerError | null {
  switch (e.kind) {
    case 'earn':
    case 'pendingEarn':
      return credit(w, e, at, checkPoints(e.points, 'event.points', 'INVALID_EVENT', true), fx);
    case 'activate':
      return activate(w, checkId(e.lotId, 'event.lotId', 'INVALID_EVENT'), at);
    case 'redeem':
      return redeem(w, e, at, checkPoints(e.points, 'event.points', 'INVALID_EVENT', true), fx);
    case 'reverse':
      return reverse(w, e, at, fx);
    case 'expire':
      return expire(w, e, fx);
    case 'adjust': {
      const p = e.points;
      if (typeof p !== 'number' || !Number.isSafeInteger(p) || p === 0) {
        fail('INVALID_EVENT', 'event.points', `expected a non-zero whole number of points, got ${show(p)}`);
      }
      return p > 0 ? credit(w, e, at, p, fx) : debit(w, at, -p, fx);
    }
    case 'cancelRedemption':
      return cancelRedemption(w, e, at, fx);
  }
}

/**
 * Internal: applies `event`; on an error the working ledger is unchanged. Throws INVALID_EVENT for a
 * malformed event (unknown kind, missing id, bad points).
 */
export function applyTo(w: Working, event: LedgerEvent, fx: Fx | null): LedgerError | null {
  checkObject(event, 'event', 'INVALID_EVENT');
  if (!known(event.kind)) {
    fail('INVALID_EVENT', 'event.kind', `unknown event kind ${show(event.kind)}; expected one of ${KINDS.join(', ')}`);
  }
  const id = checkId(event.id, 'event.id', 'INVALID_EVENT');
  const at = instantOf(event.at, 'event.at', 'INVALID_EVENT');
  if (w.ids.has(id)) return { code: 'DUPLICATE_EVENT', message: `event ${show(id)} was already applied`, eventId: id };
  const expected = event.expectedRevision;
  if (expected !== undefined && expected !== w.revision) {
    const message = `event ${show(id)} expected revision ${show(expected)}, the ledger is at ${w.revision}`;
    return { code: 'REVISION_CONFLICT', message, expected, actual: w.revision };
  }
  const error = byKind(w, event, at, fx);
  if (error !== null) return error;
  w.ids.add(id);
  w.revision++;
  return null;
}
