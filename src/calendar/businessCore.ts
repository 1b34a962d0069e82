// Internal: business-time arithmetic on epoch milliseconds. Open intervals are half-open [open, close).
// Whole ordinary weeks (no holiday, no clock change, entirely inside the range) are skipped in one step.

import { type BusinessEngine, dayIntervals, localDay, ordinaryWeek } from './businessEngine.js';

/** Internal: whether `t` lies in an open interval. */
export function isOpenAt(engine: BusinessEngine, t: number): boolean {
  const today = localDay(engine, t);
  for (let day = today - 1; day <= today + 1; day++) {
    const iv = dayIntervals(engine, day);
    for (let i = 0; i < iv.length; i += 2) if ((iv[i] as number) <= t && t < (iv[i + 1] as number)) return true;
  }
  return false;
}

/** Internal: the first open instant ≥ `t`. */
export function nextOpen(engine: BusinessEngine, t: number): number {
  for (let day = localDay(engine, t) - 1; ; day++) {
    const iv = dayIntervals(engine, day);
    for (let i = 0; i < iv.length; i += 2) {
      const open = iv[i] as number;
      const close = iv[i + 1] as number;
      if (close > t && close > open) return Math.max(open, t);
    }
  }
}

/** Internal: open milliseconds in [a, b), `a ≤ b`. */
export function openBetween(engine: BusinessEngine, a: number, b: number): number {
  const firstDay = localDay(engine, a);
  const lastDay = localDay(engine, b);
  let total = 0;
  for (let day = firstDay - 1; day <= lastDay + 1; ) {
    if (day > firstDay && day + 7 < lastDay && ordinaryWeek(engine, day)) {
      total += engine.weekMs;
      day += 7;
      continue;
    }
    const iv = dayIntervals(engine, day);
    for (let i = 0; i < iv.length; i += 2) {
      const open = Math.max(iv[i] as number, a);
      const close = Math.min(iv[i + 1] as number, b);
      if (close > open) total += close - open;
    }
    day++;
  }
  return total;
}

/**
 * Internal: the earliest instant `r ≥ t` with `openBetween(t, r) = duration`, for `duration > 0`: inside
 * an open interval or exactly at its close.
 */
export function addOpen(engine: BusinessEngine, t: number, duration: number): number {
  const firstDay = localDay(engine, t);
  let remaining = duration;
  for (let day = firstDay - 1; ; ) {
    if (day > firstDay && engine.weekMs < remaining && ordinaryWeek(engine, day)) {
      remaining -= engine.weekMs;
      day += 7;
      continue;
    }
    const iv = dayIntervals(engine, day);
    for (let i = 0; i < iv.length; i += 2) {
      const open = Math.max(iv[i] as number, t);
      const close = iv[i + 1] as number;
      if (close <= open) continue;
      if (close - open >= remaining) return open + remaining;
      remaining -= close - open;
    }
    day++;
  }
}

/** Internal: open time in [a, b) outside the merged, sorted `pauses` ([start, end, …]), `a ≤ b`. */
export function openBetweenPaused(engine: BusinessEngine, a: number, b: number, pauses: readonly number[]): number {
  let total = openBetween(engine, a, b);
  for (let i = 0; i < pauses.length; i += 2) {
    const start = Math.max(pauses[i] as number, a);
    const end = Math.min(pauses[i + 1] as number, b);
    if (end > start) total -= openBetween(engine, start, end);
  }
  return total;
}

/**
 * Internal: {@link addOpen} outside the merged, sorted `pauses`; `duration = 0` gives the first open,
 * unpaused instant ≥ `t`.
 */
export function addOpenPaused(engine: BusinessEngine, t: number, duration: number, pauses: readonly number[]): number {
  let cursor = t;
  let remaining = duration;
  for (let i = 0; i < pauses.length; i += 2) {
    const start = pauses[i] as number;
    const end = pauses[i + 1] as number;
    if (end <= cursor) continue;
    if (start > cursor) {
      if (remaining === 0) {
        const next = nextOpen(engine, cursor);
        if (next < start) return next;
      } else {
        const segment = openBetween(engine, cursor, start);
        if (segment >= remaining) return addOpen(engine, cursor, remaining);
        remaining -= segment;
      }
    }
    cursor = end;
  }
  return remaining === 0 ? nextOpen(engine, cursor) : addOpen(engine, cursor, remaining);
}
