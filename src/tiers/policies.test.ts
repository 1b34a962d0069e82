import { describe, expect, it } from 'vitest';
import { jd, points, pointsLadder, purchase, tehran } from './fixtures.test-util.js';
import { evaluateTier, type TierLadder, type TierMember, tierHistory } from './index.js';

const steps = (ladder: TierLadder, member: TierMember) =>
  tierHistory(ladder, member).map((s) => [s.tier.id, s.from, s.reason] as const);
const gold1403: TierMember = { events: [points(tehran(1403, 2, 1), 5000)] };

describe('downgrade policies', () => {
  it('oneTier: one tier per period (soft landing), each landing granted until the next review', () => {
    expect(steps(pointsLadder(), gold1403)).toEqual([
      ['red', null, 'start'],
      ['gold', jd(1403, 2, 1), 'upgrade'],
      ['silver', jd(1405, 1, 1), 'softLanding'],
      ['red', jd(1406, 1, 1), 'softLanding'],
    ]);
  });

  it('toEarned: straight to the tier the window still earns', () => {
    const ladder = pointsLadder({ downgrade: { mode: 'toEarned' } });
    expect(steps(ladder, gold1403).at(-1)).toEqual(['red', jd(1405, 1, 1), 'downgrade']);
    const silverIn1404: TierMember = { events: [...gold1403.events, points(tehran(1404, 5, 1), 1200)] };
    expect(steps(ladder, silverIn1404).slice(2)).toEqual([
      ['silver', jd(1405, 1, 1), 'downgrade'],
      ['red', jd(1406, 1, 1), 'downgrade'],
    ]);
  });

  it('never: no downgrade at all', () => {
    const ladder = pointsLadder({ downgrade: { mode: 'never' } });
    expect(steps(ladder, gold1403).at(-1)).toEqual(['gold', jd(1403, 2, 1), 'upgrade']);
    expect(evaluateTier(ladder, gold1403, tehran(1410, 1, 1)).current).toMatchObject({
      id: 'gold',
      validThrough: null,
    });
  });

  it('a lifetime tier is a floor once reached', () => {
    const base = pointsLadder({ downgrade: { mode: 'toEarned' } });
    const ladder: TierLadder = {
      ...base,
      tiers: base.tiers.map((t) => (t.id === 'silver' ? { ...t, lifetime: true } : t)),
    };
    expect(steps(ladder, gold1403).at(-1)).toEqual(['silver', jd(1405, 1, 1), 'downgrade']);
    const e = evaluateTier(ladder, gold1403, tehran(1409, 1, 1));
    expect(e.current).toMatchObject({ id: 'silver', validThrough: null });
    expect(e.projectedDowngrade).toBeNull();
    expect(e.explanation[1]?.text).toBe('Silver does not expire.');
  });

  it('a paid tier holds through its end date, then the usual review applies', () => {
    const member: TierMember = {
      events: [],
      assignments: [{ tierId: 'gold', from: jd(1403, 1, 1), through: jd(1403, 6, 31), reason: 'paid' }],
    };
    const during = evaluateTier(pointsLadder(), member, tehran(1403, 3, 1));
    expect(during.current).toMatchObject({ id: 'gold', reason: 'assignment', validThrough: jd(1403, 6, 31) });
    expect(during.explanation[0]?.text).toBe('You are Gold since 1403/01/01 (assigned).');
    expect(steps(pointsLadder(), member)).toEqual([
      ['red', null, 'start'],
      ['gold', jd(1403, 1, 1), 'assignment'],
      ['silver', jd(1403, 7, 1), 'softLanding'],
      ['red', jd(1404, 1, 1), 'softLanding'],
    ]);
    // activity during the assignment counts as usual
    const active: TierMember = { ...member, events: [points(tehran(1403, 2, 1), 1500)] };
    expect(steps(pointsLadder({ downgrade: { mode: 'toEarned' } }), active).slice(2)).toEqual([
      ['silver', jd(1403, 7, 1), 'downgrade'],
      ['red', jd(1405, 1, 1), 'downgrade'],
    ]);
  });

  it('an assignment without end never drops', () => {
    const member: TierMember = { events: [], assignments: [{ tierId: 'silver', from: jd(1403, 1, 1) }] };
    expect(evaluateTier(pointsLadder(), member, tehran(1420, 1, 1)).current).toMatchObject({
      id: 'silver',
      validThrough: null,
    });
  });
});

