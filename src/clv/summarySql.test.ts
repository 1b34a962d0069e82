// customerSummarySql equals customerSummary on the CDNOW sample, on PGlite (PostgreSQL 18 in WASM)
// and on the throwaway real PostgreSQL server of test/postgres.ts (skipped locally without a server,
// an error in CI).
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../test/postgres.js';
import { isMoshtariError } from '../core/index.js';
import { btydUrl, cdnowSample } from './btyd.test-util.js';
import {
  type CustomerSummaryRow,
  type CustomerSummarySqlOptions,
  customerSummary,
  customerSummarySql,
  type SqlQuery,
} from './index.js';

const transactions = cdnowSample(readFileSync(btydUrl('lifetimes__CDNOW_sample.txt'), 'utf8'));
type Run = (q: SqlQuery) => Promise<readonly Record<string, unknown>[]>;

// A deliberately awkward table name: the quoting must keep it one identifier.
const TABLE = 'cdnow "tx"; drop table x; --';
const SCHEMA = 'Sales';

async function load(exec: (text: string, values?: unknown[]) => Promise<unknown>): Promise<void> {
  await exec(`CREATE SCHEMA "${SCHEMA}"`);
  await exec(
    `CREATE TABLE "${SCHEMA}"."${TABLE.replaceAll('"', '""')}" (cust text, ordered_on date, paid_at timestamptz, dollars numeric(12,2))`,
  );
  for (let i = 0; i < transactions.length; i += 500) {
    const chunk = transactions.slice(i, i + 500);
    const values: unknown[] = [];
    const rows = chunk.map((t, j) => {
      const d = String(t.date);
      const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
      // 21:00 UTC the day before is 00:30 on `iso` in Tehran (UTC+03:30) but still the day before in UTC
      values.push(t.customerId, iso, `${iso}T21:00:00Z`, t.amount);
      return `($${4 * j + 1}, $${4 * j + 2}::date, $${4 * j + 3}::timestamptz - interval '1 day', $${4 * j + 4})`;
    });
    await exec(`INSERT INTO "${SCHEMA}"."${TABLE.replaceAll('"', '""')}" VALUES ${rows.join(',')}`, values);
  }
}

const base: Omit<CustomerSummarySqlOptions, 'observationEnd' | 'timeUnit'> = {
  table: { schema: SCHEMA, name: TABLE },
  columns: { customerId: 'cust', date: 'ordered_on', amount: 'dollars' },
};

function expectSame(sqlRows: readonly Record<string, unknown>[], jsRows: readonly CustomerSummaryRow[]): void {
  expect(sqlRows).toHaveLength(jsRows.length);
  sqlRows.forEach((row, i) => {
    const js = jsRows[i] as CustomerSummaryRow;
    expect(Object.keys(row).sort()).toEqual(Object.keys(js).sort());
    for (const [key, value] of Object.entries(js)) {
      if (key === 'monetary' || key === 'monetaryHoldout') expect(row[key]).toBeCloseTo(value as number, 9);
      else expect(row[key]).toBe(value); // ids, counts, dates and day ÷ unit are exactly equal
    }
  });
}

async function checkAll(run: Run): Promise<void> {
  const calibration = { observationEnd: '1997-09-30', timeUnit: 'week' } as const;
  expectSame(await run(customerSummarySql({ ...base, ...calibration })), customerSummary(transactions, calibration));
  const split = { observationEnd: '1998-06-30', calibrationEnd: '1997-09-30', timeUnit: 'week' } as const;
  expectSame(await run(customerSummarySql({ ...base, ...split })), customerSummary(transactions, split));
  const days = { observationEnd: '1998-06-30', timeUnit: 'day' } as const;
  const tehran = customerSummarySql({
    ...base,
    ...days,
    columns: { ...base.columns, date: 'paid_at' },
    timeZone: 'Asia/Tehran',
  });
  expectSame(await run(tehran), customerSummary(transactions, days));
  const noAmount = customerSummarySql({ ...base, ...days, columns: { customerId: 'cust', date: 'ordered_on' } });
  const sqlRows = await run(noAmount);
  expect(sqlRows.every((r) => r['monetary'] === 0)).toBe(true);
}

describe('customerSummarySql on PGlite', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
    await load((text, values) => db.query(text, values));
  });
  afterAll(async () => {
    await db.close();
  });
  it('equals the JS summary (calibration only, with holdout, timestamptz in Asia/Tehran, no amount column)', async () => {
    await checkAll(async (q) => (await db.query<Record<string, unknown>>(q.text, [...q.values])).rows);
  });
});

describe('customerSummarySql on PostgreSQL', () => {
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startPostgres();
    if (server !== undefined) await load((text, values) => (server as TestPostgres).client.query(text, values));
  });
  afterAll(async () => {
    await server?.stop();
  });
  it('equals the JS summary on a real server', async (ctx) => {
    if (server === undefined) return ctx.skip('no PostgreSQL server installed (CI installs one)');
    const client = server.client;
    await checkAll(async (q) => (await client.query(q.text, [...q.values])).rows);
  });
});

describe('customerSummarySql builds safe parameterized SQL', () => {
  const options = { ...base, observationEnd: '1997-09-30', timeUnit: 'week' } as const;
  it('quotes identifiers and passes values as parameters', () => {
    const q = customerSummarySql(options);
    expect(q.values).toEqual(['1997-09-30', '1997-09-30', 7]);
    expect(q.text).toContain('FROM "Sales"."cdnow ""tx""; drop table x; --"');
    expect(q.text).not.toContain('1997');
  });
  it('rejects identifiers that cannot be quoted safely', () => {
    const code = (o: CustomerSummarySqlOptions) => {
      try {
        customerSummarySql(o);
      } catch (e) {
        return isMoshtariError(e) ? `${e.code}@${e.path}` : 'other';
      }
      return 'none';
    };
    expect(code({ ...options, table: '' })).toBe('INVALID_IDENTIFIER@options.table');
    expect(code({ ...options, table: 'a\u0000b' })).toBe('INVALID_IDENTIFIER@options.table');
    expect(code({ ...options, table: 'x'.repeat(64) })).toBe('INVALID_IDENTIFIER@options.table');
    expect(code({ ...options, table: 'ن'.repeat(32) })).toBe('INVALID_IDENTIFIER@options.table'); // 64 bytes
    expect(code({ ...options, columns: { customerId: 'c', date: 7 as unknown as string } })).toBe(
      'INVALID_IDENTIFIER@options.columns.date',
    );
    expect(code({ ...options, timeZone: '' })).toBe('INVALID_ARGUMENT@options.timeZone');
    expect(code({ ...options, observationEnd: 'yesterday' })).toBe('INVALID_DATE@options.observationEnd');
  });
});
