import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardArb, decorate, legalIdArb, nationalCodeArb, shebaArb, subscriberArb } from './arbitraries.test-util.js';
import {
  cardNumberSchema,
  legalNationalIdSchema,
  mobileSchema,
  nationalCodeSchema,
  parseCardNumber,
  parseLegalNationalId,
  parseMobile,
  parseNationalCode,
  parseSheba,
  shebaSchema,
} from './index.js';

const PERSIAN_LETTER = /[\u0600-\u06ff]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

describe('schema properties', () => {
  it('schemas output exactly the normalised parse value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nationalCodeArb.chain(decorate).map((s) => () => {
            const r = parseNationalCode(s);
            expect(r.ok && nationalCodeSchema().parse(s)).toBe(r.ok && r.value);
          }),
          legalIdArb.chain(decorate).map((s) => () => {
            const r = parseLegalNationalId(s);
            expect(r.ok && legalNationalIdSchema().parse(s)).toBe(r.ok && r.value);
          }),
          subscriberArb
            .map((n) => `0${n}`)
            .chain(decorate)
            .map((s) => () => {
              const r = parseMobile(s);
              expect(r.ok && mobileSchema().parse(s)).toBe(r.ok && r.value.e164);
            }),
          shebaArb.chain(decorate).map((s) => () => {
            const r = parseSheba(s);
            expect(r.ok && shebaSchema().parse(s)).toBe(r.ok && r.value.sheba);
          }),
          cardArb.chain(decorate).map((s) => () => {
            const r = parseCardNumber(s);
            expect(r.ok && cardNumberSchema().parse(s)).toBe(r.ok && r.value.number);
          }),
        ),
        (check) => check(),
      ),
      { numRuns: 1000 },
    );
  });

  it('every refusal is worded in the requested locale', () => {
    const schemas = [nationalCodeSchema, legalNationalIdSchema, mobileSchema, shebaSchema, cardNumberSchema] as const;
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.string({ maxLength: 30 }), (schema, input) => {
        const fa = schema().safeParse(input);
        const en = schema({ locale: 'en' }).safeParse(input);
        expect(fa.success).toBe(en.success);
        if (fa.success || en.success) return;
        for (const issue of fa.error.issues) {
          expect(issue.message).toMatch(PERSIAN_LETTER);
          expect(issue.message.replace(/«.*»/u, '')).not.toMatch(LATIN_WORD);
        }
        for (const issue of en.error.issues)
          expect(issue.message).toMatch(/^(national code|legal national ID|mobile number|Sheba|card number): /);
      }),
      { numRuns: 2000 },
    );
  });
});
