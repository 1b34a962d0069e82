// Civil days and Jalali labels in Tehran time for bulk work: the zone offset is looked up once per
// UTC day and reused when it is the same at both ends of that day (days with a clock change fall
// back to the exact conversion), so a million transactions cost a few thousand zone lookups.
import { type JalaliDate, jalaliToEpochDay, toJalali } from '../../calendar/index.js';

const DAY = 86_400_000;

/** A function from an instant to its civil epoch day in `timeZone`. */
export function civilDays(timeZone: string): (ms: number) => number {
  const cache = new Map<number, number>();
  const offsetAt = (ms: number): number => {
    const t = toJalali(ms, { timeZone, withTime: true });
    return jalaliToEpochDay(t) * DAY + t.hour * 3_600_000 + t.minute * 60_000 + t.second * 1000 + t.millisecond - ms;
  };
  return (ms) => {
    const utcDay = Math.floor(ms / DAY);
    let offset = cache.get(utcDay);
    if (offset === undefined) {
      const start = offsetAt(utcDay * DAY);
      offset = start === offsetAt(utcDay * DAY + DAY - 1) ? start : Number.NaN;
      cache.set(utcDay, offset);
    }
    if (!Number.isNaN(offset)) return Math.floor((ms + offset) / DAY);
    return jalaliToEpochDay(toJalali(ms, { timeZone }));
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `1404/06/31`. */
export function jalaliLabel(d: JalaliDate): string {
  return `${d.year}/${pad(d.month)}/${pad(d.day)}`;
}

/** `1404/06`. */
export function jalaliMonthLabel(d: { readonly year: number; readonly month: number }): string {
  return `${d.year}/${pad(d.month)}`;
}
