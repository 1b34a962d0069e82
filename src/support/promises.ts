import { addBusinessTime, type BusinessCalendar, businessTimeBetween } from '../calendar/index.js';
import { arrayOf, describe, fail, msOf, objectOf, oneOf, textOf } from './check.js';
import { durationMs } from './duration.js';
import type {
  BrokenPromise,
  PromiseComplianceOptions,
  PromiseComplianceReport,
  PromiseComplianceResult,
  PromiseEvent,
  ServicePromise,
} from './promiseTypes.js';
import { createSupportCalendar } from './supportCalendar.js';

type Clock = { readonly business: boolean; readonly ms: number };
type Checked = {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly breaksOn: string | undefined;
  readonly within: Clock | undefined;
  readonly window: (Clock & { readonly after: string }) | undefined;
  readonly goal: number | undefined;
  readonly description: string | undefined;
};
type Event = { readonly type: string; readonly ms: number };
const CODE = 'INVALID_PROMISE';

function checkPromise(p: ServicePromise, path: string, dayMs: () => number): Checked {
  objectOf(p, CODE, path);
  const clockOf = (clock: unknown, duration: unknown, where: string): Clock => {
    const business = oneOf(clock ?? 'business', ['business', 'elapsed'], CODE, `${where}.clock`) === 'business';
    return { business, ms: durationMs(duration, CODE, `${where}.within`, business ? dayMs() : 86_400_000) };
  };
  const start = textOf(p.start, CODE, `${path}.start`);
  const end = textOf(p.end, CODE, `${path}.end`);
  const breaksOn = p.breaksOn === undefined ? undefined : textOf(p.breaksOn, CODE, `${path}.breaksOn`);
  if (start === end || breaksOn === start || breaksOn === end)
    fail(CODE, path, 'start, end and breaksOn must be different event types');
  if (p.goal !== undefined && !(typeof p.goal === 'number' && p.goal >= 0 && p.goal <= 1)) {
    fail(CODE, `${path}.goal`, `expected a number 0–1, got ${describe(p.goal)}`);
  }
  let window: Checked['window'];
  if (p.window !== undefined) {
    objectOf(p.window, CODE, `${path}.window`);
    window = {
      ...clockOf(p.window.clock, p.window.within, `${path}.window`),
      after: textOf(p.window.after, CODE, `${path}.window.after`),
    };
  }
  if (p.clock !== undefined) oneOf(p.clock, ['business', 'elapsed'], CODE, `${path}.clock`);
  if (p.description !== undefined && typeof p.description !== 'string')
    fail(CODE, `${path}.description`, `expected a string, got ${describe(p.description)}`);
  return {
    id: textOf(p.id, CODE, `${path}.id`),
    start,
    end,
    breaksOn,
    within: p.within === undefined ? undefined : clockOf(p.clock, p.within, path),
    window,
    goal: p.goal,
    description: p.description,
  };
}

/**
 * Measures compliance with published promises (ISO 10001-style codes of conduct, crm.md §7) from events: per
 * promise the instances kept, broken, pending and ineligible and the compliance rate against its goal, and
 * every broken instance with its deadline and how late it was. Each `start` event opens an instance; the next
 * `end` (or `breaksOn`) event of the same subject closes the oldest open one. Deadlines on the business clock
 * use the calendar ({@link addBusinessTime}); events after `now` are ignored, and events of one subject at the same
 * instant are taken in input order.
 *
 * @param promises - the promises (unique ids)
 * @param events - events of any subjects and types, in any order (unknown types are ignored)
 * @param options - `now` and the `calendar` of business clocks
 * @returns one result per promise and the list of broken instances
 * @throws {MoshtariError} INVALID_PROMISE for a malformed promise (duplicate id, empty or equal event types,
 *   bad duration or clock, goal outside 0–1) or event (empty subject or type, invalid instant);
 *   INVALID_ARGUMENT for a bad `now` or options; the calendar's codes
 * @example
 * ```ts
 * const report = promiseCompliance(
 *   [{ id: 'delivery-3d', start: 'order.placed', end: 'order.delivered', within: { days: 3 } }],
 *   [
 *     { subject: 'o-1', type: 'order.placed', at: new Date('2025-05-03T06:00:00Z') },    // Saturday 09:30
 *     { subject: 'o-1', type: 'order.delivered', at: new Date('2025-05-07T12:00:00Z') }, // Wednesday 15:30: late
 *   ],
 *   { now: new Date('2025-05-10T12:00:00Z') },
 * );
 * report.promises[0]?.rate; // 0
 * report.broken[0]?.lateByMs; // 54_000_000 (due Tuesday 09:30; 15 business hours late)
 * ```
 * @category Support
 */
