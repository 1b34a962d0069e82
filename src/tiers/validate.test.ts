import { describe, expect, it } from 'vitest';
import { benefits, pointsLadder, RED_SILVER_GOLD } from './fixtures.test-util.js';
import { type TierDefinition, type TierLadder, type TierLadderIssueCode, validateTierLadder } from './index.js';

const codes = (ladder: unknown) => {
  const r = validateTierLadder(ladder as TierLadder);
  return r.ok ? [] : r.error.map((i) => [i.code, i.tier, i.path] as const);
};
const withTiers = (...tiers: unknown[]) => ({ ...pointsLadder(), tiers }) as unknown as TierLadder;
const red: TierDefinition = { id: 'red', name: 'Red', benefits: benefits('1', '0') };
const tier = (id: string, entry: unknown, retention?: unknown) =>
  ({
    id,
    name: id,
    entry,
    ...(retention === undefined ? {} : { retention }),
    benefits: benefits('1', '0'),
  }) as TierDefinition;

describe('validateTierLadder', () => {
  it('accepts the README ladder and returns it', () => {
    expect(validateTierLadder(RED_SILVER_GOLD)).toEqual({ ok: true, value: RED_SILVER_GOLD });
    expect(
      validateTierLadder(
        pointsLadder({
          window: { kind: 'rolling', months: 12 },
          validity: { kind: 'live' },
          downgrade: { mode: 'toEarned' },
        }),
      ).ok,
    ).toBe(true);
  });

  it('rejects thresholds that do not increase, naming the tier', () => {
    const r = validateTierLadder(
      withTiers(
        red,
        tier('silver', { all: { qualifyingPoints: 1000 } }),
        tier('gold', { all: { qualifyingPoints: 800 } }),
      ),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual([
      {
        code: 'NON_MONOTONIC',
        tier: 'gold',
        path: 'tiers[2].entry',
        message:
          "tier 'gold' (tiers[2]): entry (qualifyingPoints ≥ 800) must demand at least what tier 'silver' demands (qualifyingPoints ≥ 1000); as written a member could reach 'gold' without 'silver'",
      },
    ]);
  });

  it('rejects overlapping tiers (the insurer "1–50, 50–200" ladder) and checks mixed all/any rules exactly', () => {
    expect(
      codes(withTiers(red, tier('silver', { all: { purchases: 50 } }), tier('gold', { any: { purchases: 50 } }))),
    ).toEqual([['OVERLAPPING', 'gold', 'tiers[2].entry']]);
    // Gold: points AND spend implies Silver: points OR spend
    const ok = withTiers(
      red,
      tier('silver', { any: { qualifyingPoints: 1000, spendRial: '500000000' } }),
      tier('gold', { all: { qualifyingPoints: 1000, spendRial: '900000000' } }),
    );
    expect(codes(ok)).toEqual([]);
    // Gold: points OR visits does not imply Silver: points AND visits
    const bad = withTiers(
      red,
      tier('silver', { all: { qualifyingPoints: 1000, visits: 5 } }),
      tier('gold', { any: { qualifyingPoints: 2000, visits: 10 } }),
    );
    expect(codes(bad)).toEqual([['NON_MONOTONIC', 'gold', 'tiers[2].entry']]);
  });

  it('rejects unknown metrics, bad thresholds, empty rules and retention above entry', () => {
    expect(codes(withTiers(red, tier('silver', { all: { points: 10 } })))).toEqual([
      ['UNKNOWN_METRIC', 'silver', 'tiers[1].entry.all.points'],
    ]);
    expect(
      codes(withTiers(red, tier('silver', { all: { qualifyingPoints: 0, spendRial: '1.5', visits: 2 ** 60 } }))),
    ).toEqual([
      ['INVALID_THRESHOLD', 'silver', 'tiers[1].entry.all.qualifyingPoints'],
      ['INVALID_THRESHOLD', 'silver', 'tiers[1].entry.all.spendRial'],
      ['INVALID_THRESHOLD', 'silver', 'tiers[1].entry.all.visits'],
    ]);
    expect(codes(withTiers(red, tier('silver', { all: {} })))).toEqual([
      ['INVALID_RULE', 'silver', 'tiers[1].entry.all'],
    ]);
    expect(codes(withTiers(red, tier('silver', { all: { visits: 1 }, any: { visits: 1 } })))).toEqual([
      ['INVALID_RULE', 'silver', 'tiers[1].entry'],
    ]);
    expect(
      codes(withTiers(red, tier('silver', { all: { qualifyingPoints: 1000 } }, { all: { qualifyingPoints: 1200 } }))),
    ).toEqual([['RETENTION_ABOVE_ENTRY', 'silver', 'tiers[1].retention']]);
    // a retention rule on another metric is not implied by entry either
    expect(
      codes(withTiers(red, tier('silver', { all: { qualifyingPoints: 1000 } }, { all: { visits: 1 } })))[0]?.[0],
    ).toBe('RETENTION_ABOVE_ENTRY');
  });

  it('rejects a base tier with an entry rule, a missing entry, duplicate ids and bad benefits', () => {
    expect(codes(withTiers(tier('red', { all: { visits: 1 } })))).toEqual([
      ['BASE_TIER_HAS_ENTRY', 'red', 'tiers[0].entry'],
    ]);
    expect(codes(withTiers(red, { ...red, id: 'silver' }))).toEqual([['MISSING_ENTRY', 'silver', 'tiers[1].entry']]);
    expect(codes(withTiers(red, { ...tier('red', { all: { visits: 1 } }) }))).toEqual([
      ['DUPLICATE_TIER_ID', 'red', 'tiers[1].id'],
    ]);
    const badBenefits = { ...red, benefits: { earnMultiplier: '1,5', discountPercent: '100.5', perks: [''] } };
    expect(codes(withTiers(badBenefits)).map((c) => c[2])).toEqual([
      'tiers[0].benefits.earnMultiplier',
      'tiers[0].benefits.discountPercent',
      'tiers[0].benefits.perks',
    ]);
    expect(codes(withTiers())).toEqual([['NO_TIERS', null, 'tiers']]);
    expect(codes(withTiers({ name: 'x' }))).toEqual([['INVALID_TIER', null, 'tiers[0]']]);
    expect(codes(null)).toEqual([['NO_TIERS', null, '']]);
  });

  it('rejects windows, validity terms and policy combinations that cannot work', () => {
    const cases: [Partial<TierLadder>, TierLadderIssueCode, string][] = [
      [{ window: { kind: 'rolling', months: 0 } }, 'INVALID_WINDOW', 'window.months'],
      [{ window: { kind: 'calendar', unit: 'week' as 'month' } }, 'INVALID_WINDOW', 'window.unit'],
      [{ validity: { kind: 'months', months: 121 } }, 'INVALID_VALIDITY', 'validity.months'],
      [{ window: { kind: 'rolling', months: 12 } }, 'INVALID_POLICY', 'validity.kind'],
      [
        { window: { kind: 'lifetime' }, validity: { kind: 'months', months: 12, roundUp: 'period' } },
        'INVALID_POLICY',
        'validity.roundUp',
      ],
      [
        {
          window: { kind: 'rolling', months: 12 },
          validity: { kind: 'live' },
          upgrade: 'nextPeriod',
          downgrade: { mode: 'toEarned' },
        },
        'INVALID_POLICY',
        'upgrade',
      ],
      [{ validity: { kind: 'live' } }, 'INVALID_POLICY', 'downgrade.mode'],
      [{ downgrade: { mode: 'oneTier', grace: { months: -1 } } }, 'INVALID_POLICY', 'downgrade.grace.months'],
      [{ returns: 'ignore' as 'keepTier' }, 'INVALID_POLICY', 'returns'],
    ];
    for (const [override, code, path] of cases)
      expect(codes(pointsLadder(override))).toContainEqual([code, null, path]);
  });
});
