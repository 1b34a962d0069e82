import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import { isMoshtariError } from '../core/index.js';
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
import type { JalaliDate } from './types.js';

const j = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });

describe('addJalaliDays', () => {
  it('crosses month and year ends (calendar.md: 1403 leap, 1404 common)', () => {
    expect(addJalaliDays(j(1403, 12, 29), 1)).toEqual(j(1403, 12, 30));
    expect(addJalaliDays(j(1403, 12, 30), 1)).toEqual(j(1404, 1, 1));
    expect(addJalaliDays(j(1404, 12, 29), 1)).toEqual(j(1405, 1, 1));
    expect(addJalaliDays(j(1404, 1, 1), -1)).toEqual(j(1403, 12, 30));
    expect(addJalaliDays(j(1403, 6, 31), 1)).toEqual(j(1403, 7, 1));
    expect(addJalaliDays(j(1403, 1, 1), 366)).toEqual(j(1404, 1, 1));
    expect(addJalaliDays(j(1404, 1, 1), 0)).toEqual(j(1404, 1, 1));
  });

  it('rejects bad input', () => {
    expect(codeOf(() => addJalaliDays(j(1404, 12, 30), 1))).toBe('INVALID_DATE');
    expect(codeOf(() => addJalaliDays(j(1404, 1, 1), 1.5))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => addJalaliDays(j(1404, 1, 1), Number.NaN))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => addJalaliDays(j(1178, 1, 1), -1))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => addJalaliDays(j(3000, 12, 30), 1))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => addJalaliDays(null as unknown as JalaliDate, 1))).toBe('INVALID_ARGUMENT');
  });
});

describe('addJalaliMonths / addJalaliYears', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addJalaliMonths(j(1403, 6, 31), 1)).toEqual(j(1403, 7, 30));
    expect(addJalaliMonths(j(1403, 1, 31), 11)).toEqual(j(1403, 12, 30));
    expect(addJalaliMonths(j(1404, 1, 31), 11)).toEqual(j(1404, 12, 29));
    expect(addJalaliMonths(j(1403, 12, 30), 12)).toEqual(j(1404, 12, 29));
    expect(addJalaliMonths(j(1403, 12, 30), -12)).toEqual(j(1402, 12, 29));
    expect(addJalaliMonths(j(1403, 7, 30), -1)).toEqual(j(1403, 6, 30));
    expect(addJalaliMonths(j(1403, 1, 15), -1)).toEqual(j(1402, 12, 15));
    expect(addJalaliMonths(j(1403, 12, 15), 1)).toEqual(j(1404, 1, 15));
    expect(addJalaliMonths(j(1403, 5, 5), 0)).toEqual(j(1403, 5, 5));
  });

  it('adds years as 12 months: 1403/12/30 + 1 year = 1404/12/29; leap to leap keeps the 30th', () => {
    expect(addJalaliYears(j(1403, 12, 30), 1)).toEqual(j(1404, 12, 29));
    expect(addJalaliYears(j(1403, 12, 30), 5)).toEqual(j(1408, 12, 30));
    expect(addJalaliYears(j(1399, 12, 30), 4)).toEqual(j(1403, 12, 30));
    expect(addJalaliYears(j(1403, 4, 26), -3)).toEqual(j(1400, 4, 26));
  });

  it('rejects bad input', () => {
    expect(codeOf(() => addJalaliMonths(j(1403, 13, 1), 1))).toBe('INVALID_DATE');
    expect(codeOf(() => addJalaliMonths(j(1403, 1, 1), 0.5))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => addJalaliMonths(j(3000, 12, 1), 1))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => addJalaliYears(j(1178, 5, 1), -1))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => addJalaliYears(j(1400, 5, 1), Number.POSITIVE_INFINITY))).toBe('INVALID_ARGUMENT');
  });
});

