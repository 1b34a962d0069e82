// Segment anchors (issue #5), on the rule and data of ../shared/reference/scripts/seg-bench.mjs
// (1M seeded customers, pinned now, 53,208 matches):
//  1. compileSegment ≤ 1.3× the hand-written predicate (tinybench via compare()), measured as
//     seg-bench does: the rule is the first one compiled in the process (seg-bench runs each
//     evaluator in its own child process).
//  2. json-logic-js (rule exported by react-querybuilder) ≥ 20× slower than compileSegment, and
//     json-rules-engine (await engine.run per record, timed on the first 20,000 records and scaled
//     ×50 to 1M). Both anchors take seconds per pass, so this table is timed by hand in the same
//     process: 1 untimed warm-up + 3 timed passes per row, as seg-bench does (1 + 5).
//  3. RFM of 1M customers: rfmScores (percent rank, ties kept together) against a JS port of the
//     usual pandas qcut-on-rank; pandas itself takes about 0.5 s per 1M on these machines (reference).
//     Timed by hand too (tinybench's 16 warm-up calls would take a minute here).
import { formatQuery } from '@react-querybuilder/core/formatQuery';
import jsonLogic from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import { compileSegment, type RfmCustomer, rfmScores, rfmSegment } from '../src/segment/index.js';
import {
  BENCH_CATALOG,
  BENCH_CUTOFF,
  BENCH_NOW,
  BENCH_RULE,
  type BenchCustomer,
  benchData,
  handWritten,
  SEG_CITIES,
} from '../src/segment/segBench.test-util.js';
import { type BenchRow, compare, consume, type SuiteResult } from './harness.js';

const N = 1_000_000;
const JRE_SAMPLE = 20_000;

function count(data: readonly BenchCustomer[], fn: (r: BenchCustomer) => boolean): number {
  let c = 0;
  for (let i = 0; i < data.length; i++) if (fn(data[i] as BenchCustomer)) c++;
  return c;
}

async function countAsync(data: readonly BenchCustomer[], fn: (r: BenchCustomer) => Promise<boolean>): Promise<number> {
  let c = 0;
  for (let i = 0; i < data.length; i++) if (await fn(data[i] as BenchCustomer)) c++;
  return c;
}

/** Mean time of `runs` passes after one untimed warm-up, scaled by `scale` (a sample's share of 1M). */
async function timed(task: string, pass: () => unknown, runs: number, scale = 1): Promise<Omit<BenchRow, 'vsSubject'>> {
  await pass();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    consume(await pass());
    times.push((performance.now() - start) * scale);
  }
  const mean = times.reduce((a, b) => a + b, 0) / runs;
  const sd = Math.sqrt(times.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, runs - 1));
  return { task, meanNs: mean * 1e6, opsPerSec: 1000 / mean, rme: (100 * 1.96 * sd) / Math.sqrt(runs) / mean };
}

function qcutOnRank(values: Float64Array, bins: number): Int8Array {
  // pandas: pd.qcut(x.rank(method='first'), bins, labels=1..bins): ties broken by position, equal-size bins
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (values[a] as number) - (values[b] as number) || a - b,
  );
  const out = new Int8Array(n);
  order.forEach((i, rank) => {
    out[i] = 1 + Math.floor((bins * rank) / n);
  });
  return out;
}

