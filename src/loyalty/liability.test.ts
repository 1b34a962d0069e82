import { describe, expect, it } from 'vitest';
import { fromJalali } from '../calendar/index.js';
import { rial } from '../money/index.js';
import { estimateBreakage } from './breakage.js';
import { allocatePointsRevenue, pointsRevenueSchedule } from './ifrs15.js';
import { pointsLiability } from './liability.js';
import { replayLedger } from './replayLedger.js';

const revenue = (rows: ReturnType<typeof pointsRevenueSchedule>) => rows.map((r) => r.revenue.amount);

describe('IFRS 15 worked example (loyalty.md §3.1–3.2), to the rial', () => {
  it('KPMG 10A allocation: SSP of the points 9,700; exact relative-SSP split 91,158 / 8,842', () => {
    const a = allocatePointsRevenue({
      transactionPrice: rial(100_000),
      pointsIssued: 10_000,
      valuePerPoint: '1',
      expectedRedemptionRate: '0.97',
    });
    expect(a).toEqual({ pointsStandalonePrice: rial(9_700), goods: rial(91_158), points: rial(8_842) });
  });

  it('KPMG 10A years 2–3 (allocation 9,000 as in the handbook): 4,175 then 3,552', () => {
    const rows = pointsRevenueSchedule(rial(9_000), [
      { redeemed: 0, expectedTotal: 9_700 },
      { redeemed: 4_500, expectedTotal: 9_700 },
      { redeemed: 4_000, expectedTotal: 9_900 },
    ]);
    expect(revenue(rows)).toEqual(['0', '4175', '3552']);
    expect(rows.map((r) => r.contractLiability.amount)).toEqual(['9000', '4825', '1273']);
    expect(rows[2]?.revenueCumulative).toEqual(rial(7_727));
  });

  it('KPMG 10B: the estimate falls to 9,200 → year 3 revenue 4,140; lapse recognises the rest', () => {
    const rows = pointsRevenueSchedule(rial(9_000), [
      { redeemed: 4_500, expectedTotal: 9_700 },
      { redeemed: 4_000, expectedTotal: 9_200 },
      { redeemed: 0, expectedTotal: 9_200, lapsed: true },
    ]);
    expect(revenue(rows)).toEqual(['4175', '4140', '685']);
    expect(rows.reduce((s, r) => s + Number(r.revenue.amount), 0)).toBe(9_000);
  });

  it('finlearnhub: $2,000, 2,000 points at 0.10, 85 % → SSP 170; exact 156.68 → 157 (largest remainder)', () => {
    const a = allocatePointsRevenue({
      transactionPrice: rial(2_000),
      pointsIssued: 2_000,
      valuePerPoint: '0.10',
      expectedRedemptionRate: '0.85',
    });
    expect(a).toEqual({ pointsStandalonePrice: rial(170), goods: rial(1_843), points: rial(157) });
  });

  it('same schedule from the exact allocation 8,842', () => {
    expect(
      revenue(
        pointsRevenueSchedule(rial(8_842), [
          { redeemed: 4_500, expectedTotal: 9_700 },
          { redeemed: 4_000, expectedTotal: 9_900 },
        ]),
      ),
    ).toEqual([
      '4102', // 8,842 × 4,500 / 9,700 = 4,101.96
      '3490', // 8,842 × 8,500 / 9,900 = 7,591.52 → 7,592 − 4,102
    ]);
  });
});

describe('breakage from cohort history (chain ladder)', () => {
  it('projects each cohort with the age-to-age factors', () => {
    const b = estimateBreakage([
      { issued: 1000, cumulativeRedeemed: [500, 700, 800] },
      { issued: 1000, cumulativeRedeemed: [400, 560] },
      { issued: 1000, cumulativeRedeemed: [600] },
    ]);
    expect(b.developmentFactors).toEqual(['1.4000', '1.1429', '1.0000']);
    expect(b.cohorts.map((c) => c.ultimate)).toEqual([800, 640, 960]);
    expect([b.redemptionRate, b.breakageRate]).toEqual(['0.8000', '0.2000']);
  });

  it('caps a cohort at the points issued', () => {
    const b = estimateBreakage([{ issued: 100, cumulativeRedeemed: [90] }], { tailFactor: '1.5' });
    expect(b.cohorts[0]?.ultimate).toBe(100);
    expect(b.breakageRate).toBe('0.0000');
  });
});

describe('pointsLiability', () => {
  const j = (year: number, month: number, day: number) => fromJalali({ year, month, day, hour: 10 }).getTime();
  const { state } = replayLedger(
    [
      { kind: 'earn', id: 'A', at: j(1403, 1, 10), points: 300 },
      {
        kind: 'earn',
        id: 'B',
        at: j(1403, 9, 1),
        points: 100,
        expiry: { kind: 'until', date: { year: 1403, month: 10, day: 30 } },
      },
      { kind: 'earn', id: 'C', at: j(1403, 9, 20), points: 50, origin: 'nonSale', expiry: { kind: 'never' } },
      { kind: 'pendingEarn', id: 'D', at: j(1403, 9, 25), points: 40 },
      {
        kind: 'earn',
        id: 'E',
        at: j(1402, 5, 1),
        points: 999,
        expiry: { kind: 'until', date: { year: 1402, month: 12, day: 29 } },
      },
    ],
    { policy: { expiry: { kind: 'endOfPeriod', unit: 'year' } } },
  );

  it('values usable and pending points, by age, expiry month and origin; buckets add up to the face value', () => {
    const l = pointsLiability(state, j(1403, 10, 1), {
      costPerPoint: { numerator: 100_000, denominator: 14 },
      expectedRedemptionRate: '0.8',
    });
    expect([l.activePoints, l.pendingPoints]).toEqual([450, 40]); // E lapsed
    expect(l.faceValue).toEqual(rial(3_500_000)); // 490 × 7,142.857…
    expect(l.expectedCost).toEqual(rial(2_800_000));
    expect(l.byExpiry.map((b) => [b.label, b.points])).toEqual([
      ['1403/10', 100],
      ['1403/12', 300],
      ['never', 50],
      ['pending', 40],
    ]);
    expect(l.byAge.map((b) => [b.label, b.points])).toEqual([
      ['≤30 days', 190],
      ['181–365 days', 300],
    ]);
    expect(l.byOrigin).toEqual({ sale: 440, nonSale: 50, purchase: 0, transferIn: 0 });
    for (const split of [l.byAge, l.byExpiry])
      expect(split.reduce((s, b) => s + BigInt(b.value.amount), 0n)).toBe(3_500_000n);
  });
});
