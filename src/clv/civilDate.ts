// Civil (calendar) dates as epoch days, without time zones: 'YYYY-MM-DD', 'YYYYMMDD' or an integer
// count of days since 1970-01-01 (H. Hinnant's days_from_civil). Internal.
import { MoshtariError } from '../core/index.js';
import { epochDayFromGregorian as daysFromCivil, isoDateOfEpochDay } from '../internal/gregorianDays.js';

/** ISO date 'YYYY-MM-DD' of an epoch day. */
export const isoFromEpochDay: (epochDay: number) => string = isoDateOfEpochDay;

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const MAX_DAY = 2_932_896; // 9999-12-31
const MIN_DAY = -719_162; // 0001-01-01

/**
 * Epoch day of a civil date given as 'YYYY-MM-DD' / 'YYYYMMDD' or as an integer epoch day (years
 * 0001–9999); throws INVALID_DATE naming `path` (an epoch-milliseconds number is called out).
 */
export function parseCivilDay(value: unknown, path: string, code = 'INVALID_DATE'): number {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= MIN_DAY && value <= MAX_DAY) return value;
    const hint =
      Number.isInteger(value) && Math.abs(value) > MAX_DAY
        ? ' (epoch milliseconds? pass the civil date in your time zone)'
        : '';
    throw new MoshtariError(code, `${path}: expected an integer epoch day, got ${value}${hint}`, { path });
  }
  if (typeof value === 'string') {
    const m = ISO.exec(value);
    if (m !== null && (value.length === 8 || value.length === 10)) {
      const year = Number(m[1]);
      const month = Number(m[2]);
      const day = Number(m[3]);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
      if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= length) return daysFromCivil(year, month, day);
    }
  }
  throw new MoshtariError(
    code,
    `${path}: expected a date 'YYYY-MM-DD' (or 'YYYYMMDD', or an epoch day), got ${JSON.stringify(value)}`,
    {
      path,
    },
  );
}
