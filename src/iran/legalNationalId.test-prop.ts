import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decorate, digits, legalCheck, legalIdArb, singleDigitChanges } from './arbitraries.test-util.js';
import { isValidLegalNationalId, parseLegalNationalId } from './index.js';

describe('legal national ID properties', () => {
  it('every generated valid ID validates, also with Persian/Arabic digits and separators', () => {
    fc.assert(
      fc.property(
        legalIdArb.chain((id) => fc.tuple(fc.constant(id), decorate(id))),
        ([id, typed]) => {
          expect(isValidLegalNationalId(id)).toBe(true);
          expect(parseLegalNationalId(typed)).toEqual({ ok: true, value: id });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with the oracle on arbitrary 11-digit strings', () => {
    fc.assert(
      fc.property(digits(11), (s) => {
        const expected =
          legalCheck(s.slice(0, 10)) === Number(s[10]) && !/^(\d)\1{10}$/.test(s) && s.slice(3, 9) !== '000000';
        expect(isValidLegalNationalId(s)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  // c = s mod 11 with 10 → 0. Changing digit i ≤ 9 (1-based) moves s by δ·wᵢ with wᵢ mod 11 ∈
  // {7, 5, 1, 8, 6}; changing the 10th digit also shifts d = d₁₀ + 2 in every term, δ·(230 + 17) =
  // δ·247 ≡ 5δ (mod 11). All are non-zero mod 11, so r always changes; but r = 0 and r = 10 both
  // give check digit 0, so an ID whose check digit is 0 can survive a change that moves r between 0 and 10.
  it('detects every single-digit change, except the r = 0 ↔ 10 collision of check digit 0', () => {
    fc.assert(
      fc.property(legalIdArb, (id) => {
        for (const { index, value } of singleDigitChanges(id)) {
          if (!isValidLegalNationalId(value)) continue;
          expect(id[10]).toBe('0');
          expect(index).toBeLessThan(10);
        }
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(
        legalIdArb.filter((id) => id[10] !== '0'),
        (id) => {
          for (const { value } of singleDigitChanges(id)) expect(isValidLegalNationalId(value)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('an extra trailing digit or character is always refused', () => {
    fc.assert(
      fc.property(legalIdArb, fc.constantFrom('0', '9', 'a', 'x', '۱'), (id, extra) => {
        expect(isValidLegalNationalId(id + extra)).toBe(false);
      }),
    );
  });
});
