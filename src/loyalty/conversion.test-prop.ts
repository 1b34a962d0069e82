import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rial } from '../money/index.js';
import { pointsToReward, rewardToPoints } from './conversion.js';
import { allocatePointsRevenue, pointsRevenueSchedule } from './ifrs15.js';
import { maxRedeemable } from './maxRedeemable.js';
import type { LoyaltyProgram } from './programTypes.js';

const programArb = fc
  .record({
    points: fc.integer({ min: 1, max: 1000 }),
    amount: fc.integer({ min: 1, max: 10_000_000 }),
    unit: fc.constantFrom('rial' as const, 'toman' as const),
    share: fc.constantFrom('1', '0.2', '0.5', '0'),
    step: fc.integer({ min: 1, max: 50 }),
    minimumPoints: fc.integer({ min: 0, max: 200 }),
  })
  .map(
    (r): LoyaltyProgram => ({
      unit: r.unit,
      earn: { rate: { amount: '1', points: '1' } },
      redemption: {
        ratio: { points: r.points, amount: String(r.amount) },
        maxCartShare: r.share,
        step: r.step,
        minimumPoints: r.minimumPoints,
      },
    }),
  );
const value = (p: number, program: LoyaltyProgram) => BigInt(pointsToReward(p, program).amount);
const exact = (p: number, program: LoyaltyProgram) => {
  const ratio = program.redemption?.ratio as { points: number; amount: string };
  return { n: BigInt(p) * BigInt(ratio.amount) * (program.unit === 'toman' ? 10n : 1n), d: BigInt(ratio.points) };
};

describe('conversion properties', () => {
  it('pointsToReward is monotonic and never credits more than the exact value under down', () => {
    fc.assert(
      fc.property(programArb, fc.nat(1_000_000), fc.nat(1000), (program, p, extra) => {
        const v = value(p, program);
        const e = exact(p, program);
        expect(v * e.d <= e.n && e.n < (v + 1n) * e.d).toBe(true);
        expect(value(p + extra, program) >= v).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('rewardToPoints charges enough for the reward and at most one point more than exact', () => {
    fc.assert(
      fc.property(programArb, fc.bigInt({ min: 0n, max: 10n ** 12n }), (program, amount) => {
        const p = rewardToPoints(rial(amount), program);
        expect(value(p, program) >= amount).toBe(true);
        if (p > 0) {
          const e = exact(p - 1, program);
          expect(e.n < amount * e.d).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('maxRedeemable respects the balance, cart share, step and minimum', () => {
    fc.assert(
      fc.property(programArb, fc.nat(100_000), fc.bigInt({ min: 0n, max: 10n ** 11n }), (program, balance, cart) => {
        const r = maxRedeemable(balance, rial(cart), program);
        const rules = program.redemption as { maxCartShare: string; step: number; minimumPoints: number };
        const share = { '1': [1n, 1n], '0.2': [1n, 5n], '0.5': [1n, 2n], '0': [0n, 1n] }[rules.maxCartShare] as [
          bigint,
          bigint,
        ];
        const e = exact(r.points, program);
        expect(r.points <= balance && r.points % rules.step === 0).toBe(true);
        expect(r.points === 0 || r.points >= rules.minimumPoints).toBe(true);
        expect(e.n * share[1] <= cart * share[0] * e.d).toBe(true);
        expect(BigInt(r.value.amount) <= cart).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('IFRS 15: the allocation adds up to the price; cumulative catch-up adds up to the allocation', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.nat(1_000_000),
        fc.constantFrom('1', '0.5', '1000', '0.97'),
        fc.constantFrom('0', '0.85', '0.97', '1'),
        fc.array(fc.tuple(fc.nat(5000), fc.integer({ min: 1, max: 20_000 })), { minLength: 1, maxLength: 6 }),
        (price, issued, valuePerPoint, rate, periods) => {
          const a = allocatePointsRevenue({
            transactionPrice: rial(price),
            pointsIssued: issued,
            valuePerPoint,
            expectedRedemptionRate: rate,
          });
          expect(BigInt(a.goods.amount) + BigInt(a.points.amount)).toBe(price);
          const rows = pointsRevenueSchedule(a.points, [
            ...periods.map(([redeemed, expectedTotal]) => ({ redeemed, expectedTotal })),
            { redeemed: 0, expectedTotal: 1, lapsed: true },
          ]);
          expect(rows.reduce((s, r) => s + BigInt(r.revenue.amount), 0n)).toBe(BigInt(a.points.amount));
          for (const r of rows)
            expect(BigInt(r.revenueCumulative.amount) + BigInt(r.contractLiability.amount)).toBe(
              BigInt(a.points.amount),
            );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
