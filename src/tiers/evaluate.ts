import type { Instant } from '../calendar/index.js';
import { MoshtariError } from '../core/index.js';
import { compileLadder } from './compile.js';
import { DayCalc } from './days.js';
import type { TierEvaluation } from './evaluation.js';
import { explainTier } from './explain.js';
import type { TierLadder } from './ladder.js';
import { TierMachine } from './machine.js';
import type { TierMember } from './member.js';
import { prepareMember } from './prepare.js';
import { buildEvaluation } from './report.js';
import { Schedule } from './schedule.js';

/**
 * Options of {@link evaluateTier}, {@link createTierEvaluator} and {@link tierHistory}.
 * @example
 * ```ts
 * const options: EvaluateTierOptions = { timeZone: 'Asia/Tehran' };
 * ```
 * @category Tiers
 */
export interface EvaluateTierOptions {
  /** The program's time zone for every day boundary (default `'Asia/Tehran'`); never the process zone. */
  readonly timeZone?: string;
}

/**
 * A compiled evaluator: {@link evaluateTier} with the ladder checked once and day arithmetic cached.
 * @example
 * ```ts
 * const evaluate: TierEvaluator = createTierEvaluator(ladder);
 * evaluate({ events: [] }, Date.UTC(2025, 0, 1)).current.id; // the base tier's id
 * ```
 * @category Tiers
 */
export type TierEvaluator = (member: TierMember, asOf: Instant) => TierEvaluation;

/** Internal: epoch milliseconds of `asOf` or an INVALID_ARGUMENT error. */
export function asOfMs(asOf: Instant, path: string): number {
  const ms = asOf instanceof Date ? asOf.getTime() : asOf;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new MoshtariError('INVALID_ARGUMENT', `${path}: expected a valid Date or epoch milliseconds`, { path });
  }
  return ms;
}

/**
 * Compiles a ladder once for many evaluations (a nightly job over all members): the ladder is
 * validated up front and instant → Jalali day conversions are cached per hour.
 *
 * @param ladder - a valid tier ladder
 * @param options - `timeZone` (default `'Asia/Tehran'`)
 * @returns a function `(member, asOf) => TierEvaluation`, same result as {@link evaluateTier}
 * @throws {MoshtariError} INVALID_LADDER naming the first problem's tier; INVALID_TIME_ZONE
 * @example
 * ```ts
 * const evaluate = createTierEvaluator(ladder);
 * const asOf = new Date('2025-03-01T00:00:00Z');
 * const tiers = members.map((m) => evaluate(m, asOf).current.id);
 * ```
 * @category Tiers
 */
export function createTierEvaluator(ladder: TierLadder, options: EvaluateTierOptions = {}): TierEvaluator {
  return evaluator(ladder, options, true);
}

function evaluator(ladder: TierLadder, options: EvaluateTierOptions, cache: boolean): TierEvaluator {
  const c = compileLadder(ladder);
  const calc = new DayCalc(options.timeZone ?? 'Asia/Tehran', cache);
  return (member: TierMember, asOf: Instant): TierEvaluation => {
    const until = asOfMs(asOf, 'asOf');
    const asOfDay = calc.dayOf(until);
    const prepared = prepareMember(c, calc, member, until);
    const schedule = new Schedule(c, calc, prepared.joined);
    const machine = new TierMachine(c, schedule, prepared, false);
    machine.runThrough(asOfDay);
    const result = buildEvaluation(c, calc, schedule, machine, asOfDay);
    return { ...result, explanation: explainTier(result, c.metrics) };
  };
}

/**
 * Evaluates a member's tier as of an instant by replaying their qualifying events (in any order) in the
 * program's time zone: the tier held and since when, how long it is guaranteed (grace included), its
 * benefits at `current.benefits` (what `moshtari/loyalty`'s `calculateEarn` takes), the window's sums,
 * the next tier with the amount missing per metric and progress percent, what keeps the current tier,
 * the drop that happens without further activity, and sentences a member can read. Events after
 * `asOf` are ignored; redemptions never lower a tier.
 *
 * @param ladder - a valid tier ladder (see {@link validateTierLadder})
 * @param member - enrollment day, events, assignments
 * @param asOf - the instant to evaluate at (never read from the clock)
 * @param options - `timeZone` (default `'Asia/Tehran'`)
 * @returns the evaluation
 * @throws {MoshtariError} INVALID_LADDER; INVALID_MEMBER; INVALID_EVENT; DUPLICATE_EVENT_ID; UNKNOWN_PURCHASE; RETURN_EXCEEDS_PURCHASE; UNKNOWN_TIER; INVALID_ARGUMENT; the calendar's INVALID_TIME_ZONE and OUT_OF_RANGE
 * @example
 * ```ts
 * const e = evaluateTier(ladder, {
 *   events: [{ kind: 'purchase', id: 'o1', at: new Date('2024-07-31T08:00:00Z'),
 *     spend: { amount: '600000000', currency: 'IRR' }, qualifyingPoints: 1200 }],
 * }, new Date('2024-09-01T00:00:00Z'));
 * e.current.id;                        // 'silver'
 * e.current.benefits.earnMultiplier;   // '1.5'
 * e.next?.requirement.metrics[0]?.remaining; // '3800' (points to Gold)
 * ```
 * @category Tiers
 */
export function evaluateTier(
  ladder: TierLadder,
  member: TierMember,
  asOf: Instant,
  options: EvaluateTierOptions = {},
): TierEvaluation {
  return evaluator(ladder, options, false)(member, asOf);
}
