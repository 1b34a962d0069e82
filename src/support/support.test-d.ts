import { describe, expectTypeOf, it } from 'vitest';
import type { BusinessCalendar } from '../calendar/index.js';
import type { Result } from '../core/index.js';
import { type Money, rial } from '../money/index.js';
import { type Complaint, type ComplaintStage, receiveComplaint } from './complaint.js';
import { moveComplaint } from './complaintMove.js';
import type { ComplaintMoveError, SmsTemplateError } from './errors.js';
import { promiseCompliance } from './promises.js';
import type { PromiseComplianceReport } from './promiseTypes.js';
import type { Ticket } from './records.js';
import { ticketSchema } from './schema.js';
import { evaluateSla } from './sla.js';
import { createSlaPolicy, DEFAULT_SLA_POLICY_CONFIG, type SlaPolicy, type SlaPolicyConfig } from './slaPolicy.js';
import type { SlaEvaluation } from './slaTypes.js';
import { composeSms, type SmsBatch } from './smsCompose.js';
import { renderSmsTemplate, type SmsPreview } from './smsTemplate.js';
import { createSupportCalendar } from './supportCalendar.js';

const desk = createSupportCalendar();
const policy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
const ticket: Ticket = {
  id: 'T',
  customerId: 'C',
  channel: 'sms',
  category: 'x',
  priority: 'low',
  createdAt: 0,
  statusHistory: [],
};

describe('support types', () => {
  it('SLA: a policy is branded, results are readonly', () => {
    expectTypeOf(desk).toEqualTypeOf<BusinessCalendar>();
    expectTypeOf(policy).toEqualTypeOf<SlaPolicy>();
    const sla = evaluateSla(ticket, policy, desk, new Date(0));
    expectTypeOf(sla).toEqualTypeOf<SlaEvaluation>();
    expectTypeOf(sla.resolution.dueAt).toEqualTypeOf<Date>();
    expectTypeOf(sla.nextDueAt).toEqualTypeOf<Date | undefined>();
    expectTypeOf(sla.firstResponse.status).toEqualTypeOf<'running' | 'paused' | 'stopped'>();
    // @ts-expect-error a plain config is not a checked policy
    evaluateSla(ticket, DEFAULT_SLA_POLICY_CONFIG, desk, 0);
    // @ts-expect-error readonly result
    sla.breached = false;
    // @ts-expect-error unknown priority
    evaluateSla({ ...ticket, priority: 'asap' }, policy, desk, 0);
    // @ts-expect-error unknown paused status
    createSlaPolicy({ ...DEFAULT_SLA_POLICY_CONFIG, pausedStatuses: ['waiting'] });
    const levels: SlaPolicyConfig['escalation'] = [{ kind: 'overdue', name: 'lead', after: { hours: 2 } }];
    // @ts-expect-error a consumed level needs a ratio, not `after`
    const bad: SlaPolicyConfig['escalation'] = [{ kind: 'consumed', name: 'x', after: 0 }];
    expectTypeOf(levels).not.toBeAny();
    expectTypeOf(bad).not.toBeAny();
  });

  it('complaints: moves return a Result discriminated by code', () => {
    const c = receiveComplaint({
      id: 'C',
      customerId: 'K',
      channel: 'phone',
      description: 'd',
      receivedAt: 0,
      by: 'x',
    });
    const r = moveComplaint(c, { to: 'acknowledged', by: 'a', at: 1 });
    expectTypeOf(r).toEqualTypeOf<Result<Complaint, ComplaintMoveError>>();
    if (!r.ok && r.error.code === 'TRANSITION_NOT_ALLOWED')
      expectTypeOf(r.error.allowed).toEqualTypeOf<readonly string[]>();
    if (!r.ok && r.error.code === 'MISSING_DETAIL')
      expectTypeOf(r.error.field).toEqualTypeOf<'severity' | 'decision' | 'accepted'>();
    expectTypeOf(c.stage).toEqualTypeOf<ComplaintStage>();
    // @ts-expect-error unknown stage
    moveComplaint(c, { to: 'escalated', by: 'a', at: 1 });
    // @ts-expect-error who is required
    moveComplaint(c, { to: 'acknowledged', at: 1 });
    // @ts-expect-error history is readonly
    c.history.push({ stage: 'closed', at: 0, by: 'x' });
  });

  it('promises, SMS and schemas', () => {
    expectTypeOf(promiseCompliance([], [], { now: 0 })).toEqualTypeOf<PromiseComplianceReport>();
    // @ts-expect-error now is required
    promiseCompliance([], [], {});
    const preview = renderSmsTemplate('{a}', { a: rial(10) });
    expectTypeOf(preview).toEqualTypeOf<Result<SmsPreview, SmsTemplateError>>();
    if (preview.ok) expectTypeOf(preview.value.cost).toEqualTypeOf<Money<'IRR'> | undefined>();
    // @ts-expect-error only IRR amounts
    renderSmsTemplate('{a}', { a: { amount: '1', currency: 'USD' } as Money<'USD'> });
    // @ts-expect-error pricing needs both encodings
    renderSmsTemplate('x', {}, { pricing: { 'UCS-2': rial(1) } });
    expectTypeOf(composeSms([], 'x')).toEqualTypeOf<SmsBatch>();
    expectTypeOf(ticketSchema().parse({})).toEqualTypeOf<Ticket>();
  });
});
