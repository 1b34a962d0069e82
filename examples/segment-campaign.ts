// Cross-module: pick a campaign audience with a rule built in a react-querybuilder UI, run it in JS and
// in PostgreSQL (PGlite here) with the same result, score RFM in both places, hold out 20 % of the
// audience, then read the campaign's uplift. Modules: segment, text, metrics.
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import { assignHoldout, campaignUplift } from 'moshtari/metrics';
import { compileSegment, rfmScores, rfmToSql, type SegmentCatalog, segmentToSql } from 'moshtari/segment';
import { normalizePersian } from 'moshtari/text';

const now = new Date('2025-06-01T08:00:00Z'); // 1404/03/11 11:30 Tehran
const day = 86_400_000;
const cities = ['تهران', 'اصفهان', 'شيراز', 'تبريز', 'مشهد']; // Arabic ي as old POS systems write it
const customers = Array.from({ length: 60 }, (_, i) => ({
  id: i + 1,
  city: cities[i % 5] ?? '',
  orders: 1 + ((i * 7) % 12),
  totalSpend: 5_000_000 * (1 + ((i * 13) % 40)), // Rial
  lastPurchaseAt: now.getTime() - (1 + ((i * 11) % 200)) * day,
}));

// The rule as the UI sends it: Isfahan or Shiraz ("شیراز" typed with the Persian ی), a big spender,
// bought in the last 90 days.
const rule = {
  combinator: 'and',
  rules: [
    { field: 'city', operator: 'in', value: 'اصفهان, شیراز' },
    { field: 'totalSpend', operator: '>=', value: 50_000_000 },
    { field: 'lastPurchaseAt', operator: 'withinLast', value: { amount: 90, unit: 'day' } },
  ],
};
const catalog: SegmentCatalog = {
  city: { type: 'string', sql: { column: 'city_key', searchKey: true } },
  totalSpend: { type: 'number', sql: { column: 'total_spend_rial' } },
  lastPurchaseAt: { type: 'instant', sql: { column: 'last_purchase_at' } },
};
const inJs = customers.filter(compileSegment(rule, { catalog, now })).map((c) => c.id);

const db = await PGlite.create();
await db.exec(`CREATE TABLE customers (id int PRIMARY KEY, city_key text, orders int,
  total_spend_rial numeric, last_purchase_at timestamptz)`);
for (const c of customers) {
  const cityKey = normalizePersian(c.city, { mode: 'search' }); // what the JS side compares
  const values = [c.id, cityKey, c.orders, c.totalSpend, new Date(c.lastPurchaseAt).toISOString()];
  await db.query('INSERT INTO customers VALUES ($1, $2, $3, $4, $5)', values);
}
const where = segmentToSql(rule, { catalog, now });
const sql = await db.query<{ id: number }>(`SELECT id FROM customers WHERE ${where.text} ORDER BY id`, [
  ...where.values,
]);
assert.deepEqual(
  sql.rows.map((r) => r.id),
  inJs,
);
const matchedCities = new Set(inJs.map((id) => customers[id - 1]?.city));
assert.deepEqual([...matchedCities].sort(), ['اصفهان', 'شيراز']); // 'شیراز' matched the Arabic-ي spelling

// RFM: identical quintiles in JS and SQL (ties share the lowest rank in both).
const rfmJs = rfmScores(
  customers.map((c) => ({ id: c.id, lastPurchaseAt: c.lastPurchaseAt, frequency: c.orders, monetary: c.totalSpend })),
  { asOf: now },
);
const q = rfmToSql({
  table: 'customers',
  columns: { id: 'id', lastPurchaseAt: 'last_purchase_at', frequency: 'orders', monetary: 'total_spend_rial' },
  asOf: now,
});
const rfmSql = await db.query<{ id: number; cell: string }>(`${q.text} ORDER BY id`, [...q.values]);
assert.deepEqual(
  rfmSql.rows.map((r) => `${r.id}:${r.cell}`),
  rfmJs.scores.map((s) => `${s.id}:${s.cell}`),
);
await db.close();

// Hold out 20 % of the audience, the same split on every run; after the campaign, test the uplift.
const holdout = inJs.filter((id) => assignHoldout(String(id), 'khordad-1404', 0.2) === 'holdout');
const share = Array.from({ length: 10_000 }, (_, i) => assignHoldout(`c-${i}`, 'khordad-1404', 0.2));
const heldOut = share.filter((g) => g === 'holdout').length / share.length;
assert.ok(heldOut > 0.18 && heldOut < 0.22, `hold-out share ${heldOut}`);
const lift = campaignUplift({ size: 4_000, conversions: 260 }, { size: 1_000, conversions: 45 });
if (!lift.ok) throw new Error(lift.error.message);
assert.ok(lift.value.significant && lift.value.absoluteLift > 0.019 && lift.value.absoluteLift < 0.0201);

console.log(`audience (JS = SQL): ${inJs.join(', ')}; held out: ${holdout.join(', ') || 'none'}`);
console.log(
  `RFM cells agree for ${rfmJs.scores.length} customers, e.g. ${rfmJs.scores
    .slice(0, 3)
    .map((s) => `${s.id}=${s.cell}`)
    .join(' ')}`,
);
console.log(`uplift ${(lift.value.absoluteLift * 100).toFixed(2)} points, p ${lift.value.pValue.toFixed(4)}`);
