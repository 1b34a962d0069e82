import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btydUrl, cdnowCbs, csvRows, numbers } from './btyd.test-util.js';
import { codeOf, rel } from './clvCodes.test-util.js';
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  bgNbdPurchaseProbability,
  fitBgNbd,
  type RfmFitRow,
} from './index.js';

const read = (file: string) => readFileSync(btydUrl(file), 'utf8');
const exact = cdnowCbs(read('btyd__cdnowSummary_cbs.csv'));
const rounded = csvRows(read('lifetimes__cdnow_customers_summary.csv')).map((r) => {
  const [, frequency, recency, T] = numbers(r) as [number, number, number, number];
  return { frequency, recency, T };
});
const golden = csvRows(read('golden__cdnow_at_published_params.csv')).map(numbers);
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const BTYD = { r: 0.2425982, alpha: 4.4136842, a: 0.7929899, b: 2.4261667 };

describe('fitBgNbd reproduces FHL (2005a) on CDNOW', () => {
  const fit = fitBgNbd(exact);
  it('rounds to the published r 0.243, α 4.414, a 0.793, b 2.426', () => {
    expect(fit.converged).toBe(true);
    expect(fit.kind).toBe('bgNbd');
    const { r, alpha, a, b } = fit.params;
    expect([r, alpha, a, b].map((v) => v.toFixed(3))).toEqual(['0.243', '4.414', '0.793', '2.426']);
  });
  it('lies within 0.1 % of BTYD’s full-precision estimates, LL within 0.01 of −9582.4292', () => {
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(rel(fit.params[k], BTYD[k])).toBeLessThan(1e-3);
    expect(Math.abs(fit.logLikelihood - -9582.4292)).toBeLessThan(0.01);
    expect(fit.logLikelihood).toBeGreaterThan(-9582.42925);
  });
  it('reports every start, compresses identical rows and never returns the start silently', () => {
    expect(fit.starts.length).toBeGreaterThanOrEqual(3);
    expect(fit.starts.every((s) => s.converged && Math.abs(s.logLikelihood - fit.logLikelihood) < 1e-6)).toBe(true);
    expect(fit.customers).toBe(2357);
    expect(fit.distinctRows).toBe(1016);
    expect(fit.gradientNorm).toBeLessThan(1e-6);
    expect(fit.params.r).not.toBeCloseTo(1.105171, 3); // lifetimes#332's failed-fit fingerprint
  });
  it('matches lifetimes (0.242593, 4.413532, 0.792886, 2.425752) on its 2-dp summary', () => {
    const lt = fitBgNbd(rounded).params;
    for (const [got, ref] of [
      [lt.r, 0.242593],
      [lt.alpha, 4.413532],
      [lt.a, 0.792886],
      [lt.b, 2.425752],
    ] as const) {
      expect(rel(got, ref)).toBeLessThan(2e-4);
    }
  });
  it('gives the same fit for weighted rows as for repeated rows', () => {
    const weighted: RfmFitRow[] = [];
    const counts = new Map<string, number>();
    for (const r of exact)
      counts.set(`${r.frequency},${r.recency},${r.T}`, (counts.get(`${r.frequency},${r.recency},${r.T}`) ?? 0) + 1);
    for (const [key, weight] of counts) {
      const [frequency, recency, T] = key.split(',').map(Number) as [number, number, number];
      weighted.push({ frequency, recency, T, weight });
    }
    const w = fitBgNbd(weighted);
    expect(w.logLikelihood).toBeCloseTo(fit.logLikelihood, 6);
    expect(w.params.r).toBeCloseTo(fit.params.r, 6);
  });
});

