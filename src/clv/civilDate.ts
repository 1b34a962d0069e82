// Civil (calendar) dates as epoch days, without time zones: 'YYYY-MM-DD', 'YYYYMMDD' or an integer
// count of days since 1970-01-01 (H. Hinnant's days_from_civil). Internal.
import { MoshtariError } from '../core/index.js';

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const MAX_DAY = 2_932_896; // 9999-12-31
const MIN_DAY = -719_162; // 0001-01-01

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** ISO date 'YYYY-MM-DD' of an epoch day. */
export function isoFromEpochDay(epochDay: number): string {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

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
