import { describe, expectTypeOf, it } from 'vitest';
import { type BusinessCalendar, type BusinessCalendarConfig, createBusinessCalendar } from './businessCalendar.js';
import type { BusinessDuration } from './businessOptions.js';
import { addBusinessTime, businessTimeBetween, isWorkingTime, nextWorkingTime } from './businessTime.js';
import { type IranianHijriMonthStart, iranianHijriMonthStart } from './hijri.js';
import { type IranHoliday, iranHolidays, isIranHoliday } from './holidays.js';
import type { IranHolidayId } from './holidaysRules.js';
import { isJalaliWeekend, isWorkingDay } from './weekend.js';

const date = { year: 1404, month: 1, day: 1 };

describe('calendar holiday and business-hours types', () => {
  it('holidays are readonly data with ids from a closed list', () => {
    const list = iranHolidays(1404);
    expectTypeOf(list).toEqualTypeOf<readonly IranHoliday[]>();
    expectTypeOf(list[0]?.kind).toEqualTypeOf<'solar' | 'lunar' | 'company' | undefined>();
    expectTypeOf<'tasua'>().toExtend<IranHolidayId>();
    expectTypeOf(isIranHoliday(date)).toEqualTypeOf<boolean>();
    expectTypeOf(iranianHijriMonthStart(1447, 1)).toEqualTypeOf<IranianHijriMonthStart>();
    // @ts-expect-error readonly array
    list.push(list[0]);
    // @ts-expect-error readonly field
    list[0].estimated = true;
    // @ts-expect-error unknown rule id
    iranHolidays(1404, { remove: ['Tasua'] });
    iranHolidays(1404, { remove: ['tasua', date], add: [{ date, name: 'x' }], includeEstimated: false });
  });

  it('weekends are lists of weekday names', () => {
    expectTypeOf(isJalaliWeekend(date, { weekend: ['thu', 'fri'] })).toEqualTypeOf<boolean>();
    // @ts-expect-error not a weekday
    isJalaliWeekend(date, { weekend: ['friday'] });
    isWorkingDay(date, { holidays: iranHolidays(1404), includeIranHolidays: false });
    isWorkingDay(date, { includeIranHolidays: { remove: ['tasua'] } });
  });

  it('business functions take a created calendar, not a config', () => {
    const config: BusinessCalendarConfig = { hours: { sat: [['08:00', '17:00']] } };
    const calendar = createBusinessCalendar(config);
    expectTypeOf(calendar).toEqualTypeOf<BusinessCalendar>();
    expectTypeOf(calendar.hours.fri).toEqualTypeOf<readonly (readonly [string, string])[]>();
    expectTypeOf(isWorkingTime(0, calendar)).toEqualTypeOf<boolean>();
    expectTypeOf(nextWorkingTime(new Date(0), calendar)).toEqualTypeOf<Date>();
    expectTypeOf(addBusinessTime(0, { hours: 2 }, calendar)).toEqualTypeOf<Date>();
    expectTypeOf(businessTimeBetween(0, 1, calendar, { pauses: [{ start: 0, end: 1 }] })).toEqualTypeOf<number>();
    // @ts-expect-error a config is not a calendar
    isWorkingTime(0, config);
    // @ts-expect-error unknown weekday
    createBusinessCalendar({ hours: { friday: [['08:00', '17:00']] } });
    // @ts-expect-error an interval is a pair
    createBusinessCalendar({ hours: { sat: [['08:00']] } });
    // @ts-expect-error unknown unit
    const bad: BusinessDuration = { hour: 1 };
    expectTypeOf(bad).toEqualTypeOf<BusinessDuration>();
    // @ts-expect-error readonly
    calendar.timeZone = 'UTC';
  });
});
