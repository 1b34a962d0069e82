import { describe, expect, it } from 'vitest';
import { jalaliToEpochDay, toJalali } from '../calendar/index.js';
import { DayCalc } from './days.js';

describe('DayCalc (internal)', () => {
  it('gives the civil day of instants across Tehran clock changes, cached or not', () => {
    const cached = new DayCalc('Asia/Tehran', true);
    const direct = new DayCalc('Asia/Tehran', false);
    // 1401/01/01 (DST began at 00:00, 2022-03-21) and 1401/06/30 (DST ended at 24:00, 2022-09-21)
    for (const start of [Date.UTC(2022, 2, 20), Date.UTC(2022, 8, 20), Date.UTC(1979, 2, 20)]) {
      for (let ms = start; ms < start + 3 * 86_400_000; ms += 7 * 60_000) {
        const expected = jalaliToEpochDay(toJalali(ms));
        expect(cached.dayOf(ms)).toBe(expected);
        expect(direct.dayOf(ms)).toBe(expected);
      }
    }
  });

  it('finds calendar periods, anniversaries and clamped month arithmetic', () => {
    const calc = new DayCalc('UTC', true);
    const day = jalaliToEpochDay({ year: 1403, month: 6, day: 31 });
    expect(calc.period(day, 'year')).toEqual([
      jalaliToEpochDay({ year: 1403, month: 1, day: 1 }),
      jalaliToEpochDay({ year: 1404, month: 1, day: 1 }),
    ]);
    expect(calc.period(day, 'year')).toBe(calc.period(day + 1, 'year')); // the same tuple from the recent cache
    expect(calc.date(calc.addMonths(day, 1))).toEqual({ year: 1403, month: 7, day: 30 });
    expect(calc.date(calc.monthEnd(day))).toEqual({ year: 1403, month: 7, day: 1 });
    const [from, to] = calc.anniversaryYear(
      { year: 1399, month: 12, day: 30 },
      jalaliToEpochDay({ year: 1404, month: 1, day: 5 }),
    );
    expect([calc.date(from), calc.date(to)]).toEqual([
      { year: 1403, month: 12, day: 30 },
      { year: 1404, month: 12, day: 29 },
    ]);
  });
});
