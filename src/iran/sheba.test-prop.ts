import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decorate, digits, shebaArb, shebaOk, singleDigitChanges } from './arbitraries.test-util.js';
import { IRAN_SHEBA_BANK_CODES, isValidSheba, parseSheba } from './index.js';

describe('Sheba properties', () => {
  it('every generated valid Sheba validates: separators, Persian digits, lower-case ir, no IR', () => {
    fc.assert(
      fc.property(
        shebaArb.chain((s) => fc.tuple(fc.constant(s), decorate(s), decorate(s.slice(2)), fc.boolean())),
        ([sheba, typed, bare, lower]) => {
          expect(shebaOk(sheba)).toBe(true);
          const input = lower ? typed.replace('IR', 'ir') : typed;
          const r = parseSheba(input);
          expect(r.ok && r.value.sheba).toBe(sheba);
          expect(r.ok && r.value.bankCode).toBe(sheba.slice(4, 7));
          expect(isValidSheba(bare)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with the bigint oracle on arbitrary IR + 24 digits', () => {
    fc.assert(
      fc.property(digits(24), (d) => {
        const s = `IR${d}`;
        const known = Object.hasOwn(IRAN_SHEBA_BANK_CODES, d.slice(2, 5));
        expect(isValidSheba(s)).toBe(shebaOk(s));
        expect(isValidSheba(s, { requireKnownBank: true })).toBe(shebaOk(s) && known);
      }),
      { numRuns: 5000 },
    );
  });

  // mod 97-10: a change of one digit by δ (1 ≤ |δ| ≤ 9) at place p changes the rearranged number by
  // δ·10^p; 97 is a prime that divides neither δ nor 10^p, so the remainder always changes. This
  // holds for the check digits too: every single-digit change is detected.
  it('detects every single-digit change, including in the check digits', () => {
    fc.assert(
      fc.property(shebaArb, (sheba) => {
        for (const { value } of singleDigitChanges(sheba, 2)) {
          expect(isValidSheba(value)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