describe('BG/NBD at the published parameters', () => {
  it('equals golden__cdnow_at_published_params.csv per customer within 1e-6 (LL, P(alive), E[Y(39)])', () => {
    let ll = 0;
    let alive = 0;
    let ce = 0;
    for (const g of golden) {
      const c = { frequency: g[1] as number, recency: g[2] as number, T: g[3] as number };
      const l = bgNbdLogLikelihood(PUBLISHED, c);
      const p = bgNbdProbabilityAlive(PUBLISHED, c);
      const e = bgNbdConditionalExpectedPurchases(PUBLISHED, c, 39);
      expect(Math.abs(l - (g[6] as number))).toBeLessThan(1e-6);
      expect(Math.abs(p - (g[7] as number))).toBeLessThan(1e-6);
      expect(Math.abs(e - (g[8] as number))).toBeLessThan(1e-6);
      ll += l;
      alive += p;
      ce += e;
    }
    expect(ll).toBeCloseTo(-9582.430478, 5);
    expect(alive).toBeCloseTo(1917.217146, 5);
    expect(ce).toBeCloseTo(1653.941259, 5);
  });
  it('customer 1 (2, 30.43, 38.86): next 39 weeks 1.226 (lifetimes test), 1.226116 exactly, P(alive) 0.726590', () => {
    expect(bgNbdConditionalExpectedPurchases(PUBLISHED, { frequency: 2, recency: 30.43, T: 38.86 }, 39)).toBeCloseTo(
      1.226,
      3,
    );
    const c = { frequency: 2, recency: 213 / 7, T: 272 / 7 };
    expect(bgNbdConditionalExpectedPurchases(PUBLISHED, c, 39)).toBeCloseTo(1.226116, 6);
    expect(bgNbdProbabilityAlive(PUBLISHED, c)).toBeCloseTo(0.72659, 6);
  });
  it('E[X(t)] (closed form, clv.md §4.2)', () => {
    const ts = [0.1429, 1, 3, 31.8571, 32, 78];
    const expected = [0.007828, 0.053268, 0.150865, 1.041996, 1.045243, 1.860519];
    ts.forEach((t, i) => {
      expect(bgNbdExpectedPurchases(PUBLISHED, t)).toBeCloseTo(expected[i] as number, 6);
    });
    expect(bgNbdExpectedPurchases(PUBLISHED, 0)).toBe(0);
  });
  it('P(X(t) = x): t = 39, x = 0…7; t = 30, x = 11…20; P(X(2) = 10)', () => {
    const t39 = [
      0.573786352096, 0.199395280836, 0.085429759539, 0.045860353848, 0.027671449336, 0.017965493867, 0.012268976716,
      0.008695428804,
    ];
    t39.forEach((p, x) => {
      expect(bgNbdPurchaseProbability(PUBLISHED, 39, x)).toBeCloseTo(p, 11);
    });
    const t30 = [
      0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902, 0.0004361913, 0.0003467171,
      0.0002769613, 0.000222226,
    ];
    t30.forEach((p, i) => {
      expect(bgNbdPurchaseProbability(PUBLISHED, 30, 11 + i)).toBeCloseTo(p, 10);
    });
    expect(bgNbdPurchaseProbability(PUBLISHED, 2, 10) / 1.07869e-7).toBeCloseTo(1, 4);
  });
});

describe('BG/NBD at BTYD’s fitted parameters (walkthrough, customer 1516 = 26, 30.857, 31)', () => {
  const c1516 = { frequency: 26, recency: 216 / 7, T: 31 };
  it('E[X(52)], E[Y(52)], P(alive)', () => {
    expect(bgNbdExpectedPurchases(BTYD, 52)).toBeCloseTo(1.444004, 5);
    expect(rel(bgNbdConditionalExpectedPurchases(BTYD, c1516, 52), 25.75659)).toBeLessThan(5e-6);
    expect(bgNbdProbabilityAlive(BTYD, c1516)).toBeCloseTo(0.9688523, 6);
  });
  it('the increasing-frequency paradox (t_x 20, T 39, next 52 weeks)', () => {
    const expected = [0.3474606, 0.04283391, 0.004158973, 0.0003583685];
    [10, 15, 20, 25].forEach((x, i) => {
      const e = bgNbdConditionalExpectedPurchases(BTYD, { frequency: x, recency: 20, T: 39 }, 52);
      expect(rel(e, expected[i] as number)).toBeLessThan(1e-5);
    });
  });
  it('pymc-marketing logp, including Hardie note 027’s stress case x = 200', () => {
    const p = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
    expect(bgNbdLogLikelihood(p, { frequency: 0, recency: 0, T: 40 })).toBeCloseTo(-0.59947382, 7);
    expect(bgNbdLogLikelihood(p, { frequency: 200, recency: 38, T: 40 })).toBeCloseTo(100.7957, 3);
  });
});

