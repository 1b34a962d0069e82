// Internal: returns (line-level reversal in the original ratio) and redemption cancellations.
import { allocate, rial } from '../money/index.js';
import { checkId, checkPoints, fail, show } from './check.js';
import type { LedgerCancelRedemptionEvent, LedgerReverseEvent } from './ledgerEvent.js';
import { consume, liveAt, orderIndex, settleDebt, usable } from './ledgerLots.js';
import type { LedgerError } from './ledgerResults.js';
import type { LotLine } from './ledgerTypes.js';
import { deadline, type Fx, lotById, redemptionIndex, type WLot, type Working } from './ledgerWorking.js';

/** Points of the first `k` of `quantity` units of a line: its largest-remainder share, so all units add up to `points`. */
function unitShare(points: number, quantity: number, k: number): number {
  if (k === 0 || points === 0) return 0;
  if (k === quantity) return points;
  return Number((allocate(rial(points), [k, quantity - k])[0] as { amount: string }).amount);
}

function returnedLines(lot: WLot, e: LedgerReverseEvent): LedgerError | { lines: LotLine[]; points: number } {
  if (!Array.isArray(e.lines) || e.lines.length === 0)
    fail('INVALID_EVENT', 'event.lines', 'expected a non-empty array');
  const lines = lot.lines.slice();
  let points = 0;
  for (const [i, req] of e.lines.entries()) {
    const lineId = checkId(req?.lineId, `event.lines[${i}].lineId`, 'INVALID_EVENT');
    const at = lines.findIndex((l) => l.lineId === lineId);
    const line = lines[at];
    if (line === undefined)
      return {
        code: 'UNKNOWN_LINE',
        message: `lot ${show(lot.id)} has no line ${show(lineId)}`,
        lotId: lot.id,
        lineId,
      };
    const left = line.quantity - line.returnedQuantity;
    const q =
      req.quantity === undefined
        ? left
        : checkPoints(req.quantity, `event.lines[${i}].quantity`, 'INVALID_EVENT', true);
    if (q === 0 || q > left) {
      const message = `line ${show(lineId)} of lot ${show(lot.id)}: ${q} units requested, ${left} not yet returned`;
      return { code: 'EXCEEDS_RETURNABLE', message, lotId: lot.id, requested: q, returnable: left };
    }
    const share = unitShare(line.points, line.quantity, line.returnedQuantity + q) - line.returnedPoints;
    lines[at] = { ...line, returnedQuantity: line.returnedQuantity + q, returnedPoints: line.returnedPoints + share };
    points += share;
  }
  return { lines, points };
}

/** Internal: a return. Takes from the lot itself first; spent points are charged per the negative-balance policy. */
export function reverse(w: Working, e: LedgerReverseEvent, at: number, fx: Fx | null): LedgerError | null {
  const lotId = checkId(e.lotId, 'event.lotId', 'INVALID_EVENT');
  const lot = lotById(w, lotId);
  if (lot === undefined) return { code: 'UNKNOWN_LOT', message: `no lot ${show(lotId)}`, lotId };
  const returnable = lot.points - lot.returned;
  let points = returnable;
  let lines: LotLine[] | null = null;
  if (e.lines !== undefined) {
    const r = returnedLines(lot, e);
    if ('code' in r) return r;
    ({ lines, points } = r);
  } else if (e.points !== undefined) points = checkPoints(e.points, 'event.points', 'INVALID_EVENT', true);
  if (points > returnable || (e.lines === undefined && points === 0)) {
    const message = `cannot return ${points} points of lot ${show(lotId)}: ${returnable} returnable`;
    return { code: 'EXCEEDS_RETURNABLE', message, lotId, requested: points === 0 ? lot.points : points, returnable };
  }
  const take = Math.min(points, lot.remaining);
  const chargeable = lot.status === 'active' ? Math.min(points - take, Math.max(0, lot.used - lot.charged)) : 0;
  let fromOthers = 0;
  if (chargeable > 0) {
    const own = liveAt(lot, at) && at < deadline(w) ? lot.remaining : 0;
    fromOthers = Math.max(0, Math.min(chargeable, usable(w, at) - own - w.debt));
  }
  const excess = chargeable - fromOthers;
  const policy = w.policy.negativeBalance ?? 'clamp';
  // mutations
  lot.remaining -= take;
  lot.reversed += take;
  lot.returned += points;
  lot.charged += chargeable;
  if (lines !== null) lot.lines = lines;
  if (lot.status === 'active') w.active -= take;
  else w.pending -= take;
  if (fx !== null && take > 0) fx.allocations.push({ lotId, points: take });
  if (fromOthers > 0) consume(w, fromOthers, at, fx === null ? null : fx.allocations);
  if (policy === 'allow') w.debt += excess;
  else if (policy === 'clamp') w.totals.forgiven += excess;
  else w.totals.clawedBack += excess;
  if (fx !== null && policy === 'clamp') fx.forgiven = excess;
  if (fx !== null && policy === 'clawback') fx.clawback = excess;
  w.totals.reversed += take + fromOthers + (policy === 'allow' ? excess : 0);
  if (lot.qualifying && (lot.status === 'active' || w.policy.pendingQualifies === true)) w.qualifying -= points;
  return null;
}

/** Internal: gives back a redemption's points, latest-consumed lot first; expired lots' points are not restored. */
export function cancelRedemption(
  w: Working,
  e: LedgerCancelRedemptionEvent,
  at: number,
  fx: Fx | null,
): LedgerError | null {
  const redemptionId = checkId(e.redemptionId, 'event.redemptionId', 'INVALID_EVENT');
  const at0 = redemptionIndex(w, redemptionId);
  const red = w.redemptions[at0];
  if (red === undefined)
    return { code: 'UNKNOWN_REDEMPTION', message: `no redemption ${show(redemptionId)}`, redemptionId };
  const cancellable = red.points - red.canceled;
  const points = e.points === undefined ? cancellable : checkPoints(e.points, 'event.points', 'INVALID_EVENT', true);
  if (points === 0 || points > cancellable) {
    const message = `cannot restore ${points} points of redemption ${show(redemptionId)}: ${cancellable} not yet restored`;
    return { code: 'EXCEEDS_REDEEMED', message, redemptionId, requested: points, cancellable };
  }
  const dead = at >= deadline(w);
  let skip = red.canceled;
  let left = points;
  let notRestored = 0;
  for (let i = red.allocations.length - 1; i >= 0 && left > 0; i--) {
    const alloc = red.allocations[i] as { lotId: string; points: number };
    let x = alloc.points;
    if (skip >= x) {
      skip -= x;
      continue;
    }
    x = Math.min(x - skip, left);
    skip = 0;
    left -= x;
    const lot = lotById(w, alloc.lotId) as WLot;
    lot.used -= x;
    if (!dead && liveAt(lot, at)) {
      lot.remaining += x;
      w.active += x;
      const j = orderIndex(w, lot);
      if (j < w.head) w.head = j;
    } else {
      lot.expired += x;
      notRestored += x;
    }
  }
  w.redemptions[at0] = { ...red, canceled: red.canceled + points };
  w.totals.redeemed -= points;
  w.totals.expired += notRestored;
  if (fx !== null) fx.notRestored = notRestored;
  settleDebt(w, at);
  return null;
}
