import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import { formatJalali } from './format.js';
import type { JalaliDate, JalaliDateTime } from './types.js';

const j = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });
const jt = (date: JalaliDate, hour: number, minute = 0, second = 0, millisecond = 0): JalaliDateTime => ({
  ...date,
  hour,
  minute,
  second,
  millisecond,
});

const FA_MONTHS = 'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'.split(' ');
const EN_MONTHS = 'Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand'.split(' ');
const FA_WEEKDAYS = ['شنبه', 'یکشنبه', 'دوشنبه', 'سه\u200cشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'];
const EN_WEEKDAYS = ['Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

describe('formatJalali: dates', () => {
  it('uses Persian digits by default, Latin for English or on request', () => {
    expect(formatJalali(j(1403, 1, 1), 'yyyy/MM/dd')).toBe('۱۴۰۳/۰۱/۰۱');
    expect(formatJalali(j(1403, 1, 1), 'yyyy/MM/dd', { digits: 'latin' })).toBe('1403/01/01');
    expect(formatJalali(j(1403, 1, 1), 'yyyy/MM/dd', { locale: 'en' })).toBe('1403/01/01');
    expect(formatJalali(j(1403, 1, 1), 'yyyy/MM/dd', { locale: 'en', digits: 'persian' })).toBe('۱۴۰۳/۰۱/۰۱');
  });

  it('formats the numeric tokens', () => {
    const d = j(1403, 7, 5);
    const latin = { digits: 'latin' } as const;
    expect(formatJalali(d, 'y yy yyyy yyyyy', latin)).toBe('1403 03 1403 01403');
    expect(formatJalali(d, 'M MM d dd', latin)).toBe('7 07 5 05');
    expect(formatJalali(j(1400, 1, 1), 'yy', latin)).toBe('00');
  });

  it('names the months and weekdays (fa: CLDR names; en: Finglish)', () => {
    for (let month = 1; month <= 12; month++) {
      expect(formatJalali(j(1403, month, 1), 'MMMM')).toBe(FA_MONTHS[month - 1]);
      expect(formatJalali(j(1403, month, 1), 'MMM')).toBe(FA_MONTHS[month - 1]);
      expect(formatJalali(j(1403, month, 1), 'MMMM', { locale: 'en' })).toBe(EN_MONTHS[month - 1]);
      expect(formatJalali(j(1403, month, 1), 'MMM', { locale: 'en' })).toBe(EN_MONTHS[month - 1]?.slice(0, 3));
    }
    // Sat 1400/4/26 … Fri 1400/5/1 (jalaali-js jalaaliWeek(1400, 4, 30))
    const week = [j(1400, 4, 26), j(1400, 4, 27), j(1400, 4, 28), j(1400, 4, 29), j(1400, 4, 30), j(1400, 4, 31)];
    week.push(j(1400, 5, 1));
    week.forEach((d, i) => {
      expect(formatJalali(d, 'EEEE')).toBe(FA_WEEKDAYS[i]);
      expect(formatJalali(d, 'EEE')).toBe(FA_WEEKDAYS[i]);
      expect(formatJalali(d, 'EEEE', { locale: 'en' })).toBe(EN_WEEKDAYS[i]);
      expect(formatJalali(d, 'E', { locale: 'en' })).toBe(EN_WEEKDAYS[i]?.slice(0, 3));
      expect(formatJalali(d, 'EEEEE', { locale: 'en' })).toBe(EN_WEEKDAYS[i]?.[0]);
    });
    expect(formatJalali(j(1400, 5, 1), 'EEEEE')).toBe('ج');
    expect(formatJalali(j(1404, 1, 1), 'EEEE d MMMM yyyy')).toBe('جمعه ۱ فروردین ۱۴۰۴');
    expect(formatJalali(j(1403, 12, 30), 'EEEE, d MMMM yyyy', { locale: 'en' })).toBe('Thursday, 30 Esfand 1403');
  });

  it('copies quoted text and non-letters, with two quotes for one', () => {
    const d = j(1404, 1, 1);
    expect(formatJalali(d, "d MMMM 'of' yyyy", { locale: 'en' })).toBe('1 Farvardin of 1404');
    expect(formatJalali(d, "'it''s' dd''MM", { locale: 'en' })).toBe("it's 01'01");
    expect(formatJalali(d, "''")).toBe("'");
    expect(formatJalali(d, "'yyyy'")).toBe('yyyy');
    expect(formatJalali(d, 'روز d ماه MMMM')).toBe('روز ۱ ماه فروردین');
    expect(formatJalali(d, '')).toBe('');
  });
});

describe('formatJalali: times and instants', () => {
  it('formats wall-clock times, with 12-hour clock and AM/PM', () => {
    const d = j(1403, 1, 1);
    const en = { locale: 'en' } as const;
    expect(formatJalali(jt(d, 14, 5, 9, 7), 'HH:mm:ss.SSS H:m:s S SS', en)).toBe('14:05:09.007 14:5:9 0 00');
    expect(formatJalali(jt(d, 0, 30), 'h:mm a', en)).toBe('12:30 AM');
    expect(formatJalali(jt(d, 12, 0), 'hh:mm a', en)).toBe('12:00 PM');
    expect(formatJalali(jt(d, 13, 0), 'h a', en)).toBe('1 PM');
    expect(formatJalali(jt(d, 9, 15), 'h:mm a')).toBe('۹:۱۵ ق.ظ');
    expect(formatJalali(jt(d, 21, 15, 0, 999), 'h:mm a SSS')).toBe('۹:۱۵ ب.ظ ۹۹۹');
  });

  it('reads instants in Asia/Tehran by default, with its DST history (calendar.md §5)', () => {
    const p = 'yyyy/MM/dd HH:mm';
    const latin = { digits: 'latin' } as const;
    expect(formatJalali(new Date('2025-03-20T20:31:00Z'), p, latin)).toBe('1404/01/01 00:01');
    expect(formatJalali(new Date('2025-03-20T20:29:00Z'), p, latin)).toBe('1403/12/30 23:59');
    expect(formatJalali(new Date('2022-06-01T20:00:00Z'), p, latin)).toBe('1401/03/12 00:30');
    expect(formatJalali(Date.UTC(2022, 8, 21, 19, 31), p, latin)).toBe('1401/06/30 23:01');
    expect(formatJalali(new Date('2025-03-20T20:31:00Z'), p, { ...latin, timeZone: 'UTC' })).toBe('1403/12/30 20:31');
    expect(formatJalali(new Date('2025-03-20T20:31:00Z'), "d MMMM yyyy 'at' HH:mm", { locale: 'en' })).toBe(
      '1 Farvardin 1404 at 00:01',
    );
  });
});

describe('formatJalali: bad input', () => {
  it('rejects unknown tokens like date-fns, with a hint for Y and D', () => {
    for (const pattern of ['YYYY/MM/DD', 'Q', 'MMMMM', 'ddd', 'do', 'EEEEEE', 'yyyy-MM-ddTHH', 'at']) {
      expect(
        codeOf(() => formatJalali(j(1403, 1, 1), pattern)),
        pattern,
      ).toBe('INVALID_ARGUMENT');
    }
    expect(() => formatJalali(j(1403, 1, 1), 'YYYY')).toThrow(/did you mean yyyy/);
    expect(codeOf(() => formatJalali(jt(j(1403, 1, 1), 1), 'HHH'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => formatJalali(j(1403, 1, 1), "'unclosed"))).toBe('INVALID_ARGUMENT');
  });

  it('needs a time for time tokens', () => {
    for (const pattern of ['HH', 'h', 'a', 'mm', 'ss', 'SSS']) {
      expect(codeOf(() => formatJalali(j(1403, 1, 1), pattern))).toBe('INVALID_ARGUMENT');
    }
  });

  it('rejects invalid dates, times, instants, zones and options', () => {
    expect(codeOf(() => formatJalali(j(1404, 12, 30), 'yyyy'))).toBe('INVALID_DATE');
    expect(codeOf(() => formatJalali(j(1177, 12, 29), 'yyyy'))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => formatJalali(jt(j(1403, 1, 1), 24), 'HH'))).toBe('INVALID_TIME');
    expect(codeOf(() => formatJalali(jt(j(1403, 1, 1), 1, 60), 'HH'))).toBe('INVALID_TIME');
    expect(codeOf(() => formatJalali(Number.NaN, 'yyyy'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => formatJalali(new Date(Number.NaN), 'yyyy'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => formatJalali(0, 'yyyy', { timeZone: 'Nowhere/City' }))).toBe('INVALID_TIME_ZONE');
    expect(codeOf(() => formatJalali(0, 'yyyy', { locale: 'de' as 'en' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => formatJalali(0, 'yyyy', { digits: 'arabic' as 'latin' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => formatJalali(0, 42 as unknown as string))).toBe('INVALID_ARGUMENT');
  });
});
