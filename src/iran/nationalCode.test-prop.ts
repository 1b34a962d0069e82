import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decorate, digits, nationalCheck, nationalCodeArb, singleDigitChanges } from './arbitraries.test-util.js';
import { isValidNationalCode, parseNationalCode } from './index.js';

describe('national code properties', () => {
  it('every generated valid code validates, also with Persian/Arabic digits and separators', () => {
    fc.assert(
      fc.property(
        nationalCodeArb.chain((code) => fc.tuple(fc.constant(code), decorate(code))),
        ([code, typed]) => {
          expect(isValidNationalCode(code)).toBe(true);
          expect(isValidNationalCode(typed)).toBe(true);
          expect(parseNationalCode(typed)).toEqual({ ok: true, value: code });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with the oracle on arbitrary 10-digit strings', () => {
    fc.assert(
      fc.property(digits(10), (s) => {
        const expected =
          nationalCheck(s.slice(0, 9)) === Number(s[9]) && !/^(\d)\1{9}$/.test(s) && s.slice(3, 9) !== '000000';
        expect(isValidNationalCode(s)).toBe(expected);
        expect(parseNationalCode(s).ok).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  // mod 11 with "r < 2 → r, else 11 − r": changing one of the first nine digits always changes
  // r = s mod 11 (weights 2..10 and differences ±1..±9 are units mod the prime 11), and changing the
  // check digit always breaks it. But r = 1 and r = 10 both give check digit 1, so a code whose
  // check digit is 1 can survive a change that moves r from 1 to 10 or back. The property is
  // therefore: every single-digit change fails, unless the check digit is 1 and r moved between 1 and 10.
  it('detects every single-digit change, except the r = 1 ↔ 10 collision of check digit 1', () => {
    fc.assert(
      fc.property(nationalCodeArb, (code) => {
        for (const { index, value } of singleDigitChanges(code)) {
          if (!isValidNationalCode(value)) continue;
          expect(code[9]).toBe('1');
          expect(index).toBeLessThan(9);
        }
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(
        nationalCodeArb.filter((c) => c[9] !== '1'),
        (code) => {
          for (const { value } of singleDigitChanges(code)) expect(isValidNationalCode(value)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('8 and 9 digits mean the same code left-padded with zeros', () => {
    fc.assert(
      fc.property(
        nationalCodeArb.filter((c) => c.startsWith('0')),
        (code) => {
          const short = code.replace(/^0{1,2}/, '');
          expect(parseNationalCode(short)).toEqual({ ok: true, value: code });
        },
      ),
    );
  });

  it('a letter inserted anywhere is a FORMAT error at its position', () => {
    fc.assert(
      fc.property(
        nationalCodeArb.chain((c) => decorate(c)),
        fc.nat(),
        fc.constantFrom('a', 'Z', '.', '/', '٫', 'ی'),
        (typed, at, bad) => {
          const i = at % (typed.length + 1);
          const input = typed.slice(0, i) + bad + typed.slice(i);
          const r = parseNationalCode(input);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error).toMatchObject({ code: 'FORMAT', position: i, character: bad, input });
        },
      ),
    );
  });
});
