import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { moveComplaint } from './complaintMove.js';
import { complaintSchema, ticketSchema } from './schema.js';
import { evaluateSla } from './sla.js';
import { createSlaPolicy, DEFAULT_SLA_POLICY_CONFIG } from './slaPolicy.js';
import { createSupportCalendar } from './supportCalendar.js';

const json = {
  id: 'T-1',
  customerId: 'C-7',
  channel: 'phone',
  category: 'delivery',
  priority: 'high',
  createdAt: '2025-03-18T16:00:00+03:30',
  statusHistory: [
    { status: 'open', at: '2025-03-18T16:10:00+03:30', by: 'agent-3' },
    { status: 'pendingCustomer', at: 1742304000000 },
  ],
};

describe('ticketSchema', () => {
  it('parses JSON into a Ticket with epoch-millisecond instants, ready for evaluateSla', () => {
    const ticket = ticketSchema().parse(json);
    expect(ticket).toEqual({
      id: 'T-1',
      customerId: 'C-7',
      channel: 'phone',
      category: 'delivery',
      priority: 'high',
      createdAt: 1742301000000,
      statusHistory: [
        { status: 'open', at: 1742301600000, by: 'agent-3' },
        { status: 'pendingCustomer', at: 1742304000000 },
      ],
    });
    expect('firstResponseAt' in ticket).toBe(false);
    const sla = evaluateSla(ticket, createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG), createSupportCalendar(), 1742304000000);
    expect(sla.status).toBe('pendingCustomer');
    expect(ticketSchema().parse({ ...json, statusHistory: undefined }).statusHistory).toEqual([]);
  });

  it('reports problems in Persian by default and in English on request', () => {
    const bad = { ...json, priority: 'asap', createdAt: '1404/01/01' };
    const fa = ticketSchema()
      .safeParse(bad)
      .error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(fa).toEqual([
      ['priority', 'اولویت باید یکی از low، normal، high یا urgent باشد'],
      ['createdAt', 'زمان باید عدد میلی‌ثانیه یا تاریخ‌وزمان ISO با منطقهٔ زمانی باشد (مانند 2025-03-25T11:30:00+03:30)'],
    ]);
    const en = ticketSchema({ locale: 'en' }).safeParse({ ...json, channel: 'fax' }).error?.issues[0]?.message;
    expect(en).toBe('channel: expected portal, phone, sms, email or inPerson');
  });

  it('requires the history oldest first and not before creation', () => {
    const late = { ...json, statusHistory: [{ status: 'open', at: '2025-03-18T15:00:00+03:30' }] };
    const issue = ticketSchema({ locale: 'en' }).safeParse(late).error?.issues[0];
    expect(issue?.path).toEqual(['statusHistory', 0, 'at']);
    expect(issue?.message).toBe('statusHistory: entries must be oldest first and not before createdAt');
    const reply = ticketSchema({ locale: 'en' }).safeParse({ ...json, firstResponseAt: 0 }).error?.issues[0]?.path;
    expect(reply).toEqual(['firstResponseAt']);
  });

  it('throws INVALID_ARGUMENT for an unknown locale', () => {
    try {
      ticketSchema({ locale: 'de' as never });
      expect.unreachable();
    } catch (error) {
      expect(isMoshtariError(error) && [error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'options.locale']);
    }
  });
});

describe('complaintSchema', () => {
  const complaint = {
    id: 'CMP-1',
    customerId: 'C-7',
    channel: 'sms',
    description: 'late delivery',
    receivedAt: 0,
    stage: 'acknowledged',
    history: [
      { stage: 'received', at: 0, by: 'system' },
      { stage: 'acknowledged', at: '1970-01-01T00:01:00Z', by: 'agent-3' },
    ],
  };

  it('parses a complaint that follows the ISO 10002 process, ready for moveComplaint', () => {
    const parsed = complaintSchema().parse(complaint);
    expect(parsed.history[1]).toEqual({ stage: 'acknowledged', at: 60_000, by: 'agent-3' });
    const moved = moveComplaint(parsed, { to: 'assessed', by: 'agent-3', at: 120_000, severity: 'low' });
    expect(moved.ok && moved.value.stage).toBe('assessed');
  });

  it('refuses histories outside the process', () => {
    const en = complaintSchema({ locale: 'en' });
    const skip = en.safeParse({
      ...complaint,
      stage: 'closed',
      history: [complaint.history[0], { stage: 'closed', at: 1, by: 'a' }],
    });
    expect(skip.error?.issues.map((i) => i.path)).toEqual([['history', 1]]);
    const mismatch = complaintSchema().safeParse({ ...complaint, stage: 'closed' });
    expect(mismatch.error?.issues[0]?.message).toBe('مرحلهٔ فعلی شکایت باید همان آخرین مرحلهٔ تاریخچه باشد');
    const first = en.safeParse({ ...complaint, history: [{ stage: 'acknowledged', at: 0, by: 'a' }] });
    expect(first.error?.issues[0]?.message).toBe('history: the first entry must be received, not before receivedAt');
    expect(en.safeParse({ ...complaint, satisfaction: 7 }).error?.issues[0]?.message).toBe(
      'satisfaction: expected an integer 1–5',
    );
  });
});
