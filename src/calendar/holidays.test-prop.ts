import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IRANIAN_HIJRI_TABLE, iranianHijriMonthStart } from './hijri.js';
import { HIJRI_FIRST_EPOCH_DAY } from './hijriData.js';
import { iranHolidays, isIranHoliday } from './holidays.js';
import { LUNAR_HOLIDAYS } from './holidaysRules.js';
import { jalaliOfEpochDay, jalaliToEpochDay } from './jalaliDays.js';
import type { Weekday } from './types.js';
import { WEEKDAYS, weekdayOfEpochDay } from './weekday.js';
import { isJalaliWeekend, isWorkingDay } from './weekend.js';

const yearArb = fc.oneof(fc.integer({ min: 1179, max: 2999 }), fc.integer({ min: 1380, max: 1420 }));
const bounds = (year: number) => [
  jalaliToEpochDay({ year, month: 1, day: 1 }),
  jalaliToEpochDay({ year: year + 1, month: 1, day: 1 }),
];

describe('iranHolidays properties', () => {
  it('lists 10 solar days and each lunar rule once or twice, sorted, inside the year, consistent', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        const list = iranHolidays(year);
        const [first, end] = bounds(year) as [number, number];
        expect(list.filter((h) => h.kind === 'solar')).toHaveLength(10);
        for (const [i, h] of list.entries()) {
          expect(h.epochDay).toBeGreaterThanOrEqual(first);
          expect(h.epochDay).toBeLessThan(end);
          expect(jalaliOfEpochDay(h.epochDay)).toEqual(h.date);
          if (i > 0) expect(h.epochDay).toBeGreaterThanOrEqual(list[i - 1]?.epochDay ?? 0);
          if (h.kind === 'solar') expect(h.hijri).toBeUndefined();
        }
        for (const rule of LUNAR_HOLIDAYS) {
          const n = list.filter((h) => h.id === rule.id).length;
          expect(n, rule.id).toBeGreaterThanOrEqual(0);
          expect(n, rule.id).toBeLessThanOrEqual(2);
        }
        // a Jalali year (365–366 days) is longer than a lunar year (354–355): at least 17 lunar entries
        expect(list.filter((h) => h.kind === 'lunar').length).toBeGreaterThanOrEqual(17);
      }),
      { numRuns: 150 },
    );
  });

  it('places each lunar holiday on its Hijri date, estimated exactly beyond the table', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        for (const h of iranHolidays(year).filter((x) => x.kind === 'lunar')) {
          const hijri = h.hijri ?? { year: 0, month: 0, day: 0 };
          const start = iranianHijriMonthStart(hijri.year, hijri.month);
          expect(h.epochDay).toBe(start.epochDay + hijri.day - 1);
          const rule = LUNAR_HOLIDAYS.find((r) => r.id === h.id);
          expect(rule?.month).toBe(hijri.month);
          let estimated = start.estimated;
          if (rule?.day === 0) {
            const next = iranianHijriMonthStart(
              hijri.month === 12 ? hijri.year + 1 : hijri.year,
              (hijri.month % 12) + 1,
            );
            expect(h.epochDay).toBe(next.epochDay - 1);
            estimated ||= next.estimated;
          } else expect(hijri.day).toBe(rule?.day);
          expect(h.estimated).toBe(estimated);
          expect(estimated).toBe(
            h.epochDay >= IRANIAN_HIJRI_TABLE.validUntilEpochDay + 29 || h.epochDay < HIJRI_FIRST_EPOCH_DAY,
          );
          expect(h.source).toBe(h.estimated ? 'estimated' : 'official-hijri-table');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('isIranHoliday is membership in iranHolidays; remove and add change exactly their entries', () => {
    fc.assert(
      fc.property(yearArb, fc.integer({ min: 0, max: 364 }), fc.constantFrom(...LUNAR_HOLIDAYS), (year, doy, rule) => {
        const list = iranHolidays(year);
        const [first] = bounds(year) as [number];
        const date = jalaliOfEpochDay(first + doy);
        expect(isIranHoliday(date)).toBe(list.some((h) => h.epochDay === first + doy));
        const removed = iranHolidays(year, { remove: [rule.id] });
        expect(removed).toEqual(list.filter((h) => h.id !== rule.id));
        const added = iranHolidays(year, { add: [{ date, name: 'x' }] });
        expect(added).toHaveLength(list.length + 1);
        expect(isIranHoliday(date, { add: [{ date, name: 'x' }] })).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('weekend properties', () => {
  const weekendArb = fc.subarray([...WEEKDAYS] as Weekday[]);
  it('isWorkingDay = not weekend and not a holiday', () => {
    fc.assert(
      fc.property(yearArb, fc.integer({ min: 0, max: 364 }), weekendArb, (year, doy, weekend) => {
        const [first] = bounds(year) as [number];
        const date = jalaliOfEpochDay(first + doy);
        const isWeekend = weekend.includes(weekdayOfEpochDay(first + doy));
        expect(isJalaliWeekend(date, { weekend })).toBe(isWeekend);
        expect(isWorkingDay(date, { weekend, includeIranHolidays: false })).toBe(!isWeekend);
        expect(isWorkingDay(date, { weekend })).toBe(!isWeekend && !isIranHoliday(date));
      }),
      { numRuns: 200 },
    );
  });
});
