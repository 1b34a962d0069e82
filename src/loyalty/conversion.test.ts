import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import { rial, toman } from '../money/index.js';
import { pointsToReward, rewardPrice, rewardToPoints } from './conversion.js';
import { maxRedeemable } from './maxRedeemable.js';
import type { LoyaltyProgram } from './programTypes.js';

const earn = { rate: { amount: '10000', points: '1' } };
const fourteen: LoyaltyProgram = { unit: 'toman', earn, redemption: { ratio: { points: 14, amount: '10000' } } };
const half: LoyaltyProgram = {
  unit: 'toman',
  earn,
  redemption: {
    ratio: { points: 100, amount: '50000' }, // "100 points = 50,000 toman off"
    maxCartShare: '0.2', // iGap: up to 20 % of an order
    step: 10,
    minimumPoints: 100,
    maximumPoints: 3000,
    catalog: [
      { id: 'mug', name: 'Mug', points: 300, tierPrices: { gold: 250, bronze: null } },
      { id: 'bag', points: 900 },
    ],
  },
};

describe('points ↔ reward', () => {
  it('"14 points = 10,000 toman": exact, rounded down to the Rial for the member', () => {
    expect(pointsToReward(14, fourteen)).toEqual(toman(10_000));
    expect(pointsToReward(100, fourteen)).toEqual(rial(714_285)); // 714,285.71…
    expect(pointsToReward(100, fourteen, { rounding: 'halfUp' })).toEqual(rial(714_286));
    expect(pointsToReward(0, fourteen)).toEqual(rial(0));
    expect(pointsToReward(100, half)).toEqual(toman(50_000));
  });

  it('rewardToPoints rounds up by default so the reward never exceeds the points charged', () => {
    expect(rewardToPoints(toman(50_000), fourteen)).toBe(70);
    expect(rewardToPoints(toman(1_000), fourteen)).toBe(2); // 1.4
    expect(rewardToPoints(toman(1_000), fourteen, { rounding: 'down' })).toBe(1);
    expect(BigInt(pointsToReward(2, fourteen).amount)).toBeGreaterThanOrEqual(10_000n);
  });

  it('catalog prices per tier', () => {
    expect(rewardPrice(half, 'mug')).toEqual({ ok: true, value: 300 });
    expect(rewardPrice(half, 'mug', 'gold')).toEqual({ ok: true, value: 250 });
    expect(rewardPrice(half, 'mug', 'silver')).toEqual({ ok: true, value: 300 });
    expect(rewardPrice(half, 'mug', 'bronze')).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE' } });
    expect(rewardPrice(half, 'tv')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_REWARD', rewardId: 'tv' } });
  });
});

describe('maxRedeemable', () => {
  it('caps by the cart share, then steps and the minimum', () => {
    // 20 % of 1,000,000 toman = 200,000 toman = 400 points
    expect(maxRedeemable(5000, toman(1_000_000), half)).toEqual({
      points: 400,
      value: toman(200_000),
      limitedBy: 'cartShare',
    });
    expect(maxRedeemable(237, toman(1_000_000), half)).toEqual({
      points: 230,
      value: toman(115_000),
      limitedBy: 'step',
    });
    expect(maxRedeemable(95, toman(1_000_000), half)).toEqual({ points: 0, value: rial(0), limitedBy: 'minimum' });
    expect(maxRedeemable(9000, toman(100_000_000), half)).toMatchObject({ points: 3000, limitedBy: 'maximum' });
    expect(maxRedeemable(400, toman(1_000_000), half).limitedBy).toBe('balance');
    // iran24shop: 100 % payable, never more than the cart
    const all: LoyaltyProgram = { unit: 'toman', earn, redemption: { ratio: { points: 14, amount: '10000' } } };
    expect(maxRedeemable(1000, toman(20_000), all)).toEqual({
      points: 28,
      value: toman(20_000),
      limitedBy: 'cartShare',
    });
  });

  it('rejects bad input', () => {
    expect(codeOf(() => maxRedeemable(-1, toman(1), half))).toBe('INVALID_POINTS');
    expect(codeOf(() => maxRedeemable(1, rial(-1), half))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => pointsToReward(1.5, half))).toBe('INVALID_POINTS');
    expect(codeOf(() => pointsToReward(1, { earn }))).toBe('INVALID_PROGRAM');
    expect(codeOf(() => rewardToPoints(rial(-10), half))).toBe('INVALID_ARGUMENT');
  });
});