describe('differences', () => {
  it('counts days as a − b', () => {
    expect(differenceInJalaliDays(j(1404, 1, 1), j(1403, 1, 1))).toBe(366);
    expect(differenceInJalaliDays(j(1405, 1, 1), j(1404, 1, 1))).toBe(365);
    expect(differenceInJalaliDays(j(1403, 1, 1), j(1404, 1, 1))).toBe(-366);
    expect(differenceInJalaliDays(j(1400, 5, 1), j(1400, 4, 26))).toBe(6);
  });

  it('counts whole months from the earlier date, consistent with addJalaliMonths', () => {
    expect(differenceInJalaliMonths(j(1403, 7, 30), j(1403, 6, 31))).toBe(1);
    expect(differenceInJalaliMonths(j(1403, 7, 29), j(1403, 6, 31))).toBe(0);
    expect(differenceInJalaliMonths(j(1403, 6, 31), j(1403, 7, 30))).toBe(-1);
    expect(differenceInJalaliMonths(j(1403, 8, 15), j(1403, 7, 15))).toBe(1);
    expect(differenceInJalaliMonths(j(1403, 8, 14), j(1403, 7, 15))).toBe(0);
    expect(differenceInJalaliMonths(j(1404, 1, 1), j(1403, 1, 1))).toBe(12);
    expect(differenceInJalaliMonths(j(1404, 12, 29), j(1403, 12, 30))).toBe(12);
    expect(differenceInJalaliMonths(j(1404, 12, 28), j(1403, 12, 30))).toBe(11);
    expect(differenceInJalaliMonths(j(1403, 3, 3), j(1403, 3, 3))).toBe(0);
    expect(Object.is(differenceInJalaliMonths(j(1403, 3, 3), j(1403, 3, 4)), 0)).toBe(true);
  });

  it('counts whole years, truncated toward zero', () => {
    expect(differenceInJalaliYears(j(1404, 12, 29), j(1403, 12, 30))).toBe(1);
    expect(differenceInJalaliYears(j(1404, 12, 28), j(1403, 12, 30))).toBe(0);
    expect(differenceInJalaliYears(j(1403, 12, 30), j(1404, 12, 29))).toBe(-1);
    expect(differenceInJalaliYears(j(1404, 5, 1), j(1370, 5, 2))).toBe(33);
    expect(differenceInJalaliYears(j(1404, 5, 2), j(1370, 5, 2))).toBe(34);
  });

  it('compares', () => {
    expect(compareJalaliDates(j(1403, 12, 30), j(1404, 1, 1))).toBe(-1);
    expect(compareJalaliDates(j(1404, 1, 1), j(1403, 12, 30))).toBe(1);
    expect(compareJalaliDates(j(1404, 1, 1), j(1404, 1, 1))).toBe(0);
    const sorted = [j(1404, 1, 1), j(1300, 1, 1), j(1403, 12, 30)].sort(compareJalaliDates);
    expect(sorted).toEqual([j(1300, 1, 1), j(1403, 12, 30), j(1404, 1, 1)]);
  });

  it('rejects invalid dates with the argument path', () => {
    for (const fn of [differenceInJalaliDays, differenceInJalaliMonths, differenceInJalaliYears, compareJalaliDates]) {
      expect(codeOf(() => fn(j(1404, 12, 30), j(1404, 1, 1)))).toBe('INVALID_DATE');
      expect(codeOf(() => fn(j(1404, 1, 1), j(1403, 7, 31)))).toBe('INVALID_DATE');
      expect(codeOf(() => fn(j(1404, 1, 1), j(1177, 1, 1)))).toBe('OUT_OF_RANGE');
    }
    try {
      differenceInJalaliMonths(j(1404, 1, 1), j(1403, 7, 31));
    } catch (error) {
      expect(isMoshtariError(error) && error.path).toBe('b.day');
    }
  });
});

describe('jalaliAge', () => {
  it('counts whole years', () => {
    expect(jalaliAge(j(1370, 5, 20), j(1404, 5, 19))).toBe(33);
    expect(jalaliAge(j(1370, 5, 20), j(1404, 5, 20))).toBe(34);
    expect(jalaliAge(j(1370, 5, 20), j(1370, 5, 20))).toBe(0);
  });

  it('30 Esfand births: one year older on 29 Esfand in common years (default) or on 1 Farvardin', () => {
    const born = j(1403, 12, 30);
    expect(jalaliAge(born, j(1404, 12, 28))).toBe(0);
    expect(jalaliAge(born, j(1404, 12, 29))).toBe(1);
    expect(jalaliAge(born, j(1404, 12, 29), { leapDayBirthday: 'farvardin1' })).toBe(0);
    expect(jalaliAge(born, j(1405, 1, 1), { leapDayBirthday: 'farvardin1' })).toBe(1);
    // 1407 common, 1408 leap: the fifth birthday is on 30 Esfand 1408 under both rules
    expect(jalaliAge(born, j(1408, 12, 29))).toBe(4);
    expect(jalaliAge(born, j(1408, 12, 30))).toBe(5);
    expect(jalaliAge(born, j(1408, 12, 29), { leapDayBirthday: 'farvardin1' })).toBe(4);
    expect(jalaliAge(born, j(1408, 12, 30), { leapDayBirthday: 'farvardin1' })).toBe(5);
  });

  it('rejects asOf before the birth date, invalid dates and unknown rules', () => {
    expect(codeOf(() => jalaliAge(j(1404, 1, 2), j(1404, 1, 1)))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => jalaliAge(j(1404, 12, 30), j(1405, 1, 1)))).toBe('INVALID_DATE');
    const bad = { leapDayBirthday: 'march1' } as unknown as { leapDayBirthday: 'esfand29' };
    expect(codeOf(() => jalaliAge(j(1400, 1, 1), j(1405, 1, 1), bad))).toBe('INVALID_ARGUMENT');
  });
});
