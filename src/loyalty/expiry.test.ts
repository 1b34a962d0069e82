import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import { fromJalali, type JalaliDate, toJalali } from '../calendar/index.js';
import { lotExpiresAt } from './expiry.js';
import type { ExpiryRule } from './policyTypes.js';

/** The last usable day (Jalali, Tehran) and whether the end is the first instant of the next day. */
function lastDay(rule: ExpiryRule, at: Date | number, timeZone = 'Asia/Tehran'): JalaliDate | null {
  const end = lotExpiresAt(rule, at, { timeZone });
  if (end === null) return null;
  const next = toJalali(end, { timeZone, withTime: true });
  expect([next.hour, next.minute, next.second, next.millisecond]).toEqual([0, 0, 0, 0]);
  return toJalali(end - 1, { timeZone });
}

describe('lotExpiresAt', () => {
  const earned = fromJalali({ year: 1403, month: 6, day: 31, hour: 14, minute: 20 });

  it('rolling periods with the Jalali month-end clamp (pitfall 14)', () => {
    expect(lastDay({ kind: 'rolling', count: 1, unit: 'month' }, earned)).toEqual({ year: 1403, month: 7, day: 30 });
    expect(lastDay({ kind: 'rolling', count: 30, unit: 'day' }, earned)).toEqual({ year: 1403, month: 7, day: 30 });
    expect(
      lastDay({ kind: 'rolling', count: 1, unit: 'year' }, fromJalali({ year: 1403, month: 12, day: 30 })),
    ).toEqual({ year: 1404, month: 12, day: 29 });
    expect(lastDay({ kind: 'rolling', count: 0, unit: 'day' }, earned)).toEqual({ year: 1403, month: 6, day: 31 });
  });

  it('rounding up to the end of a week, month, season, half year or year (T1 "1 month, end of month")', () => {
    expect(lastDay({ kind: 'rolling', count: 1, unit: 'month', endOf: 'month' }, earned)).toEqual({
      year: 1403,
      month: 7,
      day: 30,
    });
    expect(lastDay({ kind: 'rolling', count: 1, unit: 'day', endOf: 'week' }, earned)).toEqual({
      year: 1403,
      month: 7,
      day: 6,
    }); // Friday
    expect(lastDay({ kind: 'rolling', count: 0, unit: 'day', endOf: 'half' }, earned)).toEqual({
      year: 1403,
      month: 6,
      day: 31,
    });
    expect(lastDay({ kind: 'rolling', count: 1, unit: 'day', endOf: 'season' }, earned)).toEqual({
      year: 1403,
      month: 9,
      day: 30,
    });
    expect(lastDay({ kind: 'rolling', count: 12, unit: 'month', endOf: 'year' }, earned)).toEqual({
      year: 1404,
      month: 12,
      day: 29,
    });
  });

  it("'instant' keeps the time of day (OL add_days_to_date)", () => {
    const end = lotExpiresAt({ kind: 'rolling', count: 5, unit: 'day', endOf: 'instant' }, earned);
    expect(toJalali(end as number, { withTime: true })).toEqual({
      year: 1403,
      month: 7,
      day: 5,
      hour: 14,
      minute: 20,
      second: 0,
      millisecond: 0,
    });
  });

  it('end of the Jalali month / half / year of earning, or later periods; fiscal years', () => {
    expect(lastDay({ kind: 'endOfPeriod', unit: 'year' }, earned)).toEqual({ year: 1403, month: 12, day: 30 });
    expect(lastDay({ kind: 'endOfPeriod', unit: 'year', offset: 1 }, earned)).toEqual({
      year: 1404,
      month: 12,
      day: 29,
    });
    expect(lastDay({ kind: 'endOfPeriod', unit: 'half' }, earned)).toEqual({ year: 1403, month: 6, day: 31 });
    expect(lastDay({ kind: 'endOfPeriod', unit: 'month', offset: 2 }, earned)).toEqual({
      year: 1403,
      month: 8,
      day: 30,
    });
    expect(lastDay({ kind: 'endOfPeriod', unit: 'fiscalYear', fiscalYearStartMonth: 4 }, earned)).toEqual({
      year: 1404,
      month: 3,
      day: 31,
    });
  });

  it('fixed yearly dates (iGap "valid until 10 Esfand") and explicit last days', () => {
    const igap: ExpiryRule = {
      kind: 'fixedDates',
      dates: [
        { month: 6, day: 31 },
        { month: 12, day: 10 },
      ],
    };
    expect(lastDay(igap, earned)).toEqual({ year: 1403, month: 6, day: 31 });
    expect(lastDay(igap, fromJalali({ year: 1403, month: 7, day: 1 }))).toEqual({ year: 1403, month: 12, day: 10 });
    expect(lastDay(igap, fromJalali({ year: 1403, month: 12, day: 11 }))).toEqual({ year: 1404, month: 6, day: 31 });
    expect(
      lastDay({ kind: 'fixedDates', dates: [{ month: 12, day: 30 }] }, fromJalali({ year: 1404, month: 1, day: 1 })),
    ).toEqual({ year: 1404, month: 12, day: 29 });
    expect(
      new Date(lotExpiresAt({ kind: 'until', date: { year: 1403, month: 12, day: 30 } }, 0) as number).toISOString(),
    ).toBe('2025-03-20T20:30:00.000Z');
    expect(lotExpiresAt({ kind: 'never' }, earned)).toBeNull();
  });

  it('other time zones are explicit', () => {
    const end = lotExpiresAt({ kind: 'until', date: { year: 1403, month: 12, day: 30 } }, 0, { timeZone: 'UTC' });
    expect(new Date(end as number).toISOString()).toBe('2025-03-21T00:00:00.000Z');
  });

  it('rejects malformed rules', () => {
    const code = (rule: unknown) => codeOf(() => lotExpiresAt(rule as ExpiryRule, 0));
    expect(code({ kind: 'rolling', count: -1, unit: 'day' })).toBe('INVALID_PROGRAM');
    expect(code({ kind: 'rolling', count: 1, unit: 'week' })).toBe('INVALID_PROGRAM');
    expect(code({ kind: 'endOfPeriod', unit: 'decade' })).toBe('INVALID_PROGRAM');
    expect(code({ kind: 'fixedDates', dates: [] })).toBe('INVALID_PROGRAM');
    expect(code({ kind: 'someday' })).toBe('INVALID_PROGRAM');
    expect(code({ kind: 'until', date: { year: 1404, month: 12, day: 30 } })).toBe('INVALID_DATE');
  });
});