describe('BG/NBD numerics', () => {
  it('bridges a = 1 and stays finite for x in the thousands', () => {
    const near = [0.999, 1, 1.001].map((a) => bgNbdExpectedPurchases({ ...PUBLISHED, a }, 10));
    expect(near[1]).toBeGreaterThan(Math.min(near[0] as number, near[2] as number));
    expect(near[1]).toBeLessThan(Math.max(near[0] as number, near[2] as number));
    const heavy = { frequency: 5000, recency: 38, T: 39 };
    for (const v of [
      bgNbdLogLikelihood(PUBLISHED, heavy),
      bgNbdProbabilityAlive(PUBLISHED, heavy),
      bgNbdConditionalExpectedPurchases(PUBLISHED, heavy, 39),
      bgNbdPurchaseProbability(PUBLISHED, 39, 2000),
    ]) {
      expect(Number.isFinite(v)).toBe(true);
    }
  });
  it('reports non-convergence instead of failing silently', () => {
    const fit = fitBgNbd(exact, { maxIterations: 2 });
    expect(fit.converged).toBe(false);
    expect(fit.message).toMatch(/stopped after 2 iterations/);
    // no repeat purchases at all: the likelihood has no interior maximum
    const flat = fitBgNbd([{ frequency: 0, recency: 0, T: 10 }]);
    expect(flat.converged).toBe(false);
    expect(flat.message).toBe('no customer has a repeat purchase: the data do not identify the model');
    // one repeater among two customers: the optimum runs off to the edge (r, α, a → ∞, b → 0)
    const edge = fitBgNbd([
      { frequency: 0, recency: 0, T: 10 },
      { frequency: 1, recency: 5, T: 10 },
    ]);
    expect(edge.converged).toBe(false);
    expect(edge.message).toMatch(/edge of the parameter space/);
  });
});

describe('bad input names the row', () => {
  it.each([
    [{ frequency: 1, recency: -1, T: 5 }, 'INVALID_ROW@rows[1].recency'],
    [{ frequency: 1, recency: 6, T: 5 }, 'INVALID_ROW@rows[1].recency'],
    [{ frequency: 0, recency: 2, T: 5 }, 'INVALID_ROW@rows[1].recency'],
    [{ frequency: Number.NaN, recency: 2, T: 5 }, 'INVALID_ROW@rows[1].frequency'],
    [{ frequency: 1.5, recency: 2, T: 5 }, 'INVALID_ROW@rows[1].frequency'],
    [{ frequency: 1, recency: 2, T: -5 }, 'INVALID_ROW@rows[1].T'],
    [{ frequency: 1, recency: 2, T: 5, weight: -1 }, 'INVALID_ROW@rows[1].weight'],
  ])('%o', (bad, code) => {
    expect(codeOf(() => fitBgNbd([{ frequency: 0, recency: 0, T: 3 }, bad]))).toBe(code);
  });
  it('parameters, times and counts', () => {
    const c = { frequency: 1, recency: 1, T: 2 };
    expect(codeOf(() => fitBgNbd([]))).toBe('EMPTY_INPUT@rows');
    expect(codeOf(() => bgNbdProbabilityAlive({ ...PUBLISHED, a: 0 }, c))).toBe('INVALID_PARAMETERS@params.a');
    expect(codeOf(() => bgNbdConditionalExpectedPurchases(PUBLISHED, c, -1))).toBe('INVALID_ARGUMENT@t');
    expect(codeOf(() => bgNbdPurchaseProbability(PUBLISHED, 1, 0.5))).toBe('INVALID_ARGUMENT@k');
    expect(codeOf(() => fitBgNbd([c], { starts: [] }))).toBe('INVALID_ARGUMENT@options.starts');
    expect(codeOf(() => fitBgNbd([c], { starts: [{ ...PUBLISHED, r: -1 }] }))).toBe(
      'INVALID_PARAMETERS@options.starts[0].r',
    );
  });
});
