import type { Instant } from '../calendar/index.js';
import { describe, fail, msOf, objectOf, oneOf, textOf } from './check.js';
import { SUPPORT_CHANNELS, type SupportChannel } from './records.js';

/**
 * The stages of a complaint in ISO 10002:2018's process (clause 8, crm.md §7): `received` (8.2, recorded
 * with an id and the remedy sought), `acknowledged` (8.4), `assessed` (8.5, severity), `investigating`
 * (8.6), `responded` (8.7–8.8, the decision communicated), `closed` (8.9, accepted or not, with the
 * complainant's satisfaction with the handling).
 *
 * @example
 * ```ts
 * const stage: ComplaintStage = 'investigating';
 * ```
 * @category Support
 */
export type ComplaintStage = 'received' | 'acknowledged' | 'assessed' | 'investigating' | 'responded' | 'closed';

/**
 * The complaint stages in process order.
 *
 * @example
 * ```ts
 * COMPLAINT_STAGES[0]; // 'received'
 * ```
 * @category Support
 */
export const COMPLAINT_STAGES: readonly ComplaintStage[] = [
  'received',
  'acknowledged',
  'assessed',
  'investigating',
  'responded',
  'closed',
];

/**
 * The moves {@link moveComplaint} allows: forwards through the process; `assessed → responded` skips the
 * investigation of a simple complaint (ISO 10002 8.6: proportionate); `responded → investigating` when the
 * complainant rejects the response; `closed` is final.
 *
 * @example
 * ```ts
 * COMPLAINT_TRANSITIONS.responded; // ['closed', 'investigating']
 * ```
 * @category Support
 */
export const COMPLAINT_TRANSITIONS: { readonly [S in ComplaintStage]: readonly ComplaintStage[] } = {
  received: ['acknowledged'],
  acknowledged: ['assessed'],
  assessed: ['investigating', 'responded'],
  investigating: ['responded'],
  responded: ['closed', 'investigating'],
  closed: [],
};

/**
 * How serious a complaint is, set at assessment (ISO 10002 8.5: severity, safety, complexity, impact).
 *
 * @example
 * ```ts
 * const severity: ComplaintSeverity = 'high';
 * ```
 * @category Support
 */
export type ComplaintSeverity = 'low' | 'medium' | 'high' | 'critical';

/**
 * The severities, lowest first.
 *
 * @example
 * ```ts
 * COMPLAINT_SEVERITIES.includes('critical'); // true
 * ```
 * @category Support
 */
export const COMPLAINT_SEVERITIES: readonly ComplaintSeverity[] = ['low', 'medium', 'high', 'critical'];

/**
 * One recorded step of a complaint: who moved it to `stage`, and when.
 *
 * @example
 * ```ts
 * const step: ComplaintStageChange = { stage: 'acknowledged', at: 1742300000000, by: 'agent-3' };
 * ```
 * @category Support
 */
export type ComplaintStageChange = {
  /** The stage entered. */
  readonly stage: ComplaintStage;
  /** When (a `Date` or epoch milliseconds). */
  readonly at: Instant;
  /** Who (staff id, `'system'`). */
  readonly by: string;
  /** A note for the record. */
  readonly note?: string;
};

/**
 * A complaint record (ISO 10002 data, crm.md §7). Details are set by the move into their stage.
 *
 * @example
 * ```ts
 * const complaint: Complaint = receiveComplaint({
 *   id: 'C-1', customerId: 'C-7', channel: 'phone', description: 'سفارش دیر رسید',
 *   receivedAt: new Date('2025-05-04T06:00:00Z'), by: 'agent-3', remedySought: 'refund of delivery fee',
 * });
 * ```
 * @category Support
 */
export type Complaint = {
  /** Unique complaint id (ISO 10002 8.2). */
  readonly id: string;
  /** The complainant. */
  readonly customerId: string;
  /** Where it came in. */
  readonly channel: SupportChannel;
  /** What the customer complains about. */
  readonly description: string;
  /** When it was received. */
  readonly receivedAt: Instant;
  /** The current stage (the last entry of `history`). */
  readonly stage: ComplaintStage;
  /** Every stage entered, oldest first; the first is `received`. */
  readonly history: readonly ComplaintStageChange[];
  /** Free category code. */
  readonly category?: string;
  /** What the customer asks for (ISO 10002 8.2). */
  readonly remedySought?: string;
  /** Set at `assessed`. */
  readonly severity?: ComplaintSeverity;
  /** The decision communicated at `responded`. */
  readonly decision?: string;
  /** Set at `closed`: whether the complainant accepted the decision. */
  readonly accepted?: boolean;
  /** Set at `closed` (optional): satisfaction with the handling, 1–5 (ISO 10002 clause 9). */
  readonly satisfaction?: number;
  /** Set at `closed` when not accepted: the internal or external recourse offered (ISO 10002 8.9). */
  readonly recourse?: string;
};

/**
 * What {@link receiveComplaint} takes.
 *
 * @example
 * ```ts
 * const input: ReceiveComplaintInput = {
 *   id: 'C-1', customerId: 'C-7', channel: 'sms', description: 'wrong charge', receivedAt: 1746338400000, by: 'system',
 * };
 * ```
 * @category Support
 */
export type ReceiveComplaintInput = {
  /** Unique complaint id. */
  readonly id: string;
  /** The complainant. */
  readonly customerId: string;
  /** Where it came in. */
  readonly channel: SupportChannel;
  /** What the customer complains about. */
  readonly description: string;
  /** When it was received. */
  readonly receivedAt: Instant;
  /** Who recorded it. */
  readonly by: string;
  /** Free category code. */
  readonly category?: string;
  /** What the customer asks for. */
  readonly remedySought?: string;
};

/**
 * Records a new complaint at stage `received` (ISO 10002 8.2), with the first history entry.
 *
 * @param input - id, customer, channel, description, time, who recorded it, optional category and remedy sought
 * @returns the complaint record
 * @throws {MoshtariError} INVALID_COMPLAINT for an empty id, customer, description or `by`, an unknown
 *   channel or an invalid instant
 * @example
 * ```ts
 * const c = receiveComplaint({ id: 'C-1', customerId: 'C-7', channel: 'portal', description: 'late delivery', receivedAt: 0, by: 'system' });
 * c.stage; // 'received'
 * c.history; // [{ stage: 'received', at: 0, by: 'system' }]
 * ```
 * @category Support
 */
export function receiveComplaint(input: ReceiveComplaintInput): Complaint {
  const code = 'INVALID_COMPLAINT';
  objectOf(input, code, 'input');
  const by = textOf(input.by, code, 'input.by');
  msOf(input.receivedAt, code, 'input.receivedAt');
  for (const key of ['category', 'remedySought'] as const) {
    if (input[key] !== undefined && typeof input[key] !== 'string') {
      fail(code, `input.${key}`, `expected a string, got ${describe(input[key])}`);
    }
  }
  return {
    id: textOf(input.id, code, 'input.id'),
    customerId: textOf(input.customerId, code, 'input.customerId'),
    channel: oneOf(input.channel, SUPPORT_CHANNELS, code, 'input.channel'),
    description: textOf(input.description, code, 'input.description'),
    receivedAt: input.receivedAt,
    stage: 'received',
    history: [{ stage: 'received', at: input.receivedAt, by }],
    ...(input.category === undefined ? {} : { category: input.category }),
    ...(input.remedySought === undefined ? {} : { remedySought: input.remedySought }),
  };
}
