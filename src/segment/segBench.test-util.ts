// The rule and data of ../shared/reference/scripts/seg-bench.mjs, reproduced exactly (same seeded
// generator, same pinned "now"), for the tests and bench/segment.bench.ts (test-only; not exported).
import type { SegmentCatalog } from './index.js';

const DAY = 86_400_000;
/** seg-bench's pinned "now": 2025-06-01T00:00Z. */
export const BENCH_NOW: number = Date.UTC(2025, 5, 1);
/** The pre-resolved cutoff of "within the last 90 days" that RQB-style exporters see. */
export const BENCH_CUTOFF: number = BENCH_NOW - 90 * DAY;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  'Tehran',
  'Mashhad',
  'Isfahan',
  'Karaj',
  'Shiraz',
  'Tabriz',
  'Qom',
  'Ahvaz',
  'Kermanshah',
  'Urmia',
  'Rasht',
  'Zahedan',
  'Hamadan',
  'Kerman',
  'Yazd',
  'Ardabil',
  'Bandar Abbas',
  'Arak',
  'Zanjan',
  'Sanandaj',
];
const TAGS = [
  'vip',
  'newsletter',
  'wholesale',
  'b2b',
  'churn-risk',
  'app-user',
  'referral',
  'coupon',
  'loyalty',
  'returning',
];
/** The five cities of the rule. */
export const SEG_CITIES: readonly string[] = ['Tehran', 'Mashhad', 'Isfahan', 'Shiraz', 'Tabriz'];

/** A synthetic customer of seg-bench. */
export type BenchCustomer = {
  readonly id: number;
  readonly age: number;
  readonly gender: string;
  readonly city: string;
  readonly totalSpend: number;
  readonly orderCount: number;
  readonly lastPurchaseAt: number;
  readonly tags: readonly string[];
};

/** seg-bench's `genData(n, 42)`: the same records, in the same order. */
export function benchData(n: number, seed = 42): BenchCustomer[] {
  const rnd = mulberry32(seed);
  const out: BenchCustomer[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const ntags = Math.floor(rnd() * 4);
    const tags: string[] = [];
    for (let k = 0; k < ntags; k++) {
      const t = TAGS[Math.floor(rnd() * TAGS.length)] as string;
      if (!tags.includes(t)) tags.push(t);
    }
    const orderCount = Math.floor(-Math.log(1 - rnd()) * 4);
    out[i] = {
      id: i,
      age: 18 + Math.floor(rnd() * 62),
      gender: rnd() < 0.5 ? 'F' : 'M',
      city: CITIES[Math.floor(rnd() ** 1.5 * CITIES.length)] as string,
      totalSpend: Math.round(orderCount * (20 + rnd() * 400) * 100) / 100,
      orderCount,
      lastPurchaseAt: BENCH_NOW - Math.floor(rnd() * 730 * DAY),
      tags,
    };
  }
  return out;
}

/** seg-bench's RULE (7 leaves, 2 levels) in react-querybuilder's shape. */
export const BENCH_RULE: {
  readonly combinator: 'or';
  readonly rules: readonly {
    readonly combinator: 'and';
    readonly rules: readonly { field: string; operator: string; value: unknown }[];
  }[];
} = {
  combinator: 'or',
  rules: [
    {
      combinator: 'and',
      rules: [
        { field: 'age', operator: 'between', value: [25, 40] },
        { field: 'city', operator: 'in', value: ['Tehran', 'Mashhad', 'Isfahan', 'Shiraz', 'Tabriz'] },
        { field: 'gender', operator: '=', value: 'F' },
      ],
    },
    {
      combinator: 'and',
      rules: [
        { field: 'totalSpend', operator: '>', value: 1500 },
        { field: 'orderCount', operator: '>=', value: 3 },
        { field: 'lastPurchaseAt', operator: 'withinLast', value: { amount: 90, unit: 'day' } },
        { field: 'tags', operator: 'contains', value: 'vip' },
      ],
    },
  ],
};

/** seg-bench's SCHEMA as a catalog: codes compared exactly, as the reference evaluators do. */
export const BENCH_CATALOG: SegmentCatalog = {
  age: { type: 'number' },
  gender: { type: 'string', text: 'exact' },
  city: { type: 'string', text: 'exact' },
  totalSpend: { type: 'number' },
  orderCount: { type: 'number' },
  lastPurchaseAt: { type: 'instant' },
  tags: { type: 'string[]', text: 'exact' },
};

const CITY_ARR = SEG_CITIES.slice();
/** seg-bench's hand-written predicate (a). */
export const handWritten = (r: BenchCustomer): boolean =>
  (r.age >= 25 && r.age <= 40 && CITY_ARR.includes(r.city) && r.gender === 'F') ||
  (r.totalSpend > 1500 && r.orderCount >= 3 && r.lastPurchaseAt >= BENCH_CUTOFF && r.tags.includes('vip'));
