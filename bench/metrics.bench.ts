// Metrics anchor (issue #9): a cohort retention matrix by Jalali month (Asia/Tehran) over 1M
// transactions must be fast. Every task takes the same 1M seeded `{ customerId, at }` rows (200k
// customers acquired over three years, later purchases spread after acquisition) and returns the
// full matrix. The anchor is the obvious implementation: toJalali per row, a Map of Sets per cohort.
// Budget: at least 1.5× faster than that anchor (typically 2.5–3×; the margin absorbs GC noise).
// Only two tasks, 5 measured calls each: tinybench also warms each task up 16 times (not settable
// through harness.ts), so the suite makes ~21 calls of each (~0.25 s and ~0.7 s): about 20 s.
import { cohortRetentionMatrix } from '../src/metrics/index.js';
import { naiveCohortMatrix } from '../src/metrics/naiveCohorts.test-util.js';
import { compare, type SuiteResult } from './harness.js';

const N = 1_000_000;
const CUSTOMERS = 200_000;
const DAY = 86_400_000;

export default async function metricsBench(): Promise<SuiteResult[]> {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const from = Date.UTC(2022, 2, 21); // 1401/1/1
  const span = 3 * 365 * DAY;
  const acquired = Array.from({ length: CUSTOMERS }, () => from + Math.floor(next() * span));
  const transactions = Array.from({ length: N }, (_, i) => {
    const c = i < CUSTOMERS ? i : Math.floor(next() * CUSTOMERS);
    const start = acquired[c] as number;
    const gap = i < CUSTOMERS ? 0 : Math.floor(-Math.log(1 - next()) * 150 * DAY); // mean 150 days
    return { customerId: `c${c}`, at: Math.min(start + gap, from + span) };
  });

  const matrix = await compare({
    module: 'metrics',
    title: 'cohort retention matrix by Jalali month (Tehran), 1M transactions, 200k customers',
    subject: 'moshtari cohortRetentionMatrix',
    budget: { anchor: 'naive: toJalali per row + Map of Sets', maxRatio: 0.67 },
    iterations: 5,
    time: 0,
    warmupIterations: 2,
    tasks: {
      'moshtari cohortRetentionMatrix': () => cohortRetentionMatrix(transactions),
      'naive: toJalali per row + Map of Sets': () => naiveCohortMatrix(transactions),
    },
  });
  return [matrix];
}
