import { MoshtariError } from '../core/index.js';
import {
  HIJRI_FIRST_EPOCH_DAY,
  HIJRI_FIRST_MONTH,
  HIJRI_FIRST_YEAR,
  HIJRI_LAST_EPOCH_DAY,
  HIJRI_LAST_MONTH,
  HIJRI_LAST_YEAR,
  HIJRI_LONG_MONTHS,
  HIJRI_MONTH_COUNT,
  HIJRI_REVISED,
  HIJRI_SOURCE,
} from './hijriData.js';
import { estimateHijriMonthStart } from './hijriEstimate.js';
import { checkEpochDay, jalaliOfEpochDay } from './jalaliDays.js';
import type { JalaliDate } from './types.js';

const FIRST_INDEX = 12 * (HIJRI_FIRST_YEAR - 1) + HIJRI_FIRST_MONTH - 1;
/** Hijri years accepted at all (the Jalali range 1178–3000 AP lies within them). */
const MIN_HIJRI_YEAR = 1200;
const MAX_HIJRI_YEAR = 3100;

/**
 * The first day of a month of Iran's lunar Hijri calendar.
 *
 * @example
 * ```ts
 * const start: IranianHijriMonthStart = iranianHijriMonthStart(1446, 10);
 * // { epochDay: 20178, date: { year: 1404, month: 1, day: 11 }, estimated: false, revised: false }
 * ```
 * @category Calendar
 */
export type IranianHijriMonthStart = {
  /** Days since 1970-01-01 of the month's first day. */
  readonly epochDay: number;
  /** The month's first day in the Jalali calendar. */
  readonly date: JalaliDate;
  /** `true` when the month lies outside the official table and the day is an astronomical estimate. */
  readonly estimated: boolean;
  /** `true` when the observed start differed from the pre-printed calendar (a `*` row of the table). */
  readonly revised: boolean;
};

/**
 * Extent and provenance of the built-in table of Iranian Hijri month starts.
 *
 * @example
 * ```ts
 * IRANIAN_HIJRI_TABLE.lastMonth; // { year: 1447, month: 10 }
 * ```
 * @category Calendar
 */
export type IranianHijriTableInfo = {
  /** Where the data comes from, with its licence. */
  readonly source: string;
  /** First month in the table (1265/1 AH). */
  readonly firstMonth: {
    /** Hijri year. */
    readonly year: number;
    /** Hijri month, 1–12. */
    readonly month: number;
  };
  /** Last month in the table (1447/10 AH); later months are estimated. */
  readonly lastMonth: {
    /** Hijri year. */
    readonly year: number;
    /** Hijri month, 1–12. */
    readonly month: number;
  };
  /** Epoch day of the last month's start: the data is official until this month (1 Shawwal 1447 = 1405/1/1). */
  readonly validUntilEpochDay: number;
};

/**
 * Extent and provenance of the built-in table of Iran's official Hijri month starts (Calendar Center of
 * the University of Tehran and older almanacs, via roozbehp/qamari, CC0). Months after `lastMonth` are
 * astronomical estimates.
 *
 * @example
 * ```ts
 * IRANIAN_HIJRI_TABLE.validUntilEpochDay; // 20533 (2026-03-21 = 1405/1/1 = 1 Shawwal 1447)
 * ```
 * @category Calendar
 */
export const IRANIAN_HIJRI_TABLE: IranianHijriTableInfo = {
  source: HIJRI_SOURCE,
  firstMonth: { year: HIJRI_FIRST_YEAR, month: HIJRI_FIRST_MONTH },
  lastMonth: { year: HIJRI_LAST_YEAR, month: HIJRI_LAST_MONTH },
  validUntilEpochDay: HIJRI_LAST_EPOCH_DAY,
};

/** Internal: the start of a month, as an epoch day, and whether it is an astronomical estimate. */
export type HijriMonthStartDay = { readonly day: number; readonly estimated: boolean };

/**
 * Internal: starts of the months `from` … `to − 1` (indices 12 × (year − 1) + month − 1), in one pass over
 * the table; months outside it are estimated.
 */
