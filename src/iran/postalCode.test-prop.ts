import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decorate, digits } from './arbitraries.test-util.js';
import { isValidPostalCode, parsePostalCode } from './index.js';

// the community pattern (iran-data.md §7), used as the oracle
const PATTERN = /^(?!(\d)\1{3})[13-9]{4}[1346-9][013-9]{5}$/;
const fromDigits = (set: string, n: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...set), { minLength: n, maxLength: n }).map((a) => a.join(''));
// codes that mostly follow the rules, so both outcomes are common
const nearlyValid = fc
  .tuple(fromDigits('1345', 4), fromDigits('13456', 1), fromDigits('01239', 5))
  .map(([a, b, c]) => a + b + c);

describe('postal code properties', () => {
  it('the digit rules equal the community regex', () => {
    fc.assert(
      fc.property(fc.oneof(digits(10), nearlyValid), (code) => {
        expect(isValidPostalCode(code)).toBe(PATTERN.test(code));
        expect(isValidPostalCode(code, { formatRules: false })).toBe(true);
      }),
      { numRuns: 10000 },
    );
  });

  it('a rule violation names a digit that breaks it', () => {
    fc.assert(
      fc.property(nearlyValid, (code) => {
        const r = parsePostalCode(code);
        if (r.ok || r.error.code !== 'FORMAT_RULE') return;
        const d = code[r.error.index];
        const expected = {
          FOUR_EQUAL_LEADING: r.error.index === 0 && /^(\d)\1{3}/.test(code),
          ZERO_OR_TWO_IN_FIRST_FIVE: r.error.index < 5 && (d === '0' || d === '2'),
          FIVE_IN_FIFTH_PLACE: r.error.index === 4 && d === '5',
          TWO_IN_LAST_FIVE: r.error.index >= 5 && d === '2',
        }[r.error.rule];
        expect(expected).toBe(true);
      }),
    );
  });

  it('valid codes survive Persian digits and separators', () => {
    fc.assert(
      fc.property(
        nearlyValid.filter((c) => PATTERN.test(c)).chain((c) => fc.tuple(fc.constant(c), decorate(c))),
        ([code, typed]) => {
          expect(parsePostalCode(typed)).toEqual({ ok: true, value: code });
        },
      ),
    );
  });
});