describe('rolling windows', () => {
  const rolling = (validity: TierLadder['validity']): TierLadder =>
    pointsLadder({ window: { kind: 'rolling', months: 12 }, validity, downgrade: { mode: 'toEarned' } });
  const member: TierMember = { events: [points(tehran(1403, 3, 15), 1000)] };

  it('activity stays in the window for 12 Jalali months; live validity drops the day it leaves', () => {
    const e = evaluateTier(rolling({ kind: 'live' }), member, tehran(1403, 6, 1));
    expect(e.window.start).toEqual(jd(1402, 6, 2));
    expect(e.current).toMatchObject({ id: 'silver', validThrough: jd(1404, 3, 14) });
    expect(e.next?.requirement.by).toBeNull();
    expect(e.projectedDowngrade?.on).toEqual(jd(1404, 3, 15));
  });

  it('a months validity counts from the last day the window met the rule', () => {
    const e = evaluateTier(rolling({ kind: 'months', months: 6 }), member, tehran(1403, 6, 1));
    expect(e.current.validThrough).toEqual(jd(1404, 9, 13));
    expect(e.keep).toMatchObject({ windowStart: jd(1403, 9, 14), by: jd(1404, 9, 13), met: false });
    const rounded = evaluateTier(rolling({ kind: 'months', months: 6, roundUp: 'month' }), member, tehran(1403, 6, 1));
    expect(rounded.current.validThrough).toEqual(jd(1404, 9, 30));
  });

  it('lifetime windows never forget activity', () => {
    const ladder = pointsLadder({
      window: { kind: 'lifetime' },
      validity: { kind: 'live' },
      downgrade: { mode: 'toEarned' },
    });
    const e = evaluateTier(ladder, member, tehran(1420, 1, 1));
    expect(e.current).toMatchObject({ id: 'silver', validThrough: null });
    expect(e.window.start).toBeNull();
    expect(e.explanation.find((l) => l.code === 'WINDOW')?.text).toBe(
      'Over your whole membership: 1,000 qualifying points.',
    );
  });
});

describe('returns under next-period upgrades', () => {
  const ladder = pointsLadder({
    window: { kind: 'calendar', unit: 'month' },
    validity: { kind: 'endOfPeriod' },
    upgrade: 'nextPeriod',
  });
  const bought: TierMember = { events: [purchase('p', tehran(1403, 1, 10), '100000000', 1000)] };

  it('a return before the period ends cancels the pending upgrade', () => {
    const returned: TierMember = {
      events: [...bought.events, { kind: 'return', purchaseId: 'p', at: tehran(1403, 1, 20) }],
    };
    expect(evaluateTier(ladder, bought, tehran(1403, 1, 25)).pendingUpgrade?.to.id).toBe('silver');
    const e = evaluateTier(ladder, returned, tehran(1403, 1, 25));
    expect(e.pendingUpgrade).toBeNull();
    expect(evaluateTier(ladder, returned, tehran(1403, 2, 5)).current.id).toBe('red');
  });

  it('a return after the upgrade revokes it; with keepTier it stays', () => {
    const returned: TierMember = {
      events: [...bought.events, { kind: 'return', purchaseId: 'p', at: tehran(1403, 2, 3) }],
    };
    expect(evaluateTier(ladder, returned, tehran(1403, 2, 2)).current).toMatchObject({
      id: 'silver',
      since: jd(1403, 2, 1),
    });
    expect(evaluateTier(ladder, returned, tehran(1403, 2, 5)).current).toMatchObject({
      id: 'red',
      reason: 'revoked',
      since: jd(1403, 2, 3),
    });
    const kept = evaluateTier({ ...ladder, returns: 'keepTier' }, returned, tehran(1403, 2, 5));
    expect(kept.current).toMatchObject({ id: 'silver', validThrough: jd(1403, 2, 31) });
  });
});