export function hijriMonthStartDays(from: number, to: number): HijriMonthStartDay[] {
  const out: HijriMonthStartDay[] = [];
  let i = Math.max(0, Math.min(from - FIRST_INDEX, HIJRI_MONTH_COUNT));
  let day = HIJRI_FIRST_EPOCH_DAY + 29 * i;
  const whole = i < HIJRI_MONTH_COUNT ? Math.floor(i / 6) : 0;
  for (let c = 0; c < whole; c++) day += longMonths(sextet(c));
  if (i < HIJRI_MONTH_COUNT && i > 6 * whole) day += longMonths(sextet(whole) & ((1 << (i - 6 * whole)) - 1));
  for (let index = from; index < to; index++) {
    if (index - FIRST_INDEX !== i || i >= HIJRI_MONTH_COUNT) {
      out.push({ day: estimateHijriMonthStart(index), estimated: true });
      continue;
    }
    out.push({ day, estimated: false });
    day += 29 + ((sextet(Math.floor(i / 6)) >> (i % 6)) & 1);
    i++;
  }
  return out;
}

/** The 6 bits of character `c` of the base64url string (A–Z, a–z, 0–9, '-', '_'). */
function sextet(c: number): number {
  const code = HIJRI_LONG_MONTHS.charCodeAt(c);
  if (code >= 97) return code - 71; // a–z → 26–51
  if (code >= 65) return code === 95 ? 63 : code - 65; // A–Z → 0–25, '_' → 63
  return code === 45 ? 62 : code + 4; // 0–9 → 52–61, '-' → 62
}

/** Number of 30-day months among 6 bits. */
function longMonths(bits: number): number {
  let n = 0;
  for (let x = bits; x !== 0; x &= x - 1) n++;
  return n;
}

/**
 * The first day of a month of the lunar Hijri calendar as used in Iran, which places Iran's lunar public
 * holidays. From the official table for 1265/1 … 1447/10 AH ({@link IRANIAN_HIJRI_TABLE}); outside it, an
 * astronomical estimate flagged `estimated: true` (the new moon plus a crescent-visibility rule for Tehran,
 * right on 89 % of the months 1400–1447 AH and otherwise one day off). No arithmetic Hijri calendar
 * (Umm al-Qura, civil) reproduces Iran's months.
 *
 * @param hijriYear - the Hijri (AH) year, 1200–3100
 * @param hijriMonth - 1 (Muharram) … 12 (Dhu al-Hijja)
 * @returns the month's first day as an epoch day and a Jalali date, with `estimated` and `revised` flags
 * @throws {MoshtariError} INVALID_DATE for a non-integer year or a month outside 1–12; OUT_OF_RANGE for a
 *   year outside 1200–3100 or a day outside the Jalali range 1178–3000 AP
 * @example
 * ```ts
 * iranianHijriMonthStart(1443, 10).date;  // { year: 1401, month: 2, day: 13 } (Eid al-Fitr 2022-05-03)
 * iranianHijriMonthStart(1448, 1).estimated; // true
 * ```
 * @category Calendar
 */
export function iranianHijriMonthStart(hijriYear: number, hijriMonth: number): IranianHijriMonthStart {
  if (!Number.isInteger(hijriYear)) {
    throw new MoshtariError('INVALID_DATE', `hijriYear: expected an integer, got ${String(hijriYear)}`, {
      path: 'hijriYear',
    });
  }
  if (hijriYear < MIN_HIJRI_YEAR || hijriYear > MAX_HIJRI_YEAR) {
    throw new MoshtariError(
      'OUT_OF_RANGE',
      `hijriYear: ${hijriYear} AH is outside the supported range ${MIN_HIJRI_YEAR}–${MAX_HIJRI_YEAR}`,
      { path: 'hijriYear' },
    );
  }
  if (!Number.isInteger(hijriMonth) || hijriMonth < 1 || hijriMonth > 12) {
    throw new MoshtariError('INVALID_DATE', `hijriMonth: expected 1–12, got ${String(hijriMonth)}`, {
      path: 'hijriMonth',
    });
  }
  const index = 12 * (hijriYear - 1) + hijriMonth - 1;
  const { day, estimated } = hijriMonthStartDays(index, index + 1)[0] as HijriMonthStartDay;
  checkEpochDay(day, 'hijriYear');
  return {
    epochDay: day,
    date: jalaliOfEpochDay(day),
    estimated,
    revised: HIJRI_REVISED.includes(index - FIRST_INDEX),
  };
}
