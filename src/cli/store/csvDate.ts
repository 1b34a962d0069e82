import {
  epochDayToJalali,
  fromJalali,
  isValidJalaliDate,
  type JalaliDate,
  jalaliToEpochDay,
} from '../../calendar/index.js';
import { cleanCsvValue, quoteCsvValue } from './csvText.js';

/** Reads date cells of one file (one time zone, one cache of days). */
export type CsvDateParser = {
  /** An instant (epoch ms) from a non-empty date or date-time cell, or an English message. */
  readonly instant: (cell: string) => number | string;
  /** A civil date (as Jalali) from a non-empty date-only cell, or an English message. */
  readonly date: (cell: string) => JalaliDate | string;
};

/** A day of the file's calendar, resolved once; its zone facts only when an instant needs them. */
type Day = {
  readonly epochDay: number;
  readonly jalali: JalaliDate;
  /** Instant of local midnight (NaN until first needed). */
  midnight: number;
  /** local − UTC in ms when constant over the whole day, else NaN (a clock change that day). */
  offset: number;
};

const DAY_MS = 86_400_000;
const DATE_TIME =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const MAX_CACHED_DAYS = 50_000;
const GREGORIAN_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function gregorianDays(year: number, month: number): number {
  if (month !== 2) return GREGORIAN_DAYS[month - 1] as number;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function offsetMs(text: string): number | undefined {
  if (text === 'Z' || text === 'z') return 0;
  const hours = Number(text.slice(1, 3));
  const minutes = text.length > 3 ? Number(text.slice(-2)) : 0;
  if (hours > 18 || minutes > 59) return undefined;
  return (text[0] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100_000;
}

/** `YYYY-MM-DDTHH:mm:ss.sssZ` read with char codes (the form `writeStoreCsv` writes); NaN otherwise. */
function canonicalIso(s: string): number {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 || s.charCodeAt(10) !== 84) return Number.NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return Number.NaN;
  }
  if (s.charCodeAt(19) !== 46) return Number.NaN;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const mo = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  const h = digit(s, 11) * 10 + digit(s, 12);
  const mi = digit(s, 14) * 10 + digit(s, 15);
  const sec = digit(s, 17) * 10 + digit(s, 18);
  const ms = digit(s, 20) * 100 + digit(s, 21) * 10 + digit(s, 22);
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > gregorianDays(y, mo)) return Number.NaN;
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || ms < 0) return Number.NaN;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
}

/**
 * A date reader for CSV cells. Accepted: ISO `2025-03-21`, `2025-03-21T10:30:00Z` or with an offset
 * (`+03:30`), `2025-03-21 10:30` (local time in `timeZone`); Jalali `1404/01/01`, `1404-01-01`,
 * `1404/1/1`, optionally with ` HH:mm[:ss]` (local). A year 1178–1700 is Jalali, 1900–2100 Gregorian.
 * A date alone means 00:00 local. Impossible dates (`1403/12/30`, `2025-02-30`) are refused. Days
 * are resolved once and cached, so reading a million rows costs one zone lookup per distinct day.
 * Cells are cleaned here ({@link cleanCsvValue}: Persian digits, invisible marks).
 *
 * @param timeZone - zone of local times (`'Asia/Tehran'`, `'UTC'`, `'+03:30'`, any IANA name)
 * @returns the parser
 * @throws {MoshtariError} INVALID_TIME_ZONE for an unknown zone
 * @example
 * ```ts
 * const dates = createCsvDateParser('Asia/Tehran');
 * new Date(dates.instant('1404/01/01') as number).toISOString(); // '2025-03-20T20:30:00.000Z'
 * dates.date('2025-03-21');                                      // { year: 1404, month: 1, day: 1 }
 * ```
 * @category CLI
 */
