// moshtari/clv: customer lifetime value. Build (frequency, recency, T) from a transaction log, fit
// BG/NBD (how often and how long customers buy) and Gamma-Gamma (how much), rank customers by
// 12-month CLV in Rial. Here the "store" is simulated from known parameters, so the fit can be checked.
import assert from 'node:assert/strict';
import {
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  clvToMoney,
  customerSummary,
  fitBgNbd,
  fitGammaGamma,
  rankCustomersByClv,
} from 'moshtari/clv';
import { formatMoney } from 'moshtari/money';

// 1. The summary uses civil dates ('YYYY-MM-DD'): same-day orders count once, the first one is the birth.
const [row] = customerSummary(
  [
    { customerId: 'a', date: '2024-01-01', amount: 1_000_000 },
    { customerId: 'a', date: '2024-01-08', amount: 3_000_000 },
  ],
  { observationEnd: '2024-01-15', timeUnit: 'week' },
);
assert.deepEqual([row?.frequency, row?.recency, row?.T, row?.monetary], [1, 1, 2, 3_000_000]); // weeks; repeat spend

// 2. Simulate 4,000 customers over 52 weeks from BG/NBD r 0.25, α 4, a 0.8, b 2.5 and Gamma-Gamma p 6, q 4,
//    γ 2,500,000 Rial (mulberry32 and Marsaglia-Tsang, seeded: the same data on every run).
let seed = 1404;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function gamma(shape: number): number {
  if (shape < 1) return gamma(shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  for (;;) {
    const x = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const v = (1 + x / Math.sqrt(9 * d)) ** 3;
    if (v > 0 && Math.log(1 - random()) < (x * x) / 2 + d - d * v + d * Math.log(v)) return d * v;
  }
}
const truth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
const rows = Array.from({ length: 4000 }, (_, i) => {
  const [lambda, p, T] = [gamma(truth.r) / truth.alpha, gamma(truth.a) / (gamma(truth.a) + gamma(truth.b)), 52];
  const wait = () => -Math.log(1 - random()) / lambda; // exponential gaps: a Poisson process
  let [frequency, recency] = [0, 0];
  for (let t = wait(); t <= T; t += wait()) {
    [frequency, recency] = [frequency + 1, t];
    if (random() < p) break; // drops out after this repeat purchase
  }
  const monetary = frequency === 0 ? 0 : (gamma(6 * frequency) * 2_500_000) / gamma(4) / frequency;
  return { customerId: `c-${i}`, frequency, recency, T, monetary };
});

// 3. Fit both models. The fit reports honestly whether it converged.
const model = fitBgNbd(rows);
const spend = fitGammaGamma(rows);
assert.ok(model.converged && spend.converged, `${model.message} / ${spend.message}`);
const { r, alpha } = model.params;
assert.ok(Math.abs(r / alpha / (truth.r / truth.alpha) - 1) < 0.15, 'purchase rate recovered within 15 %');
const ll = (params: typeof truth) => rows.reduce((sum, row) => sum + bgNbdLogLikelihood(params, row), 0);
assert.ok(ll(model.params) >= ll(truth)); // the maximum-likelihood fit beats the true parameters on this sample
const meanSpend = (spend.params.p * spend.params.gamma) / (spend.params.q - 1); // population mean, truth 5,000,000
assert.ok(Math.abs(meanSpend / 5_000_000 - 1) < 0.05, 'mean spend recovered within 5 %');

// 4. Rank by 12-month CLV (1 % a month discount) and turn the float into exact Rial, rounding down.
const options = { model, spend: spend.params, timeUnit: 'week', horizonMonths: 12, monthlyDiscountRate: 0.01 } as const;
const ranking = rankCustomersByClv(rows, options);
assert.equal(ranking[0]?.rank, 1);
assert.ok(ranking.every((c, i) => i === 0 || (ranking[i - 1]?.clv ?? 0) >= c.clv));
const top = ranking[0];
assert.ok(top !== undefined && top.probabilityAlive > 0 && top.clv > 0);

// 5. At the published CDNOW parameters, P(alive) of a customer with x 2, t_x 30.43, T 38.86 weeks is 0.7266.
const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
assert.ok(Math.abs(bgNbdProbabilityAlive(cdnow, { frequency: 2, recency: 30.43, T: 38.86 }) - 0.7266) < 1e-4);

const f = (x: number) => x.toFixed(3);
console.log(`BG/NBD r ${f(r)} α ${f(alpha)} a ${f(model.params.a)} b ${f(model.params.b)} (truth 0.25 4 0.8 2.5)`);
console.log(`Gamma-Gamma mean spend ${formatMoney(clvToMoney(meanSpend, 'down'), { locale: 'en' })} (truth 5,000,000)`);
console.log(
  `top ${top.customerId}: P(alive) ${f(top.probabilityAlive)}, CLV ${formatMoney(clvToMoney(top.clv, 'down'))}`,
);
