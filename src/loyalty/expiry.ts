import {
  addJalaliDays,
  addJalaliMonths,
  addJalaliYears,
  fromJalali,
  type Instant,
  type JalaliDate,
  jalaliMonthLength,
  jalaliPeriod,
  jalaliPeriodInstants,
  jalaliToEpochDay,
  shiftJalaliPeriod,
  toJalali,
} from '../calendar/index.js';
import { fail, instantOf, show } from './check.js';
import type { LoyaltyErrorCode } from './errors.js';
import type { ExpiryRule } from './policyTypes.js';

/** Options of {@link lotExpiresAt}. @category Loyalty */
export interface LotExpiresAtOptions {
  /** IANA time zone of the civil days (default `'Asia/Tehran'`). */
  readonly timeZone?: string;
}

const ADD = { day: addJalaliDays, month: addJalaliMonths, year: addJalaliYears } as const;
const END_OF = ['instant', 'day', 'week', 'month', 'season', 'half', 'year'];
const PERIODS = ['month', 'season', 'half', 'year', 'fiscalYear'];

function count(value: unknown, path: string, code: LoyaltyErrorCode): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(code, path, `expected a non-negative integer, got ${show(value)}`);
  }
  return value;
}

/** Internal: the first instant of the day after a Jalali date (the exclusive end of "valid until"). */
export function endOfDayMs(date: JalaliDate, timeZone: string): number {
  return fromJalali(addJalaliDays(date, 1), { timeZone }).getTime();
}

function nextFixedDate(
  today: JalaliDate,
  dates: readonly { month: number; day: number }[],
  path: string,
  code: LoyaltyErrorCode,
): JalaliDate {
  if (!Array.isArray(dates) || dates.length === 0) fail(code, `${path}.dates`, 'expected a non-empty array');
  const from = jalaliToEpochDay(today);
  let best: JalaliDate | undefined;
  let bestDay = Infinity;
  for (const year of [today.year, today.year + 1]) {
    dates.forEach((d, i) => {
      if (
        !Number.isInteger(d?.month) ||
        d.month < 1 ||
        d.month > 12 ||
        !Number.isInteger(d.day) ||
        d.day < 1 ||
        d.day > 31
      ) {
        fail(code, `${path}.dates[${i}]`, `expected { month: 1–12, day: 1–31 }, got ${JSON.stringify(d)}`);
      }
      const date = { year, month: d.month, day: Math.min(d.day, jalaliMonthLength(year, d.month)) };
      const day = jalaliToEpochDay(date);
      if (day >= from && day < bestDay) [best, bestDay] = [date, day];
    });
  }
  return best as JalaliDate;
}

/** Internal: {@link lotExpiresAt} on epoch milliseconds, with the error code and path of the caller. */
export function expiryEnd(
  rule: ExpiryRule,
  ms: number,
  timeZone: string,
  path: string,
  code: LoyaltyErrorCode,
): number | null {
  if (typeof rule !== 'object' || rule === null) fail(code, path, `expected an expiry rule, got ${show(rule)}`);
  switch (rule.kind) {
    case 'never':
      return null;
    case 'rolling': {
      const n = count(rule.count, `${path}.count`, code);
      const add = Object.hasOwn(ADD, rule.unit)
        ? ADD[rule.unit]
        : fail(code, `${path}.unit`, `expected day, month or year, got ${show(rule.unit)}`);
      const endOf = rule.endOf ?? 'day';
      if (!END_OF.includes(endOf))
        fail(code, `${path}.endOf`, `expected one of ${END_OF.join(', ')}, got ${show(endOf)}`);
      if (endOf === 'instant') {
        const t = toJalali(ms, { timeZone, withTime: true });
        return fromJalali({ ...t, ...add(t, n) }, { timeZone }).getTime();
      }
      const date = add(toJalali(ms, { timeZone }), n);
      return jalaliPeriodInstants(jalaliPeriod(date, endOf as 'day'), { timeZone }).end.getTime();
    }
    case 'endOfPeriod': {
      if (!PERIODS.includes(rule.unit))
        fail(code, `${path}.unit`, `expected one of ${PERIODS.join(', ')}, got ${show(rule.unit)}`);
      const offset = count(rule.offset ?? 0, `${path}.offset`, code);
      const options =
        rule.fiscalYearStartMonth === undefined ? {} : { fiscalYearStartMonth: rule.fiscalYearStartMonth };
      const period = jalaliPeriod(toJalali(ms, { timeZone }), rule.unit, options);
      return jalaliPeriodInstants(offset === 0 ? period : shiftJalaliPeriod(period, offset), {
        timeZone,
      }).end.getTime();
    }
    case 'fixedDates':
      return endOfDayMs(nextFixedDate(toJalali(ms, { timeZone }), rule.dates, path, code), timeZone);
    case 'until':
      return endOfDayMs(rule.date, timeZone);
    default:
      return fail(code, `${path}.kind`, `unknown expiry kind ${show((rule as { kind?: unknown }).kind)}`);
  }
}

/**
 * The exclusive end of a lot's validity under an expiry rule: the first instant at which its points
 * are no longer usable. A rule naming a last usable day (every rule but `endOf: 'instant'`) ends at
 * the first instant of the next civil day in the time zone, so "valid until 1403/12/30" is usable
 * through 23:59:59.999 Tehran time on 1403/12/30 — not until UTC midnight, and not a day early.
 *
 * @param rule - the expiry rule
 * @param activatedAt - when the lot became usable (earned, or activated after a pending period)
 * @param options - `timeZone` (default `'Asia/Tehran'`)
 * @returns epoch milliseconds of the exclusive end, or `null` for `never`
 * @throws {MoshtariError} INVALID_PROGRAM for a malformed rule; INVALID_ARGUMENT for a bad instant; the calendar's INVALID_DATE / INVALID_TIME_ZONE / OUT_OF_RANGE
 * @example
 * ```ts
 * const earned = new Date('2024-07-31T10:00:00Z'); // 1403/5/10 13:30 Tehran
 * new Date(lotExpiresAt({ kind: 'endOfPeriod', unit: 'year' }, earned)!).toISOString();
 * // '2025-03-20T20:30:00.000Z' = 1404/1/1 00:00 Tehran: usable through 1403/12/30
 * new Date(lotExpiresAt({ kind: 'until', date: { year: 1403, month: 12, day: 30 } }, earned)!).toISOString();
 * // '2025-03-20T20:30:00.000Z'
 * ```
 * @category Loyalty
 */
export function lotExpiresAt(rule: ExpiryRule, activatedAt: Instant, options?: LotExpiresAtOptions): number | null {
  const ms = instantOf(activatedAt, 'activatedAt');
  return expiryEnd(rule, ms, options?.timeZone ?? 'Asia/Tehran', 'rule', 'INVALID_PROGRAM');
}
