// Shared fixtures for the segment tests (test-only; not exported): a catalog that covers every field
// type twice (JS-only columns and SQL mappings), random customer records, random valid rules, and the
// SQL table those records load into for the differential tests.
import fc from 'fast-check';
import { normalizePersian } from '../text/index.js';
import type { SegmentCatalog, SegmentRuleInput } from './index.js';

const DAY = 86_400_000;
/** Pinned "now" of the property tests: 2025-03-15T08:00Z (24 Esfand 1403, 11:30 in Tehran). */
export const NOW: number = Date.UTC(2025, 2, 15, 8);

/** One field per type plus search-normalised text and arrays; SQL columns are snake_case. */
export const CATALOG: SegmentCatalog = {
  age: { type: 'number' },
  score: { type: 'number' },
  city: { type: 'string', sql: { column: 'city_key', searchKey: true } },
  code: { type: 'string', text: 'exact' },
  vip: { type: 'boolean' },
  lastAt: { type: 'instant', sql: { column: 'last_at' } },
  lastMs: { type: 'instant', sql: { column: 'last_ms', instant: 'epochMs' } },
  birth: { type: 'date' },
  tags: { type: 'string[]', text: 'exact' },
  tagsFa: { type: 'string[]', sql: { column: 'tags_fa_key', searchKey: true } },
};

/** A customer record as the JS predicate sees it. */
export type TestRecord = {
  id: number;
  age?: number | null | undefined;
  score?: number | null | undefined;
  city?: string | null | undefined;
  code?: string | null | undefined;
  vip?: boolean | null | undefined;
  lastAt?: number | null | undefined;
  lastMs?: number | null | undefined;
  birth?: string | null | undefined;
  tags?: string[] | null | undefined;
  tagsFa?: string[] | null | undefined;
};

const CITIES = ['تهران', 'تهران ', 'Tehran', 'TEHRAN', 'كرج', 'کرج', 'اصفهان', 'مشهد', 'a_b%c', 'شیراز‌نو', "o'hara"];
const CODES = ['F', 'M', 'f', 'x%', 'x_y', 'a#b', '#'];
const TAGS = ['vip', 'VIP', 'b2b', 'churn', 'a,b', '{x}'];
const TAGS_FA = ['وفادار', 'وفادار ', 'مشتري', 'مشتری', 'جدید'];

const iso = (epochDay: number): string => new Date(epochDay * DAY).toISOString().slice(0, 10);
const nowDay = Math.floor(NOW / DAY);

/** Instants near NOW (minute grid) and exactly on the usual cut-offs. */
const instantArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -800 * 1440, max: 30 * 1440 }).map((m) => NOW + m * 60_000),
  fc.constantFrom(1, 7, 30, 90, 365).map((d) => NOW - d * DAY),
  fc.constant(NOW),
);

/** Birth dates 1950–2010, with extra weight on the days around Nowruz and on 30 Esfand of leap years. */
const birthArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: Math.floor(Date.UTC(1950, 0, 1) / DAY), max: Math.floor(Date.UTC(2010, 11, 31) / DAY) }).map(iso),
  fc
    .tuple(fc.integer({ min: 1960, max: 2024 }), fc.integer({ min: 17, max: 24 }))
    .map(([y, d]) => iso(Date.UTC(y, 2, d) / DAY)),
  fc.integer({ min: nowDay - 3, max: nowDay + 40 }).map(iso),
);

const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> =>
  fc.oneof(
    { weight: 8, arbitrary: arb },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

/** A random record (values drawn from small pools so conditions often match). */
export const recordArb = (id: number): fc.Arbitrary<TestRecord> =>
  fc.record({
    id: fc.constant(id),
    age: nullable(fc.integer({ min: 0, max: 100 })),
    score: nullable(fc.constantFrom(0, 0.1, 0.5, 1.5, 2, -1, 1500, 1500.01)),
    city: nullable(fc.constantFrom(...CITIES)),
    code: nullable(fc.constantFrom(...CODES)),
    vip: nullable(fc.boolean()),
    lastAt: nullable(instantArb),
    lastMs: nullable(instantArb),
    birth: nullable(birthArb),
    tags: nullable(fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 })),
    tagsFa: nullable(fc.uniqueArray(fc.constantFrom(...TAGS_FA), { maxLength: 3 })),
  });

const rel = fc
  .record({
    amount: fc.integer({ min: 0, max: 400 }),
    unit: fc.constantFrom('day', 'week', 'month', 'year'),
  })
  .map((r) => (r.unit === 'year' ? { ...r, amount: r.amount % 4 } : r));
const months = fc.uniqueArray(
  fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom('current', 'next', 'previous')),
  {
    minLength: 1,
    maxLength: 3,
  },
);
const num = fc.constantFrom(0, 0.5, 1, 2, 18, 30, 40, 65, 1500);
const dateArb = fc.oneof(birthArb, fc.constantFrom('1990-03-21', '2025-03-15'));
const lo2hi = <T extends number | string>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, arb).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
const pick = (ops: string[], value: fc.Arbitrary<unknown>) => fc.record({ operator: fc.constantFrom(...ops), value });
const NULLS = ['null', 'notNull'];
const text = (pool: readonly string[]) => fc.constantFrom(...pool.filter((s) => s.trim() !== ''));
const cityText = text(['تهران', 'TEHRAN', 'کرج', 'كرج', 'ر', 'ان', 'a_b', '%', "o'h", 'شیراز نو']);

