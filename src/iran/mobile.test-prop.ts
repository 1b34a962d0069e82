import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decorate, digits, subscriberArb } from './arbitraries.test-util.js';
import { IRAN_MOBILE_PREFIXES, isValidMobile, mobileOperator, normalizeMobile, parseMobile } from './index.js';

describe('mobile properties', () => {
  it('all five written forms, with Persian digits and separators, normalise to the same E.164', () => {
    fc.assert(
      fc.property(
        subscriberArb.chain((n) =>
          fc.tuple(fc.constant(n), fc.constantFrom(`0${n}`, n, `+98${n}`, `0098${n}`, `98${n}`).chain(decorate)),
        ),
        ([n, typed]) => {
          const r = parseMobile(typed);
          expect(r).toEqual({
            ok: true,
            value: { e164: `+98${n}`, national: `0${n}`, operator: IRAN_MOBILE_PREFIXES[n.slice(0, 3)] },
          });
          expect(normalizeMobile(typed)).toEqual({ ok: true, value: `+98${n}` });
          expect(isValidMobile(typed)).toBe(true);
          expect(mobileOperator(typed)).toBe(IRAN_MOBILE_PREFIXES[n.slice(0, 3)]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the E.164 output parses to itself', () => {
    fc.assert(
      fc.property(subscriberArb, (n) => {
        const e164 = normalizeMobile(`0${n}`);
        expect(e164.ok && normalizeMobile(e164.value)).toEqual(e164);
      }),
    );
  });

  it('isValidMobile agrees with parseMobile on arbitrary digit strings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '0', '+98', '98', '0098', '+', '00'),
        fc.integer({ min: 0, max: 13 }).chain(digits),
        fc.boolean(),
        (prefix, rest, allowUnknownPrefix) => {
          const input = prefix + rest;
          if (input === '') return;
          expect(isValidMobile(input, { allowUnknownPrefix })).toBe(parseMobile(input, { allowUnknownPrefix }).ok);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
