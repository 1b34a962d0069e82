import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from './ledgerEvent.js';
import type { LoyaltyProgram } from './programTypes.js';
import { ledgerEventSchema, loyaltyProgramSchema } from './schema.js';

const full: LoyaltyProgram = {
  id: 'club',
  unit: 'toman',
  timeZone: 'Asia/Tehran',
  earn: {
    rate: { amount: '10000', points: '1' },
    mode: 'proportional',
    rounding: 'down',
    granularity: 'transaction',
    carryForward: true,
    categoryRates: { coffee: { amount: '10000', points: '2' } },
    channelRates: { online: { amount: '9000', points: '1' } },
    exclude: { categories: ['shipping'], skus: ['GC'], channels: ['b2b'] },
    minimumPurchase: '50000',
    caps: { perTransaction: 500, perDay: 1000, perMonth: 5000, perYear: 50000 },
    promotions: [
      {
        id: 'nowruz',
        multiplier: '2',
        from: { year: 1404, month: 1, day: 1 },
        to: { year: 1404, month: 1, day: 13 },
        weekdays: ['thu'],
        hours: { from: '14:00', to: '17:00' },
      },
    ],
    promotionStacking: 'max',
  },
  bonuses: [{ id: 'birthday', kind: 'birthday', points: 100, expiry: { kind: 'rolling', count: 1, unit: 'year' } }],
  progressRewards: [
    { id: 'spend', kind: 'spend', every: '500000', reward: 'gift' },
    { id: 'stamps', kind: 'stamp', every: 10, reward: 'coffee' },
  ],
  ledger: {
    expiry: { kind: 'endOfPeriod', unit: 'year' },
    inactivity: { count: 12, unit: 'month' },
    negativeBalance: 'allow',
  },
  redemption: {
    ratio: { points: 14, amount: '10000' },
    maxCartShare: '0.2',
    step: 10,
    catalog: [{ id: 'mug', points: 300, tierPrices: { bronze: null } }],
  },
};

describe('loyaltyProgramSchema', () => {
  it('parses a full program back to itself', () => {
    expect(loyaltyProgramSchema().parse(JSON.parse(JSON.stringify(full)))).toEqual(full);
  });

  it('rejects typos, floats for amounts, impossible dates and bad combinations', () => {
    const bad = (patch: object) =>
      loyaltyProgramSchema().safeParse({ ...full, earn: { ...full.earn, ...patch } }).success;
    expect(bad({ carryforward: true })).toBe(false);
    expect(bad({ rate: { amount: 10000, points: '1' } })).toBe(false);
    expect(bad({ rate: { amount: '0', points: '1' } })).toBe(false);
    expect(bad({ granularity: 'line' })).toBe(false); // with carryForward
    expect(bad({ promotions: [{ id: 'x', from: { year: 1404, month: 12, day: 30 } }] })).toBe(false);
    expect(bad({ promotions: [{ id: 'x', hours: { from: '25:00', to: '26:00' } }] })).toBe(false);
    expect(
      loyaltyProgramSchema().safeParse({
        ...full,
        redemption: { ratio: { points: 1, amount: '1' }, maxCartShare: '1.5' },
      }).success,
    ).toBe(false);
    expect(
      loyaltyProgramSchema().safeParse({
        ...full,
        progressRewards: [{ id: 's', kind: 'stamp', every: '10', reward: 'x' }],
      }).success,
    ).toBe(false);
  });
});

describe('ledgerEventSchema', () => {
  it('accepts every kind and turns ISO times into epoch milliseconds', () => {
    const events: unknown[] = [
      {
        kind: 'earn',
        id: 'e1',
        at: '2025-01-05T09:30:00Z',
        points: 120,
        lines: [{ lineId: '1', points: 120, quantity: 2 }],
        source: { type: 'order', id: 'A' },
      },
      { kind: 'pendingEarn', id: 'e2', at: 0, points: 1, activatesAt: '2025-01-19T00:00:00+03:30' },
      { kind: 'activate', id: 'a', at: 1, lotId: 'e2' },
      { kind: 'redeem', id: 'r', at: 2, points: 5, reference: 'B-1' },
      { kind: 'reverse', id: 'v', at: 3, lotId: 'e1', lines: [{ lineId: '1', quantity: 1 }] },
      { kind: 'expire', id: 'x', at: 4, lotId: 'e1' },
      { kind: 'adjust', id: 'j', at: 5, points: -3, reason: 'fix', actor: 'agent' },
      { kind: 'cancelRedemption', id: 'c', at: 6, redemptionId: 'r' },
    ];
    const parsed = events.map((e) => ledgerEventSchema().parse(e) as LedgerEvent);
    expect(parsed[0]?.at).toBe(Date.UTC(2025, 0, 5, 9, 30));
    expect(parsed.map((e) => e.kind)).toEqual([
      'earn',
      'pendingEarn',
      'activate',
      'redeem',
      'reverse',
      'expire',
      'adjust',
      'cancelRedemption',
    ]);
  });

  it('rejects unknown kinds, negative or fractional points and zero adjustments', () => {
    for (const e of [
      { kind: 'gift', id: 'g', at: 0 },
      { kind: 'earn', id: 'e', at: 0, points: -1 },
      { kind: 'redeem', id: 'r', at: 0, points: 1.5 },
      { kind: 'adjust', id: 'j', at: 0, points: 0 },
      { kind: 'earn', id: '', at: 0, points: 1 },
    ]) {
      expect(ledgerEventSchema().safeParse(e).success).toBe(false);
    }
  });
});
