import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gregorianToJalali, isJalaliLeapYear, jalaliMonthLength, jalaliToGregorian } from './convert.js';
import { epochDayToJalali, jalaliToEpochDay } from './jalaliDays.js';

const intl = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
function intlJalali(ms: number) {
  const parts = intl.formatToParts(ms);
  const get = (type: string) => Number((parts.find((p) => p.type === type)?.value ?? '').replace(/\D/g, ''));
  return { year: get('year'), month: get('month'), day: get('day') };
}
function utcDate(ms: number) {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

describe('agreement with Intl (ICU 78: the 33-year rule with the correction table)', () => {
  it('equals Intl on every day 1900-01-01 … 2100-12-31, both directions', () => {
    let days = 0;
    for (let ms = Date.UTC(1900, 0, 1, 12); ms <= Date.UTC(2100, 11, 31, 12); ms += 86_400_000) {
      const gregorian = utcDate(ms);
      const jalali = gregorianToJalali(gregorian);
      expect(jalali).toEqual(intlJalali(ms));
      expect(jalaliToGregorian(jalali)).toEqual(gregorian);
      days++;
    }
    expect(days).toBe(73_414);
  });

  it('equals Intl on sampled days over the whole range 1178–3000 AP', () => {
    const first = jalaliToEpochDay({ year: 1178, month: 1, day: 1 });
    const last = jalaliToEpochDay({ year: 3000, month: 12, day: jalaliMonthLength(3000, 12) });
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (epochDay) => {
        const ms = epochDay * 86_400_000 + 43_200_000;
        expect(epochDayToJalali(epochDay)).toEqual(intlJalali(ms));
        expect(gregorianToJalali(utcDate(ms))).toEqual(intlJalali(ms));
      }),
      { numRuns: 20_000 },
    );
  });

  it('equals Intl on 1 Farvardin and 29/30 Esfand of every year 1178–3000', () => {
    for (let year = 1178; year <= 3000; year++) {
      const nowruz = jalaliToEpochDay({ year, month: 1, day: 1 });
      expect(intlJalali(nowruz * 86_400_000 + 43_200_000)).toEqual({ year, month: 1, day: 1 });
      const lastDay = { year, month: 12, day: jalaliMonthLength(year, 12) };
      expect(intlJalali(jalaliToEpochDay(lastDay) * 86_400_000 + 43_200_000)).toEqual(lastDay);
    }
  });
});

describe('calendar invariants', () => {
  const year = fc.integer({ min: 1178, max: 3000 });
  it('a year is leap exactly when Nowruz to Nowruz is 366 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1178, max: 2999 }), (y) => {
        const length =
          jalaliToEpochDay({ year: y + 1, month: 1, day: 1 }) - jalaliToEpochDay({ year: y, month: 1, day: 1 });
        expect(length).toBe(isJalaliLeapYear(y) ? 366 : 365);
      }),
    );
  });

  it('consecutive days are consecutive epoch days, and conversions round-trip', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const day = Math.min(d, jalaliMonthLength(y, m));
        const date = { year: y, month: m, day };
        const n = jalaliToEpochDay(date);
        expect(epochDayToJalali(n)).toEqual(date);
        expect(gregorianToJalali(jalaliToGregorian(date))).toEqual(date);
        if (n + 1 < jalaliToEpochDay({ year: 3000, month: 12, day: 29 })) {
          const next = epochDayToJalali(n + 1);
          const expected =
            day < jalaliMonthLength(y, m)
              ? { year: y, month: m, day: day + 1 }
              : m < 12
                ? { year: y, month: m + 1, day: 1 }
                : { year: y + 1, month: 1, day: 1 };
          expect(next).toEqual(expected);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
