import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import {
  type JalaliPeriod,
  type JalaliPeriodUnit,
  jalaliPeriod,
  jalaliPeriodInstants,
  jalaliPeriodRange,
  shiftJalaliPeriod,
} from './periods.js';
import type { JalaliDate, Weekday } from './types.js';
import { jalaliWeekday } from './weekday.js';

const j = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });
const iso = (r: { readonly start: Date; readonly end: Date }) => [r.start.toISOString(), r.end.toISOString()];

describe('jalaliPeriod', () => {
  it('weeks start on Saturday: jalaali-js jalaaliWeek(1400, 4, 30) = Sat 1400/4/26 … Fri 1400/5/1', () => {
    const week = jalaliPeriod(j(1400, 4, 30), 'week');
    expect(week).toEqual({ unit: 'week', start: j(1400, 4, 26), end: j(1400, 5, 2) });
    expect(jalaliWeekday(week.start)).toBe('sat');
    for (const d of [j(1400, 4, 26), j(1400, 4, 31), j(1400, 5, 1)]) expect(jalaliPeriod(d, 'week')).toEqual(week);
    expect(jalaliPeriod(j(1400, 5, 2), 'week').start).toEqual(j(1400, 5, 2));
  });

  it('honours weekStartsOn', () => {
    expect(jalaliPeriod(j(1400, 4, 30), 'week', { weekStartsOn: 'mon' }).start).toEqual(j(1400, 4, 28));
    expect(jalaliPeriod(j(1400, 4, 30), 'week', { weekStartsOn: 'wed' }).start).toEqual(j(1400, 4, 30));
    expect(jalaliPeriod(j(1400, 4, 30), 'week', { weekStartsOn: 'thu' }).start).toEqual(j(1400, 4, 24));
  });

  it('months, seasons, quarters, halves and years', () => {
    const cases: readonly [JalaliDate, JalaliPeriodUnit, JalaliDate, JalaliDate][] = [
      [j(1403, 12, 10), 'day', j(1403, 12, 10), j(1403, 12, 11)],
      [j(1403, 12, 30), 'day', j(1403, 12, 30), j(1404, 1, 1)],
      [j(1403, 12, 10), 'month', j(1403, 12, 1), j(1404, 1, 1)],
      [j(1404, 12, 29), 'month', j(1404, 12, 1), j(1405, 1, 1)],
      [j(1403, 6, 31), 'month', j(1403, 6, 1), j(1403, 7, 1)],
      [j(1403, 5, 9), 'season', j(1403, 4, 1), j(1403, 7, 1)],
      [j(1403, 5, 9), 'quarter', j(1403, 4, 1), j(1403, 7, 1)],
      [j(1403, 1, 1), 'season', j(1403, 1, 1), j(1403, 4, 1)],
      [j(1403, 11, 5), 'season', j(1403, 10, 1), j(1404, 1, 1)],
      [j(1403, 6, 31), 'half', j(1403, 1, 1), j(1403, 7, 1)],
      [j(1403, 7, 1), 'half', j(1403, 7, 1), j(1404, 1, 1)],
      [j(1403, 12, 30), 'year', j(1403, 1, 1), j(1404, 1, 1)],
      [j(1403, 12, 30), 'fiscalYear', j(1403, 1, 1), j(1404, 1, 1)],
    ];
    for (const [date, unit, start, end] of cases) expect(jalaliPeriod(date, unit)).toEqual({ unit, start, end });
  });

  it('fiscal years can start on another month', () => {
    const opts = { fiscalYearStartMonth: 4 };
    expect(jalaliPeriod(j(1403, 2, 10), 'fiscalYear', opts)).toEqual({
      unit: 'fiscalYear',
      start: j(1402, 4, 1),
      end: j(1403, 4, 1),
    });
    expect(jalaliPeriod(j(1403, 4, 1), 'fiscalYear', opts).end).toEqual(j(1404, 4, 1));
    expect(jalaliPeriod(j(1403, 12, 30), 'fiscalYear', { fiscalYearStartMonth: 12 }).start).toEqual(j(1403, 12, 1));
    // the option only affects fiscal years
    expect(jalaliPeriod(j(1403, 2, 10), 'year', opts).start).toEqual(j(1403, 1, 1));
  });

  it('allows 3001/1/1 as the exclusive end of the last periods, and nothing beyond 1178–3000', () => {
    expect(jalaliPeriod(j(3000, 12, 30), 'year').end).toEqual(j(3001, 1, 1));
    expect(jalaliPeriod(j(3000, 12, 30), 'day').end).toEqual(j(3001, 1, 1));
    expect(jalaliPeriod(j(1178, 1, 1), 'year').start).toEqual(j(1178, 1, 1));
    expect(codeOf(() => jalaliPeriod(j(1178, 3, 1), 'fiscalYear', { fiscalYearStartMonth: 7 }))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => jalaliPeriod(j(3000, 7, 1), 'fiscalYear', { fiscalYearStartMonth: 4 }))).toBe('OUT_OF_RANGE');
    expect(jalaliWeekday(j(1178, 1, 1))).not.toBe('sat');
    expect(codeOf(() => jalaliPeriod(j(1178, 1, 1), 'week'))).toBe('OUT_OF_RANGE');
  });

  it('rejects bad input', () => {
    expect(codeOf(() => jalaliPeriod(j(1404, 12, 30), 'month'))).toBe('INVALID_DATE');
    expect(codeOf(() => jalaliPeriod(j(1403, 1, 1), 'fortnight' as JalaliPeriodUnit))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => jalaliPeriod(j(1403, 1, 1), 'toString' as JalaliPeriodUnit))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => jalaliPeriod(j(1403, 1, 1), 'week', { weekStartsOn: 'sunday' as Weekday }))).toBe(
      'INVALID_ARGUMENT',
    );
    for (const m of [0, 13, 1.5, Number.NaN]) {
      expect(codeOf(() => jalaliPeriod(j(1403, 1, 1), 'fiscalYear', { fiscalYearStartMonth: m }))).toBe(
        'INVALID_ARGUMENT',
      );
    }
  });
});

