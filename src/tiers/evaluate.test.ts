import { describe, expect, it } from 'vitest';
import { jd, RED_SILVER_GOLD as ladder, purchase, tehran } from './fixtures.test-util.js';
import { createTierEvaluator, evaluateTier, type TierMember } from './index.js';

// 1403/05/10 Silver (600,000,000 Rial, 1,200 points); 1403/08/10 Gold (+3,000 points = 4,200 + spend 2.1e9)
const silverThenGold: TierMember = {
  events: [
    purchase('o1', tehran(1403, 5, 10), '600000000', 1200),
    purchase('o2', tehran(1403, 8, 10), '1500000000', 3000),
  ],
};

describe('evaluateTier on the Red/Silver/Gold ladder', () => {
  it('starts everyone on the base tier', () => {
    const e = evaluateTier(ladder, { events: [] }, tehran(1403, 1, 1));
    expect(e.current).toMatchObject({ id: 'red', rank: 0, since: null, validThrough: null, reason: 'start' });
    expect(e.current.benefits).toEqual({ earnMultiplier: '1', discountPercent: '0', perks: [] });
    expect(e.next?.id).toBe('silver');
    expect(e.projectedDowngrade).toBeNull();
    expect(e.explanation[0]).toEqual({ code: 'CURRENT', text: 'You are Red, the base tier.' });
  });

  it('upgrades on the day of the promoting purchase and reports the Silver benefits for loyalty', () => {
    const e = evaluateTier(ladder, silverThenGold, tehran(1403, 6, 11));
    expect(e.asOf).toEqual(jd(1403, 6, 11));
    expect(e.current).toMatchObject({ id: 'silver', since: jd(1403, 5, 10), reason: 'upgrade', grace: null });
    expect(e.current.benefits.earnMultiplier).toBe('1.5');
    // qualified in 1403 → the rest of 1403 and all of 1404
    expect(e.current.validThrough).toEqual(jd(1404, 12, 29));
    expect(e.window).toEqual({
      start: jd(1403, 1, 1),
      end: jd(1403, 6, 11),
      metrics: { qualifyingPoints: '1200', spendRial: '600000000', purchases: '1', visits: '0' },
    });
    expect(e.next?.requirement).toEqual({
      mode: 'any',
      met: false,
      percent: 30,
      windowStart: jd(1403, 1, 1),
      by: jd(1403, 12, 30),
      metrics: [
        { metric: 'qualifyingPoints', required: '5000', current: '1200', remaining: '3800', percent: 24 },
        { metric: 'spendRial', required: '2000000000', current: '600000000', remaining: '1400000000', percent: 30 },
      ],
    });
    // to keep Silver past 1404: meet retention during 1404
    expect(e.keep).toMatchObject({ windowStart: jd(1404, 1, 1), by: jd(1404, 12, 29), met: false, percent: 0 });
    // one-month grace, then one tier down
    expect(e.projectedDowngrade).toEqual({ on: jd(1405, 2, 1), to: expect.objectContaining({ id: 'red' }) });
    expect(e.explanation.map((l) => l.text)).toEqual([
      'You are Silver since 1403/05/10.',
      'Silver is yours through 1404/12/29.',
      'Since 1403/01/01: 1,200 qualifying points, 600,000,000 Rial of purchases.',
      'To reach Gold: 3,800 more qualifying points or 1,400,000,000 more Rial of purchases by 1403/12/30 (30% of the way).',
      'To keep Silver after 1404/12/29: 800 qualifying points or 400,000,000 Rial of purchases counted from 1404/01/01 through 1404/12/29 (so far 0 qualifying points or 0 Rial of purchases).',
      'Without further activity you move to Red on 1405/02/01.',
    ]);
  });

  it('reaches Gold, the top tier, and lands softly one tier at a time', () => {
    const e = evaluateTier(ladder, silverThenGold, tehran(1404, 3, 1));
    expect(e.current).toMatchObject({ id: 'gold', since: jd(1403, 8, 10), validThrough: jd(1404, 12, 29) });
    expect(e.current.benefits.perks).toContain('priority service');
    expect(e.next).toBeNull();
    expect(e.explanation.find((l) => l.code === 'TOP')?.text).toBe('Gold is the highest tier.');
    expect(e.projectedDowngrade).toEqual({ on: jd(1405, 2, 1), to: expect.objectContaining({ id: 'silver' }) });
  });

  it('keeps the tier through a grace period, and requalifying during grace keeps it', () => {
    const inGrace = evaluateTier(ladder, silverThenGold, tehran(1405, 1, 15));
    expect(inGrace.current).toMatchObject({ id: 'gold', grace: { since: jd(1405, 1, 1), through: jd(1405, 1, 31) } });
    expect(inGrace.current.validThrough).toEqual(jd(1405, 1, 31));
    expect(inGrace.keep).toMatchObject({ windowStart: jd(1405, 1, 1), by: jd(1405, 1, 31) });
    expect(inGrace.explanation[1]?.code).toBe('GRACE');
    const saved = evaluateTier(
      ladder,
      { events: [...silverThenGold.events, purchase('o3', tehran(1405, 1, 20), '1600000000', 0)] },
      tehran(1405, 3, 1),
    );
    expect(saved.current).toMatchObject({ id: 'gold', grace: null, validThrough: jd(1406, 12, 29) });
  });

  it('never lowers a tier for redeeming points: redemptions are ignored', () => {
    const withRedemptions: TierMember = {
      events: [...silverThenGold.events, { kind: 'redemption', at: tehran(1403, 8, 11), points: 4000 }],
    };
    const asOf = tehran(1403, 9, 1);
    expect(evaluateTier(ladder, withRedemptions, asOf)).toEqual(evaluateTier(ladder, silverThenGold, asOf));
  });

  it('ignores events after asOf', () => {
    const e = evaluateTier(ladder, silverThenGold, tehran(1403, 5, 9, 23));
    expect(e.current.id).toBe('red');
    expect(e.window.metrics.purchases).toBe('0');
  });

  it('a compiled evaluator gives the same results', () => {
    const evaluate = createTierEvaluator(ladder, { timeZone: 'Asia/Tehran' });
    for (const asOf of [tehran(1403, 6, 1), tehran(1404, 6, 1), tehran(1405, 6, 1)]) {
      expect(evaluate(silverThenGold, asOf)).toEqual(evaluateTier(ladder, silverThenGold, asOf));
    }
  });
});

