import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { type ParseJalaliError, parseJalali, parseJalaliDateTime } from './parse.js';

const okDate = (year: number, month: number, day: number) => ({ ok: true, value: { year, month, day } });
const failure = (input: string, parse: (s: string) => unknown = parseJalali): ParseJalaliError => {
  const r = parse(input) as { ok: boolean; error: ParseJalaliError };
  expect(r.ok, input).toBe(false);
  return r.error;
};

describe('parseJalali: accepted forms', () => {
  it.each([
    '۱۴۰۳/۰۱/۰۱',
    '۱۴۰۳/۱/۱',
    '1403/01/01',
    '1403-1-1',
    '1403.01.01',
    '١٤٠٣/٠١/٠١',
    '  1403 / 1 / 1  ',
    '1403\u00a0/\u00a001/01',
    '\u200f۱۴۰۳/۰۱/۰۱\u200f',
    '\u202b1403-01-01\u202c',
    '۱ فروردین ۱۴۰۳',
    '۰۱ فروردین ۱۴۰۳',
    '۱  فروردین\t۱۴۰۳',
    '۱ فروردین ماه ۱۴۰۳',
    '۱ فروردین، ۱۴۰۳',
    '1 Farvardin 1403',
    '1 farvardin 1403',
    '01 FARVARDIN 1403',
    '1 Far, 1403',
    '1 Farvardin, 1403',
  ])('%s → 1403/1/1', (input) => {
    expect(parseJalali(input)).toEqual(okDate(1403, 1, 1));
  });

  it('knows every month name, Arabic letter forms and variants', () => {
    const fa = 'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'.split(' ');
    const en = 'Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand'.split(' ');
    for (let m = 1; m <= 12; m++) {
      expect(parseJalali(`۵ ${fa[m - 1]} ۱۴۰۳`)).toEqual(okDate(1403, m, 5));
      expect(parseJalali(`5 ${en[m - 1]} 1403`)).toEqual(okDate(1403, m, 5));
      expect(parseJalali(`5 ${en[m - 1]?.slice(0, 3)} 1403`)).toEqual(okDate(1403, m, 5));
    }
    expect(parseJalali('۱۰ ارديبهشت ۱۴۰۳')).toEqual(okDate(1403, 2, 10)); // Arabic yeh
    expect(parseJalali('۱۰ دي ۱۴۰۳')).toEqual(okDate(1403, 10, 10));
    expect(parseJalali('۱۰ ابان ۱۴۰۳')).toEqual(okDate(1403, 8, 10));
    expect(parseJalali('۱۰ اذر ۱۴۰۳')).toEqual(okDate(1403, 9, 10));
    expect(parseJalali('۱۰ امرداد ۱۴۰۳')).toEqual(okDate(1403, 5, 10));
    expect(parseJalali('10 Amordad 1403')).toEqual(okDate(1403, 5, 10));
    expect(parseJalali('10 Dei 1403')).toEqual(okDate(1403, 10, 10));
  });

  it('follows the leap rule: 1403/12/30 exists (2025-03-20), 1404/12/30 does not', () => {
    expect(parseJalali('1403/12/30')).toEqual(okDate(1403, 12, 30));
    expect(parseJalali('1403/06/31')).toEqual(okDate(1403, 6, 31));
    expect(parseJalali('1178/01/01')).toEqual(okDate(1178, 1, 1));
    expect(parseJalali('3000/12/30')).toEqual(okDate(3000, 12, 30));
  });
});

