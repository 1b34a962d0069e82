// End to end across modules: the tier a member holds (moshtari/tiers) sets the earn multiplier of
// each purchase (moshtari/loyalty calculateEarn's tierBenefits), and the points earned qualify the
// member for the next tier — the loop a Red/Silver/Gold club runs.
import { describe, expect, it } from 'vitest';
import { calculateEarn, type LoyaltyProgram, prepareLoyaltyProgram } from '../src/loyalty/index.js';
import { toman } from '../src/money/index.js';
import { RED_SILVER_GOLD, tehran } from '../src/tiers/fixtures.test-util.js';
import { evaluateTier, type TierEvent, tierHistory } from '../src/tiers/index.js';

const program = prepareLoyaltyProgram({
  unit: 'toman',
  earn: { rate: { amount: '10000', points: '1' } }, // 10,000 toman = 1 point, rounded down
} satisfies LoyaltyProgram);

describe('tiers → loyalty: evaluateTier(...).current.benefits feeds calculateEarn', () => {
  it('earns 1×, 1.5× and 2× on the same purchase as Red, Silver and Gold', () => {
    const at = tehran(1403, 9, 1);
    const buy = { id: 'P-1', at, lines: [{ lineId: '1', amount: toman(1_234_567) }] };
    const spenders = { red: '0', silver: '600000000', gold: '2500000000' };
    const got = Object.entries(spenders).map(([expected, rial]) => {
      const member = {
        events: [{ kind: 'purchase', id: 'o0', at: tehran(1403, 2, 1), spend: { amount: rial, currency: 'IRR' } }],
      } as const;
      const tier = evaluateTier(RED_SILVER_GOLD, member, at).current;
      expect(tier.id).toBe(expected);
      return calculateEarn(program, buy, { tierBenefits: tier.benefits });
    });
    // 123.4567 points at 1×, 185.18505 at 1.5×, 246.9134 at 2×, each rounded down
    expect(got.map((r) => r.points)).toEqual([123, 185, 246]);
    expect(got[1]?.lines[0]?.multipliers).toEqual([{ source: 'tier', id: 'tier', multiplier: '1.5' }]);
  });

  it('a year of purchases: each earns at the tier held that day, and its points qualify the member', () => {
    const events: TierEvent[] = [];
    const earned: { month: number; tier: string; points: number }[] = [];
    // one 3,500,000-toman purchase on the 10th of every month of 1403
    for (let month = 1; month <= 12; month++) {
      const at = tehran(1403, month, 10);
      const tier = evaluateTier(RED_SILVER_GOLD, { events }, at).current;
      const purchase = { id: `P-${month}`, at, lines: [{ lineId: '1', amount: toman(3_500_000) }] };
      const { points } = calculateEarn(program, purchase, { tierBenefits: tier.benefits });
      earned.push({ month, tier: tier.id, points });
      // the earned points are the purchase's qualifying points; spend is 35,000,000 Rial
      events.push({
        kind: 'purchase',
        id: purchase.id,
        at,
        spend: { amount: '35000000', currency: 'IRR' },
        qualifyingPoints: points,
      });
    }
    // Red earns 350 a month: 350, 700, then 1,050 ≥ 1,000 promotes to Silver with month 3's purchase;
    // Silver earns 525 (1.5×): 1,575 … 4,725 after month 10, 5,250 ≥ 5,000 with month 11's purchase
    // promotes to Gold; month 12 earns 700 (2×).
    expect(earned.map((e) => e.tier)).toEqual([...Array(3).fill('red'), ...Array(8).fill('silver'), 'gold']);
    expect(earned.map((e) => e.points)).toEqual([...Array(3).fill(350), ...Array(8).fill(525), 700]);
    const spans = tierHistory(RED_SILVER_GOLD, { events }).slice(0, 3);
    expect(spans.map((s) => [s.tier.id, s.from])).toEqual([
      ['red', null],
      ['silver', { year: 1403, month: 3, day: 10 }],
      ['gold', { year: 1403, month: 11, day: 10 }],
    ]);
  });
});
