// moshtari/support: the support desk. SLA clocks on business hours (Saturday–Wednesday 08:00–17:00
// Tehran, Iranian holidays off), complaints through ISO 10002's stages, promises measured for
// compliance, and SMS that respect consent.
import assert from 'node:assert/strict';
import { toJalali } from 'moshtari/calendar';
import { rial, toman } from 'moshtari/money';
import {
  complaintPromiseEvents,
  composeSms,
  createSlaPolicy,
  createSupportCalendar,
  DEFAULT_SLA_POLICY_CONFIG,
  evaluateSla,
  moveComplaint,
  promiseCompliance,
  receiveComplaint,
  type Ticket,
} from 'moshtari/support';

// 1. An urgent ticket opened on Tuesday 1403/12/28 16:00 Tehran, just before Nowruz.
const desk = createSupportCalendar();
const policy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
const ticket: Ticket = {
  id: 'T-1',
  customerId: 'C-7',
  channel: 'phone',
  category: 'delivery',
  priority: 'urgent',
  createdAt: new Date('2025-03-18T12:30:00Z'),
  statusHistory: [],
};
const sla = evaluateSla(ticket, policy, desk, new Date('2025-03-22T08:00:00Z'));
assert.equal(sla.resolution.dueAt.toISOString(), '2025-03-25T07:30:00.000Z'); // after the Nowruz holidays
const due = toJalali(sla.resolution.dueAt, { withTime: true }); // Tuesday 1404/01/05 11:00 Tehran
assert.deepEqual([due.year, due.month, due.day, due.hour, due.minute], [1404, 1, 5, 11, 0]);
assert.equal(sla.firstResponse.breached, true);

// 2. A complaint moves through the stages in order; each stage asks for what ISO 10002 needs.
const hour = 3_600_000;
const received = Date.UTC(2025, 4, 3, 6); // Saturday 1404/02/13 09:30 Tehran
const input = { id: 'CMP-1', customerId: 'C-7', channel: 'sms', description: 'late delivery' } as const;
let complaint = receiveComplaint({ ...input, receivedAt: received, by: 'system' });
const skip = moveComplaint(complaint, { to: 'closed', by: 'agent-3', at: received + hour, accepted: true });
assert.equal(skip.ok ? undefined : skip.error.code, 'TRANSITION_NOT_ALLOWED');
const ack = moveComplaint(complaint, { to: 'acknowledged', by: 'agent-3', at: received + hour });
if (!ack.ok) throw new Error(ack.error.message);
complaint = ack.value;
const assess = moveComplaint(complaint, { to: 'assessed', by: 'agent-3', at: received + 2 * hour });
assert.equal(assess.ok ? undefined : assess.error.code, 'MISSING_DETAIL'); // severity is required
for (const move of [
  { to: 'assessed', severity: 'medium' },
  { to: 'responded', decision: 'refund the delivery fee' },
  { to: 'closed', accepted: true },
] as const) {
  const r = moveComplaint(complaint, { ...move, by: 'agent-3', at: received + 3 * hour });
  if (!r.ok) throw new Error(r.error.message);
  complaint = r.value;
}
assert.equal(complaint.stage, 'closed');

// 3. "We answer every complaint within one business day": measured from the complaint's history.
const report = promiseCompliance(
  [{ id: 'answer-1d', start: 'complaint.received', end: 'complaint.responded', within: { days: 1 }, goal: 0.95 }],
  complaintPromiseEvents(complaint),
  { now: Date.UTC(2025, 4, 10) },
);
assert.deepEqual([report.promises[0]?.kept, report.promises[0]?.rate, report.broken.length], [1, 1, 0]);

// 4. SMS: Persian digits and Toman in the text, parts and cost previewed, no message without consent.
const batch = composeSms(
  [
    { customerId: 'C-7', mobile: '۰۹۱۲ ۳۴۵ ۶۷۸۹', smsOptIn: true, variables: { name: 'سارا', amount: toman(250_000) } },
    { customerId: 'C-8', mobile: '09121111111', variables: { name: 'علی', amount: toman(1) } },
  ],
  '{name} عزیز، مبلغ {amount} به حساب شما برگشت.',
  { pricing: { 'UCS-2': rial(1_150), 'GSM-7': rial(2_300) } },
);
assert.equal(batch.messages[0]?.text, 'سارا عزیز، مبلغ ۲۵۰٬۰۰۰ تومان به حساب شما برگشت.');
assert.equal(batch.messages[0]?.to, '+989123456789');
assert.deepEqual(batch.messages[0]?.cost, rial(1_150)); // one Persian (UCS-2) part
assert.equal(batch.skipped[0]?.reason.code, 'NO_CONSENT');

console.log(
  `T-1: resolve by ${sla.resolution.dueAt.toISOString()}; first response breached: ${sla.firstResponse.breached}`,
);
console.log(`complaint CMP-1: ${complaint.history.map((h) => h.stage).join(' → ')}`);
console.log(`promise answer-1d: kept ${report.promises[0]?.kept} of ${report.promises[0]?.started}`);
console.log(`SMS to ${batch.messages[0]?.to}: ${batch.messages[0]?.text}`);
console.log(`skipped ${batch.skipped[0]?.customerId}: ${batch.skipped[0]?.reason.code}`);