describe('parseJalali: errors', () => {
  it('EMPTY for blank input', () => {
    for (const input of ['', '   ', '\u200c', '\u200f \u200f']) {
      expect(failure(input)).toEqual({ code: 'EMPTY', message: 'input: is empty', input });
    }
  });

  it('INVALID_DAY, INVALID_MONTH and OUT_OF_RANGE with the position in the original text', () => {
    expect(failure('1404/12/30')).toMatchObject({ code: 'INVALID_DAY', position: 8, input: '1404/12/30' });
    expect(failure('\u200f۱۴۰۴/۱۲/۳۰')).toMatchObject({ code: 'INVALID_DAY', position: 9 });
    expect(failure('1403/07/31')).toMatchObject({ code: 'INVALID_DAY', position: 8 });
    expect(failure('1403/01/00')).toMatchObject({ code: 'INVALID_DAY', position: 8 });
    expect(failure('31 مهر 1403')).toMatchObject({ code: 'INVALID_DAY', position: 0 });
    expect(failure('1403/13/01')).toMatchObject({ code: 'INVALID_MONTH', position: 5 });
    expect(failure('1403/0/01')).toMatchObject({ code: 'INVALID_MONTH', position: 5 });
    expect(failure('1 Farvadin 1403')).toMatchObject({ code: 'INVALID_MONTH', position: 2 });
    expect(failure('1177/12/29')).toMatchObject({ code: 'OUT_OF_RANGE', position: 0 });
    expect(failure('3001/01/01')).toMatchObject({ code: 'OUT_OF_RANGE', position: 0 });
    expect(failure('1 Farvardin 0999')).toMatchObject({ code: 'OUT_OF_RANGE', position: 12 });
    expect(failure('1404/12/30').message).toBe('input: 1404/12 has days 1–29, not 30 (at 8)');
  });

  it('FORMAT for two-digit years, day-first dates, a month without a day and anything else', () => {
    const cases: readonly [string, number][] = [
      ['03/01/01', 0],
      ['01/01/1403', 0],
      ['14030/01/01', 0],
      ['1403/001/01', 5],
      ['1403/01-01', 7],
      ['1403/01', 7],
      ['1403/01/', 8],
      ['1403 01 01', 4],
      ['14030101', 0],
      ['1403', 4],
      ['1403/01/01 12:00', 10],
      ['1403/01/01x', 10],
      ['فروردین ۱۴۰۳', 0],
      ['Farvardin 1, 1403', 0],
      ['1 Farvardin', 11],
      ['1 Farvardin 03', 12],
      ['today', 0],
      ['۱۴۰۳٫۰۱٫۰۱', 4],
    ];
    for (const [input, position] of cases) expect(failure(input), input).toMatchObject({ code: 'FORMAT', position });
    expect(failure('فروردین ۱۴۰۳').message).toMatch(/day is required/);
    expect(failure('03/01/01').message).toMatch(/four-digit year/);
  });

  it('throws only for a non-string', () => {
    expect(() => parseJalali(1403 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: 'input' }),
    );
    try {
      parseJalali(null as unknown as string);
    } catch (error) {
      expect(isMoshtariError(error)).toBe(true);
    }
  });
});

describe('parseJalaliDateTime', () => {
  const at = (hour: number, minute: number, second = 0) => ({ hour, minute, second, millisecond: 0 });
  it('reads an optional H:mm or H:mm:ss after the date', () => {
    expect(parseJalaliDateTime('1403/01/01 14:30')).toEqual({
      ok: true,
      value: { year: 1403, month: 1, day: 1, ...at(14, 30) },
    });
    expect(parseJalaliDateTime('۱۴۰۳/۰۱/۰۱ ۱۴:۳۰:۱۵')).toMatchObject({ value: at(14, 30, 15) });
    expect(parseJalaliDateTime('1403-01-01T08:05')).toMatchObject({ value: at(8, 5) });
    expect(parseJalaliDateTime('1 Farvardin 1403, 9:00')).toMatchObject({ value: at(9, 0) });
    expect(parseJalaliDateTime('۱ فروردین ۱۴۰۳ ۲۳:۵۹:۵۹')).toMatchObject({ value: at(23, 59, 59) });
    expect(parseJalaliDateTime('1403/01/01')).toEqual({
      ok: true,
      value: { year: 1403, month: 1, day: 1, ...at(0, 0) },
    });
  });

  it('reports bad times', () => {
    expect(failure('1403/01/01 24:00', parseJalaliDateTime)).toMatchObject({ code: 'INVALID_TIME', position: 10 });
    expect(failure('1403/01/01 12:60', parseJalaliDateTime)).toMatchObject({ code: 'INVALID_TIME' });
    expect(failure('1403/01/01 12:00:60', parseJalaliDateTime)).toMatchObject({ code: 'INVALID_TIME' });
    for (const input of ['1403/01/01 14', '1403/01/01 14:3', '1403/01/01 14:30:1', '1403/01/01 14:30 pm']) {
      expect(failure(input, parseJalaliDateTime), input).toMatchObject({ code: 'FORMAT' });
    }
    expect(failure('1404/12/30 10:00', parseJalaliDateTime)).toMatchObject({ code: 'INVALID_DAY' });
  });
});
