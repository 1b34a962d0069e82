import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btydUrl, csvRows } from './btyd.test-util.js';
import { codeOf } from './clvCodes.test-util.js';
import {
  fitSbg,
  type SbgFitRow,
  sbgChurnProbability,
  sbgDiscountedExpectedLifetime,
  sbgRetentionRate,
  sbgSurvival,
} from './index.js';

// pymc-marketing sbg_paper.csv: recency = year of churn 1–7, 8 (= T) = still active after year 7
const paper = csvRows(readFileSync(btydUrl('pymc_marketing__sbg_paper.csv'), 'utf8'));
function cohort(name: string): SbgFitRow[] {
  return paper
    .filter((r) => r[3] === name)
    .map((r) => {
      const recency = Number(r[1]);
      const t = Number(r[2]);
      return recency < t ? { periods: recency, churned: true } : { periods: t - 1, churned: false };
    });
}

describe('fitSbg reproduces Fader & Hardie (2007)', () => {
  it.each([
    ['regular', 0.704, 1.182, -1680.27],
    ['highend', 0.668, 3.806, -1611.16],
  ])('%s: α %d, β %d, LL %d', (name, alpha, beta, ll) => {
    const fit = fitSbg(cohort(name));
    expect(fit.converged).toBe(true);
    expect(fit.kind).toBe('sbg');
    expect(fit.params.alpha.toFixed(3)).toBe(alpha.toFixed(3));
    expect(fit.params.beta.toFixed(3)).toBe(beta.toFixed(3));
    expect(fit.logLikelihood).toBeCloseTo(ll, 2);
    expect(fit.customers).toBe(1000);
  });
  it('weighted rows fit like individual ones', () => {
    const rows = cohort('regular');
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(`${r.periods},${r.churned}`, (counts.get(`${r.periods},${r.churned}`) ?? 0) + 1);
    const weighted = [...counts].map(([k, weight]) => {
      const [periods, churned] = k.split(',');
      return { periods: Number(periods), churned: churned === 'true', weight };
    });
    expect(fitSbg(weighted).params.alpha).toBeCloseTo(fitSbg(rows).params.alpha, 6);
  });
});

describe('sBG quantities', () => {
  const p = { alpha: 0.704, beta: 1.182 };
  it('survival, churn and retention agree with each other', () => {
    expect(sbgSurvival(p, 0)).toBe(1);
    expect(sbgChurnProbability(p, 1)).toBeCloseTo(p.alpha / (p.alpha + p.beta), 14);
    for (let t = 1; t < 10; t++) {
      expect(sbgSurvival(p, t - 1) - sbgSurvival(p, t)).toBeCloseTo(sbgChurnProbability(p, t), 14);
      expect(sbgSurvival(p, t) / sbgSurvival(p, t - 1)).toBeCloseTo(sbgRetentionRate(p, t), 14);
    }
    // observed regular-cohort survival after 7 years: 241 of 1000 … the model says
    expect(sbgSurvival(p, 7)).toBeCloseTo(0.239, 3);
  });
  it('DEL is the discounted sum of the survival curve', () => {
    let direct = 0;
    for (let t = 0; t < 3000; t++) direct += sbgSurvival(p, t) / 1.1 ** t;
    expect(sbgDiscountedExpectedLifetime(p, 0.1)).toBeCloseTo(direct, 10);
  });
  it('rejects bad rows and arguments', () => {
    expect(codeOf(() => fitSbg([{ periods: 0, churned: true }]))).toBe('INVALID_ROW@rows[0].periods');
    expect(codeOf(() => fitSbg([{ periods: 1.5, churned: false }]))).toBe('INVALID_ROW@rows[0].periods');
    expect(codeOf(() => fitSbg([{ periods: 1, churned: 'yes' as unknown as boolean }]))).toBe(
      'INVALID_ROW@rows[0].churned',
    );
    expect(codeOf(() => fitSbg([]))).toBe('EMPTY_INPUT@rows');
    expect(codeOf(() => sbgChurnProbability(p, 0))).toBe('INVALID_ARGUMENT@t');
    expect(codeOf(() => sbgDiscountedExpectedLifetime(p, 0))).toBe('INVALID_ARGUMENT@discountRate');
  });
});
