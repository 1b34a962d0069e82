import type { JalaliDate } from '../calendar/index.js';
import { MoshtariError } from '../core/index.js';
import type { CompiledLadder } from './compile.js';
import type { DayCalc } from './days.js';
import type { TierEvaluation, TierMetricProgress, TierRef, TierRequirement } from './evaluation.js';
import type { TierMachine } from './machine.js';
import { type CompiledRule, type Metrics, meets, metricValue } from './rules.js';
import type { Schedule } from './schedule.js';
import { NO_GRACE } from './state.js';

const NEVER = Number.POSITIVE_INFINITY;
/** Longest projection: enough for any ladder to settle (a drop per period, ≤ 1000 periods). */
const MAX_STEPS = 5000;

/** Internal: a tier as results show it (one shared, read-only object per tier). */
export function tierRef(c: CompiledLadder, rank: number): TierRef {
  const ref = c.refs[rank];
  if (ref === undefined) throw new MoshtariError('ASSERTION', `tiers: no tier of rank ${rank}`);
  return ref;
}

/** Internal: progress of window sums against a rule. */
export function requirement(
  rule: CompiledRule,
  sums: Metrics,
  windowStart: JalaliDate | null,
  by: JalaliDate | null,
): TierRequirement {
  const metrics = rule.entries.map(([metric, required]): TierMetricProgress => {
    const current = metricValue(sums, metric);
    const remaining = required > current ? required - current : 0n;
    const percent = current <= 0n ? 0 : current >= required ? 100 : Number((current * 100n) / required);
    return { metric, required: `${required}`, current: `${current}`, remaining: `${remaining}`, percent };
  });
  let percent = rule.any ? 0 : 100;
  for (const p of metrics) percent = rule.any ? Math.max(percent, p.percent) : Math.min(percent, p.percent);
  return { mode: rule.any ? 'any' : 'all', metrics, met: meets(rule, sums), percent, windowStart, by };
}

/** Internal: everything of a {@link TierEvaluation} but the explanation, from a machine run to `asOfDay`. */
export function buildEvaluation(
  c: CompiledLadder,
  calc: DayCalc,
  s: Schedule,
  machine: TierMachine,
  asOfDay: number,
): Omit<TierEvaluation, 'explanation'> {
  const date = (day: number): JalaliDate | null => (Number.isFinite(day) ? calc.date(day) : null);
  const held = machine.held;
  const windowStart = s.windowStart(asOfDay);
  const sums = machine.sumOf(windowStart, asOfDay);
  const inGrace = machine.graceUntil !== NO_GRACE;
  // a lifetime tier or a running assignment protects the tier past its term
  const floor = machine.floor();
  const term = held <= floor.tier ? Math.max(machine.validUntil, floor.until) : machine.validUntil;
  const termEnd = held === 0 ? NEVER : inGrace ? machine.graceUntil : term;
  const dropDay = held === 0 ? NEVER : inGrace ? machine.graceUntil : s.graceEnd(term);
  const top = c.tiers.length - 1;
  const nextRule = c.tiers[held + 1]?.entry;
  const periodEnd = c.periodic ? s.periodEnd(asOfDay) : NEVER;
  const next =
    held < top && nextRule
      ? { ...tierRef(c, held + 1), requirement: requirement(nextRule, sums, date(windowStart), date(periodEnd - 1)) }
      : null;
  const pending = c.immediate ? 0 : machine.highestEarned(periodEnd);
  let keep: TierRequirement | null = null;
  const retention = c.tiers[held]?.retention;
  // the last day on which meeting retention still carries the tier past its end: the term's last day,
  // else the grace period's last day (e.g. `endOfPeriod`: only activity in the next period counts)
  const last = [termEnd, dropDay].find((end) => Number.isFinite(end) && s.qualifiedUntil(end - 1) > end);
  if (retention && last !== undefined) {
    const keepStart = s.windowStart(last - 1);
    keep = requirement(retention, machine.sumOf(keepStart, asOfDay), date(keepStart), date(last - 1));
  }
  const current = {
    ...tierRef(c, held),
    since: machine.since === null ? null : calc.date(machine.since),
    validThrough: date(termEnd - 1),
    reason: machine.reason,
    grace: inGrace ? { since: calc.date(machine.graceFrom), through: calc.date(machine.graceUntil - 1) } : null,
  };
  const window = {
    start: date(windowStart),
    end: calc.date(asOfDay),
    metrics: {
      qualifyingPoints: `${sums.points}`,
      spendRial: `${sums.spend}`,
      purchases: `${sums.purchases}`,
      visits: `${sums.visits}`,
    },
  };
  let projectedDowngrade: TierEvaluation['projectedDowngrade'] = null;
  for (let i = 0; i < MAX_STEPS && !machine.stable(); i++) {
    const day = machine.nextDay();
    if (day === NEVER) break;
    machine.step(day);
    if (machine.held < held) {
      projectedDowngrade = { on: calc.date(day), to: tierRef(c, machine.held) };
      break;
    }
  }
  return {
    asOf: calc.date(asOfDay),
    timeZone: calc.timeZone,
    current,
    window,
    next,
    pendingUpgrade: pending > held ? { to: tierRef(c, pending), on: calc.date(periodEnd) } : null,
    keep,
    projectedDowngrade,
  };
}
