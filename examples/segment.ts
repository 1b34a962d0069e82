// moshtari/segment: a segment rule in react-querybuilder's JSON, validated against a field catalog,
// compiled to a JS predicate and to parameterized PostgreSQL; RFM scores with deterministic ties;
// the five-metal value pyramid.
import assert from 'node:assert/strict';
import {
  compileSegment,
  explainSegment,
  parseSegmentRule,
  rfmScores,
  rfmSegment,
  type SegmentCatalog,
  segmentToSql,
  valuePyramid,
} from 'moshtari/segment';

const rule = {
  combinator: 'and',
  rules: [
    { field: 'city', operator: 'in', value: 'تهران, اصفهان' },
    { field: 'totalSpend', operator: '>', value: '50000000' },
    { field: 'lastPurchaseAt', operator: 'withinLast', value: { amount: 90, unit: 'day' } },
  ],
};
const catalog: SegmentCatalog = {
  city: { type: 'string', sql: { column: 'city_key', searchKey: true } }, // column holds the search key
  totalSpend: { type: 'number', sql: { column: 'total_spend_rial' } },
  lastPurchaseAt: { type: 'instant', sql: { column: 'last_purchase_at' } },
};
const options = { catalog, now: new Date('2025-06-01T08:00:00Z') }; // relative times in Asia/Tehran

// 1. Validation names every bad rule by its path; a malformed rule never matches everyone.
const typo = parseSegmentRule({ combinator: 'and', rules: [{ field: 'cty', operator: '=', value: 'تهران' }] }, catalog);
assert.equal(typo.ok ? undefined : typo.error.issues[0]?.path, '$.rules[0].field');

// 2. The same rule as a JS predicate (no eval) and as a WHERE clause with bind parameters.
const customers = [
  { id: 1, city: 'تهران', totalSpend: 60_000_000, lastPurchaseAt: Date.UTC(2025, 4, 20) },
  { id: 2, city: 'اصفهان', totalSpend: 90_000_000, lastPurchaseAt: Date.UTC(2025, 4, 2) },
  { id: 3, city: 'شيراز', totalSpend: 90_000_000, lastPurchaseAt: Date.UTC(2025, 4, 2) },
  { id: 4, city: 'تهران', totalSpend: 70_000_000, lastPurchaseAt: Date.UTC(2024, 4, 2) },
];
const inSegment = compileSegment(rule, options);
assert.deepEqual(
  customers.filter(inSegment).map((c) => c.id),
  [1, 2],
);
const where = segmentToSql(rule, options);
assert.ok(where.text.startsWith('(("city_key" IS NOT NULL AND "city_key" = ANY($1::text[]))'));
assert.deepEqual(where.values.slice(0, 2), [['تهران', 'اصفهان'], 50_000_000]);

// 3. Why is customer 3 not in the segment?
const why = explainSegment(rule, customers[2] ?? {}, options);
if (why.kind !== 'group') throw new Error('the root of a rule is a group');
assert.deepEqual(
  why.rules.map((r) => r.result),
  [false, true, true],
); // the city is not in the list

// 4. RFM on the percent-rank method: equal values always get equal scores. Ties share the lowest
//    rank (SQL RANK()), so the tied best pair scores 4, not 5 — the same in JS and in rfmToSql.
const { scores } = rfmScores(
  [
    { id: 'a', lastPurchaseAt: '2025-05-30', frequency: 9, monetary: 900 },
    { id: 'b', lastPurchaseAt: '2025-05-30', frequency: 9, monetary: 900 }, // a tie with 'a'
    { id: 'c', lastPurchaseAt: '2025-03-15', frequency: 3, monetary: 300 },
    { id: 'd', lastPurchaseAt: '2025-01-02', frequency: 1, monetary: 40 },
  ],
  { asOf: Date.UTC(2025, 5, 1) },
);
assert.deepEqual(
  scores.map((s) => s.cell),
  ['444', '444', '222', '111'],
);
const names = rfmSegment(scores);
assert.deepEqual(names, ['Loyal Customers', 'Loyal Customers', 'Hibernating', 'Hibernating']);

// 5. Value pyramid: top 5 % platinum, then 15 % gold, 30 % silver, 30 % bronze, 20 % tin.
const pyramid = valuePyramid(
  Array.from({ length: 100 }, (_, i) => ({ id: i, margin: 100 - i })),
  { value: 'margin' },
);
assert.deepEqual(
  pyramid.levels.map((l) => l.customers),
  [5, 15, 30, 30, 20],
);

console.log(`in segment: ${customers.filter(inSegment).map((c) => c.id)}; SQL: WHERE ${where.text.slice(0, 60)}…`);
console.log(`customer 3: ${why.rules.map((r) => `${r.path} ${r.result}`).join(', ')}`);
console.log(`RFM: ${scores.map((s, i) => `${s.id}=${s.cell} ${names[i]}`).join(', ')}`);
console.log(`pyramid: ${pyramid.levels.map((l) => `${l.name} ${l.customers}`).join(', ')}`);
