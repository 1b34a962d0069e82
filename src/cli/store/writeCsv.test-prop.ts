import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCustomersCsv } from './csvCustomers.js';
import { cleanCsvText } from './csvText.js';
import { readTransactionsCsv } from './csvTransactions.js';
import type { StoreCustomer, StoreTransaction } from './types.js';
import { writeStoreCsv } from './writeCsv.js';

// Cell text as the readers give it back: trimmed, no bidi marks (anything else, commas, quotes and
// line breaks included, must survive).
const text = fc
  .string({ unit: fc.constantFrom('a', 'ب', ' ', ',', '"', '\n', '\r\n', '۱', '\u200c', 'x') })
  .filter((s) => s === cleanCsvText(s));
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) });

const customer: fc.Arbitrary<StoreCustomer> = fc.record(
  {
    id: fc.stringMatching(/^[A-Z][0-9]{1,4}$/),
    firstName: text,
    lastName: text,
    gender: fc.constantFrom('female', 'male'),
    city: text.filter((s) => s !== ''),
    joinedAt: instant,
  },
  { requiredKeys: ['id', 'firstName', 'lastName'] },
);

const transaction: fc.Arbitrary<StoreTransaction> = fc.record(
  {
    id: fc.stringMatching(/^T[0-9]{1,5}$/),
    customerId: fc.stringMatching(/^C[0-9]{1,3}$/),
    at: instant,
    amount: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    pointsRedeemed: fc.integer({ min: 1, max: 1_000_000 }),
    channel: text.filter((s) => s !== ''),
  },
  { requiredKeys: ['id', 'customerId', 'at', 'amount'] },
);

describe('writeStoreCsv properties', () => {
  it('reading the written files gives the same customers and transactions', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(customer, { selector: (c) => c.id, maxLength: 8 }),
        fc.uniqueArray(transaction, { selector: (t) => t.id, maxLength: 8 }),
        (customers, transactions) => {
          const files = writeStoreCsv({ customers, transactions });
          const c = readCustomersCsv(files.customers);
          const t = readTransactionsCsv(files.transactions);
          expect(c.problems).toEqual([]);
          expect(t.problems).toEqual([]);
          expect(c.rows).toEqual(customers);
          expect(t.rows).toEqual(transactions);
        },
      ),
    );
  });
});