export default async function segmentBench(): Promise<SuiteResult[]> {
  const data = benchData(N);
  // 1. As seg-bench measures it (each evaluator in a fresh process): the first segment compiled in
  //    the process, each evaluator in its own counting loop.
  const moshtari = compileSegment<BenchCustomer>(BENCH_RULE, { catalog: BENCH_CATALOG, now: BENCH_NOW });
  const runMoshtari = () => {
    let c = 0;
    for (let i = 0; i < data.length; i++) if (moshtari(data[i] as BenchCustomer)) c++;
    return c;
  };
  const runHand = () => {
    let c = 0;
    for (let i = 0; i < data.length; i++) if (handWritten(data[i] as BenchCustomer)) c++;
    return c;
  };
  if (runMoshtari() !== 53_208 || runHand() !== 53_208) throw new Error('counts differ from seg-bench (53,208)');
  const predicate = await compare({
    module: 'segment',
    title:
      'seg-bench rule (7 conditions, 2 levels) on 1M customers, 53,208 matches; first segment compiled in the process',
    subject: 'moshtari compileSegment',
    budget: { anchor: 'hand-written predicate', maxRatio: 1.3 },
    iterations: 10,
    time: 0,
    tasks: { 'moshtari compileSegment': runMoshtari, 'hand-written predicate': runHand },
  });

  // 2. The anchors. Compiling more segments makes V8 share type feedback between closures made by
  //    the same code (no more per-closure constant folding), so moshtari is timed again here.
  const search = {
    ...BENCH_CATALOG,
    city: { type: 'string' },
    gender: { type: 'string' },
    tags: { type: 'string[]' },
  } as const;
  const moshtariSearch = compileSegment<BenchCustomer>(BENCH_RULE, { catalog: search, now: BENCH_NOW });
  const absolute = structuredClone(BENCH_RULE) as unknown as { rules: { rules: unknown[] }[] };
  (absolute.rules[1] as { rules: unknown[] }).rules[2] = {
    field: 'lastPurchaseAt',
    operator: '>=',
    value: BENCH_CUTOFF,
  };
  const logic = formatQuery(absolute as never, 'jsonlogic');
  const jsonLogicFn = (r: BenchCustomer) => jsonLogic.truthy(jsonLogic.apply(logic as never, r));
  const engine = new Engine();
  engine.addRule({
    conditions: {
      any: [
        {
          all: [
            { fact: 'age', operator: 'greaterThanInclusive', value: 25 },
            { fact: 'age', operator: 'lessThanInclusive', value: 40 },
            { fact: 'city', operator: 'in', value: [...SEG_CITIES] },
            { fact: 'gender', operator: 'equal', value: 'F' },
          ],
        },
        {
          all: [
            { fact: 'totalSpend', operator: 'greaterThan', value: 1500 },
            { fact: 'orderCount', operator: 'greaterThanInclusive', value: 3 },
            { fact: 'lastPurchaseAt', operator: 'greaterThanInclusive', value: BENCH_CUTOFF },
            { fact: 'tags', operator: 'contains', value: 'vip' },
          ],
        },
      ],
    },
    event: { type: 'in-segment' },
  });
  const jre = async (r: BenchCustomer) => (await engine.run(r as never)).events.length > 0;
  const sample = data.slice(0, JRE_SAMPLE);
  const counts = [count(data, moshtariSearch), count(data, jsonLogicFn)];
  if (counts.some((c) => c !== 53_208)) throw new Error(`counts differ: ${counts}`);
  if ((await countAsync(sample, jre)) !== count(sample, handWritten)) throw new Error('json-rules-engine disagrees');

  const rows = [
    await timed('moshtari compileSegment', () => count(data, moshtari), 3),
    await timed(
      'moshtari compileSegment (city, gender, tags Persian-normalised)',
      () => count(data, moshtariSearch),
      3,
    ),
    await timed('hand-written predicate', () => count(data, handWritten), 3),
    await timed('json-logic-js apply (rule exported by react-querybuilder)', () => count(data, jsonLogicFn), 3),
    await timed(
      `json-rules-engine await run() (${JRE_SAMPLE / 1000}k records, ×${N / JRE_SAMPLE})`,
      () => countAsync(sample, jre),
      3,
      N / JRE_SAMPLE,
    ),
  ];
  const subjectNs = (rows[0] as BenchRow).meanNs;
  const anchorNs = (rows[3] as BenchRow).meanNs;
  const anchors: SuiteResult = {
    module: 'segment',
    title:
      'seg-bench rule on 1M customers vs the anchors, several segments compiled (1 warm-up + 3 timed passes each; json-rules-engine timed on 20k records, scaled ×50)',
    subject: 'moshtari compileSegment',
    rows: rows.map((r) => ({ ...r, vsSubject: r.meanNs / subjectNs })),
    budget: {
      anchor: 'json-logic-js apply (rule exported by react-querybuilder)',
      maxRatio: 0.05,
      ratio: subjectNs / anchorNs,
      met: subjectNs / anchorNs <= 0.05,
    },
  };

  const DAY = 86_400_000;
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const customers: RfmCustomer[] = Array.from({ length: N }, (_, id) => {
    const frequency = 1 + Math.floor(-Math.log(1 - next()) * 3);
    return {
      id,
      lastPurchaseAt: BENCH_NOW - Math.floor(next() * 730 * DAY),
      frequency,
      monetary: Math.round(frequency * (20 + next() * 400)),
    };
  });
  const recency = Float64Array.from(customers, (c) => -(c.lastPurchaseAt as number));
  const frequency = Float64Array.from(customers, (c) => c.frequency);
  const monetary = Float64Array.from(customers, (c) => c.monetary as number);
  const rfmRows = [
    await timed('moshtari rfmScores', () => rfmScores(customers, { asOf: BENCH_NOW }), 3),
    await timed(
      'moshtari rfmScores + rfmSegment',
      () => rfmSegment(rfmScores(customers, { asOf: BENCH_NOW }).scores),
      3,
    ),
    await timed(
      'JS port of pandas qcut(rank(method="first"))',
      () => [qcutOnRank(recency, 5), qcutOnRank(frequency, 5), qcutOnRank(monetary, 5)],
      3,
    ),
  ];
  // The anchor is pandas itself (Python is not on these machines): its figure is a fixed row.
  const PANDAS = 'pandas qcut-on-rank RFM, 1M customers (issue #5 reference figure, not run here)';
  rfmRows.push({ task: PANDAS, meanNs: 500e6, opsPerSec: 2, rme: 0 });
  const rfmNs = (rfmRows[0] as BenchRow).meanNs;
  const rfm: SuiteResult = {
    module: 'segment',
    title: 'RFM quintile scores of 1M customers (1 warm-up + 3 timed passes)',
    subject: 'moshtari rfmScores',
    rows: rfmRows.map((r) => ({ ...r, vsSubject: r.meanNs / rfmNs })),
    budget: { anchor: PANDAS, maxRatio: 1, ratio: rfmNs / 500e6, met: rfmNs <= 500e6 },
  };
  return [predicate, anchors, rfm];
}
