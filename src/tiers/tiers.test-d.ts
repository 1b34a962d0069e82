import { describe, expectTypeOf, it } from 'vitest';
import type { JalaliDate } from '../calendar/index.js';
import type { Result } from '../core/index.js';
import { RED_SILVER_GOLD as ladder } from './fixtures.test-util.js';
import {
  createTierEvaluator,
  evaluateTier,
  type TierBenefits,
  type TierEvaluation,
  type TierEvent,
  type TierLadder,
  type TierLadderIssue,
  type TierSpan,
  tierHistory,
  tierLadderSchema,
  tierOnDate,
  validateTierLadder,
} from './index.js';

describe('tiers types', () => {
  it('evaluations expose benefits loyalty can take as { earnMultiplier: string }', () => {
    const e = evaluateTier(ladder, { events: [] }, 0);
    expectTypeOf(e).toEqualTypeOf<TierEvaluation>();
    expectTypeOf(e.current.benefits).toEqualTypeOf<TierBenefits>();
    expectTypeOf(e.current.benefits).toExtend<{ readonly earnMultiplier: string }>();
    expectTypeOf(e.current.validThrough).toEqualTypeOf<JalaliDate | null>();
    expectTypeOf(e.window.metrics.spendRial).toEqualTypeOf<string>();
    expectTypeOf(createTierEvaluator(ladder)).toEqualTypeOf<
      (member: Parameters<typeof evaluateTier>[1], asOf: Date | number) => TierEvaluation
    >();
  });

  it('validation returns a Result of issues; history returns spans', () => {
    expectTypeOf(validateTierLadder(ladder)).toEqualTypeOf<Result<TierLadder, readonly TierLadderIssue[]>>();
    expectTypeOf(tierHistory(ladder, { events: [] })).toEqualTypeOf<readonly TierSpan[]>();
    expectTypeOf(tierOnDate([], { year: 1403, month: 1, day: 1 })).toEqualTypeOf<TierSpan | undefined>();
    expectTypeOf(tierLadderSchema().parse({})).toEqualTypeOf<TierLadder>();
  });

  it('rules are all-or-any, events are discriminated, spend is Rial money', () => {
    const base = ladder.tiers[0] as TierLadder['tiers'][number];
    // @ts-expect-error a rule is { all } or { any }, not a bare thresholds object
    const bare: TierLadder['tiers'][number] = { ...base, entry: { qualifyingPoints: 1000 } };
    // @ts-expect-error unknown window kind
    const weekly: TierLadder['window'] = { kind: 'weekly' };
    // @ts-expect-error spend must be Rial
    const usd: TierEvent = { kind: 'purchase', id: 'p', at: 0, spend: { amount: '5', currency: 'USD' } };
    // @ts-expect-error a return names its purchase
    const orphan: TierEvent = { kind: 'return', at: 0 };
    // @ts-expect-error benefits are decimal strings, not numbers
    const float: TierBenefits = { earnMultiplier: 1.5, discountPercent: '5', perks: [] };
    const e: TierEvent = { kind: 'visit', at: new Date(0) };
    if (e.kind === 'visit') expectTypeOf(e).not.toHaveProperty('spend');
    expectTypeOf([bare, weekly, usd, orphan, float]).toBeArray();
  });

  it('results are readonly', () => {
    const e = evaluateTier(ladder, { events: [] }, 0);
    // @ts-expect-error readonly
    e.current.id = 'gold';
    // @ts-expect-error readonly array
    e.current.benefits.perks.push('x');
  });
});
