import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btydUrl, cdnowCbs, csvRows, numbers } from './btyd.test-util.js';
import { codeOf, rel } from './clvCodes.test-util.js';
import {
  fitParetoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdDert,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  paretoNbdPurchaseProbability,
} from './index.js';

const read = (file: string) => readFileSync(btydUrl(file), 'utf8');
const exact = cdnowCbs(read('btyd__cdnowSummary_cbs.csv'));
const golden = csvRows(read('golden__cdnow_at_published_params.csv')).map(numbers);
const PUBLISHED = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const BTYD = { r: 0.5533971, alpha: 10.5801985, s: 0.6060625, beta: 11.6562237 };

describe('fitParetoNbd reproduces FHL (2005a) on CDNOW', () => {
  const fit = fitParetoNbd(exact);
  it('maximises the likelihood at least as well as BTYD (LL −9594.9762; within 0.01)', () => {
    expect(fit.converged).toBe(true);
    expect(fit.kind).toBe('paretoNbd');
    expect(Math.abs(fit.logLikelihood - -9594.9762)).toBeLessThan(0.01);
    expect(fit.logLikelihood).toBeGreaterThan(-9594.97625);
  });
  it('r, α, s round to the published 0.553, 10.578, 0.606 and lie within 0.1 % of BTYD’s', () => {
    const { r, alpha, s, beta } = fit.params;
    expect([r, alpha, s].map((v) => v.toFixed(3))).toEqual(['0.553', '10.578', '0.606']);
    for (const k of ['r', 'alpha', 's'] as const) expect(rel(fit.params[k], BTYD[k])).toBeLessThan(1e-3);
    // β: the likelihood is flat along 11.656…11.669 (clv.md §1.3); the LL decides, β only has to lie in that valley
    expect(beta).toBeGreaterThan(11.65);
    expect(beta).toBeLessThan(11.675);
    expect(paretoNbdLogLikelihood(BTYD, exact[0] as (typeof exact)[number])).toBeLessThan(0);
  });
  it('the published parameters and BTYD’s give the same LL as ours to 1e-3', () => {
    const sum = (p: typeof PUBLISHED) => exact.reduce((acc, c) => acc + paretoNbdLogLikelihood(p, c), 0);
    expect(sum(PUBLISHED)).toBeCloseTo(-9594.976259, 5);
    expect(Math.abs(sum(BTYD) - fit.logLikelihood)).toBeLessThan(1e-3);
  });
});

describe('Pareto/NBD at the published parameters', () => {
  it('equals golden__cdnow_at_published_params.csv per customer within 1e-6', () => {
    let ll = 0;
    let alive = 0;
    let ce = 0;
    for (const g of golden) {
      const c = { frequency: g[1] as number, recency: g[2] as number, T: g[3] as number };
      const l = paretoNbdLogLikelihood(PUBLISHED, c);
      const p = paretoNbdProbabilityAlive(PUBLISHED, c);
      const e = paretoNbdConditionalExpectedPurchases(PUBLISHED, c, 39);
      expect(Math.abs(l - (g[9] as number))).toBeLessThan(1e-6);
      expect(Math.abs(p - (g[10] as number))).toBeLessThan(1e-6);
      expect(Math.abs(e - (g[11] as number))).toBeLessThan(1e-6);
      ll += l;
      alive += p;
      ce += e;
    }
    expect(ll).toBeCloseTo(-9594.976259, 5);
    expect(alive).toBeCloseTo(1052.23752, 5);
    expect(ce).toBeCloseTo(1665.693161, 5);
  });
  it('P(X(39) = x), x = 0…7', () => {
    const pmf = [
      0.5936250316, 0.1655629473, 0.0824871841, 0.0490399536, 0.0316957067, 0.0214848284, 0.0150111838, 0.0107077507,
    ];
    pmf.forEach((p, x) => {
      expect(paretoNbdPurchaseProbability(PUBLISHED, 39, x)).toBeCloseTo(p, 10);
    });
  });
});

