// Scenarios from the anchors' documented examples, on Jalali periods (loyalty.md §1.5, §2.5):
// Salesforce Loyalty Management's Fixed vs Anniversary tier models and Voucherify's "points collected
// in a period" tiers (start immediately or next period, end of period or of the next, grace extension).
import { describe, expect, it } from 'vitest';
import { jd, points, pointsLadder, tehran } from './fixtures.test-util.js';
import { evaluateTier, type TierLadder, type TierMember, tierHistory } from './index.js';

describe('Salesforce: Fixed vs Anniversary tier model', () => {
  // Fixed: qualifying points reset on a fixed date (1 Farvardin) and the tier is extended to the reset
  // date; Anniversary: they reset on the member's enrollment anniversary and the tier ends there.
  // Tier period 12 months, extension to the period end ("QualifyingPointsResetDate" /
  // "MemberEnrollmentAnniversary"), reassessment to the earned tier when it expires.
  const policies = {
    validity: { kind: 'months', months: 12, roundUp: 'period' },
    downgrade: { mode: 'toEarned' },
  } as const;
  const fixed: TierLadder = pointsLadder({ ...policies, window: { kind: 'calendar', unit: 'year' } });
  const anniversary: TierLadder = pointsLadder({ ...policies, window: { kind: 'anniversary' } });
  const joinedOn = jd(1402, 7, 15);

  it('the fixed model resets qualifying points at Nowruz; the anniversary model at the enrollment anniversary', () => {
    const member: TierMember = {
      joinedOn,
      events: [points(tehran(1402, 12, 20), 600), points(tehran(1403, 1, 10), 600)],
    };
    const f = evaluateTier(fixed, member, tehran(1403, 2, 1));
    expect(f.current.id).toBe('red');
    expect(f.window).toMatchObject({ start: jd(1403, 1, 1), metrics: { qualifyingPoints: '600' } });
    const a = evaluateTier(anniversary, member, tehran(1403, 2, 1));
    expect(a.window).toMatchObject({ start: jd(1402, 7, 15), metrics: { qualifyingPoints: '1200' } });
    expect(a.current).toMatchObject({ id: 'silver', since: jd(1403, 1, 10), validThrough: jd(1404, 7, 14) });
  });

  it('the same Gold qualification ends at the reset date (fixed) or the day before the anniversary', () => {
    const member: TierMember = { joinedOn, events: [points(tehran(1403, 2, 1), 5000)] };
    const f = evaluateTier(fixed, member, tehran(1403, 6, 1));
    expect(f.current).toMatchObject({ id: 'gold', validThrough: jd(1404, 12, 29) });
    expect(f.projectedDowngrade).toMatchObject({ on: jd(1405, 1, 1), to: { id: 'red' } });
    const a = evaluateTier(anniversary, member, tehran(1403, 6, 1));
    expect(a.current).toMatchObject({ id: 'gold', validThrough: jd(1404, 7, 14) });
    expect(a.projectedDowngrade).toMatchObject({ on: jd(1404, 7, 15), to: { id: 'red' } });
    expect(a.keep).toMatchObject({ windowStart: jd(1403, 7, 15), by: jd(1404, 7, 14) });
  });

  it('reassesses to the tier earned in the last period when the tier expires', () => {
    const member: TierMember = {
      joinedOn,
      events: [points(tehran(1403, 2, 1), 5000), points(tehran(1404, 3, 1), 1500)],
    };
    expect(tierHistory(fixed, member).map((s) => [s.tier.id, s.from])).toEqual([
      ['red', null],
      ['gold', jd(1403, 2, 1)],
      ['silver', jd(1405, 1, 1)],
      ['red', jd(1406, 1, 1)],
    ]);
  });
});

describe('Voucherify: points collected in a calendar period (Jalali months)', () => {
  const monthly = (over: Partial<TierLadder> = {}): TierLadder =>
    pointsLadder({
      window: { kind: 'calendar', unit: 'month' },
      validity: { kind: 'endOfPeriod' },
      downgrade: { mode: 'toEarned' },
      ...over,
    });
  const member: TierMember = { events: [points(tehran(1403, 1, 10), 1000)] };

  it('start immediately, end of the qualification period: from the 10th to the end of the month', () => {
    const e = evaluateTier(monthly(), member, tehran(1403, 1, 20));
    expect(e.current).toMatchObject({ id: 'silver', since: jd(1403, 1, 10), validThrough: jd(1403, 1, 31) });
    expect(e.keep).toBeNull(); // a tier for this month only: requalify next month
    expect(e.projectedDowngrade).toMatchObject({ on: jd(1403, 2, 1), to: { id: 'red' } });
  });

  it('end of the next calendar month: from the 10th until the end of the following month', () => {
    const e = evaluateTier(monthly({ validity: { kind: 'endOfNextPeriod' } }), member, tehran(1403, 1, 20));
    expect(e.current.validThrough).toEqual(jd(1403, 2, 31));
  });

  it('next calendar month start: the tier starts on the 1st of the following month', () => {
    const ladder = monthly({ upgrade: 'nextPeriod' });
    const before = evaluateTier(ladder, member, tehran(1403, 1, 20));
    expect(before.current.id).toBe('red');
    expect(before.pendingUpgrade).toMatchObject({ to: { id: 'silver' }, on: jd(1403, 2, 1) });
    expect(before.explanation.find((l) => l.code === 'PENDING')?.text).toBe(
      'You qualified for Silver; it starts on 1403/02/01.',
    );
    const after = evaluateTier(ladder, member, tehran(1403, 2, 15));
    expect(after.current).toMatchObject({ id: 'silver', since: jd(1403, 2, 1), validThrough: jd(1403, 2, 31) });
  });

  it('extend the expiration by 7 days: the tier expires on the 7th day of the next month', () => {
    const ladder = monthly({ downgrade: { mode: 'toEarned', grace: { days: 7 } } });
    const e = evaluateTier(ladder, member, tehran(1403, 2, 5));
    expect(e.current).toMatchObject({ id: 'silver', grace: { since: jd(1403, 2, 1), through: jd(1403, 2, 7) } });
    expect(e.keep).toMatchObject({ windowStart: jd(1403, 2, 1), by: jd(1403, 2, 7) });
    expect(e.projectedDowngrade?.on).toEqual(jd(1403, 2, 8));
    // requalifying during the extension keeps the tier for the new month
    const kept = evaluateTier(
      ladder,
      { events: [...member.events, points(tehran(1403, 2, 6), 1000)] },
      tehran(1403, 2, 20),
    );
    expect(kept.current).toMatchObject({ id: 'silver', since: jd(1403, 1, 10), validThrough: jd(1403, 2, 31) });
  });

  it('round the grace period up to the end of the month', () => {
    const ladder = monthly({ downgrade: { mode: 'toEarned', grace: { days: 7, roundUpToMonthEnd: true } } });
    expect(evaluateTier(ladder, member, tehran(1403, 2, 5)).projectedDowngrade?.on).toEqual(jd(1403, 3, 1));
  });
});
