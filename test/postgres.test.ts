import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from './postgres.js';

let server: TestPostgres | undefined;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});

describe('the test PostgreSQL server', () => {
  it('runs parameterized queries with exact int8 and numeric values', async (ctx) => {
    if (server === undefined) return ctx.skip('no PostgreSQL server installed (CI installs one)');
    const { rows } = await server.client.query('select $1::int8::text as big, $2::numeric::text as n, version() as v', [
      '9000000000000000001',
      '0.1',
    ]);
    expect(rows[0]).toMatchObject({ big: '9000000000000000001', n: '0.1' });
    expect(String(rows[0].v)).toMatch(/^PostgreSQL \d+/);
  });
});
