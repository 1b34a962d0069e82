// Internal: the Jalali month of many instants, fast. Month keys are year·12 + month − 1.

import { fromJalali, jalaliToEpochDay, toJalali } from '../calendar/index.js';
import { isMoshtariError } from '../core/index.js';
import { fail, instantOf, rowPath } from './check.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The Jalali month key of an instant in a zone, straight from `toJalali`. */
export function monthKeyAt(ms: number, timeZone: string): number {
  const d = toJalali(ms, { timeZone });
  return d.year * 12 + d.month - 1;
}

/** Wall-clock milliseconds (local time read as UTC) and month key of an instant. */
function local(ms: number, timeZone: string): readonly [number, number] {
  const t = toJalali(ms, { timeZone, withTime: true });
  const wall = jalaliToEpochDay(t) * DAY + t.hour * HOUR + t.minute * 60_000 + t.second * 1000 + t.millisecond;
  return [wall, t.year * 12 + t.month - 1];
}

/** Instants of the rows' `field`, validated, with the positions of the earliest and latest. */
export type RowInstants = {
  readonly ms: Float64Array;
  readonly minIndex: number;
  readonly maxIndex: number;
};

/** Reads and validates `rows[i][field]`; INVALID_INSTANT names the row. */
export function rowInstants(rows: readonly object[], where: string, field = 'at'): RowInstants {
  const ms = new Float64Array(rows.length);
  let minIndex = 0;
  let maxIndex = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Readonly<Record<string, unknown>> | undefined;
    const t = instantOf(row?.[field], where, i, field);
    ms[i] = t;
    if (t < (ms[minIndex] as number)) minIndex = i;
    if (t > (ms[maxIndex] as number)) maxIndex = i;
  }
  return { ms, minIndex, maxIndex };
}

/** `monthKeyAt`, turning an out-of-range instant into INVALID_INSTANT naming the row. */
export function checkedMonthKey(ms: number, timeZone: string, path: string): number {
  try {
    return monthKeyAt(ms, timeZone);
  } catch (error) {
    if (isMoshtariError(error) && error.code === 'OUT_OF_RANGE') {
      fail('INVALID_INSTANT', path, 'outside the supported Jalali range 1178–3000 AP');
    }
    throw error;
  }
}

/** Whether the wall clock ran steadily (no clock change) over the two days around `ms`. */
function steady(ms: number, timeZone: string): boolean {
  try {
    return local(ms + DAY, timeZone)[0] - local(ms - DAY, timeZone)[0] === 2 * DAY;
  } catch {
    return false; // next to the ends of the supported range
  }
}

/**
 * A month-key function for instants whose months lie in `[firstKey, lastKey]`, equal to
 * `monthKeyAt`: the first instant of every month in between comes from `fromJalali`, and an
 * instant is placed by binary search among them. Within a day of a month start where the clock
 * changed (Tehran's DST at 1 Farvardin and 1 Mehr until 1401), instants go through `toJalali`
 * one by one. Like the calendar, this assumes clock changes shorter than a day and at most one
 * within two days. A zone resolved through Intl thus costs a few calls per month, not per row.
 */
export function createMonthIndexer(timeZone: string, firstKey: number, lastKey: number): (ms: number) => number {
  const count = lastKey - firstKey; // month starts after the first month
  const starts = new Float64Array(count);
  const exact = new Uint8Array(count);
  for (let j = 0; j < count; j++) {
    const key = firstKey + j + 1;
    const start = fromJalali({ year: Math.floor(key / 12), month: (key % 12) + 1, day: 1 }, { timeZone }).getTime();
    starts[j] = start;
    exact[j] = steady(start, timeZone) ? 1 : 0;
  }
  return (ms) => {
    let lo = 0; // becomes the number of month starts at or before ms
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= ms) lo = mid + 1;
      else hi = mid;
    }
    if (
      (lo < count && exact[lo] === 0 && (starts[lo] as number) - ms <= DAY) ||
      (lo > 0 && exact[lo - 1] === 0 && ms - (starts[lo - 1] as number) <= DAY)
    ) {
      return monthKeyAt(ms, timeZone);
    }
    return firstKey + lo;
  };
}

/** Month keys of all rows, validating range on the extremes (INVALID_INSTANT names the row). */
export function rowMonthKeys(instants: RowInstants, timeZone: string, where: string, field = 'at'): Int32Array {
  const { ms, minIndex, maxIndex } = instants;
  const keys = new Int32Array(ms.length);
  monthKeyAt(0, timeZone); // INVALID_TIME_ZONE even when there are no rows
  if (ms.length === 0) return keys;
  const first = checkedMonthKey(ms[minIndex] as number, timeZone, rowPath(where, minIndex, field));
  const last = checkedMonthKey(ms[maxIndex] as number, timeZone, rowPath(where, maxIndex, field));
  // few rows over many months: toJalali per row is cheaper than resolving every month start
  const keyOf =
    ms.length <= 8 * (last - first + 1)
      ? (t: number) => monthKeyAt(t, timeZone)
      : createMonthIndexer(timeZone, first, last);
  for (let i = 0; i < ms.length; i++) keys[i] = keyOf(ms[i] as number);
  return keys;
}