describe('returns (RET-TIER policy)', () => {
  const promoted: TierMember = {
    events: [
      purchase('small', tehran(1403, 2, 1), '100000000', 200),
      purchase('big', tehran(1403, 3, 1), '450000000', 900),
      { kind: 'return', purchaseId: 'big', at: tehran(1403, 3, 10) },
    ],
  };

  it('revokePromotion: returning the purchase that promoted the member re-evaluates back to the previous tier', () => {
    const before = evaluateTier(ladder, promoted, tehran(1403, 3, 5));
    expect(before.current).toMatchObject({ id: 'silver', since: jd(1403, 3, 1) });
    const after = evaluateTier(ladder, promoted, tehran(1403, 3, 20));
    expect(after.current).toMatchObject({ id: 'red', reason: 'revoked', since: jd(1403, 3, 10) });
    expect(after.window.metrics).toMatchObject({ qualifyingPoints: '200', spendRial: '100000000', purchases: '1' });
  });

  it('keepTier: the tier stays, but the returned spend stops counting', () => {
    const after = evaluateTier({ ...ladder, returns: 'keepTier' }, promoted, tehran(1403, 3, 20));
    expect(after.current).toMatchObject({ id: 'silver', since: jd(1403, 3, 1) });
    expect(after.window.metrics.spendRial).toBe('100000000');
  });

  it('a return the promotion did not rest on changes nothing; one it did rest on re-evaluates', () => {
    const later: TierMember = {
      events: [
        ...promoted.events.slice(0, 2),
        purchase('later', tehran(1403, 3, 5), '50000000', 100),
        { kind: 'return', purchaseId: 'later', at: tehran(1403, 3, 10) },
      ],
    };
    expect(evaluateTier(ladder, later, tehran(1403, 4, 1)).current).toMatchObject({
      id: 'silver',
      since: jd(1403, 3, 1),
    });
    // the small purchase was part of the 1,100 points that made Silver: without it, 900 points
    const small: TierMember = {
      events: [...promoted.events.slice(0, 2), { kind: 'return', purchaseId: 'small', at: tehran(1403, 3, 10) }],
    };
    expect(evaluateTier(ladder, small, tehran(1403, 4, 1)).current).toMatchObject({ id: 'red', reason: 'revoked' });
  });

  it('a partial return that still qualifies keeps the tier; points are taken back in proportion', () => {
    const partial: TierMember = {
      events: [
        ...promoted.events.slice(0, 2),
        { kind: 'return', purchaseId: 'big', at: tehran(1403, 3, 10), spend: { amount: '40000000', currency: 'IRR' } },
      ],
    };
    const e = evaluateTier(ladder, partial, tehran(1403, 4, 1));
    expect(e.current).toMatchObject({ id: 'silver', since: jd(1403, 3, 1) }); // 510,000,000 Rial ≥ 500,000,000
    // points kept in proportion: floor(900 × 410/450) = 820
    expect(e.window.metrics).toMatchObject({ qualifyingPoints: '1020', spendRial: '510000000', purchases: '2' });
  });

  it('a return also takes back the extension of the term it had earned', () => {
    const kept: TierMember = {
      events: [purchase('q', tehran(1403, 3, 1), '500000000'), purchase('r', tehran(1404, 3, 1), '400000000')],
    };
    expect(evaluateTier(ladder, kept, tehran(1404, 4, 1)).current.validThrough).toEqual(jd(1405, 12, 29));
    const returned: TierMember = {
      events: [...kept.events, { kind: 'return', purchaseId: 'r', at: tehran(1404, 3, 20) }],
    };
    const e = evaluateTier(ladder, returned, tehran(1404, 4, 1));
    expect(e.current).toMatchObject({ id: 'silver', since: jd(1403, 3, 1), validThrough: jd(1404, 12, 29) });
  });
});
