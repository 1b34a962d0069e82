import { describe, expect, it } from 'vitest';
import { readCustomersCsv } from './csvCustomers.js';
import { readSurveysCsv } from './csvSurveys.js';
import { readTicketsCsv } from './csvTickets.js';
import { readTransactionsCsv } from './csvTransactions.js';
import { generateSampleStore } from './sample.js';
import type { Store } from './types.js';
import { writeStoreCsv } from './writeCsv.js';

describe('writeStoreCsv', () => {
  it('writes canonical headers, Rial amounts, ISO UTC instants and Jalali birth dates', () => {
    const store: Store = {
      customers: [
        {
          id: 'C1',
          firstName: 'سارا',
          lastName: 'Rezaei, "Jr"',
          gender: 'female',
          birthDate: { year: 1370, month: 5, day: 2 },
          joinedAt: Date.UTC(2025, 2, 21, 6, 30),
        },
      ],
      transactions: [
        { id: 'T1', customerId: 'C1', at: Date.UTC(2025, 2, 21, 6, 30), amount: 12_500_000, pointsRedeemed: 100 },
      ],
    };
    expect(writeStoreCsv(store)).toEqual({
      transactions:
        'id,customer_id,date,amount,points_redeemed,channel\nT1,C1,2025-03-21T06:30:00.000Z,12500000,100,\n',
      customers:
        'id,first_name,last_name,gender,national_code,mobile,city,birth_date,joined_at\n' +
        'C1,سارا,"Rezaei, ""Jr""",female,,,,1370/05/02,2025-03-21T06:30:00.000Z\n',
    });
  });

  it('writes instants exactly as toISOString does', () => {
    const instants = [0, 1, 999, 86_399_999, 86_400_000, Date.UTC(2025, 2, 21, 6, 30, 5, 7), -1, -86_400_001, 8.64e15];
    const text = writeStoreCsv({
      customers: [],
      transactions: instants.map((at, i) => ({ id: `T${i}`, customerId: 'C', at, amount: 1 })),
    }).transactions;
    expect(
      text
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[2]),
    ).toEqual(instants.map((ms) => new Date(ms).toISOString()));
  });

  it('round-trips the sample store through the readers', () => {
    const store = generateSampleStore({ customers: 300, seed: 9 });
    const files = writeStoreCsv(store);
    const transactions = readTransactionsCsv(files.transactions);
    const customers = readCustomersCsv(files.customers);
    const surveys = readSurveysCsv(files.surveys ?? '');
    const tickets = readTicketsCsv(files.tickets ?? '');
    for (const r of [transactions, customers, surveys, tickets]) expect(r.problems).toEqual([]);
    expect(transactions.rows).toEqual(store.transactions);
    expect(customers.rows).toEqual(store.customers);
    expect(surveys.rows).toEqual(store.surveys);
    expect(tickets.rows).toEqual(store.tickets);
    expect(transactions.rowsRead).toBe(store.transactions.length);
  });
});
