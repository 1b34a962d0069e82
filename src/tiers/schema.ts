import * as z from 'zod';
import type { TierLadder } from './ladder.js';
import { inspectLadder } from './validate.js';

function pathOf(path: string): (string | number)[] {
  return path
    .split(/[.[\]]/)
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * A zod schema for a tier ladder as JSON (from an admin form, a file or an API): checks the shape, then
 * runs {@link validateTierLadder}, so non-monotonic or overlapping thresholds, unknown metrics and
 * retention above entry come back as issues whose message names the tier (`params.tierIssue` holds the
 * {@link TierLadderIssueCode}). Thresholds may be numbers or integer strings (use strings for Rial).
 *
 * @returns a zod schema whose output is a valid {@link TierLadder}
 * @example
 * ```ts
 * const parsed = tierLadderSchema().safeParse(JSON.parse(text));
 * if (!parsed.success) console.log(parsed.error.issues.map((i) => i.message));
 * // e.g. "tier 'gold' (tiers[2]): entry (qualifyingPoints ≥ 800) must demand at least what tier 'silver' demands …"
 * ```
 * @category Tiers
 */
export function tierLadderSchema(): z.ZodType<TierLadder, unknown> {
  const threshold = z.union([z.number().int().positive(), z.string().regex(/^\d+$/, 'expected an integer string')]);
  const thresholds = z.looseObject({
    qualifyingPoints: threshold.exactOptional(),
    spendRial: threshold.exactOptional(),
    purchases: threshold.exactOptional(),
    visits: threshold.exactOptional(),
  });
  const rule = z.union([z.strictObject({ all: thresholds }), z.strictObject({ any: thresholds })]);
  const tier = z.object({
    id: z.string().min(1),
    name: z.string(),
    entry: rule.exactOptional(),
    retention: rule.exactOptional(),
    lifetime: z.boolean().exactOptional(),
    benefits: z.object({ earnMultiplier: z.string(), discountPercent: z.string(), perks: z.array(z.string()) }),
  });
  const window = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('rolling'), months: z.number().int() }),
    z.object({ kind: z.literal('calendar'), unit: z.enum(['year', 'half', 'season', 'month']) }),
    z.object({ kind: z.literal('anniversary') }),
    z.object({ kind: z.literal('lifetime') }),
  ]);
  const validity = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('live') }),
    z.object({ kind: z.literal('endOfPeriod') }),
    z.object({ kind: z.literal('endOfNextPeriod') }),
    z.object({
      kind: z.literal('months'),
      months: z.number().int(),
      roundUp: z.enum(['month', 'period']).exactOptional(),
    }),
  ]);
  const grace = z.object({
    months: z.number().int().exactOptional(),
    days: z.number().int().exactOptional(),
    roundUpToMonthEnd: z.boolean().exactOptional(),
  });
  return z
    .object({
      tiers: z.array(tier).min(1),
      window,
      validity,
      upgrade: z.enum(['immediate', 'nextPeriod']).exactOptional(),
      downgrade: z.object({ mode: z.enum(['oneTier', 'toEarned', 'never']), grace: grace.exactOptional() }),
      returns: z.enum(['revokePromotion', 'keepTier']).exactOptional(),
    })
    .superRefine((ladder, ctx) => {
      for (const issue of inspectLadder(ladder).issues) {
        ctx.addIssue({
          code: 'custom',
          message: issue.message,
          path: pathOf(issue.path),
          params: { tierIssue: issue.code, tier: issue.tier },
        });
      }
    });
}
