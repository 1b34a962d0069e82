import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import { fromJalali } from '../calendar/index.js';
import { type Money, rial, toman } from '../money/index.js';
import { calculateEarn } from './calculateEarn.js';
import type { Purchase } from './earnTypes.js';
import type { LoyaltyProgram } from './programTypes.js';
import { replayLedger } from './replayLedger.js';

const at = fromJalali({ year: 1403, month: 10, day: 15, hour: 12 });
const buy = (amounts: readonly Money[], extra: Partial<Purchase> = {}): Purchase => ({
  id: 'A-1',
  at,
  lines: amounts.map((amount, i) => ({ lineId: String(i + 1), amount })),
  ...extra,
});

describe('calculateEarn: Iranian club rules (loyalty.md §7)', () => {
  it('Simoclub: 1 point per 100,000 IRR in store, per 90,000 IRR online', () => {
    const simo: LoyaltyProgram = {
      earn: { rate: { amount: '100000', points: '1' }, channelRates: { online: { amount: '90000', points: '1' } } },
    };
    expect(calculateEarn(simo, buy([rial(1_000_000)], { channel: 'store' })).points).toBe(10);
    const online = calculateEarn(simo, buy([rial(1_000_000)], { channel: 'online' }));
    expect(online.points).toBe(11); // 11.11 rounded down
    expect(online.lines[0]?.rateSource).toBe('channel');
  });

  it('Zarin cafe: 1 point per 500,000 IRR; "every 10,000 toman = 1 point" in toman', () => {
    expect(calculateEarn({ earn: { rate: { amount: '500000', points: '1' } } }, buy([rial(2_400_000)])).points).toBe(4);
    const tomanProgram: LoyaltyProgram = { unit: 'toman', earn: { rate: { amount: '10000', points: '1' } } };
    expect(calculateEarn(tomanProgram, buy([toman(257_000)])).points).toBe(25);
  });

  it('EARN-STEP vs proportional differ with several points per step (Square: 1 pt per $10, $105 → 10)', () => {
    const rate = { amount: '10', points: '2' };
    expect(calculateEarn({ earn: { rate, mode: 'step' } }, buy([rial(105)])).points).toBe(20);
    expect(calculateEarn({ earn: { rate } }, buy([rial(105)])).points).toBe(21);
    expect(
      calculateEarn({ earn: { rate: { amount: '10', points: '1' }, mode: 'step' } }, buy([rial(105)])).points,
    ).toBe(10);
  });

  it('pitfall 2 (ERPNext): 196,000 / 900 = 217.77 is 217 points rounded down, exactly', () => {
    const r = calculateEarn({ earn: { rate: { amount: '900', points: '1' } } }, buy([rial(196_000)]));
    expect(r.points).toBe(217);
    expect(r.exact).toEqual({ numerator: '196000', denominator: '900' });
    expect(
      calculateEarn({ earn: { rate: { amount: '900', points: '1' }, rounding: 'halfUp' } }, buy([rial(196_000)]))
        .points,
    ).toBe(218);
  });

  it('pitfall 1 (Oracle): rounding granularity is explicit — per line vs per purchase', () => {
    const program = (granularity: 'line' | 'transaction'): LoyaltyProgram => ({
      earn: { rate: { amount: '1000', points: '1' }, rounding: 'halfUp', granularity },
    });
    const twoLines = buy([rial(20_500), rial(20_500)]); // 20.5 + 20.5 points
    expect(calculateEarn(program('line'), twoLines).points).toBe(42); // 21 + 21
    expect(calculateEarn(program('transaction'), twoLines).points).toBe(41);
  });

  it('tier multiplier from the tiers module (structural TierBenefits)', () => {
    const tierBenefits = { earnMultiplier: '1.5', discountPercent: '5', perks: ['free-delivery'] };
    const r = calculateEarn(
      { unit: 'toman', earn: { rate: { amount: '10000', points: '1' } } },
      buy([toman(257_000)]),
      { tierBenefits },
    );
    expect(r.points).toBe(38); // 25.7 × 1.5 = 38.55
    expect(r.lines[0]?.multipliers).toEqual([{ source: 'tier', id: 'tier', multiplier: '1.5' }]);
  });

  it('carry-forward: ten 9,999-toman purchases lose nothing over time', () => {
    const program: LoyaltyProgram = {
      unit: 'toman',
      earn: { rate: { amount: '10000', points: '1' }, carryForward: true },
    };
    let carry: { numerator: string; denominator: string } | undefined;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const r = calculateEarn(program, buy([toman(9_999)]), carry === undefined ? {} : { carry });
      total += r.points;
      carry = r.carry;
    }
    expect(total).toBe(9); // 9.999 points earned in all
    expect(carry).toEqual({ numerator: '999', denominator: '1000' });
    expect(
      calculateEarn({ unit: 'toman', earn: { rate: { amount: '10000', points: '1' } } }, buy([toman(9_999)])).points,
    ).toBe(0);
  });

  it('category rates, exclusions and non-earning payments, spread over lines in the exact ratio', () => {
    const program: LoyaltyProgram = {
      unit: 'toman',
      earn: {
        rate: { amount: '10000', points: '1' },
        categoryRates: { coffee: { amount: '10000', points: '2' } },
        exclude: { categories: ['shipping'], skus: ['GIFT-CARD'] },
      },
    };
    const r = calculateEarn(program, {
      id: 'A-2',
      at,
      lines: [
        { lineId: '1', amount: toman(300_000), category: 'coffee', quantity: 3 },
        { lineId: '2', amount: toman(150_000), category: 'books' },
        { lineId: '3', amount: toman(50_000), category: 'shipping' },
        { lineId: '4', amount: toman(500_000), sku: 'GIFT-CARD' },
      ],
      nonEarningPayment: toman(100_000), // paid with store credit, spread by amount: 30,000 / 15,000 / 5,000 / 50,000
    });
    expect(r.lines.map((l) => l.excluded)).toEqual([null, null, 'category', 'sku']);
    expect(r.lines.map((l) => l.base.amount)).toEqual(['2700000', '1350000', '450000', '4500000']);
    expect(r.points).toBe(67); // 54 + 13.5 = 67.5
    expect(r.lines.map((l) => l.points)).toEqual([54, 13, 0, 0]);
    expect(r.lines.reduce((s, l) => s + l.points, 0)).toBe(r.points);
  });

  it('minimum purchase and a per-transaction cap, with before/after steps', () => {
    const program: LoyaltyProgram = {
      earn: { rate: { amount: '10000', points: '1' }, minimumPurchase: '1000000', caps: { perTransaction: 150 } },
    };
    const small = calculateEarn(program, buy([rial(999_999)]));
    expect(small.points).toBe(0);
    expect(small.steps[0]?.rule).toBe('minimumPurchase');
    const big = calculateEarn(program, buy([rial(2_000_000), rial(1_000_000)]));
    expect(big.beforeCaps).toBe(300);
    expect(big.points).toBe(150);
    expect(big.steps.at(-1)).toMatchObject({ rule: 'cap.perTransaction', before: 300, after: 150 });
    expect(big.lines.map((l) => l.points)).toEqual([100, 50]);
  });

  it('Golriz-style yearly cap and a Tehran-day cap counted from the ledger', () => {
    const program: LoyaltyProgram = {
      earn: { rate: { amount: '10000', points: '1' }, caps: { perDay: 100, perYear: 1000 } },
    };
    // 23:30 Tehran on 1403/10/14 is the previous civil day; 00:10 on 1403/10/15 is the same day as `at`
    const { state } = replayLedger([
      { kind: 'earn', id: 'e1', at: fromJalali({ year: 1403, month: 10, day: 14, hour: 23, minute: 30 }), points: 90 },
      { kind: 'earn', id: 'e2', at: fromJalali({ year: 1403, month: 10, day: 15, minute: 10 }), points: 60 },
      { kind: 'earn', id: 'e3', at: fromJalali({ year: 1403, month: 1, day: 2 }), points: 800 },
    ]);
    const r = calculateEarn(program, buy([rial(1_000_000)]), { ledger: state });
    expect(r.steps.map((s) => [s.rule, s.after])).toEqual([
      ['rounding', 100],
      ['cap.perDay', 40],
    ]);
    expect(calculateEarn(program, buy([rial(1_000_000)]), { earnedSoFar: { year: 990 } }).points).toBe(10);
  });

  it('promotions: a Nowruz window, Thursday happy hours (Tehran), category bonus and stacking', () => {
    const program: LoyaltyProgram = {
      earn: {
        rate: { amount: '10000', points: '1' },
        promotions: [
          {
            id: 'nowruz',
            multiplier: '2',
            from: { year: 1404, month: 1, day: 1 },
            to: { year: 1404, month: 1, day: 13 },
          },
          { id: 'thu', multiplier: '1.5', weekdays: ['thu'], hours: { from: '14:00', to: '17:00' } },
          { id: 'coffee', bonusPoints: 5, categories: ['coffee'] },
        ],
        promotionStacking: 'multiply',
      },
    };
    const line = [{ lineId: '1', amount: rial(100_000), category: 'coffee' }];
    const nowruzThu = fromJalali({ year: 1404, month: 1, day: 14, hour: 15 }); // a Thursday, day after the window
    expect(calculateEarn(program, { id: 'p', at: nowruzThu, lines: line }).points).toBe(15 + 5);
    const lastDay = fromJalali({ year: 1404, month: 1, day: 13, hour: 23, minute: 59, second: 59 }); // Wednesday
    const r = calculateEarn(program, { id: 'p', at: lastDay, lines: line });
    expect(r.points).toBe(25);
    expect(r.lines[0]?.multipliers).toEqual([{ source: 'promotion', id: 'nowruz', multiplier: '2' }]);
    const both = calculateEarn(program, {
      id: 'p',
      at: fromJalali({ year: 1404, month: 1, day: 7, hour: 16 }),
      lines: line,
    }); // Thursday
    expect(both.lines[0]?.multipliers[0]).toEqual({ source: 'promotion', id: 'nowruz+thu', multiplier: '3' });
    expect(both.points).toBe(35);
  });

  it('spend-threshold and stamp rewards with carried progress', () => {
    const program: LoyaltyProgram = {
      unit: 'toman',
      earn: { rate: { amount: '10000', points: '1' } },
      progressRewards: [
        { id: 'spend', kind: 'spend', every: '500000', reward: 'gift' },
        { id: 'stamps', kind: 'stamp', every: 10, reward: 'free-coffee', categories: ['coffee'] },
      ],
    };
    const r = calculateEarn(
      program,
      { id: 'p', at, lines: [{ lineId: '1', amount: toman(420_000), category: 'coffee', quantity: 4 }] },
      { progress: { spend: '1000000', stamps: '7' } },
    );
    expect(r.rewards).toEqual([
      { ruleId: 'spend', reward: 'gift', count: 1 },
      { ruleId: 'stamps', reward: 'free-coffee', count: 1 },
    ]);
    expect(r.progress).toEqual({ spend: '200000', stamps: '1' });
  });

  it('bad input throws typed errors', () => {
    const program: LoyaltyProgram = { earn: { rate: { amount: '10000', points: '1' } } };
    expect(codeOf(() => calculateEarn(program, buy([rial(-5)])))).toBe('INVALID_PURCHASE');
    expect(codeOf(() => calculateEarn(program, buy([])))).toBe('INVALID_PURCHASE');
    expect(codeOf(() => calculateEarn({ earn: { rate: { amount: '0', points: '1' } } }, buy([rial(5)])))).toBe(
      'INVALID_PROGRAM',
    );
    expect(
      codeOf(() =>
        calculateEarn({ earn: { rate: { amount: '100', points: 1 as unknown as string } } }, buy([rial(5)])),
      ),
    ).toBe('INVALID_PROGRAM');
    expect(codeOf(() => calculateEarn(program, buy([rial(5)]), { tierBenefits: { earnMultiplier: '-1' } }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => calculateEarn(program, { ...buy([rial(5)]), at: Number.NaN }))).toBe('INVALID_PURCHASE');
  });
});
