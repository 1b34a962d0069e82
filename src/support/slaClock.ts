import { arrayOf, fail, msOf, objectOf, oneOf } from './check.js';
import { TICKET_STATUSES, type Ticket, type TicketStatus } from './records.js';

/** Internal: a pause in epoch milliseconds (a `Span`). */
export type Span = { readonly start: number; readonly end: number };

/** Internal: what the SLA clocks need from a ticket's history, as of `now` (all instants epoch ms). */
export type TicketTimeline = {
  /** The status at `now`. */
  readonly status: TicketStatus;
  /** Whether `status` pauses the clocks. */
  readonly pausedNow: boolean;
  /** Spans in a paused status, oldest first; an ongoing one ends at `now`. */
  readonly pauses: readonly Span[];
  /** `pauses` plus spans in `resolved`/`closed` that ended with a reopen (the resolution clock skips both). */
  readonly resolutionPauses: readonly Span[];
  /** When the final resolved/closed run began, if the ticket is resolved or closed at `now`. */
  readonly resolvedMs: number | undefined;
  /** When the first-response clock stopped: the first reply, else the first resolution (≤ `now`). */
  readonly firstResponseStopMs: number | undefined;
};

/** Internal: `resolved` and `closed` stop the clocks. */
export function isStopping(status: TicketStatus): boolean {
  return status === 'resolved' || status === 'closed';
}

/**
 * Internal: walks `ticket.statusHistory` up to `nowMs` (later entries are ignored) and collects pauses and
 * stops. Throws INVALID_TICKET for an entry of the wrong shape, out of order or before `createdMs`.
 */
export function ticketTimeline(
  ticket: Ticket,
  createdMs: number,
  pausedStatuses: readonly TicketStatus[],
  nowMs: number,
): TicketTimeline {
  const history = arrayOf(ticket.statusHistory, 'INVALID_TICKET', 'ticket.statusHistory');
  const pauses: Span[] = [];
  const resolutionPauses: Span[] = [];
  let status: TicketStatus = 'new';
  let since = createdMs;
  let firstResolvedMs: number | undefined;
  let previousAt = createdMs;
  for (let i = 0; i < history.length; i++) {
    const path = `ticket.statusHistory[${i}]`;
    const change = objectOf(history[i], 'INVALID_TICKET', path);
    const next = oneOf(change.status, TICKET_STATUSES, 'INVALID_TICKET', `${path}.status`);
    const at = msOf(change.at, 'INVALID_TICKET', `${path}.at`);
    if (at < previousAt) {
      fail(
        'INVALID_TICKET',
        `${path}.at`,
        `${new Date(at).toISOString()} is before ${i === 0 ? 'ticket.createdAt' : 'the previous entry'}; the history must be oldest first`,
      );
    }
    previousAt = at;
    if (at > nowMs) continue; // later than `now`: checked, not counted
    if (next === status) continue;
    if (at > since) {
      if (pausedStatuses.includes(status)) {
        pauses.push({ start: since, end: at });
        resolutionPauses.push({ start: since, end: at });
      } else if (isStopping(status)) resolutionPauses.push({ start: since, end: at });
    }
    if (isStopping(next) && !isStopping(status)) firstResolvedMs ??= at;
    status = next;
    since = at;
  }
  const pausedNow = pausedStatuses.includes(status);
  if (pausedNow && nowMs > since) {
    pauses.push({ start: since, end: nowMs });
    resolutionPauses.push({ start: since, end: nowMs });
  }
  let firstResponseStopMs = firstResolvedMs;
  if (ticket.firstResponseAt !== undefined) {
    const replied = msOf(ticket.firstResponseAt, 'INVALID_TICKET', 'ticket.firstResponseAt');
    if (replied < createdMs) fail('INVALID_TICKET', 'ticket.firstResponseAt', 'is before ticket.createdAt');
    if (replied <= nowMs && (firstResponseStopMs === undefined || replied < firstResponseStopMs)) {
      firstResponseStopMs = replied;
    }
  }
  return {
    status,
    pausedNow,
    pauses,
    resolutionPauses,
    resolvedMs: isStopping(status) ? since : undefined,
    firstResponseStopMs,
  };
}

/** Internal: `spans` cut off at `end` (spans starting at or after `end` dropped). */
export function clipPauses(spans: readonly Span[], end: number): readonly Span[] {
  let n = spans.length;
  while (n > 0 && (spans[n - 1] as Span).start >= end) n--;
  if (n === 0) return [];
  const last = spans[n - 1] as Span;
  if (last.end <= end) return n === spans.length ? spans : spans.slice(0, n);
  return [...spans.slice(0, n - 1), { start: last.start, end }];
}
