import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btydUrl, cdnowSample, csvRows, numbers } from './btyd.test-util.js';
import { codeOf } from './clvCodes.test-util.js';
import {
  bgNbdConditionalExpectedPurchases,
  type ClvCustomer,
  clvToMoney,
  customerSummary,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  type PredictClvOptions,
  predictClv,
  rankCustomersByClv,
} from './index.js';

const read = (file: string) => readFileSync(btydUrl(file), 'utf8');
const customers: ClvCustomer[] = csvRows(read('lifetimes__cdnow_customers_summary_with_transactions.csv')).map((r) => {
  const [frequency, recency, T, monetary] = numbers(r.slice(1)) as [number, number, number, number];
  return { customerId: r[0] as string, frequency, recency, T, monetary };
});
// lifetimes' own fits on these files (docs/Quickstart.md)
const lifetimes: Omit<PredictClvOptions, 'timeUnit'> = {
  model: { kind: 'bgNbd', params: { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 } },
  spend: { p: 6.248802, q: 3.744588, gamma: 15.447748 },
};

describe('predictClv follows lifetimes customer_lifetime_value (time = 12, discount_rate = 0.01)', () => {
  it('weekly data with the right unit ("W"): 36.278496, 4.637466, 8.344093, …', () => {
    const expected = [
      36.278496, 4.637466, 8.344093, 8.344093, 8.344093, 283.523593, 6.881407, 8.344093, 43.353642, 8.344093,
    ];
    const got = predictClv(customers.slice(0, 10), { ...lifetimes, timeUnit: 'week' });
    got.forEach((p, i) => {
      expect(p.clv / (expected[i] as number) - 1).toBeLessThan(1e-6);
    });
    expect(got[0]?.customerId).toBe('1');
  });
  it('reproduces the documented pitfall: "D" on weekly data is really 360 weeks (140.096211, 18.943467, …)', () => {
    const expected = [
      140.096211, 18.943467, 38.180574, 38.180574, 38.180574, 1003.868107, 28.109683, 38.180574, 167.418216, 38.180574,
    ];
    const got = predictClv(customers.slice(0, 10), { ...lifetimes, timeUnit: 'day' });
    got.forEach((p, i) => {
      expect(Math.abs(p.clv / (expected[i] as number) - 1)).toBeLessThan(1e-6);
    });
  });
  it('also reports expected purchases over the horizon, P(alive) and expected spend', () => {
    const [p] = predictClv(customers.slice(0, 1), { ...lifetimes, timeUnit: 'week', monthlyDiscountRate: 0 });
    expect(p?.expectedPurchases).toBeCloseTo(
      bgNbdConditionalExpectedPurchases(lifetimes.model.params as never, customers[0] as ClvCustomer, 12 * 4.345),
      12,
    );
    expect(p?.expectedSpend).toBeCloseTo(24.658619, 5);
    expect(p?.clv).toBeCloseTo((p?.expectedPurchases ?? 0) * (p?.expectedSpend ?? 0), 10); // d = 0 telescopes
  });
  it('works with Pareto/NBD and MBG/NBD models and custom units', () => {
    const pnbd = predictClv(customers.slice(0, 3), {
      model: { kind: 'paretoNbd', params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 } },
      spend: lifetimes.spend,
      timeUnit: { periodsPerMonth: 30.4375 / 7 },
      horizonMonths: 24,
    });
    expect(pnbd.every((p) => p.clv > 0)).toBe(true);
    const mbg = predictClv(customers.slice(0, 3), {
      ...lifetimes,
      model: { kind: 'mbgNbd', params: lifetimes.model.params as never },
      timeUnit: 'week',
    });
    expect(mbg.every((p) => p.probabilityAlive < 1)).toBe(true);
  });
});

