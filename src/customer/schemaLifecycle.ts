import * as z from 'zod';
import { moneySchema } from '../money/index.js';
import { LIFECYCLE_STAGES } from './lifecycleStages.js';
import { normalizeMultiline } from './normalizeFields.js';
import {
  customerIdField,
  fieldMessage,
  instantField,
  intField,
  type Locale,
  localeOf,
  param,
  textField,
} from './schemaFields.js';
import type { CustomerSchemaOptions } from './schemaOptions.js';
import type { Activity } from './typesActivity.js';
import type { CustomerWire } from './typesInput.js';
import type { CustomerLifecycle, CustomerLifecycleStage } from './typesLifecycle.js';

function stageField(
  locale: Locale,
  field: 'stage' | 'from' | 'to',
): z.ZodType<CustomerLifecycleStage, CustomerLifecycleStage> {
  return z.enum(LIFECYCLE_STAGES, param(locale, field));
}

/**
 * A zod schema for {@link CustomerLifecycle}: the current stage and a history that is ordered by
 * `enteredAt`, with `exitedAt` not before `enteredAt`, ending in the current stage.
 *
 * @param options - `locale` of messages
 * @returns a zod schema from JSON to `CustomerLifecycle`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * customerLifecycleSchema({ locale: 'en' }).safeParse({ stage: 'vip', history: [] }).error?.issues[0]?.message;
 * // 'stage: unknown value "vip"; expected one of lead, prospect, newCustomer, repeat, loyal, atRisk, churned, wonBack'
 * ```
 * @category Customer
 */
export function customerLifecycleSchema(
  options: CustomerSchemaOptions = {},
): z.ZodType<CustomerLifecycle, CustomerLifecycle> {
  const locale = localeOf(options);
  const entry = z.object(
    {
      stage: stageField(locale, 'stage'),
      enteredAt: instantField(locale, 'enteredAt'),
      exitedAt: instantField(locale, 'exitedAt').optional(),
      reason: textField(locale, 'reason', 500).optional(),
      by: textField(locale, 'by', 200).optional(),
    },
    param(locale, 'history'),
  );
  return z
    .object(
      { stage: stageField(locale, 'stage'), history: z.array(entry, param(locale, 'history')) },
      param(locale, 'lifecycle'),
    )
    .superRefine((value, ctx) => {
      const issue = (path: (string | number)[], en: string, fa: string) =>
        ctx.addIssue({ code: 'custom', path, message: fieldMessage(locale, 'history', en, fa), input: value });
      value.history.forEach((e, i) => {
        if (e.exitedAt !== undefined && e.exitedAt < e.enteredAt) {
          issue(['history', i, 'exitedAt'], 'exitedAt is before enteredAt', 'زمان خروج پیش از زمان ورود است');
        }
        const previous = value.history[i - 1];
        if (previous !== undefined && e.enteredAt < previous.enteredAt) {
          issue(['history', i, 'enteredAt'], 'entries must be in order of enteredAt', 'ترتیب زمانی رعایت نشده است');
        }
      });
      const last = value.history.at(-1);
      if (last !== undefined && last.stage !== value.stage) {
        issue(
          ['stage'],
          `the last history entry is ${last.stage}, not ${value.stage}`,
          'با آخرین مرحلهٔ تاریخچه یکی نیست',
        );
      }
    });
}

/**
 * A zod schema for one timeline {@link Activity}, discriminated by `kind`. Text is normalised
 * (ی/ک, spacing; line breaks kept); purchase amounts are Rial `Money`.
 *
 * @param options - `locale` of messages
 * @returns a zod schema from JSON to `Activity`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * activitySchema().parse({ kind: 'note', id: 'a1', customerId: 'c-1', at: 1742500000000, author: 'sara', text: 'تماس گرفته شد' });
 * ```
 * @category Customer
 */
export function activitySchema(options: CustomerSchemaOptions = {}): z.ZodType<Activity, CustomerWire<Activity>> {
  const locale = localeOf(options);
  const p = (field: 'text') => param(locale, field);
  const base = {
    id: textField(locale, 'activityId', 200),
    customerId: customerIdField(locale, 'customerId'),
    at: instantField(locale, 'at'),
    author: textField(locale, 'author', 200),
    text: z.string(p('text')).overwrite(normalizeMultiline).max(20_000, p('text')).optional(),
    followUpAt: instantField(locale, 'followUpAt').optional(),
    followUpOf: textField(locale, 'followUpOf', 200).optional(),
    mergedFrom: customerIdField(locale, 'mergedFrom').optional(),
  };
  const direction = z.enum(['inbound', 'outbound'], param(locale, 'direction'));
  const short = (field: 'subject' | 'orderId' | 'category' | 'ticketId') => textField(locale, field, 500).optional();
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ ...base, kind: z.literal('note') }),
      z.object({
        ...base,
        kind: z.literal('call'),
        direction,
        durationSeconds: intField(locale, 'durationSeconds', 0, 86_400).optional(),
      }),
      z.object({ ...base, kind: z.literal('sms'), direction }),
      z.object({ ...base, kind: z.literal('email'), direction, subject: short('subject') }),
      z.object({
        ...base,
        kind: z.literal('meeting'),
        durationMinutes: intField(locale, 'durationMinutes', 0, 1440).optional(),
      }),
      z.object({ ...base, kind: z.literal('purchase'), amount: moneySchema().optional(), orderId: short('orderId') }),
      z.object({
        ...base,
        kind: z.literal('complaint'),
        category: short('category'),
        severity: z.enum(['low', 'medium', 'high'], param(locale, 'severity')).optional(),
      }),
      z.object({
        ...base,
        kind: z.literal('ticket'),
        ticketId: short('ticketId'),
        status: z.enum(['open', 'pending', 'resolved', 'closed'], param(locale, 'status')).optional(),
      }),
      z.object({
        ...base,
        kind: z.literal('stageChange'),
        from: stageField(locale, 'from').optional(),
        to: stageField(locale, 'to'),
        reason: textField(locale, 'reason', 500).optional(),
      }),
    ],
    param(locale, 'activityKind'),
  );
}
