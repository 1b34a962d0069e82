// The report date from the command line: a Jalali day (`1404/06/31`, Persian digits welcome) or a
// Gregorian day (`2025-09-22`) means the END of that day in Tehran (the day is included); an ISO
// instant with a time (`2025-09-22T10:00:00Z`) is taken as is.
import {
  epochDayToJalali,
  fromJalali,
  gregorianToJalali,
  type JalaliDate,
  jalaliToEpochDay,
  parseJalali,
} from '../calendar/index.js';
import { toLatinDigits } from '../text/index.js';
import { UsageError } from './args.js';

/** The last millisecond of a Jalali day in a zone: the next civil day's first instant, minus 1 ms. */
export function endOfJalaliDay(date: JalaliDate, timeZone: string): number {
  return fromJalali(epochDayToJalali(jalaliToEpochDay(date) + 1), { timeZone }).getTime() - 1;
}

/** Parses `--as-of`. */
export function parseAsOf(text: string, timeZone: string): number {
  const s = toLatinDigits(text.trim());
  if (/^\d{4}[/-]\d{1,2}[/-]\d{1,2}$/.test(s)) {
    const year = Number(s.slice(0, 4));
    if (year >= 1178 && year <= 1700) {
      const r = parseJalali(s.replaceAll('-', '/'));
      if (!r.ok) throw new UsageError(`--as-of: "${text}" is not a Jalali date (${r.error.message})`);
      return endOfJalaliDay(r.value, timeZone);
    }
    const [y, m, d] = s.split(/[/-]/).map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d)
      throw new UsageError(`--as-of: "${text}" is not a calendar date`);
    return endOfJalaliDay(gregorianToJalali({ year: y, month: m, day: d }), timeZone);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    const ms = Date.parse(s);
    if (Number.isFinite(ms)) return ms;
  }
  throw new UsageError(
    `--as-of: expected a day like 1404/06/31 or 2025-09-22, or an ISO instant with a zone; got "${text}"`,
  );
}
