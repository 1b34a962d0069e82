import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { numberToPersianWords } from './numberToPersianWords.js';

function errorOf(fn: () => unknown): { code: string; path: string | undefined; message: string } {
  try {
    fn();
  } catch (error) {
    if (isMoshtariError(error)) return { code: error.code, path: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected a throw');
}

describe('numberToPersianWords: cardinals', () => {
  it.each([
    [0, 'صفر'],
    [1, 'یک'],
    [10, 'ده'],
    [11, 'یازده'],
    [18, 'هجده'],
    [20, 'بیست'],
    [33, 'سی و سه'],
    [100, 'صد'],
    [101, 'صد و یک'],
    [115, 'صد و پانزده'],
    [1000, 'یک هزار'],
    [1001, 'یک هزار و یک'],
    [100000, 'صد هزار'],
    [500443, 'پانصد هزار و چهارصد و چهل و سه'],
    [1200000, 'یک میلیون و دویست هزار'],
    [1000001000, 'یک میلیارد و یک هزار'],
    [-5, 'منفی پنج'],
  ])('%s → %s (iran-data.md §10)', (n, words) => {
    expect(numberToPersianWords(n)).toBe(words);
  });

  it('joins every hundred (persian-tools splits چهار صد … نه صد)', () => {
    const hundreds = [100, 200, 300, 400, 500, 600, 700, 800, 900].map((n) => numberToPersianWords(n));
    expect(hundreds).toEqual(['صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد']);
  });

  it('names every short-scale power up to 10^18 and is exact beyond 2^53', () => {
    expect(numberToPersianWords(10n ** 6n)).toBe('یک میلیون');
    expect(numberToPersianWords(10n ** 9n)).toBe('یک میلیارد');
    expect(numberToPersianWords(10n ** 12n)).toBe('یک تریلیون');
    expect(numberToPersianWords(10n ** 15n)).toBe('یک کوادریلیون');
    expect(numberToPersianWords(10n ** 18n)).toBe('یک کوینتیلیون');
    expect(numberToPersianWords(9007199254740993n)).toBe(
      'نه کوادریلیون و هفت تریلیون و صد و نود و نه میلیارد و دویست و پنجاه و چهار میلیون و هفتصد و چهل هزار و نهصد و نود و سه',
    );
    expect(numberToPersianWords(10n ** 21n - 1n)).toBe(
      'نهصد و نود و نه کوینتیلیون و نهصد و نود و نه کوادریلیون و نهصد و نود و نه تریلیون و ' +
        'نهصد و نود و نه میلیارد و نهصد و نود و نه میلیون و نهصد و نود و نه هزار و نهصد و نود و نه',
    );
  });

  it('accepts Latin, Persian and Arabic-Indic digit strings with an optional minus', () => {
    expect(numberToPersianWords('1200000')).toBe('یک میلیون و دویست هزار');
    expect(numberToPersianWords('۱۲۰۰۰۰۰')).toBe('یک میلیون و دویست هزار');
    expect(numberToPersianWords('١٢٠٠٠٠٠')).toBe('یک میلیون و دویست هزار');
    expect(numberToPersianWords('-0033')).toBe('منفی سی و سه');
    expect(numberToPersianWords('-0')).toBe('صفر');
    expect(numberToPersianWords(-0)).toBe('صفر');
  });
});

describe('numberToPersianWords: ordinals', () => {
  it.each([
    [1, 'یکم'],
    [2, 'دوم'],
    [3, 'سوم'],
    [13, 'سیزدهم'],
    [21, 'بیست و یکم'],
    [30, 'سی\u200Cام'],
    [33, 'سی و سوم'],
    [100, 'صدم'],
    [300, 'سیصدم'],
    [1000, 'یک هزارم'],
    [0, 'صفرم'],
    [-123, 'منفی صد و بیست و سوم'],
  ])('%s → %s', (n, words) => {
    expect(numberToPersianWords(n, { ordinal: true })).toBe(words);
  });

  it('treats ordinal: false like no options', () => {
    expect(numberToPersianWords(3, { ordinal: false })).toBe('سه');
  });
});

describe('numberToPersianWords: bad input', () => {
  it.each([
    [Number.NaN, 'got NaN'],
    [Number.POSITIVE_INFINITY, 'got Infinity'],
    [1.5, 'got 1.5'],
    [2 ** 60, 'beyond Number.MAX_SAFE_INTEGER'],
    ['1,000', 'got "1,000"'],
    ['1.0', 'got "1.0"'],
    ['', 'got ""'],
    [' 12', 'got " 12"'],
    ['+12', 'got "+12"'],
    ['1e3', 'got "1e3"'],
    ['-', 'got "-"'],
  ])('throws INVALID_ARGUMENT for %s', (value, text) => {
    const error = errorOf(() => numberToPersianWords(value));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.path).toBe('value');
    expect(error.message).toContain(text);
  });

  it('throws INVALID_ARGUMENT for other types and a non-boolean ordinal', () => {
    expect(errorOf(() => numberToPersianWords(null as unknown as number)).message).toBe(
      'value: expected a number, bigint or string, got null',
    );
    const error = errorOf(() => numberToPersianWords(1, { ordinal: 'yes' as unknown as boolean }));
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'options.ordinal' });
  });

  it.each([10n ** 21n, -(10n ** 21n), '1000000000000000000000', 1e21, -1e300])(
    'throws OUT_OF_RANGE for %s',
    (value) => {
      const error = errorOf(() => numberToPersianWords(value));
      expect(error.code).toBe('OUT_OF_RANGE');
      expect(error.message).toContain('from -(10^21 - 1) to 10^21 - 1');
    },
  );
});
