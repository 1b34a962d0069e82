import { describe, expect, it } from 'vitest';
import { fromJalali } from '../calendar/index.js';
import { isMoshtariError } from '../core/index.js';
import { COMPLAINT_STAGES, COMPLAINT_TRANSITIONS, type Complaint, receiveComplaint } from './complaint.js';
import { complaintPromiseEvents } from './complaintEvents.js';
import { type ComplaintMove, moveComplaint } from './complaintMove.js';

const at = (day: number, hour: number, minute = 0): Date => fromJalali({ year: 1404, month: 2, day, hour, minute });
const received = receiveComplaint({
  id: 'CMP-1',
  customerId: 'C-7',
  channel: 'phone',
  description: 'سفارش ۸۱ دیر رسید و بسته آسیب دیده بود',
  remedySought: 'refund of the delivery fee',
  receivedAt: at(13, 9),
  by: 'agent-3',
});
const codeOf = (f: () => unknown): [string, string | undefined] => {
  try {
    f();
  } catch (error) {
    if (isMoshtariError(error)) return [error.code, error.path];
    throw error;
  }
  throw new Error('did not throw');
};
/** Applies moves that must all succeed. */
const run = (c: Complaint, moves: readonly ComplaintMove[]): Complaint =>
  moves.reduce((current, move) => {
    const r = moveComplaint(current, move);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }, c);

describe('receiveComplaint', () => {
  it('records a complaint at stage received with who and when (ISO 10002 8.2)', () => {
    expect(received).toEqual({
      id: 'CMP-1',
      customerId: 'C-7',
      channel: 'phone',
      description: 'سفارش ۸۱ دیر رسید و بسته آسیب دیده بود',
      remedySought: 'refund of the delivery fee',
      receivedAt: at(13, 9),
      stage: 'received',
      history: [{ stage: 'received', at: at(13, 9), by: 'agent-3' }],
    });
  });

  it('throws INVALID_COMPLAINT for bad input', () => {
    const input = { id: 'X', customerId: 'C', channel: 'fax', description: 'd', receivedAt: 0, by: 'a' } as never;
    expect(codeOf(() => receiveComplaint(input))).toEqual(['INVALID_COMPLAINT', 'input.channel']);
    expect(codeOf(() => receiveComplaint({ ...(input as object), channel: 'sms', by: ' ' } as never))).toEqual([
      'INVALID_COMPLAINT',
      'input.by',
    ]);
  });
});

