import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLatinDigits, toPersianDigits } from './convertDigits.js';

const mixedDigits = fc
  .array(fc.constantFrom(...'0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩abc -ی‌😀'), { maxLength: 30 })
  .map((cs) => cs.join(''));

describe('digit conversion properties', () => {
  it('round-trips: Latin → Persian → Latin is the identity on Latin text', () => {
    fc.assert(
      fc.property(mixedDigits, (s) => {
        const latin = toLatinDigits(s);
        expect(toLatinDigits(toPersianDigits(latin))).toBe(latin);
      }),
    );
  });

  it('keeps length and every non-digit character', () => {
    fc.assert(
      fc.property(mixedDigits, (s) => {
        const fa = toPersianDigits(s);
        const en = toLatinDigits(s);
        expect(fa).toHaveLength(s.length);
        expect(en).toHaveLength(s.length);
        expect(fa).not.toMatch(/[0-9٠-٩]/);
        expect(en).not.toMatch(/[۰-۹٠-٩]/);
        expect(fa.replace(/[۰-۹]/g, '#')).toBe(s.replace(/[0-9۰-۹٠-٩]/g, '#'));
      }),
    );
  });

  it('agrees with Number/BigInt formatting for integers', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.bigInt(), (n, b) => {
        expect(Number(toLatinDigits(toPersianDigits(n)))).toBe(n === 0 ? 0 : n);
        expect(BigInt(toLatinDigits(toPersianDigits(b)))).toBe(b);
      }),
    );
  });
});
