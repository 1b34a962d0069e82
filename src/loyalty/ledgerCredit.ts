// Internal: handlers of the ledger events that credit points (earn, pendingEarn, positive adjust, activate).
import { checkId, checkObject, checkPoints, fail, instantOf, show } from './check.js';
import type { LedgerAdjustEvent, LedgerEarnEvent, LedgerSource, LotOrigin } from './ledgerEvents.js';
import { insertActive, settleDebt } from './ledgerLots.js';
import type { LedgerError } from './ledgerResults.js';
import type { LotLine } from './ledgerTypes.js';
import { addLot, deadline, expiryOf, type Fx, lotById, lotExists, type WLot, type Working } from './ledgerWorking.js';

const ORIGINS: readonly LotOrigin[] = ['sale', 'nonSale', 'purchase', 'transferIn'];
/** Shared by every lot without lines (lines are replaced, never changed in place). */
const NO_LINES: readonly LotLine[] = [];

/** Internal: the natural key of a credit, or `null` without a source. */
export function sourceKey(source: LedgerSource | undefined, group: string): string | null {
  if (source === undefined) return null;
  checkObject(source, 'event.source', 'INVALID_EVENT');
  const type = checkId(source.type, 'event.source.type', 'INVALID_EVENT');
  const id = checkId(source.id, 'event.source.id', 'INVALID_EVENT');
  if (source.rule !== undefined) checkId(source.rule, 'event.source.rule', 'INVALID_EVENT');
  return `${group}\u0000${type}\u0000${id}\u0000${source.rule ?? ''}`;
}

function linesOf(e: LedgerEarnEvent, points: number): readonly LotLine[] {
  if (e.lines === undefined) return NO_LINES;
  if (!Array.isArray(e.lines)) fail('INVALID_EVENT', 'event.lines', `expected an array, got ${show(e.lines)}`);
  let sum = 0;
  const seen = new Set<string>();
  const lines = e.lines.map((line, i): LotLine => {
    const lineId = checkId(line?.lineId, `event.lines[${i}].lineId`, 'INVALID_EVENT');
    if (seen.has(lineId)) fail('INVALID_EVENT', `event.lines[${i}].lineId`, `duplicate line ${show(lineId)}`);
    seen.add(lineId);
    const p = checkPoints(line.points, `event.lines[${i}].points`, 'INVALID_EVENT');
    const quantity = checkPoints(line.quantity ?? 1, `event.lines[${i}].quantity`, 'INVALID_EVENT', true);
    sum += p;
    return { lineId, points: p, quantity, returnedQuantity: 0, returnedPoints: 0 };
  });
  if (sum !== points)
    fail('INVALID_EVENT', 'event.lines', `line points add up to ${sum}, not to the event's ${points}`);
  return lines;
}

/** Expires every usable point now (the member passed the inactivity deadline); returns the points. */
function expireAll(w: Working): number {
  let total = 0;
  for (let i = w.head; i < w.order.length; i++) {
    const lot = w.order[i] as WLot;
    if (lot.remaining === 0) continue;
    total += lot.remaining;
    lot.expired += lot.remaining;
    lot.remaining = 0;
  }
  w.active -= total;
  w.totals.expired += total;
  return total;
}

/** Internal: an earn/pendingEarn/positive adjust. Checks everything, then mutates; returns an error or null. */
export function credit(
  w: Working,
  e: LedgerEarnEvent | LedgerAdjustEvent,
  at: number,
  points: number,
  fx: Fx | null,
): LedgerError | null {
  const pending = e.kind === 'pendingEarn';
  const isEarn = e.kind !== 'adjust';
  const lotId = e.lotId === undefined ? e.id : checkId(e.lotId, 'event.lotId', 'INVALID_EVENT');
  if (lotExists(w, lotId, e.id)) return { code: 'DUPLICATE_LOT', message: `lot ${show(lotId)} already exists`, lotId };
  const key = sourceKey(e.source, isEarn ? 'earn' : 'adjust');
  if (key !== null && w.sources.has(key)) {
    return {
      code: 'DUPLICATE_SOURCE',
      message: `event ${show(e.id)}: this source was already credited`,
      eventId: e.id,
      sourceKey: key,
    };
  }
  const origin = e.origin ?? (isEarn ? 'sale' : 'nonSale');
  if (!ORIGINS.includes(origin))
    fail('INVALID_EVENT', 'event.origin', `expected one of ${ORIGINS.join(', ')}, got ${show(origin)}`);
  const qualifying = e.qualifying ?? isEarn;
  if (typeof qualifying !== 'boolean')
    fail('INVALID_EVENT', 'event.qualifying', `expected a boolean, got ${show(qualifying)}`);
  const lines = e.kind === 'adjust' ? NO_LINES : linesOf(e, points);
  const explicit = e.expiresAt === undefined ? null : instantOf(e.expiresAt, 'event.expiresAt', 'INVALID_EVENT');
  const activatesAt =
    e.kind === 'pendingEarn' && e.activatesAt !== undefined
      ? instantOf(e.activatesAt, 'event.activatesAt', 'INVALID_EVENT')
      : null;
  const expiresAt = pending ? null : (explicit ?? expiryOf(w, e.expiry, at, 'event.expiry'));
  // mutations
  if (at >= deadline(w)) {
    const expired = expireAll(w);
    if (fx !== null) fx.autoExpired = expired;
  }
  w.lastActivityAt = w.lastActivityAt === null || at > w.lastActivityAt ? at : w.lastActivityAt;
  const lot: WLot = {
    id: lotId,
    eventId: e.id,
    seq: w.seq++,
    status: pending ? 'pending' : 'active',
    points,
    remaining: points,
    used: 0,
    expired: 0,
    reversed: 0,
    returned: 0,
    charged: 0,
    earnedAt: at,
    activatesAt,
    activatedAt: pending ? null : at,
    expiresAt,
    expiry: pending ? (explicit ?? e.expiry ?? null) : (e.expiry ?? null),
    origin,
    qualifying,
    source: e.source ?? null,
    lines,
    reason: e.reason ?? null,
    actor: e.actor ?? null,
  };
  addLot(w, lot);
  if (key !== null) w.sources.add(key);
  if (isEarn) w.totals.earned += points;
  else w.totals.adjustedIn += points;
  if (qualifying && (!pending || w.policy.pendingQualifies === true)) w.qualifying += points;
  if (pending) {
    w.pending += points;
    return null;
  }
  w.active += points;
  insertActive(w, lot);
  settleDebt(w, at);
  return null;
}

/** Internal: activates a pending lot. */
export function activate(w: Working, lotId: string, at: number): LedgerError | null {
  const lot = lotById(w, lotId);
  if (lot === undefined) return { code: 'UNKNOWN_LOT', message: `no lot ${show(lotId)}`, lotId };
  if (lot.status !== 'pending')
    return { code: 'LOT_NOT_PENDING', message: `lot ${show(lotId)} is already active`, lotId };
  const expiry = lot.expiry;
  lot.expiresAt = typeof expiry === 'number' ? expiry : expiryOf(w, expiry ?? undefined, at, 'lot.expiry');
  lot.status = 'active';
  lot.activatedAt = at;
  w.pending -= lot.remaining;
  w.active += lot.remaining;
  if (lot.qualifying && w.policy.pendingQualifies !== true) w.qualifying += lot.points - lot.returned;
  insertActive(w, lot);
  settleDebt(w, at);
  return null;
}
