import * as z from 'zod';
import { fail } from './check.js';
import { COMPLAINT_SEVERITIES, COMPLAINT_STAGES, COMPLAINT_TRANSITIONS, type Complaint } from './complaint.js';
import { SUPPORT_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES, type Ticket } from './records.js';
import { SUPPORT_SCHEMA_MESSAGES, type SupportSchemaIssue } from './schemaMessages.js';

/**
 * Options of {@link ticketSchema} and {@link complaintSchema}.
 *
 * @example
 * ```ts
 * const options: SupportSchemaOptions = { locale: 'en' };
 * ```
 * @category Support
 */
export interface SupportSchemaOptions {
  /** Language of issue messages: `'fa'` (default) or `'en'`. */
  readonly locale?: 'fa' | 'en';
}

type Messages = { readonly [K in SupportSchemaIssue]: string };

function messagesOf(options: SupportSchemaOptions): Messages {
  if (options === null || typeof options !== 'object') fail('INVALID_ARGUMENT', 'options', 'expected { locale? }');
  const locale = options.locale ?? 'fa';
  if (locale !== 'fa' && locale !== 'en')
    fail('INVALID_ARGUMENT', 'options.locale', `expected 'fa' or 'en', got ${String(locale)}`);
  return SUPPORT_SCHEMA_MESSAGES[locale];
}

const text = (m: Messages) => z.string({ error: m.text }).trim().min(1, { error: m.text });
const instant = (m: Messages) =>
  z.union([z.number().int(), z.iso.datetime({ offset: true }).transform((s) => Date.parse(s))], { error: m.instant });
/** Drops keys whose value is `undefined` (JSON-absent optional fields), as `exactOptionalPropertyTypes` wants. */
const defined = <T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };

/**
 * A zod schema for a ticket record from JSON or a form: ids and category non-empty, channel, priority and
 * statuses from their lists, instants as epoch milliseconds or ISO date-times with `Z` or an offset (output
 * as epoch milliseconds), a status history oldest first and not before `createdAt`. The output is a
 * {@link Ticket} for {@link evaluateSla}. Messages in Persian (default) or English.
 *
 * @param options - `locale` of messages
 * @returns a zod schema from JSON to `Ticket`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * const ticket = ticketSchema().parse({
 *   id: 'T-1', customerId: 'C-7', channel: 'phone', category: 'delivery', priority: 'high',
 *   createdAt: '2025-03-18T16:00:00+03:30', statusHistory: [{ status: 'open', at: '2025-03-18T16:10:00+03:30' }],
 * });
 * ticket.createdAt; // 1742301000000
 * ticketSchema().safeParse({ priority: 'asap' }).error?.issues.find((i) => i.path[0] === 'priority')?.message;
 * // 'اولویت باید یکی از low، normal، high یا urgent باشد'
 * ```
 * @category Support
 */
export function ticketSchema(options: SupportSchemaOptions = {}): z.ZodType<Ticket> {
  const m = messagesOf(options);
  const change = z.object({
    status: z.enum(TICKET_STATUSES, { error: m.status }),
    at: instant(m),
    by: text(m).optional(),
  });
  return z
    .object({
      id: text(m),
      customerId: text(m),
      channel: z.enum(SUPPORT_CHANNELS, { error: m.channel }),
      category: text(m),
      priority: z.enum(TICKET_PRIORITIES, { error: m.priority }),
      createdAt: instant(m),
      statusHistory: z.array(change).default([]),
      firstResponseAt: instant(m).optional(),
      subject: z.string({ error: m.text }).optional(),
    })
    .superRefine((t, ctx) => {
      let previous = t.createdAt;
      t.statusHistory.forEach((c, i) => {
        if (c.at < previous)
          ctx.addIssue({ code: 'custom', message: m.historyOrder, path: ['statusHistory', i, 'at'] });
        previous = Math.max(previous, c.at);
      });
      if (t.firstResponseAt !== undefined && t.firstResponseAt < t.createdAt) {
        ctx.addIssue({ code: 'custom', message: m.firstResponse, path: ['firstResponseAt'] });
      }
    })
    .transform((t) => defined({ ...t, statusHistory: t.statusHistory.map(defined) }));
}

/**
 * A zod schema for a complaint record from JSON: the fields of {@link Complaint}, instants as epoch
 * milliseconds or ISO date-times (output as epoch milliseconds), and a history that follows ISO 10002's
 * process: it starts with `received`, every step is in {@link COMPLAINT_TRANSITIONS}, times never go back,
 * and `stage` is the last step. Messages in Persian (default) or English.
 *
 * @param options - `locale` of messages
 * @returns a zod schema from JSON to `Complaint`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * const c = complaintSchema({ locale: 'en' }).parse({
 *   id: 'C-1', customerId: 'C-7', channel: 'sms', description: 'late delivery', receivedAt: 0, stage: 'acknowledged',
 *   history: [{ stage: 'received', at: 0, by: 'system' }, { stage: 'acknowledged', at: 60_000, by: 'agent-3' }],
 * });
 * complaintSchema().safeParse({ ...c, stage: 'closed' }).success; // false
 * ```
 * @category Support
 */
export function complaintSchema(options: SupportSchemaOptions = {}): z.ZodType<Complaint> {
  const m = messagesOf(options);
  const stage = z.enum(COMPLAINT_STAGES, { error: m.stage });
  const step = z.object({ stage, at: instant(m), by: text(m), note: z.string({ error: m.text }).optional() });
  return z
    .object({
      id: text(m),
      customerId: text(m),
      channel: z.enum(SUPPORT_CHANNELS, { error: m.channel }),
      description: text(m),
      receivedAt: instant(m),
      stage,
      history: z.array(step).min(1, { error: m.firstStage }),
      category: text(m).optional(),
      remedySought: text(m).optional(),
      severity: z.enum(COMPLAINT_SEVERITIES, { error: m.severity }).optional(),
      decision: text(m).optional(),
      accepted: z.boolean({ error: m.boolean }).optional(),
      satisfaction: z
        .number({ error: m.satisfaction })
        .int({ error: m.satisfaction })
        .min(1, { error: m.satisfaction })
        .max(5, { error: m.satisfaction })
        .optional(),
      recourse: text(m).optional(),
    })
    .superRefine((c, ctx) => {
      const first = c.history[0];
      if (first !== undefined && (first.stage !== 'received' || first.at < c.receivedAt)) {
        ctx.addIssue({ code: 'custom', message: m.firstStage, path: ['history', 0] });
      }
      for (let i = 1; i < c.history.length; i++) {
        const before = c.history[i - 1] as (typeof c.history)[number];
        const here = c.history[i] as (typeof c.history)[number];
        const allowed = COMPLAINT_TRANSITIONS[before.stage as keyof typeof COMPLAINT_TRANSITIONS] as readonly string[];
        if (!allowed.includes(here.stage) || here.at < before.at) {
          ctx.addIssue({ code: 'custom', message: m.transition, path: ['history', i] });
        }
      }
      if (c.history.length > 0 && c.history[c.history.length - 1]?.stage !== c.stage) {
        ctx.addIssue({ code: 'custom', message: m.stageMismatch, path: ['stage'] });
      }
    })
    .transform((c) => defined({ ...c, history: c.history.map(defined) }));
}
