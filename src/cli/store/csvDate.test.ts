import { describe, expect, it } from 'vitest';
import { createCsvDateParser } from './csvDate.js';

const tehran = createCsvDateParser('Asia/Tehran');
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number =>
  Date.UTC(y, mo - 1, d, h, mi, s, ms);

describe('createCsvDateParser', () => {
  it.each([
    ['1404/01/01', utc(2025, 3, 20, 20, 30)],
    ['۱۴۰۴/۰۱/۰۱', utc(2025, 3, 20, 20, 30)],
    ['1404-01-01', utc(2025, 3, 20, 20, 30)],
    ['1404/1/1', utc(2025, 3, 20, 20, 30)],
    ['1404/1/1 09:30', utc(2025, 3, 21, 6, 0)],
    ['1404/01/01 09:30:15', utc(2025, 3, 21, 6, 0, 15)],
    ['1401/03/12 00:30', utc(2022, 6, 1, 20, 0)], // DST (+04:30) in 1401
    ['1403/12/30', utc(2025, 3, 19, 20, 30)], // 1403 is a leap year
    ['2025-03-21', utc(2025, 3, 20, 20, 30)],
    ['2025/03/21', utc(2025, 3, 20, 20, 30)],
    ['2025-03-21 10:30', utc(2025, 3, 21, 7, 0)],
    ['2025-03-21T10:30', utc(2025, 3, 21, 7, 0)],
    ['2025-03-21T10:30:00Z', utc(2025, 3, 21, 10, 30)],
    ['2025-03-21T06:30:00.000Z', utc(2025, 3, 21, 6, 30)],
    ['2025-03-21T06:30:00.1234Z', utc(2025, 3, 21, 6, 30, 0, 123)],
    ['2025-03-21T10:30:00+03:30', utc(2025, 3, 21, 7, 0)],
    ['2025-03-21T10:30:00-0100', utc(2025, 3, 21, 11, 30)],
    ['2024-02-29', utc(2024, 2, 28, 20, 30)],
    ['\u200f۲۰۲۵-۰۳-۲۱ ', utc(2025, 3, 20, 20, 30)],
  ])('reads %s', (text, ms) => {
    expect(tehran.instant(text)).toBe(ms);
  });

  it('reads local times in another zone', () => {
    expect(createCsvDateParser('UTC').instant('1404/01/01')).toBe(utc(2025, 3, 21));
    expect(createCsvDateParser('Europe/Berlin').instant('2025-07-01 12:00')).toBe(utc(2025, 7, 1, 10));
    expect(createCsvDateParser('+01:00').instant('2025-07-01 12:00')).toBe(utc(2025, 7, 1, 11));
  });

  it.each([
    ['1404/12/30', /no such Jalali date/], // 1404 is not a leap year
    ['1403/12/31', /no such Jalali date/],
    ['1404/07/31', /no such Jalali date/],
    ['1404/13/01', /no such Jalali date/],
    ['2025-02-29', /no such date/],
    ['2025-02-30', /no such date/],
    ['2025-13-01', /no such date/],
    ['1800-01-01', /neither Jalali/],
    ['2025-03-21 24:00', /no such time/],
    ['2025-03-21 10:61', /no such time/],
    ['2025-03-21T10:30:00+19:00', /bad UTC offset/],
    ['21/03/2025', /expected a date/],
    ['2025-03/21', /expected a date/],
    ['yesterday', /expected a date/],
  ])('refuses %s', (text, message) => {
    expect(tehran.instant(text)).toMatch(message);
  });

  it('reads civil dates as Jalali and refuses times there', () => {
    expect(tehran.date('1370/05/12')).toEqual({ year: 1370, month: 5, day: 12 });
    expect(tehran.date('1991-08-03')).toEqual({ year: 1370, month: 5, day: 12 });
    expect(tehran.date('۱۳۷۰/۵/۱۲')).toEqual({ year: 1370, month: 5, day: 12 });
    expect(tehran.date('1370/05/12 10:00')).toMatch(/without a time/);
    expect(tehran.date('1370/13/12')).toMatch(/no such Jalali date/);
  });

  it('refuses an unknown time zone at once', () => {
    expect(() => createCsvDateParser('Mars/Olympus')).toThrow(/time zone/);
  });
});
