// Internal: the interval engine behind BusinessCalendar. Times are epoch milliseconds, days are epoch days
// of the calendar's time zone. A day's opening intervals are wall-clock times turned into instants with the
// zone's offset (localToInstant across a clock change), so DST days have their true length.

import { holidaysOfYear } from './holidays.js';
import type { HolidayOptionsChecked } from './holidaysOptions.js';
import { checkEpochDay, jalaliOfEpochDay } from './jalaliDays.js';
import { nowruzEpochDay } from './jalaliRule.js';
import { localToInstant, type OffsetAt } from './timeZone.js';

const DAY = 86_400_000;
const EMPTY: readonly number[] = [];

/** Internal: precomputed state of a business calendar. */
export type BusinessEngine = {
  readonly offsetAt: OffsetAt;
  /** Per weekday (0 = Saturday): [start, end, start, end, …] in ms after local midnight. */
  readonly spans: readonly (readonly number[])[];
  /** Open milliseconds in a week without holidays or clock changes. */
  readonly weekMs: number;
  /** Whether a civil day is a holiday (memoized per Jalali year). */
  readonly dayOff: (epochDay: number) => boolean;
};

type YearFlags = { readonly start: number; readonly end: number; readonly off: Uint8Array };

/** Internal: builds the engine; holiday flags are computed per Jalali year on first use and kept. */
export function createEngine(
  offsetAt: OffsetAt,
  spanMinutes: readonly (readonly number[])[],
  extraHolidays: readonly number[],
  iran: HolidayOptionsChecked | undefined,
): BusinessEngine {
  const spans = spanMinutes.map((list) => Object.freeze(list.map((m) => m * 60_000)));
  let weekMs = 0;
  for (const list of spans) for (let i = 0; i < list.length; i += 2) weekMs += (list[i + 1] ?? 0) - (list[i] ?? 0);
  const years = new Map<number, YearFlags>();
  let last: YearFlags | undefined;
  const flagsOf = (year: number): YearFlags => {
    const start = nowruzEpochDay(year);
    const end = nowruzEpochDay(year + 1);
    const off = new Uint8Array(end - start);
    for (const day of extraHolidays) if (day >= start && day < end) off[day - start] = 1;
    if (iran !== undefined) for (const h of holidaysOfYear(year, iran)) off[h.epochDay - start] = 1;
    const flags = { start, end, off };
    years.set(year, flags);
    return flags;
  };
  const dayOff = (day: number): boolean => {
    if (last === undefined || day < last.start || day >= last.end) {
      checkEpochDay(day, 'instant');
      const year = jalaliOfEpochDay(day).year;
      last = years.get(year) ?? flagsOf(year);
    }
    return last.off[day - last.start] === 1;
  };
  return { offsetAt, spans: Object.freeze(spans), weekMs, dayOff };
}

/**
 * Internal: memoizes a zone's offsets per UTC day (the offset at both ends of the day, when equal), for
 * zones read through Intl; assumes at most one offset change per day, as {@link localToInstant} does.
 */
export function memoizeOffsets(offsetAt: OffsetAt): OffsetAt {
  const days = new Map<number, number>();
  return (t) => {
    const day = Math.floor(t / DAY);
    let offset = days.get(day);
    if (offset === undefined) {
      const start = offsetAt(day * DAY);
      offset = start === offsetAt(day * DAY + DAY - 1) ? start : Number.NaN;
      days.set(day, offset);
    }
    return Number.isNaN(offset) ? offsetAt(t) : offset;
  };
}

/** Internal: the civil day (epoch day in the calendar's zone) of an instant. */
export function localDay(engine: BusinessEngine, t: number): number {
  return Math.floor((t + engine.offsetAt(t)) / DAY);
}

function weekdayIndex(day: number): number {
  return (((day + 5) % 7) + 7) % 7;
}

/** Internal: the open intervals of a civil day as instants [start, end, …]; empty when closed. */
export function dayIntervals(engine: BusinessEngine, day: number): readonly number[] {
  const spans = engine.spans[weekdayIndex(day)] ?? EMPTY;
  if (spans.length === 0 || engine.dayOff(day)) return EMPTY;
  const { offsetAt } = engine;
  const base = day * DAY;
  const guess = offsetAt(base);
  const offset = offsetAt(base - guess);
  const out = new Array<number>(spans.length);
  if ((offset === guess || offsetAt(base - offset) === offset) && offsetAt(base + DAY - offset) === offset) {
    for (let i = 0; i < spans.length; i++) out[i] = base + (spans[i] as number) - offset;
    return out;
  }
  // A clock change on this day: read each wall time in the zone ('compatible', like Temporal).
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < spans.length; i++) {
    previous = Math.max(previous, localToInstant(base + (spans[i] as number), offsetAt, 'compatible'));
    out[i] = previous;
  }
  return out;
}

/**
 * Internal: whether the 7 civil days from `day` on are an ordinary week: no holiday and one UTC offset
 * throughout, so that they hold exactly `weekMs` of open time.
 */
export function ordinaryWeek(engine: BusinessEngine, day: number): boolean {
  for (let i = 0; i < 7; i++) {
    if ((engine.spans[weekdayIndex(day + i)] ?? EMPTY).length > 0 && engine.dayOff(day + i)) return false;
  }
  const { offsetAt } = engine;
  const base = day * DAY;
  const guess = offsetAt(base);
  const offset = offsetAt(base - guess);
  return (offset === guess || offsetAt(base - offset) === offset) && offsetAt(base + 7 * DAY - offset) === offset;
}
