import { describe, expectTypeOf, it } from 'vitest';
import { isJalaliBirthdayInMonth, type JalaliYearMonth, jalaliAnniversary, nextJalaliBirthday } from './birthdays.js';
import type { JalaliDate } from './types.js';

describe('birthday types', () => {
  const b: JalaliDate = { year: 1399, month: 12, day: 30 };
  it('takes civil dates, never instants', () => {
    expectTypeOf(nextJalaliBirthday(b, b, { leapDayBirthday: 'farvardin1' })).toEqualTypeOf<JalaliDate>();
    expectTypeOf(jalaliAnniversary(b, 1)).toEqualTypeOf<JalaliDate>();
    expectTypeOf(isJalaliBirthdayInMonth(b, { year: 1404, month: 12 })).toEqualTypeOf<boolean>();
    expectTypeOf<JalaliYearMonth>().toEqualTypeOf<{ readonly year: number; readonly month: number }>();
    // @ts-expect-error: birth dates are date-only values
    nextJalaliBirthday(new Date(0), b);
    // @ts-expect-error: unknown rule
    jalaliAnniversary(b, 1, { leapDayBirthday: 'esfand30' });
  });
});
