import { describe, expect, it } from 'vitest';
import { readTransactionsCsv } from './csvTransactions.js';

const NOWRUZ_1404 = Date.UTC(2025, 2, 20, 20, 30); // 1404/01/01 00:00 Tehran

describe('readTransactionsCsv', () => {
  it('reads a file with a BOM, CRLF, quotes, Persian digits and separators', () => {
    const text =
      '\ufeffid,Customer ID,Date,Amount,Points Redeemed,channel,note\r\n' +
      'T1,C1,1404/01/01,"12,500,000",,store,"a, b"\r\n' +
      'T2,C2,۱۴۰۴/۰۱/۰۲ ۱۰:۳۰,۱۲٬۵۰۰٬۰۰۰,۲۰۰,online,"say ""hi"""\r\n' +
      'T3,C1,2025-03-21T06:30:00.000Z,1000,0,,"two\r\nlines"\r\n';
    const r = readTransactionsCsv(text);
    expect(r.problems).toEqual([]);
    expect(r.rowsRead).toBe(3);
    expect(r.lines).toEqual([2, 3, 4]);
    expect(r.rows).toEqual([
      { id: 'T1', customerId: 'C1', at: NOWRUZ_1404, amount: 12_500_000, channel: 'store' },
      {
        id: 'T2',
        customerId: 'C2',
        at: Date.UTC(2025, 2, 22, 7, 0),
        amount: 12_500_000,
        pointsRedeemed: 200,
        channel: 'online',
      },
      { id: 'T3', customerId: 'C1', at: Date.UTC(2025, 2, 21, 6, 30), amount: 1000 },
    ]);
  });

  it('reads toman ×10 and accepts the header aliases; without an id column the id is line-<n>', () => {
    const r = readTransactionsCsv('customer,timestamp,total\nC1,2025-03-21,1500\n\nC2,1404-01-01,۲۵۰۰\n', {
      currency: 'toman',
    });
    expect(r.rows).toEqual([
      { id: 'line-2', customerId: 'C1', at: NOWRUZ_1404, amount: 15_000 },
      { id: 'line-4', customerId: 'C2', at: NOWRUZ_1404, amount: 25_000 },
    ]);
    expect(readTransactionsCsv('customerId,at,amount\nC1,1404/01/01,1\n').rows).toHaveLength(1);
    expect(readTransactionsCsv('CUSTOMER-ID,DateTime,AMOUNT\nC1,1404/01/01,1\n').rows).toHaveLength(1);
  });

  it('reports every bad row with its line and column, and keeps the good ones', () => {
    const text = [
      'id,customer_id,date,amount',
      'T1,C1,1404/01/01,-5000',
      'T2,C1,1404/12/30,1000',
      'T3,C1,2025-02-30,1000',
      'T4,C1,1404/01/01,1500.5',
      'T5,,1404/01/01,1000',
      'T6,C1,1404/01/01,12,500',
      'T7,C1,1404/01/01,1000',
      'T8,C1,,abc',
    ].join('\n');
    const r = readTransactionsCsv(text);
    expect(r.rows.map((t) => t.id)).toEqual(['T7']);
    expect(r.rowsRead).toBe(8);
    expect(r.problems).toEqual([
      { file: 'transactions', line: 2, column: 'amount', message: 'expected a positive amount, got "-5000"' },
      { file: 'transactions', line: 3, column: 'date', message: 'no such Jalali date: "1404/12/30"' },
      { file: 'transactions', line: 4, column: 'date', message: 'no such date: "2025-02-30"' },
      { file: 'transactions', line: 5, column: 'amount', message: 'expected a whole number of rial, got "1500.5"' },
      { file: 'transactions', line: 6, column: 'customer_id', message: 'required value is empty' },
      { file: 'transactions', line: 7, message: 'row has 5 fields but the header has 4 (an unquoted comma?)' },
      { file: 'transactions', line: 9, column: 'date', message: 'required value is empty' },
      { file: 'transactions', line: 9, column: 'amount', message: expect.stringMatching(/expected an amount in rial/) },
    ]);
  });

  it('numbers lines from where a record starts, after multi-line quoted fields', () => {
    const text =
      'id,customer_id,date,amount,channel\r\nT1,C1,1404/01/01,1000,"in\r\nstore\r\nbranch 2"\r\nT2,C1,1404/01/01,0,store\r\n';
    const r = readTransactionsCsv(text);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.channel).toBe('in\r\nstore\r\nbranch 2');
    expect(r.problems).toEqual([
      { file: 'transactions', line: 5, column: 'amount', message: 'expected a positive amount, got "0"' },
    ]);
  });

  it('reports duplicate ids with the first line, sorted or not', () => {
    const sorted = readTransactionsCsv(
      'id,customer_id,date,amount\nT1,C1,1404/01/01,1\nT2,C1,1404/01/01,1\nT2,C1,1404/01/01,1\n',
    );
    expect(sorted.rows.map((t) => t.id)).toEqual(['T1', 'T2']);
    expect(sorted.problems).toEqual([
      { file: 'transactions', line: 4, column: 'id', message: 'duplicate id "T2", first on line 3' },
    ]);
    const shuffled = readTransactionsCsv(
      'id,customer_id,date,amount\nT3,C1,1404/01/01,1\nT1,C1,1404/01/01,1\nT2,C1,1404/01/01,1\nT3,C1,1404/01/01,1\nT1,C1,1404/01/01,1\n',
    );
    expect(shuffled.rows.map((t) => t.id)).toEqual(['T3', 'T1', 'T2']);
    expect(shuffled.problems.map((p) => [p.line, p.message])).toEqual([
      [5, 'duplicate id "T3", first on line 2'],
      [6, 'duplicate id "T1", first on line 3'],
    ]);
  });

  it('reports a missing required column once on line 1 and reads no rows', () => {
    const r = readTransactionsCsv('id,customer_id,date,total_price\nT1,C1,1404/01/01,1000\n');
    expect(r).toEqual({
      rows: [],
      lines: [],
      rowsRead: 0,
      problems: [
        {
          file: 'transactions',
          line: 1,
          column: 'amount',
          message: 'missing required column amount (or total); no rows were read',
        },
      ],
    });
    expect(readTransactionsCsv('customer,customer_id,date,amount\n').problems[0]?.message).toMatch(
      /both mean customer_id/,
    );
    expect(readTransactionsCsv('').problems).toEqual([
      { file: 'transactions', line: 1, message: 'the file is empty (no header line); no rows were read' },
    ]);
  });

  it('stops at the first problem in strict mode', () => {
    const text = 'customer_id,date,amount\nC1,1404/01/01,1\nC1,1404/01/01,x\nC1,bad,y\nC1,1404/01/01,1\n';
    const strict = readTransactionsCsv(text, { strict: true });
    expect(strict.rows).toHaveLength(1);
    expect(strict.problems).toHaveLength(1);
    expect(strict.problems[0]?.line).toBe(3);
    expect(strict.rowsRead).toBe(2);
    const lenient = readTransactionsCsv(text);
    expect(lenient.rows).toHaveLength(2);
    expect(lenient.problems).toHaveLength(3);
    expect(lenient.rowsRead).toBe(4);
  });

  it('reports a CSV syntax error and reads on', () => {
    const r = readTransactionsCsv('customer_id,date,amount\nC1,1404/01/01,1\n"C2"x,1404/01/01,1\nC3,1404/01/01,1\n');
    expect(r.rows.map((t) => t.customerId)).toEqual(['C1', 'C3']);
    expect(r.problems).toEqual([{ file: 'transactions', line: 3, message: expect.stringMatching(/^CSV syntax/) }]);
    expect(r.rowsRead).toBe(3);
  });

  it('uses the time zone for local times', () => {
    const r = readTransactionsCsv('customer_id,date,amount\nC1,2025-03-21 10:30,1\n', { timeZone: 'UTC' });
    expect(r.rows[0]?.at).toBe(Date.UTC(2025, 2, 21, 10, 30));
  });

  it('refuses bad options', () => {
    expect(() => readTransactionsCsv('', { currency: 'usd' as 'rial' })).toThrow(/currency/);
    expect(() => readTransactionsCsv('', { timeZone: 'Nowhere/Land' })).toThrow(/time zone/);
  });
});
