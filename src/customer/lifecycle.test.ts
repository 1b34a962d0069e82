import { describe, expect, it } from 'vitest';
import {
  type Customer,
  type CustomerId,
  deriveLifecycleStage,
  isBackwardLifecycleMove,
  LIFECYCLE_STAGES,
  lifecycleStageRank,
  moveLifecycleStage,
} from './index.js';

const DAY = 86_400_000;
const asOf = Date.UTC(2025, 5, 1);
const buy = (daysAgo: number) => ({ kind: 'purchase', at: asOf - daysAgo * DAY });
const customer: Customer = { kind: 'person', id: 'c-1' as CustomerId, name: { first: 'علی' } };

describe('deriveLifecycleStage', () => {
  it.each([
    ['lead', [], 'noInterest'],
    ['prospect', [{ kind: 'meeting', at: asOf - DAY }], 'qualified'],
    [
      'prospect',
      [
        { kind: 'qualified', at: asOf - DAY },
        { kind: 'note', at: asOf },
      ],
      'qualified',
    ],
    ['newCustomer', [buy(10)], 'firstPurchase'],
    ['repeat', [buy(10), buy(40)], 'repeat'],
    ['loyal', [buy(10), buy(40), buy(100), buy(200)], 'loyal'],
    ['atRisk', [buy(120), buy(130)], 'atRisk'],
    ['churned', [buy(400)], 'churned'],
    ['wonBack', [buy(5), buy(500)], 'wonBack'],
  ] as const)('%s', (stage, history, rule) => {
    const d = deriveLifecycleStage(history, {}, asOf);
    expect(d.stage).toBe(stage);
    expect(d.rule).toBe(rule);
  });

  it('explains itself and ignores events after asOf', () => {
    expect(deriveLifecycleStage([buy(120), buy(-5)], {}, asOf)).toEqual({
      stage: 'atRisk',
      rule: 'atRisk',
      reason: 'no purchase for 120 days (at risk after 90)',
      purchases: 1,
      lastPurchaseAt: asOf - 120 * DAY,
    });
  });

  it('uses the policy thresholds and kinds', () => {
    const grocery = { atRiskAfterDays: 30, churnedAfterDays: 90, loyalMinPurchases: 3, loyalWindowDays: 60 };
    expect(deriveLifecycleStage([buy(40)], grocery, asOf).stage).toBe('atRisk');
    expect(deriveLifecycleStage([buy(5), buy(20), buy(29)], grocery, asOf).stage).toBe('loyal');
    expect(deriveLifecycleStage([buy(5), buy(20), buy(29)], { ...grocery, loyalMinTenureDays: 60 }, asOf).stage).toBe(
      'repeat',
    );
    expect(deriveLifecycleStage([{ kind: 'order', at: asOf }], { purchaseKinds: ['order'] }, asOf).stage).toBe(
      'newCustomer',
    );
    expect(deriveLifecycleStage([{ kind: 'call', at: asOf }], { prospectKinds: ['call'] }, asOf).stage).toBe(
      'prospect',
    );
  });

  it('refuses a broken policy or time', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as { code: string }).code, (e as { path: string }).path];
      }
      return undefined;
    };
    expect(code(() => deriveLifecycleStage([], { atRiskAfterDays: 0 }, asOf))).toEqual([
      'INVALID_POLICY',
      'policy.atRiskAfterDays',
    ]);
    expect(code(() => deriveLifecycleStage([], { atRiskAfterDays: 400 }, asOf))).toEqual(['INVALID_POLICY', 'policy']);
    expect(code(() => deriveLifecycleStage([], { loyalMinPurchases: 2, repeatMinPurchases: 3 }, asOf))).toEqual([
      'INVALID_POLICY',
      'policy',
    ]);
    expect(code(() => deriveLifecycleStage([{ kind: 'purchase', at: Number.NaN }], {}, asOf))).toEqual([
      'INVALID_INSTANT',
      'history[0].at',
    ]);
    expect(code(() => deriveLifecycleStage([], {}, 1.5))).toEqual(['INVALID_INSTANT', 'asOf']);
    expect(code(() => deriveLifecycleStage('x' as never, {}, asOf))).toEqual(['INVALID_ARGUMENT', 'history']);
  });
});

