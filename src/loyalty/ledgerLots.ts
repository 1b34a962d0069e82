// Internal: lot validity, earliest-expiry-first consumption and the consumption order of a working ledger.
import type { LotAllocation } from './ledgerTypes.js';
import { deadline, type WLot, type Working } from './ledgerWorking.js';

/** Whether an active lot's points are usable at `t` (ignores the inactivity deadline). */
export function liveAt(lot: WLot, t: number): boolean {
  return lot.status === 'active' && (lot.expiresAt === null || t < lot.expiresAt);
}

/** Points usable at `t` (before debt): active lots not past their expiry or the inactivity deadline. */
export function usable(w: Working, t: number): number {
  if (t >= deadline(w)) return 0;
  let stale = 0;
  const { order } = w;
  for (let i = w.head; i < order.length; i++) {
    const lot = order[i] as WLot;
    if (lot.expiresAt === null || lot.expiresAt > t) break;
    stale += lot.remaining;
  }
  return w.active - stale;
}

/** Takes `amount` (≤ usable at `t`) from live lots, earliest expiry first; counts it as used. */
export function consume(w: Working, amount: number, t: number, out: LotAllocation[] | null): void {
  const { order } = w;
  let left = amount;
  let advancing = true;
  for (let i = w.head; left > 0 && i < order.length; i++) {
    const lot = order[i] as WLot;
    if (lot.remaining === 0) {
      if (advancing) w.head = i + 1;
      continue;
    }
    if (lot.expiresAt !== null && lot.expiresAt <= t) {
      advancing = false;
      continue;
    }
    const take = lot.remaining < left ? lot.remaining : left;
    lot.remaining -= take;
    lot.used += take;
    left -= take;
    if (out !== null) out.push({ lotId: lot.id, points: take });
    if (lot.remaining === 0 && advancing) w.head = i + 1;
  }
  w.active -= amount;
}

function before(a: WLot, b: WLot): boolean {
  const x = a.expiresAt ?? Infinity;
  const y = b.expiresAt ?? Infinity;
  return x < y || (x === y && a.seq < b.seq);
}

/** Index of an active lot in `order` (binary search on expiry, then seq). */
export function orderIndex(w: Working, lot: WLot): number {
  let lo = 0;
  let hi = w.order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(w.order[mid] as WLot, lot)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds a newly active lot to the consumption order. */
export function insertActive(w: Working, lot: WLot): void {
  const { order } = w;
  const last = order[order.length - 1];
  if (last === undefined || before(last, lot)) {
    order.push(lot);
    return;
  }
  const i = orderIndex(w, lot);
  order.splice(i, 0, lot);
  if (i < w.head) w.head = i;
}

/** Repays debt from usable points at `t`. */
export function settleDebt(w: Working, t: number): void {
  if (w.debt === 0) return;
  const x = Math.min(w.debt, usable(w, t));
  if (x <= 0) return;
  consume(w, x, t, null);
  w.debt -= x;
}
