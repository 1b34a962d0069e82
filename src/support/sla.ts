import { addBusinessTime, type BusinessCalendar, businessTimeBetween, type Instant } from '../calendar/index.js';
import { fail, msOf, objectOf, oneOf } from './check.js';
import { TICKET_PRIORITIES, type Ticket } from './records.js';
import { clipPauses, type Span, ticketTimeline } from './slaClock.js';
import { type SlaEscalationStep, stepThreshold } from './slaEscalation.js';
import { checkedPolicy, type SlaPolicy, type SlaTargetName } from './slaPolicy.js';
import type { SlaEvaluation, SlaTargetEvaluation } from './slaTypes.js';

type Step = SlaEscalationStep;

function reached(step: Step, consumedMs: number, targetMs: number, breached: boolean): boolean {
  if (step.kind === 'overdue' && !breached) return false;
  return consumedMs >= stepThreshold(step, targetMs);
}

function evaluateTarget(
  target: SlaTargetName,
  targetMs: number,
  startMs: number,
  stopMs: number | undefined,
  spans: readonly Span[],
  pausedNow: boolean,
  steps: readonly Step[],
  calendar: BusinessCalendar,
  nowMs: number,
): SlaTargetEvaluation {
  const end = stopMs ?? nowMs;
  const pauses = clipPauses(spans, end);
  const options = pauses.length === 0 ? undefined : { pauses };
  const consumedMs = businessTimeBetween(startMs, end, calendar, options);
  // An open target has no pause after `now`, so the rest of the target can be added from `now` (same instant,
  // fewer days to walk); a used-up or stopped target needs its due time from the start, around the pauses.
  const open = stopMs === undefined;
  const dueAt =
    open && consumedMs < targetMs
      ? addBusinessTime(nowMs, targetMs - consumedMs, calendar)
      : addBusinessTime(startMs, targetMs, calendar, options);
  const breached = end > dueAt.getTime();
  let level = 0;
  for (let i = 0; i < steps.length; i++) if (reached(steps[i] as Step, consumedMs, targetMs, breached)) level = i + 1;
  const next = open ? steps[level] : undefined;
  let nextEscalationAt: Date | undefined;
  if (next !== undefined) {
    // not reached yet, so the threshold lies ahead of `now` (or is the due time itself for "overdue by 0")
    const threshold = stepThreshold(next, targetMs);
    nextEscalationAt = threshold === targetMs ? dueAt : addBusinessTime(nowMs, threshold - consumedMs, calendar);
  }
  return {
    target,
    status: open ? (pausedNow ? 'paused' : 'running') : 'stopped',
    targetMs,
    consumedMs,
    remainingMs: targetMs - consumedMs,
    dueAt,
    stoppedAt: stopMs === undefined ? undefined : new Date(stopMs),
    breached,
    escalationLevel: level,
    escalationName: level === 0 ? undefined : steps[level - 1]?.name,
    nextEscalationAt,
  };
}

/**
 * Evaluates a ticket's first-response and resolution SLA at `now` on a business calendar (crm.md §6): due
 * times, business time used and remaining, breach and escalation level per target. The clocks start at
 * creation (or the next opening), skip closed hours, weekends and holidays of the calendar, and stop while
 * the ticket is in one of the policy's paused statuses; resolution stops at `resolved`/`closed` and
 * continues after a reopen without counting the resolved time. History entries and a first reply dated
 * after `now` are ignored, so a ticket can be evaluated as of any past instant.
 *
 * @param ticket - the ticket (priority, creation, status history, first reply)
 * @param policy - from {@link createSlaPolicy}
 * @param calendar - a business calendar, e.g. {@link createSupportCalendar} (its time zone is used)
 * @param now - the evaluation instant (`Date` or epoch milliseconds); never read from the clock
 * @returns the evaluation of both targets and the ticket-level summary
 * @throws {MoshtariError} INVALID_TICKET for a malformed ticket (unknown priority or status, bad instant,
 *   history out of order or before creation, reply before creation); INVALID_POLICY for a policy not made by
 *   `createSlaPolicy`; INVALID_ARGUMENT for a bad `now`, `now` before creation, or a calendar not made by
 *   `createBusinessCalendar`; OUT_OF_RANGE outside 1178–3000 AP
 * @example
 * ```ts
 * const desk = createSupportCalendar();
 * const policy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
 * const ticket: Ticket = {
 *   id: 'T-1', customerId: 'C-7', channel: 'phone', category: 'delivery', priority: 'urgent',
 *   createdAt: new Date('2025-03-18T12:30:00Z'), statusHistory: [], // Tuesday 1403/12/28 16:00 Tehran
 * };
 * const sla = evaluateSla(ticket, policy, desk, new Date('2025-03-22T08:00:00Z'));
 * sla.resolution.dueAt.toISOString(); // '2025-03-25T07:30:00.000Z': Tuesday 1404/01/05 11:00, after Nowruz
 * sla.firstResponse.breached; // true (due Tuesday 16:30)
 * ```
 * @category Support
 */
export function evaluateSla(
  ticket: Ticket,
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  now: Instant,
): SlaEvaluation {
  const nowMs = msOf(now, 'INVALID_ARGUMENT', 'now');
  const { targets, pausedStatuses, escalation } = checkedPolicy(policy);
  objectOf(ticket, 'INVALID_TICKET', 'ticket');
  const priority = oneOf(ticket.priority, TICKET_PRIORITIES, 'INVALID_TICKET', 'ticket.priority');
  const createdMs = msOf(ticket.createdAt, 'INVALID_TICKET', 'ticket.createdAt');
  if (nowMs < createdMs)
    fail('INVALID_ARGUMENT', 'now', `is before ticket.createdAt (${new Date(createdMs).toISOString()})`);
  const line = ticketTimeline(ticket, createdMs, pausedStatuses, nowMs);
  const limits = targets[priority];
  const firstResponse = evaluateTarget(
    'firstResponse',
    limits.firstResponse,
    createdMs,
    line.firstResponseStopMs,
    line.pauses,
    line.pausedNow,
    escalation,
    calendar,
    nowMs,
  );
  const resolution = evaluateTarget(
    'resolution',
    limits.resolution,
    createdMs,
    line.resolvedMs,
    line.resolutionPauses,
    line.pausedNow,
    escalation,
    calendar,
    nowMs,
  );
  const top = resolution.escalationLevel >= firstResponse.escalationLevel ? resolution : firstResponse;
  const frDue = firstResponse.status === 'stopped' ? Infinity : firstResponse.dueAt.getTime();
  const nextDue = Math.min(frDue, resolution.status === 'stopped' ? Infinity : resolution.dueAt.getTime());
  return {
    ticketId: ticket.id,
    priority,
    status: line.status,
    paused: line.pausedNow,
    firstResponse,
    resolution,
    breached: firstResponse.breached || resolution.breached,
    escalationLevel: top.escalationLevel,
    escalationName: top.escalationName,
    nextDueAt: nextDue === Infinity ? undefined : new Date(nextDue),
  };
}
