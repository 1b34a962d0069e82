import { describe, expect, it } from 'vitest';
import { fromJalali } from '../../calendar/index.js';
import { generateSampleStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { buildReport } from './buildReport.js';

const sample = generateSampleStore();
const report = buildReport(sample, { asOf: sample.asOf as number, source: 'sample' });

describe('buildReport on the 20k sample store', () => {
  it('recovers the BG/NBD and Gamma-Gamma parameters the store was drawn from', () => {
    const clv = report.clv;
    expect(clv).not.toBeNull();
    if (clv === null) return;
    expect(clv.bgNbd.converged && clv.gammaGamma.converged).toBe(true);
    const truth = sample.truth;
    expect(clv.truth).toEqual({ bgNbd: truth?.bgNbd, gammaGamma: truth?.gammaGamma });
    for (const k of ['r', 'alpha', 'a', 'b'] as const)
      expect(Math.abs(clv.bgNbd[k] / (truth?.bgNbd[k] as number) - 1), `BG/NBD ${k}`).toBeLessThan(0.15);
    for (const k of ['p', 'q', 'gamma'] as const)
      expect(Math.abs(clv.gammaGamma[k] / (truth?.gammaGamma[k] as number) - 1), `Gamma-Gamma ${k}`).toBeLessThan(0.15);
    // the mean purchase rate r/α (0.3 a week): the summary counts purchase DAYS, so the rare second
    // purchase on one day is merged and the fitted rate comes out a few percent low
    const rate = clv.bgNbd.r / clv.bgNbd.alpha;
    expect(rate).toBeGreaterThan(0.27);
    expect(rate).toBeLessThan(0.3);
  });

  it('adds up: every customer in exactly one stage, tier and (buyers) RFM segment and pyramid level', () => {
    const sum = (xs: readonly { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);
    const o = report.overview;
    expect(o.customers).toBe(20_000);
    expect(o.transactions).toBe(sample.transactions.length);
    expect(sum(report.lifecycle.stages)).toBe(o.customers);
    expect(sum(report.tiers.distribution)).toBe(o.customers);
    expect(report.rfm.scored + report.rfm.prospects).toBe(o.customers);
    expect(report.rfm.scored).toBe(o.buyers);
    expect(sum(report.rfm.segments)).toBe(o.buyers);
    expect(sum(report.rfm.pyramid)).toBe(o.buyers);
    const revenue = (xs: readonly { revenue?: string }[]) => xs.reduce((s, x) => s + BigInt(x.revenue ?? '0'), 0n);
    expect(revenue(report.rfm.segments)).toBe(BigInt(o.revenue));
    expect(revenue(report.rfm.pyramid)).toBe(BigInt(o.revenue));
    expect(revenue(o.revenueByMonth)).toBe(BigInt(o.revenue));
    expect(o.revenueByMonth.reduce((s, m) => s + m.orders, 0)).toBe(o.transactions);
    expect(BigInt(o.revenue)).toBe(sample.transactions.reduce((s, t) => s + BigInt(t.amount), 0n));
    expect(o.revenueByMonth[0]?.month).toBe('1401/07');
    expect(o.revenueByMonth.at(-1)?.month).toBe('1404/06');
    const l = report.loyalty;
    expect(l.earned - l.redeemed - l.expired).toBe(l.balance);
    expect(l.rejectedRedemptions).toBe(0); // the sample only redeems points it has
    expect(l.expiringByYearEnd).toBe(l.balance); // every open point expires at the end of 1404
    expect(l.yearEnd).toBe('1404/12/29');
    expect(BigInt(l.faceValue)).toBe(BigInt(l.balance) * 5000n);
    expect(BigInt(l.liability)).toBe((BigInt(l.faceValue) * 7n) / 10n);
    expect(report.cohorts.rows).toHaveLength(12);
    expect(report.cohorts.rows.at(-1)?.cohort).toBe('1404/06');
    expect(report.cohorts.rows.at(-1)?.retention.slice(0, 2)).toEqual([1, null]);
    expect(report.nps?.responses).toBe(sample.surveys?.length);
    expect(report.sla?.tickets).toBe(sample.tickets?.length);
  }, 120_000);

  it('is deterministic', () => {
    const again = buildReport(sample, { asOf: sample.asOf as number, source: 'sample' });
    expect({ ...again, meta: { ...again.meta, timings: {} } }).toEqual({
      ...report,
      meta: { ...report.meta, timings: {} },
    });
  }, 120_000);
});

describe('buildReport on a hand-made store', () => {
  const at = (year: number, month: number, day: number) => fromJalali({ year, month, day, hour: 12 }).getTime();
  const store: Store = {
    customers: [
      { id: 'a', firstName: 'علی', lastName: 'رضایی', city: 'تهران' },
      { id: 'b', firstName: 'Sara', lastName: 'Ahmadi', city: 'Shiraz', joinedAt: at(1403, 1, 1) },
    ],
    transactions: [
      // a: 60M Rial then 50M Rial in 1403 → Silver (100M Rial in the year) from the second purchase on
      { id: 't1', customerId: 'a', at: at(1403, 2, 1), amount: 60_000_000 },
      { id: 't2', customerId: 'a', at: at(1403, 3, 1), amount: 50_000_000 },
      { id: 't3', customerId: 'a', at: at(1403, 4, 1), amount: 20_000_000, pointsRedeemed: 100 },
    ],
  };
  const r = buildReport(store, { asOf: at(1403, 6, 31), source: 'csv' });

  it('earns at the tier held on the purchase day, debits redemptions and counts the prospect', () => {
    // t1: 600 points at Red ×1; t2 on the day Silver starts: 500 × 1.5 = 750; t3: 200 × 1.5 = 300
    expect(r.loyalty.earned).toBe(600 + 750 + 300);
    expect(r.loyalty.redeemed).toBe(100);
    expect(r.loyalty.balance).toBe(1550);
    expect(r.loyalty.expired).toBe(0);
    expect(r.loyalty.expiringByYearEnd).toBe(1550); // all of it was earned in 1403
    expect(r.loyalty.yearEnd).toBe('1403/12/30'); // 1403 is a leap year
    expect(r.tiers.distribution.map((d) => [d.key, d.count])).toEqual([
      ['red', 1],
      ['silver', 1],
      ['gold', 0],
    ]);
    expect(r.lifecycle.stages.map((s) => [s.key, s.count])).toEqual([
      ['prospect', 1],
      ['atRisk', 1], // last purchase 1403/04/01, 91 days before 1403/06/31: past the 90-day line
    ]);
    expect(r.overview).toMatchObject({ customers: 2, buyers: 1, revenue: '130000000', averageOrder: '43333333' });
  });

  it('says how many records after the report date it left out', () => {
    const early = buildReport(
      {
        ...store,
        surveys: [
          { customerId: 'a', at: at(1403, 3, 1), score: 9 },
          { customerId: 'a', at: at(1403, 5, 1), score: 3 },
        ],
      },
      { asOf: at(1403, 3, 15), source: 'csv' },
    );
    expect(early.overview.transactions).toBe(2);
    expect(early.nps?.responses).toBe(1);
    expect(early.meta.problems.map((p) => p.message)).toEqual([
      '1 transaction(s) after the report date 1403/03/15 are not counted',
      '1 survey answer(s) after the report date 1403/03/15 are not counted',
    ]);
  });

  it('reports why CLV is missing when nobody bought twice, and keeps the rest', () => {
    const once = buildReport(
      { customers: [], transactions: [{ id: 't1', customerId: 'x', at: at(1403, 2, 1), amount: 1_000_000 }] },
      { asOf: at(1403, 6, 31), source: 'csv' },
    );
    expect(once.clv).toBeNull();
    expect(once.clvUnavailable).toMatch(/^EMPTY_INPUT: rows: no customer with frequency > 0/); // no repeat buyer
    expect(once.overview.customers).toBe(1); // known only from the transactions
    expect(once.loyalty.earned).toBe(10);
  });
});