describe('shiftJalaliPeriod', () => {
  it('moves by whole periods, keeping alignment', () => {
    const esfand = jalaliPeriod(j(1403, 12, 5), 'month');
    expect(shiftJalaliPeriod(esfand, 1)).toEqual({ unit: 'month', start: j(1404, 1, 1), end: j(1404, 2, 1) });
    expect(shiftJalaliPeriod(esfand, -1)).toEqual({ unit: 'month', start: j(1403, 11, 1), end: j(1403, 12, 1) });
    expect(shiftJalaliPeriod(esfand, 0)).toEqual(esfand);
    expect(shiftJalaliPeriod(esfand, 12).end).toEqual(j(1405, 1, 1));
    const week = jalaliPeriod(j(1400, 4, 30), 'week', { weekStartsOn: 'mon' });
    expect(shiftJalaliPeriod(week, 1).start).toEqual(j(1400, 5, 4));
    const fiscal = jalaliPeriod(j(1403, 2, 10), 'fiscalYear', { fiscalYearStartMonth: 4 });
    expect(shiftJalaliPeriod(fiscal, 1)).toEqual({ unit: 'fiscalYear', start: j(1403, 4, 1), end: j(1404, 4, 1) });
    expect(shiftJalaliPeriod(jalaliPeriod(j(1403, 5, 1), 'season'), -2).start).toEqual(j(1402, 10, 1));
    expect(shiftJalaliPeriod(jalaliPeriod(j(1403, 12, 30), 'day'), 1).start).toEqual(j(1404, 1, 1));
  });

  it('rejects malformed periods, bad n and shifts out of range', () => {
    const misaligned: JalaliPeriod = { unit: 'month', start: j(1403, 1, 2), end: j(1403, 2, 2) };
    const wrongEnd: JalaliPeriod = { unit: 'month', start: j(1403, 1, 1), end: j(1403, 3, 1) };
    const badUnit = { unit: 'decade', start: j(1403, 1, 1), end: j(1413, 1, 1) } as unknown as JalaliPeriod;
    for (const p of [misaligned, wrongEnd, badUnit, null as unknown as JalaliPeriod]) {
      expect(codeOf(() => shiftJalaliPeriod(p, 1))).toBe('INVALID_ARGUMENT');
    }
    const year = jalaliPeriod(j(1403, 1, 1), 'year');
    expect(codeOf(() => shiftJalaliPeriod(year, 0.5))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => shiftJalaliPeriod(year, 3000))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => shiftJalaliPeriod(year, -226))).toBe('OUT_OF_RANGE');
    expect(shiftJalaliPeriod(year, -225).start).toEqual(j(1178, 1, 1));
    expect(codeOf(() => shiftJalaliPeriod(jalaliPeriod(j(3000, 5, 5), 'day'), 1e9))).toBe('OUT_OF_RANGE');
  });
});

