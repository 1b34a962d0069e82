import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerArb, typedMobiles } from './arbitraries.test-util.js';
import { type Customer, createCustomerIndex, removeFromCustomerIndex, searchCustomers } from './index.js';

const uniqueCustomers = fc.uniqueArray(customerArb, { selector: (c) => c.id, minLength: 1, maxLength: 25 });
const arabic = (s: string) => s.replaceAll('ی', 'ي').replaceAll('ک', 'ك');

describe('search properties', () => {
  it('every customer is found by each of its mobiles, typed any way', () => {
    fc.assert(
      fc.property(uniqueCustomers, fc.nat(), fc.nat(), (customers, pick, format) => {
        const index = createCustomerIndex(customers);
        const c = customers[pick % customers.length] as Customer;
        for (const mobile of c.contact?.mobiles ?? []) {
          const typed = typedMobiles(mobile);
          const hits = searchCustomers(index, typed[format % typed.length] as string, { limit: 100 });
          expect(hits.map((h) => h.customer.id)).toContain(c.id);
          expect(hits.every((h) => h.matchedBy === 'mobile')).toBe(true);
        }
      }),
    );
  });

  it('every person is found by their name written with Arabic ي/ك', () => {
    fc.assert(
      fc.property(uniqueCustomers, fc.nat(), (customers, pick) => {
        const index = createCustomerIndex(customers);
        const c = customers[pick % customers.length] as Customer;
        const query = c.kind === 'person' ? `${c.name.first ?? ''} ${c.name.last ?? ''}` : c.name;
        const hits = searchCustomers(index, arabic(query), { limit: 100 });
        expect(hits.map((h) => h.customer.id)).toContain(c.id);
      }),
    );
  });

  it('removed customers are never returned; the rest still are', () => {
    fc.assert(
      fc.property(uniqueCustomers, fc.nat(), (customers, pick) => {
        const index = createCustomerIndex(customers);
        const gone = customers[pick % customers.length] as Customer;
        removeFromCustomerIndex(index, gone.id);
        for (const c of customers) {
          const query = c.kind === 'person' ? `${c.name.first ?? ''} ${c.name.last ?? ''}` : c.name;
          const found = searchCustomers(index, query, { limit: 100 }).map((h) => h.customer.id);
          expect(found).not.toContain(gone.id);
          if (c.id !== gone.id) expect(found).toContain(c.id);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('scores are sorted and results never exceed the limit', () => {
    fc.assert(
      fc.property(
        uniqueCustomers,
        fc.constantFrom('علی', 'رض', 'احمدی نژاد', 'تاهره', 'شرکت', 'تهران'),
        fc.integer({ min: 1, max: 5 }),
        (customers, q, limit) => {
          const hits = searchCustomers(createCustomerIndex(customers), q, { limit });
          expect(hits.length).toBeLessThanOrEqual(limit);
          for (let i = 1; i < hits.length; i++) expect(hits[i - 1]?.score).toBeGreaterThanOrEqual(hits[i]?.score ?? 0);
        },
      ),
    );
  });
});
