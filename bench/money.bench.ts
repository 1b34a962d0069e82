// Money anchor (issue #2): applying a rate to 1M amounts must take ≤ 3× a hand-written bigint loop.
// All tasks take the same 1M canonical Rial strings and return 1M results, rate 0.155, rounding down.
import { Decimal } from 'decimal.js';
import { applyRate, applyRateToAll, createRateApplier, type Money, rial } from '../src/money/index.js';
import { compare, type SuiteResult } from './harness.js';

const N = 1_000_000;

export default async function moneyBench(): Promise<SuiteResult[]> {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const amounts: Money[] = Array.from({ length: N }, () => rial(BigInt(next()) * BigInt(next() % 1000)));
  const strings = amounts.map((m) => m.amount);
  const D64 = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_DOWN });
  const rateD = new D64('0.155');
  const applier = createRateApplier('0.155', 'down');

  const batch = await compare({
    module: 'money',
    title: 'apply rate 0.155 (round down) to 1M Rial amounts, strings in and out',
    subject: 'moshtari applyRateToAll',
    budget: { anchor: 'hand-written bigint loop', maxRatio: 3 },
    iterations: 5,
    time: 0,
    tasks: {
      'moshtari applyRateToAll': () => applyRateToAll(amounts, '0.155', 'down'),
      'moshtari createRateApplier (map)': () => amounts.map(applier),
      'moshtari applyRate per call': () => amounts.map((m) => applyRate(m, '0.155', 'down')),
      'hand-written bigint loop': () => {
        const out = new Array<string>(N);
        for (let i = 0; i < N; i++) out[i] = ((BigInt(strings[i] as string) * 155n) / 1000n).toString();
        return out;
      },
      'decimal.js precision 64': () => {
        const out = new Array<string>(N);
        for (let i = 0; i < N; i++) out[i] = new D64(strings[i] as string).mul(rateD).toFixed(0, Decimal.ROUND_DOWN);
        return out;
      },
    },
  });
  return [batch];
}
