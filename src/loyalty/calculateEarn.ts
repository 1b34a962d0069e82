import { checkId, checkObject, instantOf } from './check.js';
import { applyCaps } from './earnCaps.js';
import { evaluateLines } from './earnLines.js';
import { denominatorText } from './earnProgram.js';
import { coversCategory } from './earnPromotions.js';
import type { EarnResult, EarnStep } from './earnResult.js';
import { progressRewards } from './earnRewards.js';
import type { EarnContext, Purchase } from './earnTypes.js';
import { type PreparedLoyaltyProgram, programParts } from './prepare.js';
import type { LoyaltyProgram } from './programTypes.js';
import { addQ, type Q, ratioQ, reduce, roundQ, subQ, toSafe, ZERO } from './rational.js';

const NO_CARRY = { numerator: '0', denominator: '1' } as const;

/**
 * Spreads `points` over lines in proportion to `weights` by the largest-remainder method — the same
 * shares as `allocate` of moshtari/money (a property test checks it), without its string round trips
 * in this hot path. All points go to `fallback` when no weight is positive.
 */
export function spread(points: number, weights: readonly Q[], fallback: number): number[] {
  const k = weights.length;
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(0);
  if (points === 0) return out;
  let positive = -1;
  let common = true;
  const d0 = (weights[0] as Q).d;
  for (let i = 0; i < k; i++) {
    const w = weights[i] as Q;
    if (w.d !== d0) common = false;
    if (w.n === 0n) continue;
    if (positive >= 0) positive = -2;
    else if (positive === -1) positive = i;
  }
  if (positive !== -2) {
    out[positive < 0 ? fallback : positive] = points;
    return out;
  }
  let d = 1n;
  if (!common) for (const w of weights) if (d % w.d !== 0n) d *= w.d;
  const w: bigint[] = [];
  let sum = 0n;
  for (let i = 0; i < k; i++) {
    const q = weights[i] as Q;
    const x = common ? q.n : (q.n * d) / q.d;
    w.push(x);
    sum += x;
  }
  const p = BigInt(points);
  const rest: bigint[] = [];
  let left = points;
  for (let i = 0; i < k; i++) {
    const x = p * (w[i] as bigint);
    const share = x / sum;
    out[i] = Number(share);
    left -= Number(share);
    rest.push(x % sum);
  }
  for (; left > 0; left--) {
    let best = 0;
    for (let i = 1; i < k; i++) if ((rest[i] as bigint) > (rest[best] as bigint)) best = i;
    out[best] = (out[best] as number) + 1;
    rest[best] = -1n;
  }
  return out;
}

/**
 * The points a purchase earns under a program, with an explainable breakdown per line (rate used,
 * multipliers, exact points) and per rule (rounding, carry, minimum purchase, promotion bonuses, each
 * cap with the points before and after it). Exact: Rial × rate in bigint rationals, rounded once
 * per purchase (or per line) with the program's rounding, `'down'` by default so the member is never
 * over-credited; with `carryForward` the lost fraction comes back as `carry` for the next purchase.
 * The points are spread over the lines in their exact ratio (largest remainder), ready for an earn
 * event's `lines` and later line-level returns. Pure: a dry run — nothing is recorded. The program
 * is parsed on every call; for many purchases pass `prepareLoyaltyProgram(program)` instead.
 *
 * @param program - the program (validate untrusted JSON with `loyaltyProgramSchema()`), or a prepared one
 * @param purchase - the purchase, amounts in Rial
 * @param context - tier benefits (`{ earnMultiplier: '1.5' }`, structurally `TierBenefits` of `moshtari/tiers`), carried fraction, ledger or totals for period caps, progress of progress rewards
 * @returns points, lines, steps, carry and progress rewards
 * @throws {MoshtariError} INVALID_PROGRAM for a malformed program field; INVALID_PURCHASE for a malformed purchase (negative amount, no lines); INVALID_ARGUMENT for a bad context
 * @example
 * ```ts
 * const program: LoyaltyProgram = { unit: 'toman', earn: { rate: { amount: '10000', points: '1' } } };
 * const r = calculateEarn(program, { id: 'A-1', at: new Date('2025-01-05T09:30:00Z'), lines: [{ lineId: '1', amount: toman(257_000) }] },
 *   { tierBenefits: { earnMultiplier: '1.5' } });
 * r.points; // 38 (25.7 × 1.5 = 38.55, rounded down)
 * ```
 * @category Loyalty
 */
