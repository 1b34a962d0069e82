import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { toLatinDigits, toPersianDigits } from './convertDigits.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('toLatinDigits (iran-data.md §8)', () => {
  it('maps Arabic-Indic and Persian digits to Latin', () => {
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toLatinDigits('۰۹۱۲ ۱۲۳ ۴۵۶۷')).toBe('0912 123 4567');
    expect(toLatinDigits('کد: ٤٥٦ و ۷۸۹')).toBe('کد: 456 و 789');
    expect(toLatinDigits('')).toBe('');
  });

  it('throws INVALID_ARGUMENT for a non-string', () => {
    const error = thrown(() => toLatinDigits(12 as unknown as string));
    expect(isMoshtariError(error) && error.code).toBe('INVALID_ARGUMENT');
    expect(isMoshtariError(error) && error.path).toBe('input');
  });
});

describe('toPersianDigits (iran-data.md §8)', () => {
  it('writes numbers and bigints with Persian digits', () => {
    expect(toPersianDigits(1234567891)).toBe('۱۲۳۴۵۶۷۸۹۱');
    expect(toPersianDigits(0)).toBe('۰');
    expect(toPersianDigits(-0)).toBe('۰');
    expect(toPersianDigits(-42)).toBe('-۴۲');
    expect(toPersianDigits(Number.MAX_SAFE_INTEGER)).toBe('۹۰۰۷۱۹۹۲۵۴۷۴۰۹۹۱');
    expect(toPersianDigits(123456789012345678901234567890n)).toBe('۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰');
  });

  it('converts Latin and Arabic-Indic digits inside strings and keeps the rest', () => {
    expect(toPersianDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(toPersianDigits('٠١٢٣٤٥٦٧٨٩')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(toPersianDigits('کد ٤٥٦-123')).toBe('کد ۴۵۶-۱۲۳');
  });

  it.each([
    [Number.NaN, 'got NaN'],
    [Number.POSITIVE_INFINITY, 'got Infinity'],
    [1.5, 'got 1.5'],
    [2 ** 53, 'beyond Number.MAX_SAFE_INTEGER'],
  ])('throws INVALID_ARGUMENT naming the argument for %s', (value, text) => {
    const error = thrown(() => toPersianDigits(value));
    expect(isMoshtariError(error)).toBe(true);
    if (!isMoshtariError(error)) return;
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.path).toBe('input');
    expect(error.message).toContain('input: expected a safe integer');
    expect(error.message).toContain(text);
  });

  it('throws INVALID_ARGUMENT for other types', () => {
    const error = thrown(() => toPersianDigits(null as unknown as string));
    expect(isMoshtariError(error) && error.message).toBe('input: expected a string, number or bigint, got null');
  });
});
