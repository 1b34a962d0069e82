import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BtydCustomer,
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  bgNbdPurchaseProbability,
  fitBgNbd,
  gammaGammaExpectedSpend,
  mbgNbdConditionalExpectedPurchases,
  mbgNbdProbabilityAlive,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
} from './index.js';
import { lnGamma } from './special.js';

const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const bgParams = fc.record({
  r: positive(0.05, 5),
  alpha: positive(0.1, 50),
  a: positive(0.05, 5),
  b: positive(0.05, 10),
});
const pnbdParams = fc.record({
  r: positive(0.05, 5),
  alpha: positive(0.1, 50),
  s: positive(0.05, 5),
  beta: positive(0.1, 50),
});
const customer: fc.Arbitrary<BtydCustomer> = fc
  .tuple(fc.integer({ min: 0, max: 60 }), positive(0, 1), positive(0, 100))
  .map(([x, share, T]) => ({ frequency: x, recency: x === 0 ? 0 : share * T, T }));
const horizon = positive(0, 200);

describe('BTYD model invariants', () => {
  it('P(alive) is a probability; BG/NBD gives 1 without repeats', () => {
    fc.assert(
      fc.property(bgParams, pnbdParams, customer, (p, q, c) => {
        for (const v of [bgNbdProbabilityAlive(p, c), mbgNbdProbabilityAlive(p, c), paretoNbdProbabilityAlive(q, c)]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        if (c.frequency === 0) expect(bgNbdProbabilityAlive(p, c)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('conditional expectations are ≥ 0, start at 0 and grow with the horizon', () => {
    fc.assert(
      fc.property(bgParams, pnbdParams, customer, horizon, horizon, (p, q, c, t1, t2) => {
        const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
        for (const f of [
          (t: number) => bgNbdConditionalExpectedPurchases(p, c, t),
          (t: number) => mbgNbdConditionalExpectedPurchases(p, c, t),
          (t: number) => paretoNbdConditionalExpectedPurchases(q, c, t),
        ]) {
          expect(f(0)).toBe(0);
          const a = f(lo);
          const b = f(hi);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeGreaterThanOrEqual(a * (1 - 1e-9) - 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rescaling time by c (and α, β with it) leaves P(alive) unchanged and shifts the LL by −x·ln c', () => {
    fc.assert(
      fc.property(bgParams, pnbdParams, customer, positive(0.1, 10), (p, q, c, k) => {
        const scaled = { frequency: c.frequency, recency: c.recency * k, T: c.T * k };
        const p2 = { ...p, alpha: p.alpha * k };
        const q2 = { ...q, alpha: q.alpha * k, beta: q.beta * k };
        expect(bgNbdProbabilityAlive(p2, scaled)).toBeCloseTo(bgNbdProbabilityAlive(p, c), 9);
        expect(paretoNbdProbabilityAlive(q2, scaled)).toBeCloseTo(paretoNbdProbabilityAlive(q, c), 8);
        const shift = -c.frequency * Math.log(k);
        expect(bgNbdLogLikelihood(p2, scaled)).toBeCloseTo(bgNbdLogLikelihood(p, c) + shift, 8);
        expect(paretoNbdLogLikelihood(q2, scaled)).toBeCloseTo(paretoNbdLogLikelihood(q, c) + shift, 7);
      }),
      { numRuns: 200 },
    );
  });

  it('the BG/NBD pmf sums to 1 and its mean is E[X(t)]', () => {
    fc.assert(
      fc.property(
        bgParams.filter((p) => p.a > 3),
        positive(0.5, 30),
        (p, t) => {
          let sum = 0;
          let mean = 0;
          for (let k = 0; k < 4000 && sum < 1 - 1e-13; k++) {
            const v = bgNbdPurchaseProbability(p, t, k);
            sum += v;
            mean += k * v;
          }
          // P(X = k) decays like k^−(a+1): truncated sums converge slowly for small a
          expect(sum).toBeCloseTo(1, 7);
          expect(mean).toBeCloseTo(bgNbdExpectedPurchases(p, t), 3);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('Gamma-Gamma expected spend lies between the population mean and the customer’s own mean', () => {
    fc.assert(
      fc.property(
        positive(0.1, 20),
        positive(1.05, 20),
        positive(0.1, 100),
        fc.integer({ min: 1, max: 50 }),
        positive(0.01, 1000),
        (p, q, gamma, x, z) => {
          const e = gammaGammaExpectedSpend({ p, q, gamma }, { frequency: x, monetary: z });
          const population = (p * gamma) / (q - 1);
          expect(e).toBeGreaterThanOrEqual(Math.min(population, z) * (1 - 1e-12));
          expect(e).toBeLessThanOrEqual(Math.max(population, z) * (1 + 1e-12));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lnΓ(x + 1) = lnΓ(x) + ln x', () => {
    fc.assert(
      fc.property(positive(1e-3, 1e4), (x) => {
        expect(lnGamma(x + 1)).toBeCloseTo(lnGamma(x) + Math.log(x), 9);
      }),
      { numRuns: 1000 },
    );
  });

  it('a fit is the same for duplicated rows and for weights, and never worse than its starts', () => {
    fc.assert(
      fc.property(
        fc.array(
          customer.filter((c) => c.T > 1),
          { minLength: 20, maxLength: 40 },
        ),
        (rows) => {
          const data = [...rows, { frequency: 3, recency: 20, T: 30 }, { frequency: 0, recency: 0, T: 30 }];
          const doubled = fitBgNbd([...data, ...data]);
          const weighted = fitBgNbd(data.map((r) => ({ ...r, weight: 2 })));
          expect(weighted.logLikelihood).toBeCloseTo(doubled.logLikelihood, 5);
          for (const s of weighted.starts)
            expect(weighted.logLikelihood).toBeGreaterThanOrEqual(s.logLikelihood - 1e-9);
          if (!weighted.converged) expect(weighted.message).not.toBe('converged');
        },
      ),
      { numRuns: 15 },
    );
  });
});