describe('instant ranges (calendar.md §5, Tehran DST until 1401)', () => {
  it('1401 month 1 in Tehran: 1401/1/1 00:00 +03:30 … 1401/2/1 00:00 +04:30', () => {
    const r = jalaliPeriodRange(new Date('2022-04-01T12:00:00Z'), 'month');
    expect(iso(r)).toEqual(['2022-03-20T20:30:00.000Z', '2022-04-20T19:30:00.000Z']);
    expect(iso(jalaliPeriodInstants(jalaliPeriod(j(1401, 1, 31), 'month')))).toEqual(iso(r));
  });

  it('days are 23 h on 1401/1/2 (midnight skipped) and 25 h on 1401/6/30', () => {
    const spring = jalaliPeriodRange(new Date('2022-03-21T20:29:00Z'), 'day'); // 1401/01/01 23:59
    expect(iso(spring)).toEqual(['2022-03-20T20:30:00.000Z', '2022-03-21T20:30:00.000Z']);
    const short = jalaliPeriodRange(new Date('2022-03-21T20:31:00Z'), 'day'); // 1401/01/02 01:01
    expect(iso(short)).toEqual(['2022-03-21T20:30:00.000Z', '2022-03-22T19:30:00.000Z']);
    const long = jalaliPeriodRange(Date.UTC(2022, 8, 21, 19, 31), 'day'); // 1401/06/30 23:01 (+03:30)
    expect(iso(long)).toEqual(['2022-09-20T19:30:00.000Z', '2022-09-21T20:30:00.000Z']);
  });

  it('years and weeks now (+03:30 all year), in Tehran and in other zones', () => {
    const nowruz = Date.UTC(2025, 2, 20, 20, 30); // 1404/1/1 00:00 Tehran
    expect(iso(jalaliPeriodRange(nowruz, 'year'))).toEqual(['2025-03-20T20:30:00.000Z', '2026-03-20T20:30:00.000Z']);
    expect(iso(jalaliPeriodRange(nowruz - 1, 'year'))).toEqual([
      '2024-03-19T20:30:00.000Z',
      '2025-03-20T20:30:00.000Z',
    ]);
    expect(iso(jalaliPeriodRange(nowruz, 'year', { timeZone: 'UTC' }))).toEqual([
      '2024-03-20T00:00:00.000Z',
      '2025-03-21T00:00:00.000Z',
    ]);
    // 1404/1/1 is a Friday: its Saturday-first week began on 1403/12/25
    expect(iso(jalaliPeriodRange(nowruz, 'week'))).toEqual(['2025-03-14T20:30:00.000Z', '2025-03-21T20:30:00.000Z']);
    expect(iso(jalaliPeriodRange(nowruz, 'fiscalYear', { fiscalYearStartMonth: 10 }))).toEqual([
      '2024-12-20T20:30:00.000Z',
      '2025-12-21T20:30:00.000Z',
    ]);
  });

  it('reaches 3001/1/1 as the end of the last year', () => {
    const r = jalaliPeriodInstants(jalaliPeriod(j(3000, 6, 1), 'year'), { timeZone: 'UTC' });
    expect(r.end.getTime() - r.start.getTime()).toBe(366 * 86_400_000);
  });

  it('rejects NaN and invalid instants, unknown units and zones', () => {
    expect(codeOf(() => jalaliPeriodRange(Number.NaN, 'month'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => jalaliPeriodRange(new Date(Number.NaN), 'month'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => jalaliPeriodRange(0, 'month', { timeZone: 'Mars/Olympus' }))).toBe('INVALID_TIME_ZONE');
    expect(codeOf(() => jalaliPeriodRange(0, 'moon' as JalaliPeriodUnit))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => jalaliPeriodRange(-1e16, 'day'))).toBe('OUT_OF_RANGE');
    const fake = { unit: 'day', start: j(1403, 1, 1), end: j(1403, 1, 3) } as const;
    expect(codeOf(() => jalaliPeriodInstants(fake))).toBe('INVALID_ARGUMENT');
  });
});
