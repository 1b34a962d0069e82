import { describe, expectTypeOf, it } from 'vitest';
import {
  type JalaliInstantRange,
  type JalaliPeriod,
  type JalaliPeriodUnit,
  jalaliPeriod,
  jalaliPeriodRange,
  shiftJalaliPeriod,
} from './periods.js';

describe('period types', () => {
  const p = jalaliPeriod({ year: 1403, month: 1, day: 1 }, 'season');
  it('returns periods and instant ranges', () => {
    expectTypeOf(p).toEqualTypeOf<JalaliPeriod>();
    expectTypeOf(shiftJalaliPeriod(p, 1)).toEqualTypeOf<JalaliPeriod>();
    expectTypeOf(jalaliPeriodRange(0, 'month', { timeZone: 'UTC' })).toEqualTypeOf<JalaliInstantRange>();
    expectTypeOf<JalaliPeriodUnit>().toEqualTypeOf<
      'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'fiscalYear'
    >();
  });

  it('rejects unknown units and options, and is readonly', () => {
    // @ts-expect-error: unknown unit
    jalaliPeriod({ year: 1403, month: 1, day: 1 }, 'fortnight');
    // @ts-expect-error: weekStartsOn takes a Weekday
    jalaliPeriod({ year: 1403, month: 1, day: 1 }, 'week', { weekStartsOn: 6 });
    // @ts-expect-error: exactOptionalPropertyTypes: no explicit undefined
    jalaliPeriodRange(0, 'week', { timeZone: undefined });
    // @ts-expect-error: periods are readonly
    p.start = p.end;
  });
});
