import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btydUrl, csvRows, numbers } from './btyd.test-util.js';
import { codeOf, rel } from './clvCodes.test-util.js';
import {
  bgNbdProbabilityAlive,
  fitMbgNbd,
  mbgNbdConditionalExpectedPurchases,
  mbgNbdExpectedPurchases,
  mbgNbdLogLikelihood,
  mbgNbdProbabilityAlive,
  mbgNbdPurchaseProbability,
} from './index.js';

// BTYDplus elog2cbs(cdnowElog, T.cal = "1997-09-30"): cust, x, t.x, T.cal, …
const cbs = csvRows(readFileSync(btydUrl('btydplus__cdnow_cbs_Tcal1997-09-30.csv'), 'utf8')).map((r) => {
  const [, frequency, recency, T] = numbers(r) as [number, number, number, number];
  return { frequency, recency, T };
});
const BTYDPLUS = { r: 0.5248436, alpha: 6.183093, a: 0.8913878, b: 1.614048 };

describe('fitMbgNbd reproduces BTYDplus on CDNOW', () => {
  const fit = fitMbgNbd(cbs);
  it('r 0.525, α 6.183, a 0.891, b 1.614 (within 0.1 % of 0.5248436 6.183093 0.8913878 1.614048), LL −9582.14', () => {
    expect(fit.converged).toBe(true);
    expect(fit.kind).toBe('mbgNbd');
    const { r, alpha, a, b } = fit.params;
    expect([r, alpha, a, b].map((v) => v.toFixed(3))).toEqual(['0.525', '6.183', '0.891', '1.614']);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(rel(fit.params[k], BTYDPLUS[k])).toBeLessThan(1e-3);
    expect(Math.abs(fit.logLikelihood - -9582.1357)).toBeLessThan(0.01);
  });
  it('its log-likelihood is the sum of the per-customer values', () => {
    const total = cbs.reduce((acc, c) => acc + mbgNbdLogLikelihood(fit.params, c), 0);
    expect(total).toBeCloseTo(fit.logLikelihood, 6);
  });
});

describe('MBG/NBD predictions', () => {
  const p = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
  it('E[X(78)] closed form 1.80476 at the published digits (BTYDplus’ numerical 1.80447 is an approximation)', () => {
    expect(mbgNbdExpectedPurchases(p, 78)).toBeCloseTo(1.80476, 5);
  });
  it('P(alive) < 1 even without repeat purchases, unlike BG/NBD', () => {
    const c = { frequency: 0, recency: 0, T: 38.86 };
    expect(mbgNbdProbabilityAlive(p, c)).toBeLessThan(1);
    expect(bgNbdProbabilityAlive(p, c)).toBe(1);
    // P(alive | x = 0, T = 0) = b/(a+b): dead right after the first purchase with probability a/(a+b)
    expect(mbgNbdProbabilityAlive(p, { frequency: 0, recency: 0, T: 0 })).toBeCloseTo(p.b / (p.a + p.b), 14);
  });
  it('the pmf sums to 1 and its mean is E[X(t)]', () => {
    let sum = 0;
    let mean = 0;
    for (let k = 0; k < 3000; k++) {
      const q = mbgNbdPurchaseProbability(p, 39, k);
      sum += q;
      mean += k * q;
    }
    expect(sum).toBeCloseTo(1, 12);
    expect(mean).toBeCloseTo(mbgNbdExpectedPurchases(p, 39), 9);
  });
  it('a new customer’s conditional expectation is E[X(t)]', () => {
    expect(mbgNbdConditionalExpectedPurchases(p, { frequency: 0, recency: 0, T: 0 }, 20)).toBeCloseTo(
      mbgNbdExpectedPurchases(p, 20),
      12,
    );
  });
  it('rejects bad rows naming them', () => {
    expect(codeOf(() => fitMbgNbd([{ frequency: 2, recency: 9, T: 8 }]))).toBe('INVALID_ROW@rows[0].recency');
    expect(codeOf(() => mbgNbdProbabilityAlive({ ...p, b: Number.NaN }, { frequency: 0, recency: 0, T: 1 }))).toBe(
      'INVALID_PARAMETERS@params.b',
    );
  });
});
