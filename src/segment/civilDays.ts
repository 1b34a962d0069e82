import { jalaliToEpochDay, toJalali } from '../calendar/index.js';
import { MS_PER_DAY } from './values.js';

function offsetAt(ms: number, timeZone: string): number {
  const t = toJalali(ms, { timeZone, withTime: true });
  const local =
    jalaliToEpochDay(t) * MS_PER_DAY + t.hour * 3_600_000 + t.minute * 60_000 + t.second * 1000 + t.millisecond;
  return local - ms;
}

/**
 * Internal: a fast "civil epoch day of an instant in a zone" for bulk work (RFM recency): the zone
 * offset is looked up once per UTC day and reused when it is the same at both ends of that day;
 * days with a clock change fall back to the exact conversion.
 */
export function civilDayFunction(timeZone: string): (ms: number) => number {
  const cache = new Map<number, number>();
  return (ms) => {
    const utcDay = Math.floor(ms / MS_PER_DAY);
    let offset = cache.get(utcDay);
    if (offset === undefined) {
      const start = offsetAt(utcDay * MS_PER_DAY, timeZone);
      offset = start === offsetAt(utcDay * MS_PER_DAY + MS_PER_DAY - 1, timeZone) ? start : Number.NaN;
      cache.set(utcDay, offset);
    }
    if (!Number.isNaN(offset)) return Math.floor((ms + offset) / MS_PER_DAY);
    return jalaliToEpochDay(toJalali(ms, { timeZone }));
  };
}
