import type { Instant } from '../calendar/index.js';
import { err, ok, type Result } from '../core/index.js';
import { arrayOf, describe, fail, msOf, objectOf, oneOf, textOf } from './check.js';
import {
  COMPLAINT_SEVERITIES,
  COMPLAINT_STAGES,
  COMPLAINT_TRANSITIONS,
  type Complaint,
  type ComplaintSeverity,
  type ComplaintStage,
  type ComplaintStageChange,
} from './complaint.js';
import type { ComplaintMoveError } from './errors.js';

/**
 * A request to move a complaint to another stage, with who, when and the stage's details: `severity` for
 * `assessed`, `decision` for `responded`, `accepted` (and optionally `satisfaction` 1–5 and `recourse`) for
 * `closed`. A detail given for another stage is a programmer error.
 *
 * @example
 * ```ts
 * const move: ComplaintMove = { to: 'assessed', by: 'agent-3', at: new Date('2025-05-04T07:00:00Z'), severity: 'medium' };
 * ```
 * @category Support
 */
export type ComplaintMove = {
  /** The stage to enter. */
  readonly to: ComplaintStage;
  /** Who moves it (recorded). */
  readonly by: string;
  /** When (recorded; not before the last recorded change). */
  readonly at: Instant;
  /** A note for the record. */
  readonly note?: string;
  /** Required for `assessed`. */
  readonly severity?: ComplaintSeverity;
  /** Required for `responded`: the decision communicated to the complainant. */
  readonly decision?: string;
  /** Required for `closed`: whether the complainant accepted the decision. */
  readonly accepted?: boolean;
  /** For `closed`: satisfaction with the handling, an integer 1–5. */
  readonly satisfaction?: number;
  /** For `closed` when not accepted: the recourse offered. */
  readonly recourse?: string;
};

const DETAIL_STAGE = {
  severity: 'assessed',
  decision: 'responded',
  accepted: 'closed',
  satisfaction: 'closed',
  recourse: 'closed',
} as const;

function checkMove(move: ComplaintMove): number {
  const code = 'INVALID_COMPLAINT';
  objectOf(move, code, 'move');
  oneOf(move.to, COMPLAINT_STAGES, code, 'move.to');
  textOf(move.by, code, 'move.by');
  const at = msOf(move.at, code, 'move.at');
  if (move.note !== undefined && typeof move.note !== 'string')
    fail(code, 'move.note', `expected a string, got ${describe(move.note)}`);
  for (const [field, stage] of Object.entries(DETAIL_STAGE)) {
    const value = move[field as keyof typeof DETAIL_STAGE];
    if (value === undefined) continue;
    if (move.to !== stage) fail(code, `move.${field}`, `is recorded only when moving to '${stage}', not '${move.to}'`);
    if (field === 'severity') oneOf(value, COMPLAINT_SEVERITIES, code, 'move.severity');
    else if (field === 'accepted' && typeof value !== 'boolean')
      fail(code, 'move.accepted', `expected a boolean, got ${describe(value)}`);
    else if (
      field === 'satisfaction' &&
      !(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5)
    ) {
      fail(code, 'move.satisfaction', `expected an integer 1–5, got ${describe(value)}`);
    } else if ((field === 'decision' || field === 'recourse') && (typeof value !== 'string' || value.trim() === '')) {
      fail(code, `move.${field}`, `expected a non-empty string, got ${describe(value)}`);
    }
  }
  return at;
}

/**
 * Moves a complaint to its next stage of ISO 10002's process, enforcing {@link COMPLAINT_TRANSITIONS} and
 * recording who and when in `history` (and the stage's details on the record). Never mutates `complaint`.
 *
 * @param complaint - the complaint (from {@link receiveComplaint} or {@link complaintSchema})
 * @param move - target stage, `by`, `at`, optional note and the stage's details
 * @returns the updated complaint, or why the move was refused: TRANSITION_NOT_ALLOWED, MISSING_DETAIL
 *   (severity / decision / accepted) or OUT_OF_ORDER (dated before the last change)
 * @throws {MoshtariError} INVALID_COMPLAINT for a malformed complaint or move (unknown stage, empty `by`, bad
 *   instant, a detail of the wrong type or for another stage, satisfaction outside 1–5)
 * @example
 * ```ts
 * const c = receiveComplaint({ id: 'C-1', customerId: 'C-7', channel: 'phone', description: 'late', receivedAt: 0, by: 'system' });
 * const r = moveComplaint(c, { to: 'acknowledged', by: 'agent-3', at: 60_000 });
 * if (r.ok) r.value.history[1]; // { stage: 'acknowledged', at: 60_000, by: 'agent-3' }
 * moveComplaint(c, { to: 'closed', by: 'agent-3', at: 60_000, accepted: true }).ok; // false: TRANSITION_NOT_ALLOWED
 * ```
 * @category Support
 */
export function moveComplaint(complaint: Complaint, move: ComplaintMove): Result<Complaint, ComplaintMoveError> {
  objectOf(complaint, 'INVALID_COMPLAINT', 'complaint');
  const from = oneOf(complaint.stage, COMPLAINT_STAGES, 'INVALID_COMPLAINT', 'complaint.stage');
  const history = arrayOf(complaint.history, 'INVALID_COMPLAINT', 'complaint.history');
  const last = history[history.length - 1];
  if (last === undefined) fail('INVALID_COMPLAINT', 'complaint.history', 'is empty (the first entry is received)');
  const lastAt = msOf(
    objectOf(last, 'INVALID_COMPLAINT', `complaint.history[${history.length - 1}]`).at,
    'INVALID_COMPLAINT',
    `complaint.history[${history.length - 1}].at`,
  );
  const at = checkMove(move);
  const { to } = move;
  const allowed = COMPLAINT_TRANSITIONS[from];
  const name = `complaint ${String(complaint.id)}`;
  if (!allowed.includes(to)) {
    const list = allowed.length === 0 ? 'none, it is closed' : allowed.join(', ');
    return err({
      code: 'TRANSITION_NOT_ALLOWED',
      from,
      to,
      allowed,
      message: `${name}: cannot move from '${from}' to '${to}' (allowed: ${list})`,
    });
  }
  const field =
    to === 'assessed' ? 'severity' : to === 'responded' ? 'decision' : to === 'closed' ? 'accepted' : undefined;
  if (field !== undefined && move[field] === undefined) {
    return err({ code: 'MISSING_DETAIL', to, field, message: `${name}: moving to '${to}' needs ${field}` });
  }
  if (at < lastAt) {
    return err({
      code: 'OUT_OF_ORDER',
      at,
      lastAt,
      message: `${name}: move dated ${new Date(at).toISOString()} is before the last change (${new Date(lastAt).toISOString()})`,
    });
  }
  const step: ComplaintStageChange = {
    stage: to,
    at: move.at,
    by: move.by,
    ...(move.note === undefined ? {} : { note: move.note }),
  };
  const details: Partial<Complaint> = {};
  for (const key of ['severity', 'decision', 'accepted', 'satisfaction', 'recourse'] as const) {
    if (move[key] !== undefined) Object.assign(details, { [key]: move[key] });
  }
  return ok({ ...complaint, ...details, stage: to, history: [...history, step] });
}
