import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import type { LeapDayBirthday } from './arithmetic.js';
import {
  daysUntilJalaliBirthday,
  isJalaliBirthdayInMonth,
  isJalaliBirthdayInPeriod,
  isJalaliBirthdayWithin,
  jalaliAnniversary,
  nextJalaliBirthday,
} from './birthdays.js';
import { type JalaliPeriod, jalaliPeriod } from './periods.js';
import type { JalaliDate } from './types.js';

const j = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });
const F1 = { leapDayBirthday: 'farvardin1' } as const;
const LEAP_BORN = j(1403, 12, 30); // 2025-03-20; 1404–1407 common, 1408 leap

describe('jalaliAnniversary', () => {
  it('keeps month and day, moving 30 Esfand in common years by the rule', () => {
    expect(jalaliAnniversary(j(1370, 5, 20), 34)).toEqual(j(1404, 5, 20));
    expect(jalaliAnniversary(j(1370, 5, 20), 0)).toEqual(j(1370, 5, 20));
    expect(jalaliAnniversary(LEAP_BORN, 1)).toEqual(j(1404, 12, 29));
    expect(jalaliAnniversary(LEAP_BORN, 1, F1)).toEqual(j(1405, 1, 1));
    expect(jalaliAnniversary(LEAP_BORN, 5)).toEqual(j(1408, 12, 30));
    expect(jalaliAnniversary(LEAP_BORN, 5, F1)).toEqual(j(1408, 12, 30));
    expect(jalaliAnniversary(LEAP_BORN, -1)).toEqual(j(1402, 12, 29));
  });

  it('rejects bad input', () => {
    expect(codeOf(() => jalaliAnniversary(j(1404, 12, 30), 1))).toBe('INVALID_DATE');
    expect(codeOf(() => jalaliAnniversary(LEAP_BORN, 1.5))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => jalaliAnniversary(LEAP_BORN, 2000))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => jalaliAnniversary(LEAP_BORN, 1, { leapDayBirthday: 'mar1' as LeapDayBirthday }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('nextJalaliBirthday and daysUntilJalaliBirthday', () => {
  it('counts today and otherwise finds the next one', () => {
    const born = j(1370, 5, 20);
    expect(nextJalaliBirthday(born, j(1404, 5, 20))).toEqual(j(1404, 5, 20));
    expect(nextJalaliBirthday(born, j(1404, 5, 21))).toEqual(j(1405, 5, 20));
    expect(nextJalaliBirthday(born, j(1404, 1, 1))).toEqual(j(1404, 5, 20));
    expect(nextJalaliBirthday(j(1370, 1, 1), j(1403, 12, 30))).toEqual(j(1404, 1, 1));
    expect(daysUntilJalaliBirthday(born, j(1404, 5, 20))).toBe(0);
    expect(daysUntilJalaliBirthday(born, j(1404, 5, 21))).toBe(364); // 1404 is common
    expect(daysUntilJalaliBirthday(j(1370, 1, 2), j(1403, 12, 30))).toBe(2);
    expect(daysUntilJalaliBirthday(j(1370, 1, 1), j(1403, 1, 2))).toBe(365); // 1403 is leap: 1404/1/1 is 365 days on
  });

  it('30 Esfand births: 29 Esfand (default) or 1 Farvardin after a common year', () => {
    expect(nextJalaliBirthday(LEAP_BORN, j(1404, 12, 1))).toEqual(j(1404, 12, 29));
    expect(nextJalaliBirthday(LEAP_BORN, j(1404, 12, 1), F1)).toEqual(j(1405, 1, 1));
    expect(nextJalaliBirthday(LEAP_BORN, j(1405, 1, 1), F1)).toEqual(j(1405, 1, 1));
    expect(nextJalaliBirthday(LEAP_BORN, j(1405, 1, 2), F1)).toEqual(j(1406, 1, 1));
    expect(nextJalaliBirthday(LEAP_BORN, j(1405, 1, 2))).toEqual(j(1405, 12, 29));
    expect(nextJalaliBirthday(LEAP_BORN, j(1408, 1, 2), F1)).toEqual(j(1408, 12, 30));
    expect(nextJalaliBirthday(LEAP_BORN, j(1408, 12, 30))).toEqual(j(1408, 12, 30));
    expect(daysUntilJalaliBirthday(LEAP_BORN, j(1404, 12, 29), F1)).toBe(1);
  });

  it('uses only the month and day of the birth date', () => {
    expect(nextJalaliBirthday(j(1420, 3, 3), j(1404, 1, 1))).toEqual(j(1404, 3, 3));
  });

  it('rejects invalid dates and birthdays after 3000 AP', () => {
    expect(codeOf(() => nextJalaliBirthday(j(1370, 7, 31), j(1404, 1, 1)))).toBe('INVALID_DATE');
    expect(codeOf(() => nextJalaliBirthday(j(1370, 1, 1), j(1404, 13, 1)))).toBe('INVALID_DATE');
    expect(codeOf(() => nextJalaliBirthday(j(1370, 1, 1), j(3000, 1, 2)))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => daysUntilJalaliBirthday(j(1370, 1, 1), j(3000, 1, 2)))).toBe('OUT_OF_RANGE');
    expect(nextJalaliBirthday(j(1370, 1, 1), j(3000, 1, 1))).toEqual(j(3000, 1, 1));
  });
});

describe('isJalaliBirthdayWithin', () => {
  it('includes today and the next `days` days', () => {
    const born = j(1370, 1, 2);
    expect(isJalaliBirthdayWithin(born, j(1404, 1, 2), 0)).toBe(true);
    expect(isJalaliBirthdayWithin(born, j(1404, 1, 1), 0)).toBe(false);
    expect(isJalaliBirthdayWithin(born, j(1403, 12, 30), 2)).toBe(true);
    expect(isJalaliBirthdayWithin(born, j(1403, 12, 30), 1)).toBe(false);
    expect(isJalaliBirthdayWithin(born, j(1404, 1, 3), 364)).toBe(true); // 1405/1/2, 1404 has 365 days
    expect(isJalaliBirthdayWithin(born, j(1404, 1, 3), 363)).toBe(false);
    expect(isJalaliBirthdayWithin(LEAP_BORN, j(1404, 12, 25), 4)).toBe(true);
    expect(isJalaliBirthdayWithin(LEAP_BORN, j(1404, 12, 25), 4, F1)).toBe(false);
    expect(isJalaliBirthdayWithin(LEAP_BORN, j(1404, 12, 25), 5, F1)).toBe(true);
  });

  it('rejects negative or fractional windows', () => {
    for (const days of [-1, 1.5, Number.NaN]) {
      expect(codeOf(() => isJalaliBirthdayWithin(LEAP_BORN, j(1404, 1, 1), days))).toBe('INVALID_ARGUMENT');
    }
  });
});

describe('isJalaliBirthdayInMonth and isJalaliBirthdayInPeriod', () => {
  it('is the birth month, except for 30 Esfand under farvardin1', () => {
    expect(isJalaliBirthdayInMonth(j(1370, 5, 20), { year: 1404, month: 5 })).toBe(true);
    expect(isJalaliBirthdayInMonth(j(1370, 5, 20), { year: 1404, month: 6 })).toBe(false);
    expect(isJalaliBirthdayInMonth(j(1399, 12, 30), { year: 1404, month: 12 })).toBe(true);
    expect(isJalaliBirthdayInMonth(j(1399, 12, 30), { year: 1404, month: 12 }, F1)).toBe(false);
    expect(isJalaliBirthdayInMonth(j(1399, 12, 30), { year: 1405, month: 1 }, F1)).toBe(true);
    expect(isJalaliBirthdayInMonth(j(1399, 12, 30), { year: 1404, month: 1 }, F1)).toBe(false); // 1403 was leap
    expect(isJalaliBirthdayInMonth(j(1399, 12, 30), { year: 1403, month: 12 }, F1)).toBe(true);
    expect(isJalaliBirthdayInMonth(j(1399, 12, 30), { year: 1405, month: 1 })).toBe(false);
  });

  it('works for any period: a week around Nowruz 1405', () => {
    const week = jalaliPeriod(j(1404, 12, 27), 'week');
    expect(week).toEqual({ unit: 'week', start: j(1404, 12, 23), end: j(1405, 1, 1) });
    expect(isJalaliBirthdayInPeriod(j(1399, 12, 30), week)).toBe(true);
    expect(isJalaliBirthdayInPeriod(j(1399, 12, 30), week, F1)).toBe(false);
    expect(isJalaliBirthdayInPeriod(j(1370, 1, 1), week)).toBe(false);
    expect(isJalaliBirthdayInPeriod(j(1370, 3, 3), jalaliPeriod(j(1404, 2, 1), 'season'))).toBe(true);
    expect(isJalaliBirthdayInPeriod(j(1370, 3, 3), jalaliPeriod(j(1404, 3, 3), 'day'))).toBe(true);
    expect(isJalaliBirthdayInPeriod(j(1370, 3, 3), jalaliPeriod(j(1404, 3, 4), 'day'))).toBe(false);
  });

  it('rejects bad months and periods', () => {
    expect(codeOf(() => isJalaliBirthdayInMonth(j(1370, 1, 1), { year: 1404, month: 13 }))).toBe('INVALID_DATE');
    expect(codeOf(() => isJalaliBirthdayInMonth(j(1370, 1, 1), { year: 1177, month: 1 }))).toBe('OUT_OF_RANGE');
    const fake: JalaliPeriod = { unit: 'month', start: j(1404, 1, 5), end: j(1404, 2, 5) };
    expect(codeOf(() => isJalaliBirthdayInPeriod(j(1370, 1, 1), fake))).toBe('INVALID_ARGUMENT');
  });
});
