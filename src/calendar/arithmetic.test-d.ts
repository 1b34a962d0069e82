import { describe, expectTypeOf, it } from 'vitest';
import {
  addJalaliMonths,
  compareJalaliDates,
  differenceInJalaliMonths,
  type JalaliBirthdayOptions,
  jalaliAge,
  type LeapDayBirthday,
} from './arithmetic.js';
import type { JalaliDate } from './types.js';

describe('arithmetic types', () => {
  const d: JalaliDate = { year: 1403, month: 12, day: 30 };
  it('returns dates and numbers', () => {
    expectTypeOf(addJalaliMonths(d, 1)).toEqualTypeOf<JalaliDate>();
    expectTypeOf(differenceInJalaliMonths(d, d)).toEqualTypeOf<number>();
    expectTypeOf(compareJalaliDates(d, d)).toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf<LeapDayBirthday>().toEqualTypeOf<'esfand29' | 'farvardin1'>();
    expectTypeOf(jalaliAge).parameter(2).toEqualTypeOf<JalaliBirthdayOptions | undefined>();
  });

  it('rejects wrong arguments', () => {
    // @ts-expect-error: a Date is not a Jalali date
    addJalaliMonths(new Date(0), 1);
    // @ts-expect-error: unknown leap-day rule
    jalaliAge(d, d, { leapDayBirthday: 'march1' });
    // @ts-expect-error: dates are readonly
    d.day = 29;
  });
});