export function calculateEarn(
  program: LoyaltyProgram | PreparedLoyaltyProgram,
  purchase: Purchase,
  context: EarnContext = {},
): EarnResult {
  const c = programParts(program).compiled;
  checkObject(purchase, 'purchase', 'INVALID_PURCHASE');
  checkObject(context, 'context', 'INVALID_ARGUMENT');
  const purchaseId = checkId(purchase.id, 'purchase.id', 'INVALID_PURCHASE');
  const at = instantOf(purchase.at, 'purchase.at', 'INVALID_PURCHASE');
  const { results, exact: exacts, base, total, eligibleBase, active } = evaluateLines(c, purchase, context, at);
  const steps: EarnStep[] = [];
  const carryIn = context.carry === undefined ? ZERO : ratioQ(context.carry, 'context.carry', 'INVALID_ARGUMENT');
  const exact = c.carryForward ? addQ(total, carryIn) : total;
  let points = 0;
  let carry = c.carryForward ? carryIn : ZERO;
  let rounded: number[] | null = null;
  const met = eligibleBase >= c.minimum;
  if (!met) {
    const detail = `eligible spend ${eligibleBase} Rial is below the minimum ${c.minimum} Rial`;
    steps.push({ rule: 'minimumPurchase', detail, before: 0, after: 0 });
  } else if (c.perLine) {
    rounded = exacts.map((e) => toSafe(roundQ(e, c.rounding), 'points', 'INVALID_PURCHASE'));
    points = rounded.reduce((a, b) => a + b, 0);
    steps.push({ rule: 'rounding', detail: c.roundingDetail, before: 0, after: points });
  } else {
    points = toSafe(roundQ(exact, c.rounding), 'points', 'INVALID_PURCHASE');
    if (c.carryForward) {
      carry = reduce(subQ(exact, { n: BigInt(points), d: 1n }));
      steps.push({
        rule: 'carry',
        detail: `${carryIn.n}/${carryIn.d} point carried in before rounding`,
        before: 0,
        after: 0,
      });
    }
    steps.push({ rule: 'rounding', detail: c.roundingDetail, before: 0, after: points });
  }
  for (const p of met ? active : []) {
    if (p.bonus === 0 || !purchase.lines.some((l, i) => results[i]?.excluded === null && coversCategory(p, l.category)))
      continue;
    steps.push({
      rule: 'promotionBonus',
      detail: `promotion ${p.promotion.id}`,
      before: points,
      after: points + p.bonus,
    });
    points += p.bonus;
  }
  const beforeCaps = points;
  if (c.caps !== null) points = applyCaps(c.caps, c.periodCaps, points, at, c.timeZone, context, steps);
  const shares =
    rounded !== null && points === beforeCaps && steps.length === 1
      ? rounded
      : spread(
          points,
          rounded === null ? exacts : rounded.map((n) => ({ n: BigInt(n), d: 1n })),
          Math.max(
            0,
            results.findIndex((l) => l.excluded === null),
          ),
        );
  for (let i = 0; i < results.length; i++) (results[i] as { points: number }).points = shares[i] as number;
  const { rewards, progress } = progressRewards(c.progressRewards, purchase.lines, results, base, c.unit, context);
  return {
    purchaseId,
    points,
    beforeCaps,
    exact: { numerator: exact.n.toString(), denominator: denominatorText(c, exact.d) },
    lines: results,
    steps,
    carry: carry === ZERO ? NO_CARRY : { numerator: carry.n.toString(), denominator: carry.d.toString() },
    rewards,
    progress,
  };
}
