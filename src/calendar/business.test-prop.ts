import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BusinessCalendar, createBusinessCalendar } from './businessCalendar.js';
import type { BusinessHours } from './businessHours.js';
import { addBusinessTime, businessTimeBetween, isWorkingTime, nextWorkingTime } from './businessTime.js';
import { WEEKDAYS } from './weekday.js';
import { fromJalali } from './zoned.js';

const HOUR = 3_600_000;
const clock = (quarter: number): string =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

/** Random opening hours: per weekday 0–3 intervals on a 15-minute grid, '24:00' included. */
const hoursArb: fc.Arbitrary<BusinessHours> = fc
  .tuple(...WEEKDAYS.map(() => fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 })))
  .map((days) => {
    const hours: Record<string, (readonly [string, string])[]> = {};
    days.forEach((points, i) => {
      const sorted = [...points].sort((a, b) => a - b);
      const intervals: (readonly [string, string])[] = [];
      for (let j = 0; j + 1 < sorted.length; j += 2) {
        intervals.push([clock(sorted[j] as number), clock(sorted[j + 1] as number)] as const);
      }
      hours[WEEKDAYS[i] as string] = intervals;
    });
    return hours as BusinessHours;
  })
  .filter((hours) => Object.values(hours).some((list) => list.length > 0));

const nine = [['08:00', '17:00']] as const;
const fixedCalendars: readonly BusinessCalendar[] = [
  createBusinessCalendar({
    hours: { sat: nine, sun: nine, mon: nine, tue: nine, wed: nine, thu: [['08:00', '13:00']] },
  }),
  createBusinessCalendar({
    timeZone: 'UTC',
    hours: {
      mon: [
        ['09:00', '12:00'],
        ['13:00', '17:30'],
      ],
      fri: nine,
    },
  }),
];
const calendarArb: fc.Arbitrary<BusinessCalendar> = fc.oneof(
  fc.constantFrom(...fixedCalendars),
  fc
    .tuple(hoursArb, fc.constantFrom('Asia/Tehran', 'UTC'), fc.boolean())
    .map(([hours, timeZone, includeIranHolidays]) => createBusinessCalendar({ hours, timeZone, includeIranHolidays })),
);
// 1400/01/01 … 1407/01/01 Tehran: the DST years 1400–1401, official and estimated lunar holidays.
const FROM = fromJalali({ year: 1400, month: 1, day: 1 }).getTime();
const TO = fromJalali({ year: 1407, month: 1, day: 1 }).getTime();
// Tehran's last clock changes: 1401/01/02 00:00 → 01:00 and 1401/06/31 00:00 → 1401/06/30 23:00.
const CHANGES = [Date.UTC(2022, 2, 21, 20, 30), Date.UTC(2022, 8, 21, 19, 30)];
const instantArb = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc.integer({ min: FROM / 60_000, max: TO / 60_000 }).map((m) => m * 60_000),
  fc
    .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -3 * 96, max: 3 * 96 }))
    .map(([t, quarters]) => t + quarters * 900_000),
);
const durationArb = fc.oneof(
  fc.integer({ min: 0, max: 2000 * HOUR }),
  fc.integer({ min: 0, max: 20 }).map((h) => h * HOUR),
);
const pausesArb = fc.array(
  fc
    .tuple(instantArb, fc.integer({ min: 0, max: 100 * HOUR }))
    .map(([start, length]) => ({ start, end: start + length })),
  { maxLength: 4 },
);

describe('business time properties', () => {
  it('businessTimeBetween(a, addBusinessTime(a, d)) = d, and the result is open or a closing instant', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, (calendar, a, d) => {
        const r = addBusinessTime(a, d, calendar).getTime();
        expect(r).toBeGreaterThanOrEqual(a);
        expect(businessTimeBetween(a, r, calendar)).toBe(d);
        if (d === 0) expect(isWorkingTime(r, calendar)).toBe(true);
        else expect(isWorkingTime(r, calendar) || isWorkingTime(r - 1, calendar)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('addBusinessTime is the earliest such instant and grows with the duration', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, durationArb, (calendar, a, d1, d2) => {
        const r1 = addBusinessTime(a, Math.min(d1, d2), calendar).getTime();
        const r2 = addBusinessTime(a, Math.max(d1, d2), calendar).getTime();
        expect(r1).toBeLessThanOrEqual(r2);
        if (d1 > 0)
          expect(businessTimeBetween(a, addBusinessTime(a, d1, calendar).getTime() - 1, calendar)).toBe(d1 - 1);
      }),
      { numRuns: 200 },
    );
  });

  it('nextWorkingTime is open, not before t, with no business time in between; t itself when open', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, (calendar, t) => {
        const r = nextWorkingTime(t, calendar).getTime();
        expect(r).toBeGreaterThanOrEqual(t);
        expect(isWorkingTime(r, calendar)).toBe(true);
        expect(businessTimeBetween(t, r, calendar)).toBe(0);
        if (isWorkingTime(t, calendar)) expect(r).toBe(t);
      }),
      { numRuns: 300 },
    );
  });

  it('businessTimeBetween is additive and antisymmetric for any order', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, instantArb, instantArb, (calendar, a, b, c) => {
        const ab = businessTimeBetween(a, b, calendar);
        expect(businessTimeBetween(a, c, calendar)).toBe(ab + businessTimeBetween(b, c, calendar));
        expect(businessTimeBetween(b, a, calendar)).toBe(0 - ab);
      }),
      { numRuns: 300 },
    );
  });

  it('skipping whole weeks changes nothing: a long span equals the sum of its days', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 8, max: 120 }), (calendar, a, days) => {
        let sum = 0;
        for (let i = 0; i < days; i++)
          sum += businessTimeBetween(a + i * 86_400_000, a + (i + 1) * 86_400_000, calendar);
        expect(businessTimeBetween(a, a + days * 86_400_000, calendar)).toBe(sum);
      }),
      { numRuns: 60 },
    );
  });

  it('counts exactly the open minutes (brute force over up to 3 days)', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.integer({ min: FROM / 60_000, max: TO / 60_000 }),
        fc.integer({ min: 0, max: 4320 }),
        (calendar, m, n) => {
          let open = 0;
          for (let i = 0; i < n; i++) if (isWorkingTime((m + i) * 60_000, calendar)) open++;
          expect(businessTimeBetween(m * 60_000, (m + n) * 60_000, calendar)).toBe(open * 60_000);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('pauses: between(a, add(a, d, pauses), pauses) = d, never more than without pauses', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, pausesArb, (calendar, a, d, pauses) => {
        const r = addBusinessTime(a, d, calendar, { pauses }).getTime();
        expect(businessTimeBetween(a, r, calendar, { pauses })).toBe(d);
        expect(r).toBeGreaterThanOrEqual(addBusinessTime(a, d, calendar).getTime());
        const inPause = pauses.some((p) => p.start <= r && r < p.end);
        if (d === 0) expect(isWorkingTime(r, calendar) && !inPause).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
