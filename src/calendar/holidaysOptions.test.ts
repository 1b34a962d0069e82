import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { iranHolidays, isIranHoliday } from './holidays.js';

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

describe('iranHolidays options', () => {
  it('remove by rule id drops every occurrence', () => {
    expect(iranHolidays(1404, { remove: ['tasua'] })).toHaveLength(27);
    const list = iranHolidays(1404, { remove: ['imam-ali-martyrdom', 'nowruz'] });
    expect(list).toHaveLength(28 - 2 - 4);
    expect(list.some((h) => h.id === 'imam-ali-martyrdom' || h.id === 'nowruz')).toBe(false);
  });

  it('remove by date drops every official entry of that day', () => {
    const list = iranHolidays(1404, { remove: [d(1404, 1, 2), d(1404, 1, 12)] });
    expect(list).toHaveLength(24);
    expect(list.some((h) => h.date.day === 2 && h.date.month === 1)).toBe(false);
  });

  it('add puts company days in the right year, sorted after official entries of the same day', () => {
    const list = iranHolidays(1404, {
      add: [
        { date: d(1404, 1, 5), name: 'تعطیلی شرکت' },
        { date: d(1404, 1, 1), name: { fa: 'سالگرد شرکت', en: 'Company anniversary' }, id: 'anniversary' },
        { date: d(1405, 1, 5), name: 'next year' },
      ],
      remove: [d(1404, 1, 5)],
    });
    expect(list).toHaveLength(30);
    expect(list[1]).toEqual({
      id: 'anniversary',
      date: d(1404, 1, 1),
      epochDay: 20168,
      name: { fa: 'سالگرد شرکت', en: 'Company anniversary' },
      kind: 'company',
      source: 'added',
      estimated: false,
    });
    expect(list[6]).toMatchObject({ id: 'added', date: d(1404, 1, 5), name: { fa: 'تعطیلی شرکت', en: 'تعطیلی شرکت' } });
  });

  it('does not change its input', () => {
    const options = Object.freeze({ remove: Object.freeze(['tasua' as const]), add: Object.freeze([]) });
    expect(() => iranHolidays(1404, options)).not.toThrow();
  });

  it('rejects bad options, naming the field', () => {
    expect(errorOf(() => iranHolidays(1404, { remove: ['tasoua' as 'tasua'] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.remove[0]',
    });
    expect(errorOf(() => iranHolidays(1404, { remove: [d(1404, 12, 30)] }))).toEqual({
      code: 'INVALID_DATE',
      path: 'options.remove[0].day',
    });
    expect(errorOf(() => iranHolidays(1404, { add: [{ date: d(1404, 13, 1), name: 'x' }] }))?.path).toBe(
      'options.add[0].date.month',
    );
    expect(errorOf(() => iranHolidays(1404, { add: [{ date: d(1404, 1, 5), name: '' }] }))?.path).toBe(
      'options.add[0].name',
    );
    expect(errorOf(() => iranHolidays(1404, { add: [{ date: d(1404, 1, 5), name: 'x', id: '' }] }))?.path).toBe(
      'options.add[0].id',
    );
    expect(errorOf(() => iranHolidays(1404, { includeEstimated: 'no' as unknown as boolean }))?.path).toBe(
      'options.includeEstimated',
    );
    expect(errorOf(() => iranHolidays(1404, { removed: [] } as object))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.removed',
    });
    expect(errorOf(() => iranHolidays(1404, { remove: 'tasua' as unknown as [] }))?.path).toBe('options.remove');
    expect(errorOf(() => iranHolidays(1404.5))?.code).toBe('INVALID_DATE');
    expect(errorOf(() => iranHolidays(3001))?.code).toBe('OUT_OF_RANGE');
  });
});

describe('isIranHoliday', () => {
  it('knows official days, also coinciding and lunar ones', () => {
    expect(isIranHoliday(d(1404, 11, 22))).toBe(true);
    expect(isIranHoliday(d(1404, 12, 20))).toBe(true); // 21 Ramadan 1447, the second time in 1404
    expect(isIranHoliday(d(1404, 1, 5))).toBe(false);
    expect(isIranHoliday(d(1404, 1, 8))).toBe(false); // a Friday, but Fridays are not holidays here
  });

  it('applies add and remove', () => {
    expect(isIranHoliday(d(1404, 4, 14), { remove: ['tasua'] })).toBe(false);
    expect(isIranHoliday(d(1404, 1, 2), { remove: ['nowruz'] })).toBe(true); // still 21 Ramadan
    expect(isIranHoliday(d(1404, 1, 5), { add: [{ date: d(1404, 1, 5), name: 'x' }] })).toBe(true);
  });

  it('rejects a bad date', () => {
    expect(errorOf(() => isIranHoliday(d(1404, 12, 30)))).toEqual({ code: 'INVALID_DATE', path: 'date.day' });
  });
});
