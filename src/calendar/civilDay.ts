import { jalaliToEpochDay } from './jalaliDays.js';
import { toJalali } from './zoned.js';

const DAY_MS = 86_400_000;

function offsetAt(ms: number, timeZone: string): number {
  const t = toJalali(ms, { timeZone, withTime: true });
  const local = jalaliToEpochDay(t) * DAY_MS + t.hour * 3_600_000 + t.minute * 60_000 + t.second * 1000 + t.millisecond;
  return local - ms;
}

/**
 * A fast "civil epoch day of an instant in a zone" for bulk work (a million transactions): the
 * zone's offset is looked up once per UTC day and reused when it is the same at both ends of that
 * day; a day with a clock change falls back to the exact conversion. Always equal to
 * `jalaliToEpochDay(toJalali(ms, { timeZone }))`. The returned function keeps its memo of offsets
 * (one number per UTC day seen): make one per batch, not one per process.
 *
 * @param timeZone - IANA zone (default `'Asia/Tehran'`)
 * @returns `(ms) => epoch day` (days since 1970-01-01 of the local civil date)
 * @throws {MoshtariError} the returned function throws INVALID_INSTANT / OUT_OF_RANGE as `toJalali` does
 * @example
 * ```ts
 * const dayOf = createCivilDayOf('Asia/Tehran');
 * dayOf(Date.UTC(2025, 2, 20, 20, 30)); // 20168: 1404/01/01 began at 20:30 UTC
 * dayOf(Date.UTC(2025, 2, 20, 20, 29)); // 20167
 * ```
 * @category Calendar
 */
export function createCivilDayOf(timeZone = 'Asia/Tehran'): (ms: number) => number {
  const offsets = new Map<number, number>();
  return (ms) => {
    const utcDay = Math.floor(ms / DAY_MS);
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const start = offsetAt(utcDay * DAY_MS, timeZone);
      offset = start === offsetAt(utcDay * DAY_MS + DAY_MS - 1, timeZone) ? start : Number.NaN;
      offsets.set(utcDay, offset);
    }
    if (!Number.isNaN(offset)) return Math.floor((ms + offset) / DAY_MS);
    return jalaliToEpochDay(toJalali(ms, { timeZone }));
  };
}