/** Valid conditions per field, with operands of the field's type. */
const LEAVES: Record<string, fc.Arbitrary<{ operator: string; value: unknown }>> = {
  age: fc.oneof(
    pick(['=', '!=', '<', '>', '<=', '>='], num),
    pick(['in', 'notIn'], fc.uniqueArray(num, { minLength: 1, maxLength: 4 })),
    pick(['between', 'notBetween'], lo2hi(num)),
    pick(NULLS, fc.constant(null)),
  ),
  score: fc.oneof(pick(['=', '!=', '<', '>', '<=', '>='], num), pick(['between', 'notBetween'], lo2hi(num))),
  city: fc.oneof(
    pick(
      ['=', '!=', 'contains', 'beginsWith', 'endsWith', 'doesNotContain', 'doesNotBeginWith', 'doesNotEndWith'],
      cityText,
    ),
    pick(['in', 'notIn'], fc.uniqueArray(cityText, { minLength: 1, maxLength: 3 })),
    pick(NULLS, fc.constant(null)),
  ),
  code: fc.oneof(
    pick(['=', '!=', 'contains', 'beginsWith', 'endsWith', 'doesNotContain'], text(CODES)),
    pick(['in', 'notIn'], fc.uniqueArray(text(CODES), { minLength: 1, maxLength: 3 })),
  ),
  vip: fc.oneof(pick(['=', '!='], fc.boolean()), pick(NULLS, fc.constant(null))),
  lastAt: fc.oneof(
    pick(['withinLast', 'notWithinLast', 'olderThan'], rel),
    pick(['<', '>=', '='], instantArb),
    pick(['between', 'notBetween'], lo2hi(instantArb)),
    pick(['jalaliMonthIs'], months),
    pick(NULLS, fc.constant(null)),
  ),
  lastMs: fc.oneof(
    pick(['withinLast', 'olderThan'], rel),
    pick(['>', '<='], instantArb),
    pick(['jalaliMonthIs'], months),
  ),
  birth: fc.oneof(
    pick(['=', '!=', '<', '>='], dateArb),
    pick(['in', 'notIn'], fc.uniqueArray(dateArb, { minLength: 1, maxLength: 3 })),
    pick(['between', 'notBetween'], lo2hi(dateArb)),
    pick(['withinLast', 'notWithinLast', 'olderThan'], rel),
    pick(['jalaliMonthIs'], months),
    pick(['birthdayWithinNext'], fc.integer({ min: 0, max: 60 })),
  ),
  tags: fc.oneof(
    pick(['contains', 'doesNotContain'], text(TAGS)),
    pick(['hasAny', 'hasAll', 'hasNone'], fc.uniqueArray(text(TAGS), { minLength: 1, maxLength: 3 })),
    pick(NULLS, fc.constant(null)),
  ),
  tagsFa: fc.oneof(
    pick(['contains', 'doesNotContain'], text(TAGS_FA)),
    pick(['hasAny', 'hasAll', 'hasNone'], fc.uniqueArray(text(TAGS_FA), { minLength: 1, maxLength: 2 })),
  ),
};

/** A random valid condition `{ field, operator, value }`. */
export const conditionArb: fc.Arbitrary<{ field: string; operator: string; value: unknown }> = fc
  .constantFrom(...Object.keys(LEAVES))
  .chain((field) =>
    (LEAVES[field] as fc.Arbitrary<{ operator: string; value: unknown }>).map((leaf) => ({ field, ...leaf })),
  );

/** A random valid rule in react-querybuilder's shape, up to three levels deep. */
export const ruleArb: fc.Arbitrary<SegmentRuleInput> = fc.letrec<{
  group: { combinator: string; not: boolean; rules: unknown[] };
  node: unknown;
}>((tie) => ({
  group: fc.record({
    combinator: fc.constantFrom('and', 'or'),
    not: fc.boolean(),
    rules: fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
  }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, conditionArb, tie('group')),
})).group as fc.Arbitrary<unknown> as fc.Arbitrary<SegmentRuleInput>;

/** The SQL table of the differential tests, and a row for a record (search keys written by the app). */
export const TABLE_SQL: string =
  'CREATE TABLE customers (id int PRIMARY KEY, age numeric, score float8, city text, city_key text, code text, vip boolean, ' +
  'last_at timestamptz, last_ms bigint, birth date, tags text[], tags_fa text[], tags_fa_key text[])';

const key = (s: string) => normalizePersian(s, { mode: 'search' });

/** Parameters of `INSERT INTO customers VALUES ($1 … $13)` for one record. */
export function rowValues(r: TestRecord): unknown[] {
  const v = <T>(x: T | null | undefined) => x ?? null;
  return [
    r.id,
    v(r.age),
    v(r.score),
    v(r.city),
    r.city == null ? null : key(r.city),
    v(r.code),
    v(r.vip),
    r.lastAt == null ? null : new Date(r.lastAt).toISOString(),
    v(r.lastMs),
    v(r.birth),
    v(r.tags),
    v(r.tagsFa),
    r.tagsFa == null ? null : r.tagsFa.map(key),
  ];
}
