import type { TicketPriority, TicketStatus } from './records.js';
import type { SlaTargetName } from './slaPolicy.js';

/**
 * The state of one SLA target of a ticket at `now`. Durations are business milliseconds on the calendar;
 * `breached` compares wall-clock instants (the stop, or `now`, after `dueAt`; crm.md §6.2 rule 5), so a target
 * due at Wednesday 17:00 is breached at 17:01 although no business time has passed since.
 *
 * @example
 * ```ts
 * // evaluateSla(ticket, policy, desk, now).resolution
 * // { target: 'resolution', status: 'running', targetMs: 14_400_000, consumedMs: 3_600_000, remainingMs: 10_800_000,
 * //   dueAt: 2025-03-25T07:30:00.000Z, stoppedAt: undefined, breached: false, escalationLevel: 0, … }
 * ```
 * @category Support
 */
export type SlaTargetEvaluation = {
  /** Which target. */
  readonly target: SlaTargetName;
  /** `'running'`, `'paused'` (the ticket waits in a paused status) or `'stopped'` (replied / resolved). */
  readonly status: 'running' | 'paused' | 'stopped';
  /** The target from the policy for the ticket's priority. */
  readonly targetMs: number;
  /** Business time used from creation to the stop (or `now`), pauses excluded. */
  readonly consumedMs: number;
  /** `targetMs − consumedMs`: negative once more than the target is used. */
  readonly remainingMs: number;
  /** The due time: creation + target in business time, skipping pauses (while paused, as if the clock restarted at `now`). */
  readonly dueAt: Date;
  /** When the target stopped (first reply, or resolution), if it did. */
  readonly stoppedAt: Date | undefined;
  /** The stop (or `now`, while running or paused) is after `dueAt`. A stopped target with `breached: false` was met. */
  readonly breached: boolean;
  /** The highest escalation level reached (1 = the policy's first level), 0 for none; frozen once stopped. */
  readonly escalationLevel: number;
  /** The name of that level, if any. */
  readonly escalationName: string | undefined;
  /** When the next level will be reached if nothing changes (running or paused targets only). */
  readonly nextEscalationAt: Date | undefined;
};

/**
 * Both SLA targets of a ticket at `now`, and the ticket-level summary.
 *
 * @example
 * ```ts
 * const { breached, escalationLevel, nextDueAt } = evaluateSla(ticket, policy, desk, now);
 * ```
 * @category Support
 */
export type SlaEvaluation = {
  /** The ticket's id. */
  readonly ticketId: string;
  /** The ticket's priority (chooses the targets). */
  readonly priority: TicketPriority;
  /** The ticket's status at `now`. */
  readonly status: TicketStatus;
  /** Whether the clocks are paused at `now`. */
  readonly paused: boolean;
  /** First response: creation → first public reply (or the first resolution, if nobody replied). */
  readonly firstResponse: SlaTargetEvaluation;
  /** Resolution: creation → resolved or closed; time while resolved before a reopen does not count. */
  readonly resolution: SlaTargetEvaluation;
  /** Either target breached. */
  readonly breached: boolean;
  /** The higher escalation level of the two targets (0 = none). */
  readonly escalationLevel: number;
  /** The name of that level, if any. */
  readonly escalationName: string | undefined;
  /** The earliest due time of the targets still running or paused (Zammad's `escalation_at`); `undefined` when both stopped. */
  readonly nextDueAt: Date | undefined;
};
