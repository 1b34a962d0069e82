import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btydUrl, csvRows, numbers } from './btyd.test-util.js';
import { codeOf, rel } from './clvCodes.test-util.js';
import {
  bgBbConditionalExpectedPurchases,
  bgBbDert,
  bgBbExpectedPurchases,
  bgBbLogLikelihood,
  bgBbProbabilityAlive,
  bgBbPurchaseProbability,
  fitBgBb,
} from './index.js';

const donations = csvRows(readFileSync(btydUrl('lifetimes__donations.csv'), 'utf8')).map((r) => {
  const [frequency, recency, periods, weight] = numbers(r) as [number, number, number, number];
  return { frequency, recency, periods, weight };
});
const PUBLISHED = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const BTYD = { alpha: 1.203507, beta: 0.7497667, gamma: 0.6567568, delta: 2.783887 };

describe('fitBgBb reproduces Fader, Hardie & Shang (2010) on the donations data', () => {
  const fit = fitBgBb(donations);
  it('α 1.204, β 0.750, γ 0.657, δ 2.783 within 0.1 % of BTYD; LL −33225.58', () => {
    expect(fit.converged).toBe(true);
    expect(fit.kind).toBe('bgBb');
    expect(fit.customers).toBe(11104);
    const { alpha, beta, gamma, delta } = fit.params;
    expect([alpha, beta, gamma].map((v) => v.toFixed(3))).toEqual(['1.204', '0.750', '0.657']);
    expect(delta.toFixed(2)).toBe('2.78'); // 2.7834 (BTYD 2.783887, lifetimes 2.783442; published 2.783)
    for (const k of ['alpha', 'beta', 'gamma', 'delta'] as const)
      expect(rel(fit.params[k], BTYD[k])).toBeLessThan(1e-3);
    expect(Math.abs(fit.logLikelihood - -33225.5813)).toBeLessThan(0.01);
  });
  it('LL at the published parameters is −33225.581755', () => {
    const ll = donations.reduce((acc, r) => acc + r.weight * bgBbLogLikelihood(PUBLISHED, r), 0);
    expect(ll).toBeCloseTo(-33225.581755, 5);
  });
});

describe('BG/BB predictions', () => {
  it('P(alive in 2002) for (0,0), (2,4), (6,6): 0.11, 0.59, 0.93 (FHS Table 6; exact 0.108017 0.589514 0.930403)', () => {
    const expected = [0.108017, 0.589514, 0.930403];
    [
      [0, 0],
      [2, 4],
      [6, 6],
    ].forEach(([x, t], i) => {
      const p = bgBbProbabilityAlive(PUBLISHED, { frequency: x as number, recency: t as number, periods: 6 });
      expect(p).toBeCloseTo(expected[i] as number, 6);
    });
  });
  it('P(X(6) = x), x = 0…6', () => {
    const pmf = [
      0.311217743264, 0.170109978407, 0.121480513767, 0.100263115025, 0.091659853425, 0.092481147905, 0.112787648208,
    ];
    pmf.forEach((p, x) => {
      expect(bgBbPurchaseProbability(PUBLISHED, 6, x)).toBeCloseTo(p, 11);
    });
    expect(bgBbPurchaseProbability(PUBLISHED, 6, 7)).toBe(0);
  });
  it('DERT (fitted, x = t_x = n = 6, d = 0.1) 5.909805274', () => {
    expect(rel(bgBbDert(BTYD, { frequency: 6, recency: 6, periods: 6 }, 0.1), 5.909805274)).toBeLessThan(1e-8);
  });
  it('expectations as printed by the BTYD walkthrough (rounded parameters: agreement to 5e-4)', () => {
    expect(rel(bgBbExpectedPurchases(BTYD, 10), 3.179805)).toBeLessThan(5e-4);
    expect(
      rel(bgBbConditionalExpectedPurchases(BTYD, { frequency: 0, recency: 0, periods: 6 }, 10), 0.1302169),
    ).toBeLessThan(5e-4);
    expect(
      rel(bgBbConditionalExpectedPurchases(BTYD, { frequency: 4, recency: 5, periods: 6 }, 10), 3.627858),
    ).toBeLessThan(5e-4);
  });
  it('Σ customers·E[X(next 5)] = 12,882.27 at the 3-dp parameters (Hardie xlsx)', () => {
    const total = donations.reduce((acc, r) => acc + r.weight * bgBbConditionalExpectedPurchases(PUBLISHED, r, 5), 0);
    expect(total).toBeCloseTo(12882.27, 2);
  });
  it('E[X(n)] is the mean of the pmf, and γ = 1 is handled by its limit', () => {
    let mean = 0;
    for (let k = 0; k <= 10; k++) mean += k * bgBbPurchaseProbability(BTYD, 10, k);
    expect(mean).toBeCloseTo(bgBbExpectedPurchases(BTYD, 10), 12);
    const one = { ...BTYD, gamma: 1 };
    expect(bgBbExpectedPurchases(one, 10)).toBeCloseTo(bgBbExpectedPurchases({ ...one, gamma: 1 + 1e-9 }, 10), 7);
    const c = { frequency: 4, recency: 5, periods: 6 };
    expect(bgBbConditionalExpectedPurchases(one, c, 10)).toBeCloseTo(
      bgBbConditionalExpectedPurchases({ ...one, gamma: 1 + 1e-9 }, c, 10),
      7,
    );
  });
  it('rejects bad rows, naming them', () => {
    const good = { frequency: 1, recency: 2, periods: 6 };
    expect(codeOf(() => fitBgBb([good, { frequency: 3, recency: 2, periods: 6 }]))).toBe(
      'INVALID_ROW@rows[1].frequency',
    );
    expect(codeOf(() => fitBgBb([good, { frequency: 1, recency: 7, periods: 6 }]))).toBe('INVALID_ROW@rows[1].recency');
    expect(codeOf(() => fitBgBb([good, { frequency: 0, recency: 1, periods: 6 }]))).toBe('INVALID_ROW@rows[1].recency');
    expect(codeOf(() => fitBgBb([good, { frequency: 1, recency: 1.5, periods: 6 }]))).toBe(
      'INVALID_ROW@rows[1].recency',
    );
    expect(codeOf(() => fitBgBb([{ ...good, weight: Number.NaN }]))).toBe('INVALID_ROW@rows[0].weight');
    expect(codeOf(() => bgBbProbabilityAlive(PUBLISHED, good, -1))).toBe('INVALID_ARGUMENT@periodsAhead');
  });
});
