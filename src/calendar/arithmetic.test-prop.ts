import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addJalaliDays,
  addJalaliMonths,
  addJalaliYears,
  compareJalaliDates,
  differenceInJalaliDays,
  differenceInJalaliMonths,
  differenceInJalaliYears,
  jalaliAge,
} from './arithmetic.js';
import { isValidJalaliDate } from './convert.js';
import { jalaliOfEpochDay, jalaliToEpochDay } from './jalaliDays.js';
import { monthLength, nowruzEpochDay } from './jalaliRule.js';
import type { JalaliDate } from './types.js';

// Dates in 1200–2860 AP, half of them on the last days of a month (where clamping happens).
const uniform = fc.integer({ min: nowruzEpochDay(1200), max: nowruzEpochDay(2860) }).map(jalaliOfEpochDay);
const monthEnd = fc
  .record({ year: fc.integer({ min: 1200, max: 2859 }), month: fc.integer({ min: 1, max: 12 }), back: fc.nat(3) })
  .map(({ year, month, back }): JalaliDate => ({ year, month, day: monthLength(year, month) - back }));
const date = fc.oneof(uniform, monthEnd);
const months = fc.integer({ min: -240, max: 240 });
const ed = jalaliToEpochDay;

describe('day arithmetic', () => {
  it('addJalaliDays and differenceInJalaliDays are inverse', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const e = addJalaliDays(d, n);
        expect(differenceInJalaliDays(e, d)).toBe(n);
        expect(addJalaliDays(e, -n)).toEqual(d);
        expect(compareJalaliDates(e, d)).toBe(Math.sign(n));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('month arithmetic', () => {
  it('addJalaliMonths gives a valid date n months on, keeping the day unless the month is shorter', () => {
    fc.assert(
      fc.property(date, months, (d, n) => {
        const e = addJalaliMonths(d, n);
        expect(isValidJalaliDate(e)).toBe(true);
        expect(e.year * 12 + e.month - (d.year * 12 + d.month)).toBe(n);
        expect(e.day).toBe(Math.min(d.day, monthLength(e.year, e.month)));
      }),
      { numRuns: 2000 },
    );
  });

  it('differenceInJalaliMonths(addJalaliMonths(b, n), b) = n', () => {
    fc.assert(
      fc.property(date, months, (b, n) => {
        expect(differenceInJalaliMonths(addJalaliMonths(b, n), b)).toBe(n);
        expect(differenceInJalaliYears(addJalaliYears(b, Math.trunc(n / 12)), b)).toBe(Math.trunc(n / 12) || 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('for a ≥ b: addJalaliMonths(b, k) ≤ a < addJalaliMonths(b, k + 1), same for years; antisymmetric', () => {
    fc.assert(
      fc.property(date, fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 40_000 })), (b, n) => {
        const a = addJalaliDays(b, n);
        const k = differenceInJalaliMonths(a, b);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(ed(addJalaliMonths(b, k))).toBeLessThanOrEqual(ed(a));
        expect(ed(addJalaliMonths(b, k + 1))).toBeGreaterThan(ed(a));
        const y = differenceInJalaliYears(a, b);
        expect(ed(addJalaliYears(b, y))).toBeLessThanOrEqual(ed(a));
        expect(ed(addJalaliYears(b, y + 1))).toBeGreaterThan(ed(a));
        expect(y).toBe(Math.trunc(k / 12));
        expect(differenceInJalaliMonths(b, a)).toBe(-k || 0);
        expect(differenceInJalaliYears(b, a)).toBe(-y || 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('differences are monotonic in the later date', () => {
    fc.assert(
      fc.property(date, fc.nat(3000), fc.nat(400), (b, n, m) => {
        const a1 = addJalaliDays(b, n);
        const a2 = addJalaliDays(a1, m);
        expect(differenceInJalaliMonths(a2, b)).toBeGreaterThanOrEqual(differenceInJalaliMonths(a1, b));
        expect(differenceInJalaliYears(a2, b)).toBeGreaterThanOrEqual(differenceInJalaliYears(a1, b));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('jalaliAge', () => {
  const rule = fc.constantFrom('esfand29' as const, 'farvardin1' as const);
  it('is monotonic in asOf, rises by at most one a year, and is differenceInJalaliYears under esfand29', () => {
    fc.assert(
      fc.property(date, fc.nat(40_000), fc.nat(800), rule, (birth, n, m, leapDayBirthday) => {
        const asOf1 = addJalaliDays(birth, n);
        const asOf2 = addJalaliDays(asOf1, m);
        const age1 = jalaliAge(birth, asOf1, { leapDayBirthday });
        const age2 = jalaliAge(birth, asOf2, { leapDayBirthday });
        expect(age2).toBeGreaterThanOrEqual(age1);
        expect(age2 - age1).toBeLessThanOrEqual(Math.ceil(m / 365) + 1);
        expect(Math.abs(age1 - n / 365.2422)).toBeLessThan(1.01);
        expect(jalaliAge(birth, asOf1)).toBe(differenceInJalaliYears(asOf1, birth));
        if (!(birth.month === 12 && birth.day === 30)) expect(age1).toBe(jalaliAge(birth, asOf1));
      }),
      { numRuns: 2000 },
    );
  });
});
