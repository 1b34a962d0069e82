import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { normalizePersian } from '../text/index.js';
import { compileSegment, type SegmentCatalog, type SegmentRuleInput, segmentToSql } from './index.js';

let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create();
});
afterAll(async () => {
  await db.close();
});

const codeOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return isMoshtariError(error) ? [error.code, error.path] : error;
  }
  return 'no error';
};

describe('README: a rule from a query-builder UI, evaluated in JS and in SQL', () => {
  it('selects the same customers', async () => {
    // A rule as react-querybuilder's UI sends it (RuleGroupType JSON, values as typed)
    const fromUi = {
      combinator: 'and',
      rules: [
        { field: 'city', operator: 'in', value: 'تهران, اصفهان' },
        { field: 'totalSpend', operator: '>', value: '50000000' },
        { field: 'lastPurchaseAt', operator: 'withinLast', value: { amount: 90, unit: 'day' } },
        {
          combinator: 'or',
          rules: [
            { field: 'tags', operator: 'contains', value: 'vip' },
            { field: 'birthDate', operator: 'jalaliMonthIs', value: 'current' },
          ],
        },
      ],
    };
    const catalog: SegmentCatalog = {
      city: { type: 'string', sql: { column: 'city_key', searchKey: true } }, // column holds normalizePersian(city, search)
      totalSpend: { type: 'number', sql: { column: 'total_spend_rial' } },
      lastPurchaseAt: { type: 'instant', sql: { column: 'last_purchase_at' } },
      tags: { type: 'string[]', text: 'exact' },
      birthDate: { type: 'date', sql: { column: 'birth_date' } },
    };
    const options = { catalog, now: new Date('2025-06-01T08:00:00Z') }; // zone: Asia/Tehran by default
    const inSegment = compileSegment(fromUi, options);
    const where = segmentToSql(fromUi, options);

    const customers = [
      {
        id: 1,
        city: 'تهران',
        totalSpend: 60_000_000,
        lastPurchaseAt: Date.UTC(2025, 4, 20),
        tags: ['vip'],
        birthDate: '1990-01-01',
      },
      {
        id: 2,
        city: 'اصفهان',
        totalSpend: 90_000_000,
        lastPurchaseAt: Date.UTC(2025, 4, 2),
        tags: [],
        birthDate: '1991-06-10',
      },
      {
        id: 3,
        city: 'شيراز',
        totalSpend: 90_000_000,
        lastPurchaseAt: Date.UTC(2025, 4, 2),
        tags: ['vip'],
        birthDate: '1991-06-10',
      },
      {
        id: 4,
        city: 'تهران',
        totalSpend: 10_000_000,
        lastPurchaseAt: Date.UTC(2025, 4, 2),
        tags: ['vip'],
        birthDate: null,
      },
      {
        id: 5,
        city: 'تهران',
        totalSpend: 70_000_000,
        lastPurchaseAt: Date.UTC(2024, 4, 2),
        tags: ['vip'],
        birthDate: null,
      },
    ];
    await db.exec(
      'CREATE TABLE customers (id int, city text, city_key text, total_spend_rial numeric, last_purchase_at timestamptz, tags text[], birth_date date)',
    );
    for (const c of customers) {
      await db.query('INSERT INTO customers VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        c.id,
        c.city,
        normalizePersian(c.city, { mode: 'search' }),
        c.totalSpend,
        new Date(c.lastPurchaseAt).toISOString(),
        c.tags,
        c.birthDate,
      ]);
    }
    const { rows } = await db.query<{ id: number }>(`SELECT id FROM customers WHERE ${where.text} ORDER BY id`, [
      ...where.values,
    ]);
    expect(customers.filter(inSegment).map((c) => c.id)).toEqual([1, 2]);
    expect(rows.map((r) => r.id)).toEqual([1, 2]);
  });
});

describe('segmentToSql', () => {
  const catalog: SegmentCatalog = {
    age: { type: 'number', sql: { column: 'age_years' } },
    spend: { type: 'number', sql: { expression: 'coalesce(total_spend, 0)' } },
    name: { type: 'string' },
    nested: { type: 'number', get: (r: { a?: { b?: unknown } }) => r.a?.b },
  };
  const one = (field: string, operator: string, value?: unknown): SegmentRuleInput => ({
    combinator: 'and',
    rules: [{ field, operator, value }],
  });

  it('writes two-valued conditions with typed placeholders, from firstParam on', () => {
    expect(segmentToSql(one('age', 'between', '25, 40'), { catalog })).toEqual({
      text: '("age_years" IS NOT NULL AND "age_years" BETWEEN $1::numeric AND $2::numeric)',
      values: [25, 40],
    });
    expect(
      segmentToSql(
        {
          combinator: 'or',
          not: true,
          rules: [
            { field: 'spend', operator: '>=', value: 10 },
            { field: 'age', operator: 'null' },
          ],
        },
        { catalog, firstParam: 4 },
      ),
    ).toEqual({
      text: '(NOT (((coalesce(total_spend, 0)) IS NOT NULL AND (coalesce(total_spend, 0)) >= $4::numeric) OR "age_years" IS NULL))',
      values: [10],
    });
  });

  it('refuses what PostgreSQL cannot evaluate exactly, instead of approximating', () => {
    expect(codeOf(() => segmentToSql(one('name', '=', 'علی'), { catalog }))).toEqual(['NOT_PUSHABLE', '$.rules[0]']);
    expect(codeOf(() => segmentToSql(one('nested', '>', 1), { catalog }))).toEqual(['NOT_PUSHABLE', '$.rules[0]']);
    expect(segmentToSql(one('name', 'null'), { catalog }).text).toBe('"name" IS NULL'); // no text comparison: fine
    expect(codeOf(() => segmentToSql(one('age', '>', 1), { catalog, firstParam: 0 }))).toEqual([
      'INVALID_OPTION',
      'options.firstParam',
    ]);
  });

  it('computes Jalali months in SQL exactly as in JS for every day 1900–2100', async () => {
    await db.exec(
      "CREATE TABLE days AS SELECT d::date AS d FROM generate_series('1900-01-01'::date, '2100-12-31'::date, '1 day') AS d",
    );
    const dayCatalog: SegmentCatalog = { d: { type: 'date' } };
    const all: string[] = [];
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000)
      all.push(new Date(t).toISOString().slice(0, 10));
    for (const month of [1, 6, 7, 12]) {
      const rule = one('d', 'jalaliMonthIs', month);
      const js = all.filter((d) => compileSegment(rule, { catalog: dayCatalog })({ d }));
      const q = segmentToSql(rule, { catalog: dayCatalog });
      const { rows } = await db.query<{ n: number; s: number }>(
        `SELECT count(*)::int AS n, sum(d - DATE '1970-01-01')::int8 AS s FROM days WHERE ${q.text}`,
        [...q.values],
      );
      const sum = js.reduce((acc, d) => acc + Date.parse(d) / 86_400_000, 0);
      expect([rows[0]?.n, Number(rows[0]?.s)]).toEqual([js.length, sum]);
    }
  });
});
