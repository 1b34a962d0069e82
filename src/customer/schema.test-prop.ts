import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerArb, mobileArb, typedMobiles } from './arbitraries.test-util.js';
import { contactPointsSchema, customerSchema } from './index.js';

describe('customerSchema properties', () => {
  const schema = customerSchema({ locale: 'en' });

  it('parse(serialize(x)) ≡ x for normalised customers', () => {
    fc.assert(
      fc.property(customerArb, (customer) => {
        expect(schema.parse(JSON.parse(JSON.stringify(customer)))).toEqual(customer);
      }),
      { numRuns: 150 },
    );
  });

  it('parsing is idempotent', () => {
    fc.assert(
      fc.property(customerArb, (customer) => {
        const once = schema.parse(customer);
        expect(schema.parse(once)).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });

  it('every typed form of a mobile parses to the same E.164 number', () => {
    const contact = contactPointsSchema();
    fc.assert(
      fc.property(mobileArb, (mobile) => {
        const parsed = contact.parse({ mobiles: typedMobiles(mobile) }).mobiles ?? [];
        expect(new Set(parsed)).toEqual(new Set([mobile]));
      }),
    );
  });
});