describe('stage order', () => {
  it('ranks the funnel; declines rank with customers', () => {
    expect(LIFECYCLE_STAGES.map(lifecycleStageRank)).toEqual([0, 1, 2, 3, 4, 2, 2, 2]);
    expect(() => lifecycleStageRank('vip' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it.each([
    ['lead', 'prospect', false],
    ['prospect', 'lead', true],
    ['loyal', 'repeat', true],
    ['loyal', 'atRisk', true],
    ['atRisk', 'churned', true],
    ['churned', 'atRisk', false],
    ['atRisk', 'repeat', false],
    ['churned', 'wonBack', false],
    ['churned', 'lead', true],
    ['wonBack', 'repeat', false],
    ['repeat', 'repeat', false],
  ] as const)('%s → %s backward: %s', (from, to, backward) => {
    expect(isBackwardLifecycleMove(from, to)).toBe(backward);
  });
});

describe('moveLifecycleStage', () => {
  const t0 = Date.UTC(2025, 0, 1);
  const lead = moveLifecycleStage(customer, 'lead', { at: t0, by: 'import' });

  it('starts and extends the history, closing the previous entry', () => {
    expect(lead).toEqual({
      ok: true,
      value: { ...customer, lifecycle: { stage: 'lead', history: [{ stage: 'lead', enteredAt: t0, by: 'import' }] } },
    });
    if (!lead.ok) return;
    const next = moveLifecycleStage(lead.value, 'newCustomer', { at: t0 + DAY });
    expect(next.ok && next.value.lifecycle).toEqual({
      stage: 'newCustomer',
      history: [
        { stage: 'lead', enteredAt: t0, exitedAt: t0 + DAY, by: 'import' },
        { stage: 'newCustomer', enteredAt: t0 + DAY },
      ],
    });
    expect(lead.value.lifecycle?.history).toHaveLength(1); // input untouched
  });

  it('needs a reason to move backward, and refuses moves before the current stage', () => {
    if (!lead.ok) return;
    const loyal = moveLifecycleStage(lead.value, 'loyal', { at: t0 + DAY });
    if (!loyal.ok) throw new Error('forward move refused');
    expect(moveLifecycleStage(loyal.value, 'churned', { at: t0 + 2 * DAY, reason: '  ' })).toEqual({
      ok: false,
      error: {
        code: 'REASON_REQUIRED',
        from: 'loyal',
        to: 'churned',
        message: 'moving from loyal back to churned needs a reason',
      },
    });
    const churned = moveLifecycleStage(loyal.value, 'churned', { at: t0 + 2 * DAY, reason: 'no purchase for a year' });
    expect(churned.ok && churned.value.lifecycle?.history.at(-1)).toEqual({
      stage: 'churned',
      enteredAt: t0 + 2 * DAY,
      reason: 'no purchase for a year',
    });
    expect(moveLifecycleStage(loyal.value, 'repeat', { at: t0 })).toMatchObject({
      ok: false,
      error: { code: 'OUT_OF_ORDER' },
    });
    expect(moveLifecycleStage(loyal.value, 'loyal', { at: t0 })).toEqual({ ok: true, value: loyal.value });
  });

  it('appends a stage-change activity when asked', () => {
    if (!lead.ok) return;
    const moved = moveLifecycleStage(lead.value, 'prospect', { at: t0 + DAY, by: 'sara', activityId: 'a9' });
    expect(moved.ok && moved.value.timeline).toEqual([
      { kind: 'stageChange', id: 'a9', customerId: 'c-1', at: t0 + DAY, author: 'sara', from: 'lead', to: 'prospect' },
    ]);
  });

  it('refuses an unknown stage or a bad time', () => {
    expect(() => moveLifecycleStage(customer, 'vip' as never, { at: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => moveLifecycleStage(customer, 'lead', { at: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT' }),
    );
  });
});
