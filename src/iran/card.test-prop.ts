import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardArb, decorate, digits, luhnOk, singleDigitChanges } from './arbitraries.test-util.js';
import { IRAN_CARD_IINS, isValidCardNumber, parseCardNumber } from './index.js';

describe('card number properties', () => {
  it('every generated valid card validates, also with Persian/Arabic digits and separators', () => {
    fc.assert(
      fc.property(
        cardArb.chain((c) => fc.tuple(fc.constant(c), decorate(c))),
        ([card, typed]) => {
          const r = parseCardNumber(typed);
          expect(r.ok && r.value.number).toBe(card);
          expect(r.ok && r.value.issuer?.id).toBe(IRAN_CARD_IINS[card.slice(0, 6)]);
          expect(isValidCardNumber(typed)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees with the Luhn oracle on arbitrary 16-digit strings', () => {
    fc.assert(
      fc.property(digits(16), (s) => {
        const expected = luhnOk(s) && !/^(\d)\1{15}$/.test(s);
        expect(isValidCardNumber(s, { allowUnknownIssuer: true })).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  // Luhn: an undoubled digit changes the sum by δ ∈ ±1..±9; a doubled digit goes through
  // d ↦ 2d (− 9 above 9), a permutation of 0–9, so its contribution changes by ±1..±9 too. Neither
  // is ≡ 0 mod 10: every single-digit change is detected.
  it('detects every single-digit change', () => {
    fc.assert(
      fc.property(cardArb, (card) => {
        for (const { value } of singleDigitChanges(card)) {
          expect(isValidCardNumber(value, { allowUnknownIssuer: true })).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
