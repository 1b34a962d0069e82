import { describe, expect, it } from 'vitest';
import { RED_SILVER_GOLD } from './fixtures.test-util.js';
import { tierLadderSchema } from './index.js';

describe('tierLadderSchema', () => {
  it('parses the README ladder from JSON unchanged', () => {
    const json = JSON.parse(JSON.stringify(RED_SILVER_GOLD));
    expect(tierLadderSchema().parse(json)).toEqual(RED_SILVER_GOLD);
  });

  it('reports shape errors first, with paths', () => {
    const r = tierLadderSchema().safeParse({ ...RED_SILVER_GOLD, window: { kind: 'weekly' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['window', 'kind']);
    expect(tierLadderSchema().safeParse({ ...RED_SILVER_GOLD, tiers: [] }).success).toBe(false);
  });

  it('reports ladder issues naming the tier, with the issue code in params', () => {
    const [red, silver, gold] = RED_SILVER_GOLD.tiers;
    const broken = { ...RED_SILVER_GOLD, tiers: [red, gold, silver] };
    const r = tierLadderSchema().safeParse(JSON.parse(JSON.stringify(broken)));
    expect(r.success).toBe(false);
    const issue = r.error?.issues[0];
    expect(issue?.path).toEqual(['tiers', 2, 'entry']);
    expect(issue?.message).toContain("tier 'silver' (tiers[2])");
    expect(issue).toMatchObject({ code: 'custom', params: { tierIssue: 'NON_MONOTONIC', tier: 'silver' } });
  });

  it('keeps unknown metrics so the issue can name them', () => {
    const ladder = JSON.parse(JSON.stringify(RED_SILVER_GOLD));
    ladder.tiers[1].entry.any.visitz = 3;
    const r = tierLadderSchema().safeParse(ladder);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['tiers.1.entry.any.visitz']);
    expect(r.error?.issues[0]?.message).toBe(
      "tier 'silver' (tiers[1]): unknown metric 'visitz' (expected qualifyingPoints, spendRial, purchases, visits)",
    );
  });
});