describe('moveComplaint enforces ISO 10002 transitions and records who and when', () => {
  it('walks the full process: receipt → acknowledgement → assessment → investigation → response → closure', () => {
    const closed = run(received, [
      { to: 'acknowledged', by: 'system', at: at(13, 9, 1), note: 'SMS acknowledgement sent' },
      { to: 'assessed', by: 'agent-3', at: at(13, 11), severity: 'medium' },
      { to: 'investigating', by: 'agent-5', at: at(13, 11, 30) },
      { to: 'responded', by: 'agent-5', at: at(14, 10), decision: 'delivery fee refunded' },
      { to: 'closed', by: 'agent-5', at: at(15, 9), accepted: true, satisfaction: 4 },
    ]);
    expect(closed.stage).toBe('closed');
    expect(closed.history.map((h) => [h.stage, h.by])).toEqual([
      ['received', 'agent-3'],
      ['acknowledged', 'system'],
      ['assessed', 'agent-3'],
      ['investigating', 'agent-5'],
      ['responded', 'agent-5'],
      ['closed', 'agent-5'],
    ]);
    expect(closed.history[1]).toEqual({
      stage: 'acknowledged',
      by: 'system',
      at: at(13, 9, 1),
      note: 'SMS acknowledgement sent',
    });
    expect(closed).toMatchObject({
      severity: 'medium',
      decision: 'delivery fee refunded',
      accepted: true,
      satisfaction: 4,
    });
    expect(received.history).toHaveLength(1); // not mutated
    expect(received.stage).toBe('received');
  });

  it('re-investigates a rejected response, then closes with recourse when not accepted', () => {
    const closed = run(received, [
      { to: 'acknowledged', by: 'system', at: at(13, 9, 1) },
      { to: 'assessed', by: 'agent-3', at: at(13, 10), severity: 'low' },
      { to: 'responded', by: 'agent-3', at: at(13, 12), decision: 'apology' },
      { to: 'investigating', by: 'lead-1', at: at(14, 9), note: 'customer rejected the response' },
      { to: 'responded', by: 'lead-1', at: at(14, 15), decision: 'partial refund' },
      {
        to: 'closed',
        by: 'lead-1',
        at: at(15, 9),
        accepted: false,
        recourse: 'consumer protection organisation',
        satisfaction: 2,
      },
    ]);
    expect(closed).toMatchObject({ stage: 'closed', decision: 'partial refund', accepted: false, satisfaction: 2 });
    expect(closed.history).toHaveLength(7);
  });

  it('refuses transitions outside the process with a Result error', () => {
    const r = moveComplaint(received, { to: 'closed', by: 'agent-3', at: at(13, 10), accepted: true });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'TRANSITION_NOT_ALLOWED',
        from: 'received',
        to: 'closed',
        allowed: ['acknowledged'],
        message: "complaint CMP-1: cannot move from 'received' to 'closed' (allowed: acknowledged)",
      },
    });
    const acknowledged = run(received, [{ to: 'acknowledged', by: 'system', at: at(13, 9, 1) }]);
    const skip = moveComplaint(acknowledged, { to: 'investigating', by: 'agent-3', at: at(13, 10) });
    expect(!skip.ok && skip.error.code).toBe('TRANSITION_NOT_ALLOWED');
    const closed = run(acknowledged, [
      { to: 'assessed', by: 'a', at: at(13, 10), severity: 'low' },
      { to: 'responded', by: 'a', at: at(13, 11), decision: 'ok' },
      { to: 'closed', by: 'a', at: at(13, 12), accepted: true },
    ]);
    for (const to of COMPLAINT_STAGES) {
      const again = moveComplaint(closed, { to, by: 'a', at: at(13, 13) });
      expect(!again.ok && again.error.code).toBe('TRANSITION_NOT_ALLOWED');
    }
  });

  it('needs the stage detail and a time not before the last change', () => {
    const acknowledged = run(received, [{ to: 'acknowledged', by: 'system', at: at(13, 9, 1) }]);
    const noSeverity = moveComplaint(acknowledged, { to: 'assessed', by: 'a', at: at(13, 10) });
    expect(!noSeverity.ok && noSeverity.error).toMatchObject({ code: 'MISSING_DETAIL', field: 'severity' });
    const early = moveComplaint(acknowledged, { to: 'assessed', by: 'a', at: at(13, 9), severity: 'low' });
    expect(!early.ok && early.error).toMatchObject({
      code: 'OUT_OF_ORDER',
      at: at(13, 9).getTime(),
      lastAt: at(13, 9, 1).getTime(),
    });
  });

  it('throws INVALID_COMPLAINT for malformed moves', () => {
    const move = { to: 'acknowledged', by: 'a', at: at(13, 10) } as const;
    expect(codeOf(() => moveComplaint(received, { ...move, to: 'escalated' as never }))).toEqual([
      'INVALID_COMPLAINT',
      'move.to',
    ]);
    expect(codeOf(() => moveComplaint(received, { ...move, by: '' }))).toEqual(['INVALID_COMPLAINT', 'move.by']);
    expect(codeOf(() => moveComplaint(received, { ...move, at: Number.NaN }))).toEqual([
      'INVALID_COMPLAINT',
      'move.at',
    ]);
    expect(codeOf(() => moveComplaint(received, { ...move, severity: 'low' }))).toEqual([
      'INVALID_COMPLAINT',
      'move.severity',
    ]);
    const closing = { to: 'closed', by: 'a', at: at(13, 10), accepted: true, satisfaction: 6 } as const;
    expect(codeOf(() => moveComplaint(received, closing))).toEqual(['INVALID_COMPLAINT', 'move.satisfaction']);
    expect(codeOf(() => moveComplaint({ ...received, history: [] }, move))).toEqual([
      'INVALID_COMPLAINT',
      'complaint.history',
    ]);
  });

  it('lists the allowed transitions of the process', () => {
    expect(COMPLAINT_TRANSITIONS).toEqual({
      received: ['acknowledged'],
      acknowledged: ['assessed'],
      assessed: ['investigating', 'responded'],
      investigating: ['responded'],
      responded: ['closed', 'investigating'],
      closed: [],
    });
  });

  it('turns the history into promise events', () => {
    const acknowledged = run(received, [{ to: 'acknowledged', by: 'system', at: at(13, 9, 1) }]);
    expect(complaintPromiseEvents(acknowledged)).toEqual([
      { subject: 'CMP-1', type: 'complaint.received', at: at(13, 9) },
      { subject: 'CMP-1', type: 'complaint.acknowledged', at: at(13, 9, 1) },
    ]);
  });
});
