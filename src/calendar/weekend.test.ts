import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { iranHolidays } from './holidays.js';
import { isJalaliWeekend, isWorkingDay } from './weekend.js';

const errorOf = (fn: () => unknown): { code: string; path: string | undefined } | undefined => {
  try {
    fn();
  } catch (error) {
    if (isMoshtariError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  return undefined;
};
const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('isJalaliWeekend', () => {
  it('defaults to Friday only (calendar.md §6)', () => {
    expect(isJalaliWeekend(d(1404, 1, 1))).toBe(true); // Friday 2025-03-21
    expect(isJalaliWeekend(d(1404, 1, 7))).toBe(false); // Thursday
    expect(isJalaliWeekend(d(1404, 1, 2))).toBe(false); // Saturday
  });

  it('takes the weekend as a setting', () => {
    expect(isJalaliWeekend(d(1404, 1, 7), { weekend: ['thu', 'fri'] })).toBe(true);
    expect(isJalaliWeekend(d(1404, 1, 1), { weekend: [] })).toBe(false);
    expect(isJalaliWeekend(d(1404, 1, 2), { weekend: ['sat'] })).toBe(true);
  });

  it('rejects bad input', () => {
    expect(errorOf(() => isJalaliWeekend(d(1404, 1, 1), { weekend: ['friday' as 'fri'] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.weekend[0]',
    });
    expect(errorOf(() => isJalaliWeekend(d(1404, 1, 1), { weekend: 'fri' as unknown as ['fri'] }))?.path).toBe(
      'options.weekend',
    );
    expect(errorOf(() => isJalaliWeekend(d(1404, 12, 30)))?.code).toBe('INVALID_DATE');
  });
});

describe('isWorkingDay', () => {
  it('excludes the weekend and Iran’s official holidays by default', () => {
    expect(isWorkingDay(d(1404, 1, 5))).toBe(true); // Tuesday
    expect(isWorkingDay(d(1404, 1, 8))).toBe(false); // Friday
    expect(isWorkingDay(d(1404, 1, 11))).toBe(false); // Eid al-Fitr, Monday
    expect(isWorkingDay(d(1404, 1, 7))).toBe(true); // Thursday
    expect(isWorkingDay(d(1404, 1, 7), { weekend: ['thu', 'fri'] })).toBe(false);
  });

  it('can leave out or edit the official list and add company days', () => {
    expect(isWorkingDay(d(1404, 1, 11), { includeIranHolidays: false })).toBe(true);
    expect(isWorkingDay(d(1404, 4, 14), { includeIranHolidays: { remove: ['tasua'] } })).toBe(true);
    expect(isWorkingDay(d(1404, 4, 15), { includeIranHolidays: { remove: ['tasua'] } })).toBe(false);
    expect(isWorkingDay(d(1404, 1, 5), { holidays: [d(1404, 1, 5)] })).toBe(false);
  });

  it('accepts an edited iranHolidays result as `holidays`', () => {
    const holidays = iranHolidays(1404, { remove: ['tasua'] });
    const options = { holidays, includeIranHolidays: false } as const;
    expect(isWorkingDay(d(1404, 4, 14), options)).toBe(true);
    expect(isWorkingDay(d(1404, 4, 15), options)).toBe(false);
  });

  it('rejects bad options, naming the field', () => {
    expect(errorOf(() => isWorkingDay(d(1404, 1, 5), { holidays: [d(1404, 1, 32)] }))).toEqual({
      code: 'INVALID_DATE',
      path: 'options.holidays[0].day',
    });
    expect(errorOf(() => isWorkingDay(d(1404, 1, 5), { holidays: [{ date: d(1404, 0, 1) }] }))?.path).toBe(
      'options.holidays[0].date.month',
    );
    expect(errorOf(() => isWorkingDay(d(1404, 1, 5), { includeIranHolidays: { remove: ['x' as 'tasua'] } }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.includeIranHolidays.remove[0]',
    });
    expect(errorOf(() => isWorkingDay(d(1404, 1, 5), { includeIranHolidays: 'yes' as unknown as boolean }))?.path).toBe(
      'options.includeIranHolidays',
    );
  });
});
