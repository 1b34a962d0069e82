import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import {
  gregorianToJalali,
  isJalaliLeapYear,
  isValidJalaliDate,
  jalaliMonthLength,
  jalaliToGregorian,
} from './convert.js';
import { epochDayToJalali, jalaliToEpochDay } from './jalaliDays.js';
import { jalaliWeekday } from './weekday.js';

const g = (year: number, month: number, day: number) => ({ year, month, day });

describe('the official leap table 1206–1498 AP (Calendar Center, kabise-1206-1498.txt)', () => {
  const rows = readFileSync(new URL('../../../shared/data/jalali/kabise-1206-1498.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => /^(\d{4})(\**)\s+(\d{4})-(\d\d)-(\d\d)/.exec(line))
    .filter((m) => m !== null);

  it('has all 293 years', () => expect(rows).toHaveLength(293));

  it('puts 1 Farvardin of every year on the official Gregorian date, and marks exactly the starred years leap', () => {
    for (const m of rows) {
      const year = Number(m[1]);
      expect(jalaliToGregorian(g(year, 1, 1)), `Nowruz ${year}`).toEqual(g(Number(m[3]), Number(m[4]), Number(m[5])));
      expect(gregorianToJalali(g(Number(m[3]), Number(m[4]), Number(m[5])))).toEqual(g(year, 1, 1));
      expect(isJalaliLeapYear(year), `leap ${year}`).toBe(m[2] !== '');
    }
  });
});

describe('reference vectors (calendar.md §4: ICU PersianTest, ICU/ICU4X RD vectors, jalaali-js README)', () => {
  const pairs: readonly (readonly [readonly [number, number, number], readonly [number, number, number]])[] = [
    [
      [2011, 1, 11],
      [1389, 10, 21],
    ],
    [
      [1986, 2, 25],
      [1364, 12, 6],
    ],
    [
      [1934, 3, 14],
      [1312, 12, 23],
    ],
    [
      [2090, 3, 19],
      [1468, 12, 29],
    ],
    [
      [1969, 12, 31],
      [1348, 10, 10],
    ],
    [
      [1925, 3, 31],
      [1304, 1, 11],
    ],
    [
      [1996, 3, 20],
      [1375, 1, 1],
    ],
    [
      [1997, 3, 20],
      [1375, 12, 30],
    ],
    [
      [2005, 10, 22],
      [1384, 7, 30],
    ],
    [
      [2006, 3, 20],
      [1384, 12, 29],
    ],
    [
      [2025, 3, 21],
      [1404, 1, 1],
    ],
    [
      [2025, 3, 20],
      [1403, 12, 30],
    ],
    [
      [2038, 11, 10],
      [1417, 8, 19],
    ],
    [
      [2091, 3, 20],
      [1469, 12, 30],
    ],
    [
      [2091, 3, 21],
      [1470, 1, 1],
    ],
    [
      [2094, 7, 18],
      [1473, 4, 28],
    ],
    [
      [2123, 3, 20],
      [1501, 12, 29],
    ],
    [
      [2124, 3, 19],
      [1502, 12, 29],
    ],
    [
      [2124, 3, 20],
      [1503, 1, 1],
    ], // jalaali-js and date-fns-jalali say 1502/12/30
    [
      [2016, 4, 11],
      [1395, 1, 23],
    ],
    [
      [2024, 3, 20],
      [1403, 1, 1],
    ],
    [
      [2024, 1, 1],
      [1402, 10, 11],
    ], // jalaliday says 1402/10/12
  ];
  it.each(pairs)('%j ↔ %j', (greg, jal) => {
    expect(gregorianToJalali(g(...greg))).toEqual(g(...jal));
    expect(jalaliToGregorian(g(...jal))).toEqual(g(...greg));
  });

  it('RD 1317874 is 2988/1/1 (RD + 1721425 = JDN; JDN 2440588 = epoch day 0)', () => {
    expect(epochDayToJalali(1317874 + 1721425 - 2440588)).toEqual(g(2988, 1, 1));
  });

  it('leap years and month lengths', () => {
    expect(isJalaliLeapYear(1394)).toBe(false);
    expect(isJalaliLeapYear(1395)).toBe(true);
    expect(isJalaliLeapYear(1403)).toBe(true);
    expect(isJalaliLeapYear(1404)).toBe(false);
    expect(isJalaliLeapYear(1408)).toBe(true);
    expect(isJalaliLeapYear(1502)).toBe(false);
    expect(isJalaliLeapYear(1503)).toBe(true);
    expect(jalaliMonthLength(1394, 12)).toBe(29);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(jalaliMonthLength(1404, 6)).toBe(31);
    expect(jalaliMonthLength(1404, 7)).toBe(30);
    // five-year gaps near now (calendar.md §2.3)
    const leaps = [];
    for (let y = 1391; y <= 1507; y++) if (isJalaliLeapYear(y)) leaps.push(y);
    expect(leaps).toEqual([
      1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420, 1424, 1428, 1432, 1436, 1441, 1445, 1449, 1453, 1457, 1461, 1465,
      1469, 1474, 1478, 1482, 1486, 1490, 1494, 1498, 1503, 1507,
    ]);
  });

  it('epoch days and weekdays', () => {
    expect(jalaliToEpochDay(g(1404, 1, 1))).toBe(20168);
    expect(epochDayToJalali(0)).toEqual(g(1348, 10, 11));
    expect(jalaliWeekday(g(1404, 1, 1))).toBe('fri');
    expect(jalaliWeekday(g(1400, 4, 26))).toBe('sat');
    expect(jalaliWeekday(g(1400, 5, 1))).toBe('fri');
  });
});

describe('bad input', () => {
  it('refuses impossible dates with INVALID_DATE', () => {
    expect(codeOf(() => jalaliToGregorian(g(1404, 12, 30)))).toBe('INVALID_DATE');
    expect(codeOf(() => jalaliToGregorian(g(1403, 7, 31)))).toBe('INVALID_DATE');
    expect(codeOf(() => jalaliToGregorian(g(1403, 13, 1)))).toBe('INVALID_DATE');
    expect(codeOf(() => jalaliToGregorian(g(1403, 1, 0)))).toBe('INVALID_DATE');
    expect(codeOf(() => jalaliToGregorian(g(1403.5, 1, 1)))).toBe('INVALID_DATE');
    expect(codeOf(() => gregorianToJalali(g(2025, 2, 29)))).toBe('INVALID_DATE');
    expect(codeOf(() => gregorianToJalali(g(2025, 0, 1)))).toBe('INVALID_DATE');
    expect(codeOf(() => jalaliMonthLength(1403, 0))).toBe('INVALID_DATE');
    expect(codeOf(() => jalaliToGregorian(null as never))).toBe('INVALID_ARGUMENT');
  });

  it('refuses dates outside 1178–3000 AP with OUT_OF_RANGE, never a wrong date', () => {
    expect(codeOf(() => jalaliToGregorian(g(1177, 12, 29)))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => jalaliToGregorian(g(3001, 1, 1)))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => isJalaliLeapYear(3001))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => gregorianToJalali(g(1799, 3, 20)))).toBe('OUT_OF_RANGE');
    expect(gregorianToJalali(g(1799, 3, 21))).toEqual(g(1178, 1, 1));
    const last = jalaliToGregorian(g(3000, 12, jalaliMonthLength(3000, 12)));
    expect(gregorianToJalali(last)).toEqual(g(3000, 12, jalaliMonthLength(3000, 12)));
    const after = new Date(Date.UTC(last.year, last.month - 1, last.day + 1));
    expect(
      codeOf(() => gregorianToJalali(g(after.getUTCFullYear(), after.getUTCMonth() + 1, after.getUTCDate()))),
    ).toBe('OUT_OF_RANGE');
    expect(codeOf(() => epochDayToJalali(1e9))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => epochDayToJalali(0.5))).toBe('INVALID_ARGUMENT');
  });

  it('isValidJalaliDate is a total predicate', () => {
    expect(isValidJalaliDate(g(1403, 12, 30))).toBe(true);
    expect(isValidJalaliDate(g(1404, 12, 30))).toBe(false);
    expect(isValidJalaliDate(g(1177, 1, 1))).toBe(false);
    expect(isValidJalaliDate({ year: '1403', month: 1, day: 1 })).toBe(false);
    expect(isValidJalaliDate(null)).toBe(false);
    expect(isValidJalaliDate(undefined)).toBe(false);
  });
});
