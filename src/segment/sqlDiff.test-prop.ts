// Differential tests: for random valid rules over random customers, the rows PostgreSQL returns for
// segmentToSql equal the records compileSegment accepts; rfmToSql equals rfmScores. Run on PGlite
// (PostgreSQL 18 in WASM) and on the throwaway real server of test/postgres.ts (skipped locally
// without a server, an error in CI).
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../test/postgres.js';
import { compileSegment, type RfmCustomer, rfmScores, rfmToSql, segmentToSql } from './index.js';
import { CATALOG, NOW, recordArb, rowValues, ruleArb, TABLE_SQL, type TestRecord } from './segment.test-util.js';

type Query = (text: string, values?: readonly unknown[]) => Promise<readonly Record<string, unknown>[]>;

const RECORDS: TestRecord[] = fc.sample(fc.tuple(...Array.from({ length: 240 }, (_, i) => recordArb(i + 1))), {
  numRuns: 1,
  seed: 20_251_122,
})[0] as TestRecord[];

async function load(query: Query): Promise<void> {
  await query(TABLE_SQL);
  const placeholders = Array.from({ length: 13 }, (_, i) => `$${i + 1}`).join(', ');
  for (const r of RECORDS) await query(`INSERT INTO customers VALUES (${placeholders})`, rowValues(r));
  await query(
    'CREATE TABLE totals (id int PRIMARY KEY, last_at timestamptz, last_ms bigint, last_day date, orders int, revenue numeric)',
  );
}

const ZONES = ['Asia/Tehran', 'UTC', '+03:30', 'Europe/Berlin'] as const;

async function checkRules(query: Query, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      ruleArb,
      fc.constantFrom(...ZONES),
      fc.integer({ min: 1, max: 3 }),
      async (rule, timeZone, firstParam) => {
        const options = { catalog: CATALOG, now: NOW, timeZone };
        const accepts = compileSegment<TestRecord>(rule, options);
        const expected = RECORDS.filter(accepts).map((r) => r.id);
        const where = segmentToSql(rule, { ...options, firstParam });
        const shift = Array.from({ length: firstParam - 1 }, (_, i) => `$${i + 1}::int IS NOT NULL AND `).join('');
        const pad = Array.from({ length: firstParam - 1 }, () => 0);
        const rows = await query(`SELECT id FROM customers WHERE ${shift}${where.text} ORDER BY id`, [
          ...pad,
          ...where.values,
        ]);
        expect(rows.map((r) => r['id'])).toEqual(expected);
      },
    ),
    { numRuns: runs },
  );
}

const totalsArb = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 60 }),
    minute: fc.integer({ min: 0, max: 1439 }),
    orders: fc.constantFrom(0, 1, 1, 2, 3, 5, 8),
    revenue: fc.constantFrom(null, 0, 10, 10, 99.5, 250, 1000, 123456789),
  }),
  { minLength: 1, maxLength: 40 },
);

async function checkRfm(query: Query, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      totalsArb,
      fc.integer({ min: 2, max: 9 }),
      fc.constantFrom(...ZONES),
      async (rows, bins, timeZone) => {
        await query('DELETE FROM totals');
        const customers: RfmCustomer[] = rows.map((r, i) => ({
          id: i + 1,
          lastPurchaseAt: NOW - r.day * 86_400_000 - r.minute * 60_000,
          frequency: r.orders,
          monetary: r.revenue,
        }));
        for (const c of customers) {
          const at = c.lastPurchaseAt as number;
          const day = new Date(at).toISOString().slice(0, 10);
          await query('INSERT INTO totals VALUES ($1, $2, $3, $4, $5, $6)', [
            c.id,
            new Date(at).toISOString(),
            at,
            day,
            c.frequency,
            c.monetary,
          ]);
        }
        const js = rfmScores(customers, { asOf: NOW, bins, timeZone });
        for (const type of ['timestamptz', 'epochMs'] as const) {
          const columns = {
            id: 'id',
            lastPurchaseAt: type === 'epochMs' ? 'last_ms' : 'last_at',
            frequency: 'orders',
            monetary: 'revenue',
          };
          const q = rfmToSql({ table: 'totals', columns, asOf: NOW, bins, timeZone, lastPurchaseAtType: type });
          const sql = await query(
            `SELECT id, "recencyDays", r, f, m, cell FROM (${q.text}) AS s ORDER BY id`,
            q.values,
          );
          expect(sql.map((r) => [r['id'], r['recencyDays'], r['cell']])).toEqual(
            js.scores.map((s) => [s.id, s.recencyDays, s.cell]),
          );
        }
      },
    ),
    { numRuns: runs },
  );
}

let lite: PGlite | undefined;
let server: TestPostgres | undefined;
beforeAll(async () => {
  lite = await PGlite.create();
  await load(
    async (text, values) => (await (lite as PGlite).query(text, values as unknown[])).rows as Record<string, unknown>[],
  );
  server = await startPostgres();
  if (server !== undefined) {
    const client = server.client;
    await load(async (text, values) => (await client.query(text, values as unknown[])).rows);
  }
});
afterAll(async () => {
  await lite?.close();
  await server?.stop();
});

const liteQuery: Query = async (text, values) =>
  (await (lite as PGlite).query(text, values as unknown[])).rows as Record<string, unknown>[];

describe('segmentToSql on PGlite equals compileSegment', () => {
  it('for random valid rules over 240 random customers', async () => {
    await checkRules(liteQuery, 300);
  });
  it('rfmToSql equals rfmScores (ties, prospects, zones, epoch-ms columns)', async () => {
    await checkRfm(liteQuery, 60);
  });
});

describe('segmentToSql on a real PostgreSQL server equals compileSegment', () => {
  it('for random valid rules over 240 random customers', async (ctx) => {
    if (server === undefined) return ctx.skip('no PostgreSQL server installed (CI installs one)');
    const client = server.client;
    await checkRules(async (text, values) => (await client.query(text, values as unknown[])).rows, 300);
  });
  it('rfmToSql equals rfmScores', async (ctx) => {
    if (server === undefined) return ctx.skip('no PostgreSQL server installed (CI installs one)');
    const client = server.client;
    await checkRfm(async (text, values) => (await client.query(text, values as unknown[])).rows, 60);
  });
});
