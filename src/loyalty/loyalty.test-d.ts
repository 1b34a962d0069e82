import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../core/index.js';
import { type Money, rial } from '../money/index.js';
import {
  applyLedgerEvent,
  calculateEarn,
  createLedger,
  type EarnContext,
  type EarnResult,
  type LedgerError,
  type LedgerEvent,
  type LedgerState,
  type LedgerUpdate,
  type LoyaltyProgram,
  maxRedeemable,
  pointsToReward,
  replayLedger,
  rewardToPoints,
} from './index.js';

const program: LoyaltyProgram = {
  earn: { rate: { amount: '10000', points: '1' } },
  redemption: { ratio: { points: 14, amount: '10000' } },
};

describe('loyalty types', () => {
  it('accepts the tiers module TierBenefits structurally', () => {
    type TierBenefits = { earnMultiplier: string; discountPercent: string; perks: readonly string[] };
    const benefits: TierBenefits = { earnMultiplier: '1.5', discountPercent: '10', perks: [] };
    expectTypeOf<{ tierBenefits: TierBenefits }>().toExtend<EarnContext>();
    calculateEarn(program, { id: 'p', at: 0, lines: [{ lineId: '1', amount: rial(1) }] }, { tierBenefits: benefits });
    // @ts-expect-error a multiplier is a decimal string, not a float
    calculateEarn(program, { id: 'p', at: 0, lines: [] }, { tierBenefits: { earnMultiplier: 1.5 } });
  });

  it('keeps money and rates exact: strings, not numbers', () => {
    // @ts-expect-error amounts are integer strings
    const bad: LoyaltyProgram = { earn: { rate: { amount: 10000, points: '1' } } };
    void bad;
    // @ts-expect-error a line amount is Money, not a number
    calculateEarn(program, { id: 'p', at: 0, lines: [{ lineId: '1', amount: 1000 }] });
    expectTypeOf(pointsToReward(10, program)).toEqualTypeOf<Money<'IRR'>>();
    expectTypeOf(rewardToPoints(rial(10), program)).toEqualTypeOf<number>();
    // @ts-expect-error rewardToPoints takes Money
    rewardToPoints(10, program);
    expectTypeOf(maxRedeemable(10, rial(100), program).limitedBy).toEqualTypeOf<
      'balance' | 'cartShare' | 'maximum' | 'step' | 'minimum'
    >();
  });

  it('returns readonly results and a Result for the ledger', () => {
    const r = calculateEarn(program, { id: 'p', at: 0, lines: [{ lineId: '1', amount: rial(1) }] });
    expectTypeOf(r).toEqualTypeOf<EarnResult>();
    // @ts-expect-error readonly
    r.points = 5;
    const state = createLedger();
    const applied = applyLedgerEvent(state, { kind: 'earn', id: 'e', at: 0, points: 1 });
    expectTypeOf(applied).toEqualTypeOf<Result<LedgerUpdate, LedgerError>>();
    // @ts-expect-error immutable state
    state.balance = 3;
    // @ts-expect-error no mutation of lots
    state.lots.push(state.lots[0]);
    if (!applied.ok && applied.error.code === 'INSUFFICIENT_POINTS')
      expectTypeOf(applied.error.available).toEqualTypeOf<number>();
    expectTypeOf(replayLedger([]).state).toEqualTypeOf<LedgerState>();
  });

  it('checks event shapes', () => {
    const e: LedgerEvent = {
      kind: 'reverse',
      id: 'x',
      at: new Date(0),
      lotId: 'l',
      lines: [{ lineId: '1', quantity: 1 }],
    };
    void e;
    // @ts-expect-error an unknown kind
    const unknown: LedgerEvent = { kind: 'gift', id: 'x', at: 0, points: 1 };
    void unknown;
    // @ts-expect-error redeem needs points
    const noPoints: LedgerEvent = { kind: 'redeem', id: 'x', at: 0 };
    void noPoints;
  });
});
