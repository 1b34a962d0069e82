import { describe, expect, it } from 'vitest';
import { codeAtPath } from '../../test/codeOf.js';
import { toman } from '../money/index.js';
import { calculateBonus } from './calculateBonus.js';
import { calculateEarn } from './calculateEarn.js';
import type { Purchase } from './earnTypes.js';
import { type PreparedLoyaltyProgram, prepareLoyaltyProgram } from './prepare.js';
import type { LoyaltyProgram } from './programTypes.js';

const program: LoyaltyProgram = {
  unit: 'toman',
  earn: { rate: { amount: '10000', points: '1' }, categoryRates: { coffee: { amount: '10000', points: '2' } } },
  bonuses: [{ id: 'signup', kind: 'signup', points: 50 }],
};
const buy = (amount: number, category?: string): Purchase => ({
  id: `P-${amount}`,
  at: Date.UTC(2025, 0, 5, 9),
  lines: [{ lineId: '1', amount: toman(amount), ...(category === undefined ? {} : { category }) }],
});

describe('prepareLoyaltyProgram', () => {
  it('earns exactly what the plain program earns, with and without a tier multiplier', () => {
    const prepared = prepareLoyaltyProgram(program);
    for (const [amount, category] of [
      [257_000, undefined],
      [99_999, 'coffee'],
      [1_000_000, 'coffee'],
    ] as const) {
      for (const context of [
        {},
        { tierBenefits: { earnMultiplier: '1.5' } },
        { tierBenefits: { earnMultiplier: '2' } },
      ]) {
        expect(calculateEarn(prepared, buy(amount, category), context)).toEqual(
          calculateEarn(program, buy(amount, category), context),
        );
      }
    }
    expect(calculateEarn(prepared, buy(257_000)).points).toBe(25);
    expect(calculateEarn(prepared, buy(257_000, 'coffee'), { tierBenefits: { earnMultiplier: '1.5' } }).points).toBe(
      77,
    );
  });

  it('is accepted by calculateBonus', () => {
    const prepared = prepareLoyaltyProgram(program);
    const award = calculateBonus(prepared, 'signup', { at: Date.UTC(2025, 0, 5) });
    expect(award).toEqual(calculateBonus(program, 'signup', { at: Date.UTC(2025, 0, 5) }));
    expect(award.ok && award.value.points).toBe(50);
  });

  it('is a frozen value holding the program; preparing twice returns it as is', () => {
    const prepared = prepareLoyaltyProgram(program);
    expect(prepared.kind).toBe('preparedLoyaltyProgram');
    expect(prepared.program).toBe(program);
    expect(Object.isFrozen(prepared)).toBe(true);
    expect(prepareLoyaltyProgram(prepared)).toBe(prepared);
  });

  it('has no hidden cache: a program edited in place earns by its new rules', () => {
    const mutable = { earn: { rate: { amount: '10000', points: '1' } } };
    expect(calculateEarn(mutable, buy(100_000)).points).toBe(100); // 100,000 toman = 1,000,000 rial; 1 point per 10,000 rial
    mutable.earn.rate.points = '3';
    expect(calculateEarn(mutable, buy(100_000)).points).toBe(300);
  });

  it('rejects a malformed program when preparing, and a forged prepared value', () => {
    expect(codeAtPath(() => prepareLoyaltyProgram({ earn: { rate: { amount: '0', points: '1' } } }))).toBe(
      'INVALID_PROGRAM@program.earn.rate.amount',
    );
    const forged = { kind: 'preparedLoyaltyProgram', program } as PreparedLoyaltyProgram;
    expect(codeAtPath(() => calculateEarn(forged, buy(1000)))).toBe('INVALID_PROGRAM@program');
  });
});
