import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addJalaliDays, addJalaliYears, jalaliAge } from './arithmetic.js';
import {
  daysUntilJalaliBirthday,
  isJalaliBirthdayInMonth,
  isJalaliBirthdayInPeriod,
  isJalaliBirthdayWithin,
  jalaliAnniversary,
  nextJalaliBirthday,
} from './birthdays.js';
import { jalaliOfEpochDay, jalaliToEpochDay } from './jalaliDays.js';
import { monthLength, nowruzEpochDay } from './jalaliRule.js';
import { jalaliPeriod } from './periods.js';
import type { JalaliDate } from './types.js';

const day = (from: number, to: number) =>
  fc.integer({ min: nowruzEpochDay(from), max: nowruzEpochDay(to) - 1 }).map(jalaliOfEpochDay);
// Birth dates 1300–1420 with many 30 Esfand (leap-day) births; "today" 1400–2900.
const leapDay = fc
  .integer({ min: 1300, max: 1420 })
  .filter((y) => monthLength(y, 12) === 30)
  .map((year): JalaliDate => ({ year, month: 12, day: 30 }));
const birth = fc.oneof(day(1300, 1421), leapDay);
const asOf = fc.oneof(day(1400, 2900), day(1403, 1410));
const leapDayBirthday = fc.constantFrom('esfand29' as const, 'farvardin1' as const);
const ed = jalaliToEpochDay;

describe('birthday properties', () => {
  it('the next birthday is on or after asOf and before asOf + 1 year + 1 day, with none in between', () => {
    fc.assert(
      fc.property(birth, asOf, leapDayBirthday, (b, today, rule) => {
        const options = { leapDayBirthday: rule };
        const next = nextJalaliBirthday(b, today, options);
        const days = daysUntilJalaliBirthday(b, today, options);
        expect(ed(next) - ed(today)).toBe(days);
        expect(days).toBeGreaterThanOrEqual(0);
        expect(ed(next)).toBeLessThan(ed(addJalaliYears(today, 1)) + 1);
        expect(isJalaliBirthdayWithin(b, today, days, options)).toBe(true);
        if (days > 0) expect(isJalaliBirthdayWithin(b, today, days - 1, options)).toBe(false);
        expect(nextJalaliBirthday(b, next, options)).toEqual(next);
        const leap = b.month === 12 && b.day === 30;
        if (!leap) expect([next.month, next.day]).toEqual([b.month, b.day]);
      }),
      { numRuns: 2000 },
    );
  });

  it('the next birthday is an anniversary, and jalaliAge counts the anniversaries passed', () => {
    fc.assert(
      fc.property(birth, asOf, leapDayBirthday, (b, today, rule) => {
        const options = { leapDayBirthday: rule };
        const next = nextJalaliBirthday(b, today, options);
        const k = next.year - b.year;
        const anniversaries = [jalaliAnniversary(b, k, options), jalaliAnniversary(b, k - 1, options)];
        expect(anniversaries).toContainEqual(next);
        fc.pre(ed(today) >= ed(b));
        const age = jalaliAge(b, today, options);
        expect(ed(jalaliAnniversary(b, age, options))).toBeLessThanOrEqual(ed(today));
        expect(ed(jalaliAnniversary(b, age + 1, options))).toBeGreaterThan(ed(today));
      }),
      { numRuns: 2000 },
    );
  });

  it('a period or month holds a birthday exactly when one of its days is a birthday', () => {
    fc.assert(
      fc.property(
        birth,
        asOf,
        leapDayBirthday,
        fc.constantFrom('day' as const, 'week' as const, 'month' as const),
        (b, d, rule, unit) => {
          const options = { leapDayBirthday: rule };
          const p = jalaliPeriod(d, unit);
          let any = false;
          for (let e = ed(p.start); e < ed(p.end); e++)
            any ||= isJalaliBirthdayWithin(b, jalaliOfEpochDay(e), 0, options);
          expect(isJalaliBirthdayInPeriod(b, p, options)).toBe(any);
          if (unit === 'month') {
            expect(isJalaliBirthdayInMonth(b, d, options)).toBe(any);
            // under the default rule this is the indexable "birth month = current month" test
            if (rule === 'esfand29') expect(any).toBe(b.month === d.month);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('isJalaliBirthdayWithin is monotonic in the window', () => {
    fc.assert(
      fc.property(birth, asOf, fc.nat(400), fc.nat(30), (b, today, n, m) => {
        if (isJalaliBirthdayWithin(b, today, n)) expect(isJalaliBirthdayWithin(b, today, n + m)).toBe(true);
        expect(isJalaliBirthdayWithin(b, today, 365)).toBe(true);
        expect(isJalaliBirthdayWithin(b, addJalaliDays(today, -1), n + 1)).toBe(
          isJalaliBirthdayWithin(b, today, n) || isJalaliBirthdayWithin(b, addJalaliDays(today, -1), 0),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