describe('from a transaction log to a ranked list (README example)', () => {
  it('ranks CDNOW customers by predicted 12-month CLV', () => {
    const transactions = cdnowSample(read('lifetimes__CDNOW_sample.txt'));
    const summary = customerSummary(transactions, { observationEnd: '1997-09-30', timeUnit: 'week' });
    const model = fitBgNbd(summary);
    const spend = fitGammaGamma(summary);
    expect(model.converged && spend.converged).toBe(true);
    const ranking = rankCustomersByClv(summary, { model, spend: spend.params, timeUnit: 'week' });
    expect(ranking).toHaveLength(2357);
    expect(ranking.map((r) => r.rank).slice(0, 3)).toEqual([1, 2, 3]);
    for (let i = 1; i < ranking.length; i++) {
      expect((ranking[i - 1]?.clv ?? 0) >= (ranking[i]?.clv ?? 0)).toBe(true);
    }
    // value = purchases × spend: the biggest spenders outrank 1516, who buys most often
    expect(ranking.slice(0, 3).map((r) => r.customerId)).toEqual(['0509', '1081', '1516']);
    const busiest = [...ranking].sort((a, b) => b.expectedPurchases - a.expectedPurchases)[0];
    expect(busiest?.customerId).toBe('1516');
    const pareto = rankCustomersByClv(summary, { model: fitParetoNbd(summary), spend: spend.params, timeUnit: 'week' });
    expect(pareto.slice(0, 5).map((r) => r.customerId)).toContain('0509');
    expect(clvToMoney((ranking[0]?.clv ?? 0) * 100, 'down', 'USD')).toEqual({ amount: '117504', currency: 'USD' }); // cents
  });
  it('lifetimes Quickstart ranking by expected purchases next week (t = 1): 1516 → 0.710623, 157 → 0.662396', () => {
    const p = lifetimes.model.params as never;
    expect(bgNbdConditionalExpectedPurchases(p, { frequency: 26, recency: 30.86, T: 31 }, 1)).toBeCloseTo(0.710623, 5);
    expect(bgNbdConditionalExpectedPurchases(p, { frequency: 29, recency: 37.71, T: 38 }, 1)).toBeCloseTo(0.662396, 5);
  });
});

describe('clvToMoney rounds the exact double explicitly', () => {
  it.each([
    [2.5, 'halfEven', '2'],
    [3.5, 'halfEven', '4'],
    [-2.5, 'halfEven', '-2'],
    [2.5, 'halfUp', '3'],
    [-2.5, 'halfUp', '-3'],
    [2.5, 'halfDown', '2'],
    [-2.5, 'halfDown', '-2'],
    [2.5, 'halfCeil', '3'],
    [-2.5, 'halfFloor', '-3'],
    [2.4, 'halfUp', '2'],
    [2.6, 'halfDown', '3'],
    [-2.4, 'down', '-2'],
    [-2.4, 'up', '-3'],
    [-2.4, 'floor', '-3'],
    [-2.4, 'ceil', '-2'],
    [-0.4, 'ceil', '0'],
    [7, 'up', '7'],
    [2 ** 60, 'down', '1152921504606846976'],
  ] as const)('%d %s → %s', (value, mode, amount) => {
    expect(clvToMoney(value, mode)).toEqual({ amount, currency: 'IRR' });
  });
  it('rejects NaN, infinities and unknown modes', () => {
    expect(codeOf(() => clvToMoney(Number.NaN, 'down'))).toBe('INVALID_ARGUMENT@value');
    expect(codeOf(() => clvToMoney(Number.POSITIVE_INFINITY, 'down'))).toBe('INVALID_ARGUMENT@value');
    expect(codeOf(() => clvToMoney(1, 'nearest' as never))).toBe('INVALID_ROUNDING@rounding');
  });
});

describe('predictClv rejects bad input', () => {
  const options = { ...lifetimes, timeUnit: 'week' } as const;
  it('names the customer and the option', () => {
    const bad = [customers[0] as ClvCustomer, { frequency: 1, recency: 5, T: 4, monetary: 10 }];
    expect(codeOf(() => predictClv(bad, options))).toBe('INVALID_ROW@customers[1].recency');
    expect(codeOf(() => predictClv([{ frequency: 1, recency: 1, T: 4, monetary: 0 }], options))).toBe(
      'INVALID_ROW@customer.monetary',
    );
    expect(codeOf(() => predictClv([], { ...options, timeUnit: 'fortnight' as never }))).toBe(
      'INVALID_ARGUMENT@options.timeUnit',
    );
    expect(codeOf(() => predictClv([], { ...options, horizonMonths: 0 }))).toBe(
      'INVALID_ARGUMENT@options.horizonMonths',
    );
    expect(codeOf(() => predictClv([], { ...options, monthlyDiscountRate: -1 }))).toBe(
      'INVALID_ARGUMENT@options.monthlyDiscountRate',
    );
    expect(codeOf(() => predictClv([], { ...options, model: { kind: 'nbd' } as never }))).toBe(
      'INVALID_ARGUMENT@options.model.kind',
    );
    expect(codeOf(() => predictClv([], { ...options, spend: { p: 1, q: 0, gamma: 1 } }))).toBe(
      'INVALID_PARAMETERS@options.spend.q',
    );
  });
});
