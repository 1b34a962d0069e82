import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addJalaliDays, differenceInJalaliDays } from './arithmetic.js';
import { jalaliOfEpochDay, jalaliToEpochDay } from './jalaliDays.js';
import { nowruzEpochDay } from './jalaliRule.js';
import {
  type JalaliPeriodUnit,
  jalaliPeriod,
  jalaliPeriodInstants,
  jalaliPeriodRange,
  shiftJalaliPeriod,
} from './periods.js';
import { WEEKDAYS } from './weekday.js';
import { fromJalali, toJalali } from './zoned.js';

const UNITS: readonly JalaliPeriodUnit[] = ['day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'fiscalYear'];
const LENGTHS: Readonly<Record<JalaliPeriodUnit, readonly [number, number]>> = {
  day: [1, 1],
  week: [7, 7],
  month: [29, 31],
  season: [89, 93],
  quarter: [89, 93],
  half: [179, 186],
  year: [365, 366],
  fiscalYear: [365, 366],
};
const date = fc.integer({ min: nowruzEpochDay(1190), max: nowruzEpochDay(2990) }).map(jalaliOfEpochDay);
// far enough from 1178 and 3000 for shifts of ±60 years
const midDate = fc.integer({ min: nowruzEpochDay(1240), max: nowruzEpochDay(2940) }).map(jalaliOfEpochDay);
const unit = fc.constantFrom(...UNITS);
const options = fc.record({
  weekStartsOn: fc.constantFrom(...WEEKDAYS),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
});
const ed = jalaliToEpochDay;

describe('civil periods', () => {
  it('contain their date, have the unit length and are the period of each of their days', () => {
    fc.assert(
      fc.property(date, unit, options, (d, u, o) => {
        const p = jalaliPeriod(d, u, o);
        expect(ed(p.start)).toBeLessThanOrEqual(ed(d));
        expect(ed(p.end)).toBeGreaterThan(ed(d));
        const days = differenceInJalaliDays(p.end, p.start);
        expect(days).toBeGreaterThanOrEqual(LENGTHS[u][0]);
        expect(days).toBeLessThanOrEqual(LENGTHS[u][1]);
        expect(jalaliPeriod(p.start, u, o)).toEqual(p);
        expect(jalaliPeriod(addJalaliDays(p.end, -1), u, o)).toEqual(p);
        if (u !== 'day' && u !== 'week') expect(p.start.day).toBe(1);
        if (u === 'week') expect(WEEKDAYS[(((ed(p.start) + 5) % 7) + 7) % 7]).toBe(o.weekStartsOn);
        if (u === 'fiscalYear') expect(p.start.month).toBe(o.fiscalYearStartMonth);
      }),
      { numRuns: 2000 },
    );
  });

  it('are contiguous: shift(p, 1).start = p.end, and shifts compose and invert', () => {
    fc.assert(
      fc.property(
        midDate,
        unit,
        options,
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: -30, max: 30 }),
        (d, u, o, a, b) => {
          const p = jalaliPeriod(d, u, o);
          expect(shiftJalaliPeriod(p, 1).start).toEqual(p.end);
          expect(shiftJalaliPeriod(p, -1).end).toEqual(p.start);
          expect(shiftJalaliPeriod(shiftJalaliPeriod(p, a), b)).toEqual(shiftJalaliPeriod(p, a + b));
          expect(shiftJalaliPeriod(shiftJalaliPeriod(p, a), -a)).toEqual(p);
          expect(shiftJalaliPeriod(p, a)).toEqual(jalaliPeriod(shiftJalaliPeriod(p, a).start, u, o));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// Zones whose clocks changed at midnight (Tehran before 2023, São Paulo, Beirut) and elsewhere.
const ZONES = ['Asia/Tehran', 'UTC', 'America/Sao_Paulo', 'Asia/Beirut', 'Europe/Berlin', 'Asia/Kabul'] as const;
const instant = fc.integer({ min: Date.UTC(1925, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('instant ranges', () => {
  it('contain the instant, start at the first instant of the first day and end at that of the day after', () => {
    fc.assert(
      fc.property(instant, unit, fc.constantFrom(...ZONES), options, (t, u, timeZone, o) => {
        const r = jalaliPeriodRange(t, u, { ...o, timeZone });
        const p = jalaliPeriod(toJalali(t, { timeZone }), u, o);
        expect(r.start.getTime()).toBeLessThanOrEqual(t);
        expect(r.end.getTime()).toBeGreaterThan(t);
        expect(r).toEqual(jalaliPeriodInstants(p, { timeZone }));
        expect(r.start).toEqual(fromJalali(p.start, { timeZone }));
        expect(r.end).toEqual(fromJalali(p.end, { timeZone }));
        expect(toJalali(r.start, { timeZone })).toEqual(p.start);
        expect(toJalali(r.start.getTime() - 1, { timeZone })).toEqual(addJalaliDays(p.start, -1));
        expect(toJalali(r.end, { timeZone })).toEqual(p.end);
        expect(toJalali(r.end.getTime() - 1, { timeZone })).toEqual(addJalaliDays(p.end, -1));
      }),
      { numRuns: 1000 },
    );
  });
});
