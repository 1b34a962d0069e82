import { compareJalaliDates, type Instant, type JalaliDate } from '../calendar/index.js';
import { compileLadder } from './compile.js';
import { DayCalc } from './days.js';
import { asOfMs, type EvaluateTierOptions } from './evaluate.js';
import type { TierChangeReason, TierRef } from './evaluation.js';
import type { TierLadder } from './ladder.js';
import { TierMachine } from './machine.js';
import type { TierMember } from './member.js';
import { prepareMember } from './prepare.js';
import { tierRef } from './report.js';
import { Schedule } from './schedule.js';

/**
 * A stretch of days on which a member held one tier.
 *
 * @example
 * ```ts
 * const span: TierSpan = { tier: { id: 'silver', name: 'Silver', rank: 1,
 *   benefits: { earnMultiplier: '1.5', discountPercent: '5', perks: [] } },
 *   from: { year: 1403, month: 5, day: 10 }, through: { year: 1404, month: 12, day: 29 }, reason: 'upgrade' };
 * ```
 * @category Tiers
 */
export type TierSpan = {
  /** The tier held. */
  readonly tier: TierRef;
  /** First day (`null` for the base tier before any activity). */
  readonly from: JalaliDate | null;
  /** Last day, inclusive (`null`: still held, no change ahead). */
  readonly through: JalaliDate | null;
  /** Why the tier began. */
  readonly reason: TierChangeReason;
};

/**
 * Options of {@link tierHistory}.
 * @example
 * ```ts
 * const options: TierHistoryOptions = { timeZone: 'Asia/Tehran', until: new Date('2025-03-20T20:30:00Z') };
 * ```
 * @category Tiers
 */
export interface TierHistoryOptions extends EvaluateTierOptions {
  /** Replay only events up to this instant (default: all events, and the changes they lead to). */
  readonly until?: Instant;
}

/**
 * Replays a member's qualifying events and returns every tier they held, from the base tier before any
 * activity through the last change the events lead to (drops after the last activity included).
 * Contiguous spans, no gaps; look a date up with {@link tierOnDate}.
 *
 * @param ladder - a valid tier ladder
 * @param member - enrollment day, events (any order), assignments
 * @param options - `timeZone` (default `'Asia/Tehran'`), `until`
 * @returns the spans, oldest first; the last one has `through: null`
 * @throws {MoshtariError} the codes of {@link evaluateTier}
 * @example
 * ```ts
 * const spans = tierHistory(ladder, member);
 * spans.map((s) => s.tier.id); // e.g. ['red', 'silver', 'gold', 'silver', 'red']
 * ```
 * @category Tiers
 */
export function tierHistory(
  ladder: TierLadder,
  member: TierMember,
  options: TierHistoryOptions = {},
): readonly TierSpan[] {
  return historyOf(compileLadder(ladder), new DayCalc(options.timeZone ?? 'Asia/Tehran', false), member, options.until);
}

/**
 * {@link tierHistory} with the ladder checked and compiled once, for replaying many members (a batch
 * job, a report): same results, without re-validating the ladder per member. The returned function
 * keeps a small memo of Jalali day conversions; it is pure in effect and safe to reuse.
 *
 * @param ladder - a valid tier ladder
 * @param options - `timeZone` (default `'Asia/Tehran'`)
 * @returns `(member, until?) => spans`, as {@link tierHistory} with `{ until }`
 * @throws {MoshtariError} INVALID_LADDER when the ladder is invalid; the returned function throws the member codes of {@link evaluateTier}
 * @example
 * ```ts
 * const history = createTierHistory(ladder);
 * members.map((m) => history(m).at(-1)?.tier.id); // the last tier each member's events lead to
 * ```
 * @category Tiers
 */
export function createTierHistory(
  ladder: TierLadder,
  options: EvaluateTierOptions = {},
): (member: TierMember, until?: Instant) => readonly TierSpan[] {
  const c = compileLadder(ladder);
  const calc = new DayCalc(options.timeZone ?? 'Asia/Tehran', true);
  return (member, until) => historyOf(c, calc, member, until);
}

function historyOf(
  c: ReturnType<typeof compileLadder>,
  calc: DayCalc,
  member: TierMember,
  untilInstant: Instant | undefined,
): readonly TierSpan[] {
  const until = untilInstant === undefined ? Number.POSITIVE_INFINITY : asOfMs(untilInstant, 'options.until');
  const prepared = prepareMember(c, calc, member, until);
  const machine = new TierMachine(c, new Schedule(c, calc, prepared.joined), prepared, true);
  for (let i = 0; i < 1_000_000 && !machine.stable(); i++) {
    const day = machine.nextDay();
    if (day === Number.POSITIVE_INFINITY) break;
    machine.step(day);
  }
  const spans = machine.spans ?? [];
  return spans.map((s, i): TierSpan => {
    const next = spans[i + 1];
    return {
      tier: tierRef(c, s.tier),
      from: Number.isFinite(s.from) ? calc.date(s.from) : null,
      through: next === undefined ? null : calc.date(next.from - 1),
      reason: s.reason,
    };
  });
}

/**
 * The span of a history that covers a date.
 *
 * @param history - spans from {@link tierHistory}
 * @param date - a Jalali date
 * @returns the span holding `date`, or `undefined` for an empty history
 * @throws {MoshtariError} INVALID_DATE for an invalid date
 * @example
 * ```ts
 * tierOnDate(tierHistory(ladder, member), { year: 1403, month: 9, day: 1 })?.tier.id; // 'silver'
 * ```
 * @category Tiers
 */
export function tierOnDate(history: readonly TierSpan[], date: JalaliDate): TierSpan | undefined {
  let found: TierSpan | undefined;
  for (const span of history) {
    if (span.from !== null && compareJalaliDates(span.from, date) > 0) break;
    found = span;
  }
  return found;
}
