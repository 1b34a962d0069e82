import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { jd, RED_SILVER_GOLD as ladder, pointsLadder, purchase, tehran } from './fixtures.test-util.js';
import { evaluateTier, type TierLadder, type TierMember, tierHistory } from './index.js';

function thrown(f: () => unknown): { code: string; path: string | undefined; message: string } {
  try {
    f();
  } catch (error) {
    if (isMoshtariError(error)) return { code: error.code, path: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected a MoshtariError');
}
const at = tehran(1403, 6, 1);
const evaluate = (member: unknown, l: TierLadder = ladder) => thrown(() => evaluateTier(l, member as TierMember, at));

describe('tiers errors', () => {
  it('INVALID_LADDER names the first issue and its tier', () => {
    const bad = { ...ladder, tiers: [ladder.tiers[0], ladder.tiers[2], ladder.tiers[1]] } as TierLadder;
    const e = thrown(() => evaluateTier(bad, { events: [] }, at));
    expect(e).toMatchObject({ code: 'INVALID_LADDER', path: 'ladder.tiers[2].entry' });
    expect(e.message).toMatch(/^ladder\.tiers\[2\]\.entry: tier 'silver' \(tiers\[2\]\): entry/);
    expect(thrown(() => tierHistory(bad, { events: [] })).code).toBe('INVALID_LADDER');
  });

  it('rejects bad members and events with a path', () => {
    expect(evaluate(null)).toMatchObject({ code: 'INVALID_MEMBER', path: 'member' });
    expect(evaluate({ events: [] }, pointsLadder({ window: { kind: 'anniversary' } }))).toMatchObject({
      code: 'INVALID_MEMBER',
      path: 'member.joinedOn',
    });
    expect(evaluate({ events: [{ kind: 'gift', at }] })).toMatchObject({
      code: 'INVALID_EVENT',
      path: 'member.events[0].kind',
    });
    expect(evaluate({ events: [{ kind: 'visit', at: Number.NaN }] })).toMatchObject({
      code: 'INVALID_EVENT',
      path: 'member.events[0].at',
    });
    const usd = { kind: 'purchase', id: 'p', at, spend: { amount: '5', currency: 'USD' } };
    expect(evaluate({ events: [usd] })).toMatchObject({ code: 'INVALID_EVENT', path: 'member.events[0].spend' });
    const negative = { kind: 'purchase', id: 'p', at, spend: { amount: '-5', currency: 'IRR' } };
    expect(evaluate({ events: [negative] })).toMatchObject({ code: 'INVALID_EVENT' });
    const fractional = { ...purchase('p', at, '5'), qualifyingPoints: 1.5 };
    expect(evaluate({ events: [fractional] })).toMatchObject({
      code: 'INVALID_EVENT',
      path: 'member.events[0].qualifyingPoints',
    });
    expect(evaluate({ events: [{ ...purchase('p', at, '5'), id: '' }] })).toMatchObject({ code: 'INVALID_EVENT' });
  });

  it('rejects returns that do not match their purchase', () => {
    const p = purchase('p', tehran(1403, 2, 1), '1000', 10);
    expect(evaluate({ events: [p, purchase('p', at, '1')] })).toMatchObject({
      code: 'DUPLICATE_EVENT_ID',
      path: 'member.events[1].id',
    });
    expect(evaluate({ events: [p, { kind: 'return', purchaseId: 'q', at }] })).toMatchObject({
      code: 'UNKNOWN_PURCHASE',
    });
    const early = { kind: 'return', purchaseId: 'p', at: tehran(1403, 1, 1) };
    expect(evaluate({ events: [p, early] })).toMatchObject({ code: 'INVALID_EVENT', path: 'member.events[1].at' });
    const half = { amount: '600', currency: 'IRR' };
    const twice = [
      p,
      { kind: 'return', purchaseId: 'p', at, spend: half },
      { kind: 'return', purchaseId: 'p', at, spend: half, id: 'r2' },
    ];
    expect(evaluate({ events: twice })).toMatchObject({
      code: 'RETURN_EXCEEDS_PURCHASE',
      path: 'member.events[2].spend',
    });
    const points = [p, { kind: 'return', purchaseId: 'p', at, qualifyingPoints: 11 }];
    expect(evaluate({ events: points })).toMatchObject({ code: 'RETURN_EXCEEDS_PURCHASE' });
  });

  it('rejects unknown assigned tiers, bad dates, asOf and time zones', () => {
    expect(evaluate({ events: [], assignments: [{ tierId: 'platinum', from: jd(1403, 1, 1) }] })).toMatchObject({
      code: 'UNKNOWN_TIER',
      path: 'member.assignments[0].tierId',
    });
    const backwards = { tierId: 'gold', from: jd(1403, 2, 1), through: jd(1403, 1, 1) };
    expect(evaluate({ events: [], assignments: [backwards] })).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(evaluate({ events: [], joinedOn: jd(1403, 12, 31) })).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: 'member.joinedOn',
    });
    expect(thrown(() => evaluateTier(ladder, { events: [] }, new Date(Number.NaN)))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      path: 'asOf',
    });
    expect(thrown(() => evaluateTier(ladder, { events: [] }, at, { timeZone: 'Mars/Olympus' })).code).toBe(
      'INVALID_TIME_ZONE',
    );
  });
});