describe('Pareto/NBD at BTYD’s fitted parameters', () => {
  const c1516 = { frequency: 26, recency: 216 / 7, T: 31 };
  it('P(alive) 0.997874 and DERT 82.6995809 for customer 1516 (δ = 0.15/52 per week)', () => {
    expect(paretoNbdProbabilityAlive(BTYD, c1516)).toBeCloseTo(0.997874, 5);
    expect(rel(paretoNbdDert(BTYD, c1516, 0.15 / 52), 82.6995809)).toBeLessThan(1e-7);
  });
  it('lifetimes: P(alive | 26, 30.86, 31) = 0.9979 and E[X(t)], t = 0…9 (tolerance 0.01)', () => {
    const p4 = { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 };
    expect(paretoNbdProbabilityAlive(p4, { frequency: 26, recency: 30.86, T: 31 })).toBeCloseTo(0.9979, 4);
    const ex = [
      0, 0.05077821, 0.09916088, 0.14542507, 0.1897993, 0.23247466, 0.27361274, 0.31335159, 0.35181024, 0.38909211,
    ];
    ex.forEach((e, t) => {
      expect(Math.abs(paretoNbdExpectedPurchases(BTYD, t) - e)).toBeLessThan(0.01);
    });
  });
  it('the BTYD walkthrough’s paradox values, printed with rounded parameters (agreement to 1e-3)', () => {
    const expected = [0.7062289, 0.1442396, 0.02250658, 0.00309267];
    [10, 15, 20, 25].forEach((x, i) => {
      const e = paretoNbdConditionalExpectedPurchases(BTYD, { frequency: x, recency: 20, T: 39 }, 52);
      expect(rel(e, expected[i] as number)).toBeLessThan(1e-3);
    });
    expect(rel(paretoNbdConditionalExpectedPurchases(BTYD, c1516, 52), 25.45647)).toBeLessThan(1e-4);
  });
});

describe('Pareto/NBD numerics', () => {
  it('is stable for x in the hundreds (lifetimes#25) and when α < β or α = β', () => {
    const heavy = { frequency: 800, recency: 38, T: 39 };
    for (const v of [
      paretoNbdLogLikelihood(PUBLISHED, heavy),
      paretoNbdProbabilityAlive(PUBLISHED, heavy),
      paretoNbdConditionalExpectedPurchases(PUBLISHED, heavy, 39),
    ]) {
      expect(Number.isFinite(v)).toBe(true);
    }
    const c = { frequency: 3, recency: 20, T: 39 };
    const at = (alpha: number) => paretoNbdLogLikelihood({ ...PUBLISHED, alpha }, c);
    expect(at(11.669)).toBeCloseTo((at(11.669 - 1e-7) + at(11.669 + 1e-7)) / 2, 9);
    expect(paretoNbdProbabilityAlive(PUBLISHED, { frequency: 3, recency: 39, T: 39 })).toBe(1);
  });
  it('handles s = 1 by its limit', () => {
    const s1 = paretoNbdExpectedPurchases({ ...BTYD, s: 1 }, 10);
    expect(s1).toBeCloseTo(paretoNbdExpectedPurchases({ ...BTYD, s: 1 + 1e-9 }, 10), 7);
  });
  it('the pmf sums to 1', () => {
    let sum = 0;
    for (let k = 0; k < 400; k++) sum += paretoNbdPurchaseProbability(PUBLISHED, 39, k);
    expect(sum).toBeCloseTo(1, 10);
  });
  it('rejects bad input naming it', () => {
    expect(codeOf(() => fitParetoNbd([{ frequency: 1, recency: Number.NaN, T: 3 }]))).toBe(
      'INVALID_ROW@rows[0].recency',
    );
    expect(codeOf(() => paretoNbdDert(PUBLISHED, { frequency: 0, recency: 0, T: 1 }, -0.1))).toBe(
      'INVALID_ARGUMENT@discountRate',
    );
    expect(fitParetoNbd([{ frequency: 0, recency: 0, T: 4 }]).converged).toBe(false);
  });
});