export function createCsvDateParser(timeZone: string): CsvDateParser {
  fromJalali({ year: 1404, month: 1, day: 1 }, { timeZone });
  const days = new Map<number, Day | string>();

  const resolveDay = (y: number, mo: number, d: number, text: string): Day | string => {
    const key = y * 10_000 + mo * 100 + d;
    const known = days.get(key);
    if (known !== undefined) return known;
    let day: Day | string;
    if (y >= 1178 && y <= 1700) {
      const jalali = { year: y, month: mo, day: d };
      day = isValidJalaliDate(jalali) ? makeDay(jalali, undefined) : `no such Jalali date: ${quoteCsvValue(text)}`;
    } else if (y >= 1900 && y <= 2100) {
      day =
        mo >= 1 && mo <= 12 && d >= 1 && d <= gregorianDays(y, mo)
          ? makeDay(undefined, Date.UTC(y, mo - 1, d) / DAY_MS)
          : `no such date: ${quoteCsvValue(text)}`;
    } else {
      day = `year ${y} in ${quoteCsvValue(text)} is neither Jalali (1178–1700) nor Gregorian (1900–2100)`;
    }
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(key, day);
    return day;
  };

  const makeDay = (jalaliIn: JalaliDate | undefined, epochDayIn: number | undefined): Day => {
    const jalali = jalaliIn ?? epochDayToJalali(epochDayIn as number);
    const epochDay = epochDayIn ?? jalaliToEpochDay(jalali);
    return { epochDay, jalali, midnight: Number.NaN, offset: Number.NaN };
  };

  /** Fills in the day's midnight and offset (two zone lookups per distinct day). */
  const zoned = (day: Day): Day => {
    if (!Number.isNaN(day.midnight)) return day;
    const midnight = fromJalali(day.jalali, { timeZone }).getTime();
    const last = { ...day.jalali, hour: 23, minute: 59, second: 59, millisecond: 999 };
    const lastMs = fromJalali(last, { timeZone }).getTime();
    const local = day.epochDay * DAY_MS;
    day.offset = local - midnight === local + DAY_MS - 1 - lastMs ? local - midnight : Number.NaN;
    day.midnight = midnight;
    return day;
  };

  const instant = (cell: string): number | string => {
    const fast = canonicalIso(cell);
    if (!Number.isNaN(fast)) return fast;
    const value = cleanCsvValue(cell);
    const m = DATE_TIME.exec(value);
    if (m === null)
      return `expected a date such as 1404/01/01, 2025-03-21 or 2025-03-21T10:30:00Z, got ${quoteCsvValue(value)}`;
    const day = resolveDay(Number(m[1]), Number(m[3]), Number(m[4]), value);
    if (typeof day === 'string') return day;
    const zone = m[9] === undefined ? undefined : offsetMs(m[9]);
    if (m[9] !== undefined && zone === undefined) return `bad UTC offset in ${quoteCsvValue(value)}`;
    if (m[5] === undefined) return zone === undefined ? zoned(day).midnight : day.epochDay * DAY_MS - zone;
    const hour = Number(m[5]);
    const minute = Number(m[6]);
    const second = m[7] === undefined ? 0 : Number(m[7]);
    const millisecond = m[8] === undefined ? 0 : Number(m[8].slice(0, 3).padEnd(3, '0'));
    if (hour > 23 || minute > 59 || second > 59) return `no such time of day in ${quoteCsvValue(value)}`;
    const time = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
    if (zone !== undefined) return day.epochDay * DAY_MS + time - zone;
    if (!Number.isNaN(zoned(day).offset)) return day.epochDay * DAY_MS + time - day.offset;
    return fromJalali({ ...day.jalali, hour, minute, second, millisecond }, { timeZone }).getTime();
  };

  const date = (cell: string): JalaliDate | string => {
    const value = cleanCsvValue(cell);
    const m = DATE_TIME.exec(value);
    if (m === null) return `expected a date such as 1404/01/01 or 2025-03-21, got ${quoteCsvValue(value)}`;
    if (m[5] !== undefined || m[9] !== undefined) return `expected a date without a time, got ${quoteCsvValue(value)}`;
    const day = resolveDay(Number(m[1]), Number(m[3]), Number(m[4]), value);
    return typeof day === 'string' ? day : day.jalali;
  };

  return { instant, date };
}