export function promiseCompliance(
  promises: readonly ServicePromise[],
  events: readonly PromiseEvent[],
  options: PromiseComplianceOptions,
): PromiseComplianceReport {
  objectOf(options, 'INVALID_ARGUMENT', 'options');
  const nowMs = msOf(options.now, 'INVALID_ARGUMENT', 'options.now');
  let calendar = options.calendar;
  const cal = (): BusinessCalendar => {
    calendar ??= createSupportCalendar();
    return calendar;
  };
  const dayMs = (): number => {
    const openDays = Object.values(cal().hours).filter((day) => day.length > 0).length;
    return Math.round((cal().weeklyMinutes * 60_000) / openDays);
  };
  const ids = new Set<string>();
  const checked = arrayOf(promises, CODE, 'promises').map((p, i) => {
    const c = checkPromise(p, `promises[${i}]`, dayMs);
    if (ids.has(c.id)) fail(CODE, `promises[${i}].id`, `duplicate id ${JSON.stringify(c.id)}`);
    ids.add(c.id);
    return c;
  });
  const subjects = new Map<string, Event[]>();
  arrayOf(events, CODE, 'events').forEach((e, i) => {
    objectOf(e, CODE, `events[${i}]`);
    const subject = textOf(e.subject, CODE, `events[${i}].subject`);
    const type = textOf(e.type, CODE, `events[${i}].type`);
    const ms = msOf(e.at, CODE, `events[${i}].at`);
    if (ms > nowMs) return;
    const list = subjects.get(subject);
    if (list === undefined) subjects.set(subject, [{ type, ms }]);
    else list.push({ type, ms });
  });
  for (const list of subjects.values()) list.sort((a, b) => a.ms - b.ms);
  const add = (clock: Clock, from: number): number =>
    clock.business ? addBusinessTime(from, clock.ms, cal()).getTime() : from + clock.ms;
  const between = (clock: Clock, a: number, b: number): number =>
    clock.business ? businessTimeBetween(a, b, cal()) : b - a;

  const broken: (BrokenPromise & { readonly order: number })[] = [];
  const results = checked.map((p, order): PromiseComplianceResult => {
    let started = 0;
    let kept = 0;
    let pending = 0;
    let ineligible = 0;
    const before = broken.length;
    const fault = (subject: string, reason: BrokenPromise['reason'], start: number, end: number | undefined): void => {
      const within = p.within;
      const deadline = within === undefined ? undefined : add(within, start);
      const late =
        within === undefined || deadline === undefined || reason === 'breakEvent'
          ? undefined
          : between(within, deadline, end ?? nowMs);
      broken.push({
        promiseId: p.id,
        subject,
        reason,
        startedAt: new Date(start),
        deadline: deadline === undefined ? undefined : new Date(deadline),
        endedAt: end === undefined ? undefined : new Date(end),
        lateByMs: late,
        order,
      });
    };
    for (const [subject, list] of subjects) {
      const open: number[] = [];
      let lastAfter: number | undefined;
      for (const e of list) {
        if (p.window !== undefined && e.type === p.window.after) lastAfter = e.ms;
        if (e.type === p.start) {
          started++;
          if (p.window !== undefined && (lastAfter === undefined || e.ms > add(p.window, lastAfter))) ineligible++;
          else open.push(e.ms);
        } else if (e.type === p.end || e.type === p.breaksOn) {
          const start = open.shift();
          if (start === undefined) continue;
          if (e.type === p.breaksOn) fault(subject, 'breakEvent', start, e.ms);
          else if (p.within === undefined || e.ms <= add(p.within, start)) kept++;
          else fault(subject, 'late', start, e.ms);
        }
      }
      for (const start of open) {
        if (p.within !== undefined && nowMs > add(p.within, start)) fault(subject, 'overdue', start, undefined);
        else pending++;
      }
    }
    const brokenCount = broken.length - before;
    const rate = kept + brokenCount === 0 ? undefined : kept / (kept + brokenCount);
    return {
      promiseId: p.id,
      description: p.description,
      started,
      kept,
      broken: brokenCount,
      pending,
      ineligible,
      rate,
      goal: p.goal,
      meetsGoal: p.goal === undefined || rate === undefined ? undefined : rate >= p.goal,
    };
  });
  broken.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || a.order - b.order);
  return { promises: results, broken: broken.map(({ order: _, ...b }) => b) };
}
