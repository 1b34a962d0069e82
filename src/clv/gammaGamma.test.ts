import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btydUrl, cdnowCbs, csvRows, numbers } from './btyd.test-util.js';
import { codeOf, rel } from './clvCodes.test-util.js';
import { fitGammaGamma, gammaGammaExpectedSpend, gammaGammaLogLikelihood } from './index.js';

const read = (file: string) => readFileSync(btydUrl(file), 'utf8');
const exact = cdnowCbs(read('btyd__cdnowSummary_cbs.csv'));
const lifetimes = csvRows(read('lifetimes__cdnow_customers_summary_with_transactions.csv')).map((r) => {
  const [, frequency, , , monetary] = numbers(r) as [number, number, number, number, number];
  return { frequency, monetary };
});
const golden = csvRows(read('golden__cdnow_at_published_params.csv')).map(numbers);
const PUBLISHED = { p: 6.25, q: 3.74, gamma: 15.44 };
const BTYD = { p: 6.249349, q: 3.744256, gamma: 15.444307 };

describe('fitGammaGamma reproduces Fader & Hardie (note 025) on the 946 CDNOW repeaters', () => {
  const fit = fitGammaGamma(exact);
  it('p 6.25, q 3.74, γ 15.44; within 0.1 % of BTYD (6.249349 3.744256 15.444307), LL −4055.9177', () => {
    expect(fit.converged).toBe(true);
    expect(fit.kind).toBe('gammaGamma');
    expect(fit.customers).toBe(946);
    const { p, q, gamma } = fit.params;
    expect([p, q, gamma].map((v) => v.toFixed(2))).toEqual(['6.25', '3.74', '15.44']);
    for (const k of ['p', 'q', 'gamma'] as const) expect(rel(fit.params[k], BTYD[k])).toBeLessThan(1e-3);
    expect(Math.abs(fit.logLikelihood - -4055.9177)).toBeLessThan(0.01);
  });
  it('matches lifetimes (6.248802, 3.744588, 15.447748; LL −4055.9232) on its 2-dp spend column', () => {
    const lt = fitGammaGamma(lifetimes);
    expect(rel(lt.params.p, 6.248802)).toBeLessThan(1e-4);
    expect(rel(lt.params.q, 3.744588)).toBeLessThan(1e-4);
    expect(rel(lt.params.gamma, 15.447748)).toBeLessThan(1e-4);
    expect(lt.logLikelihood).toBeCloseTo(-4055.9232, 3);
  });
  it('LL at the published parameters is −4055.919232', () => {
    const ll = exact.reduce((acc, c) => acc + gammaGammaLogLikelihood(PUBLISHED, c), 0);
    expect(ll).toBeCloseTo(-4055.919232, 5);
  });
});

describe('Gamma-Gamma expected spend', () => {
  it('equals the golden file per customer within 1e-6 (Σ 83,167.580817)', () => {
    let sum = 0;
    for (const g of golden) {
      const e = gammaGammaExpectedSpend(PUBLISHED, { frequency: g[1] as number, monetary: g[5] as number });
      expect(Math.abs(e - (g[12] as number))).toBeLessThan(1e-6);
      sum += e;
    }
    expect(sum).toBeCloseTo(83167.580817, 5);
  });
  it('gives the population mean pγ/(q−1) = 35.219 without repeat purchases', () => {
    expect(gammaGammaExpectedSpend(PUBLISHED, { frequency: 0, monetary: 0 })).toBeCloseTo(35.219, 3);
  });
  it('lifetimes docs: conditional_expected_average_profit head(10)', () => {
    const p = { p: 6.248802, q: 3.744588, gamma: 15.447748 };
    const expected = [
      24.658619, 18.911489, 35.170981, 35.170981, 35.170981, 71.462843, 18.911489, 35.170981, 27.282408, 35.170981,
    ];
    expected.forEach((e, i) => {
      expect(gammaGammaExpectedSpend(p, lifetimes[i] as (typeof lifetimes)[number])).toBeCloseTo(e, 4);
    });
  });
  it('rejects q ≤ 1 for the population mean and monetary ≤ 0, naming the row', () => {
    expect(codeOf(() => gammaGammaExpectedSpend({ p: 1, q: 0.9, gamma: 1 }, { frequency: 0, monetary: 0 }))).toBe(
      'INVALID_PARAMETERS@params.q',
    );
    expect(gammaGammaExpectedSpend({ p: 1, q: 0.9, gamma: 1 }, { frequency: 2, monetary: 10 })).toBeGreaterThan(0);
    const rows = [
      { frequency: 1, monetary: 10 },
      { frequency: 2, monetary: 0 },
    ];
    expect(codeOf(() => fitGammaGamma(rows))).toBe('INVALID_ROW@rows[1].monetary');
    expect(codeOf(() => fitGammaGamma([{ frequency: 1, monetary: -5 }]))).toBe('INVALID_ROW@rows[0].monetary');
    expect(codeOf(() => fitGammaGamma([{ frequency: 1, monetary: Number.NaN }]))).toBe('INVALID_ROW@rows[0].monetary');
    expect(codeOf(() => fitGammaGamma([{ frequency: 0, monetary: 0 }]))).toBe('EMPTY_INPUT@rows');
    expect(codeOf(() => fitGammaGamma([{ frequency: -1, monetary: 3 }]))).toBe('INVALID_ROW@rows[0].frequency');
  });
});
