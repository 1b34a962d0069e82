import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessTimeBetween, isWorkingTime } from '../calendar/index.js';
import type { Ticket, TicketStatus } from './records.js';
import { evaluateSla } from './sla.js';
import { createSlaPolicy, DEFAULT_SLA_POLICY_CONFIG } from './slaPolicy.js';
import { createSupportCalendar } from './supportCalendar.js';

const MINUTE = 60_000;
const desk = createSupportCalendar();
const policy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
const flat = createSlaPolicy({ ...DEFAULT_SLA_POLICY_CONFIG, pausedStatuses: [] });
const FROM = Date.UTC(2025, 2, 10); // a week before Nowruz 1404, so holidays are drawn often
const statuses: readonly TicketStatus[] = [
  'open',
  'pendingCustomer',
  'pendingThirdParty',
  'onHold',
  'resolved',
  'closed',
];

/** Tickets on a minute grid over four weeks around Nowruz 1404, with up to 6 status changes within 5 days. */
const caseArb = fc
  .record({
    created: fc.integer({ min: 0, max: 28 * 24 * 60 }),
    priority: fc.constantFrom('low', 'normal', 'high', 'urgent' as const),
    steps: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 24 * 60 }), status: fc.constantFrom(...statuses) }), {
      maxLength: 6,
    }),
    reply: fc.option(fc.integer({ min: 0, max: 3 * 24 * 60 }), { nil: undefined }),
    until: fc.integer({ min: 0, max: 5 * 24 * 60 }),
  })
  .map(({ created, priority, steps, reply, until }) => {
    const createdAt = FROM + created * MINUTE;
    let t = createdAt;
    const statusHistory = steps.map((s) => {
      t += s.gap * MINUTE;
      return { status: s.status, at: t };
    });
    const ticket: Ticket = {
      id: 'T',
      customerId: 'C',
      channel: 'portal',
      category: 'x',
      priority,
      createdAt,
      statusHistory,
      ...(reply === undefined ? {} : { firstResponseAt: createdAt + reply * MINUTE }),
    };
    return { ticket, now: createdAt + until * MINUTE };
  });

/** Status at instant `t` from the history (entries at or before `t`). */
function statusAt(ticket: Ticket, t: number): TicketStatus {
  let status: TicketStatus = 'new';
  for (const change of ticket.statusHistory) if ((change.at as number) <= t) status = change.status;
  return status;
}

/** The naive anchor: walk minute by minute and count open minutes outside paused (and, for resolution, stopped) statuses. */
function naiveConsumed(ticket: Ticket, now: number, target: 'firstResponse' | 'resolution'): number {
  const created = ticket.createdAt as number;
  let end = now;
  if (target === 'firstResponse') {
    const firstStop = ticket.statusHistory.find((c) => c.status === 'resolved' || c.status === 'closed')?.at as
      | number
      | undefined;
    const reply = ticket.firstResponseAt as number | undefined;
    const stops = [reply, firstStop].filter((x): x is number => x !== undefined && x <= now);
    if (stops.length > 0) end = Math.min(...stops);
  }
  let minutes = 0;
  for (let t = created; t < end; t += MINUTE) {
    const status = statusAt(ticket, t);
    if (status === 'pendingCustomer') continue;
    if (target === 'resolution' && (status === 'resolved' || status === 'closed')) continue;
    if (isWorkingTime(t, desk)) minutes++;
  }
  return minutes * MINUTE;
}

describe('evaluateSla properties', () => {
  it('consumed business time equals a minute-by-minute walk, for both targets', () => {
    fc.assert(
      fc.property(caseArb, ({ ticket, now }) => {
        const sla = evaluateSla(ticket, policy, desk, now);
        expect(sla.firstResponse.consumedMs).toBe(naiveConsumed(ticket, now, 'firstResponse'));
        expect(sla.resolution.consumedMs).toBe(naiveConsumed(ticket, now, 'resolution'));
      }),
      { numRuns: 60 },
    );
  });

  it('consumed + remaining = target; breach and due time agree; pauses never bring the due time forward', () => {
    fc.assert(
      fc.property(caseArb, ({ ticket, now }) => {
        const sla = evaluateSla(ticket, policy, desk, now);
        const unpaused = evaluateSla(ticket, flat, desk, now);
        for (const name of ['firstResponse', 'resolution'] as const) {
          const t = sla[name];
          const end = t.stoppedAt?.getTime() ?? now;
          expect(t.consumedMs + t.remainingMs).toBe(t.targetMs);
          expect(t.consumedMs).toBeGreaterThanOrEqual(0);
          expect(t.breached).toBe(end > t.dueAt.getTime());
          if (!t.breached) expect(t.consumedMs).toBeLessThanOrEqual(t.targetMs);
          if (t.consumedMs > t.targetMs) expect(t.breached).toBe(true);
          expect(t.dueAt.getTime()).toBeGreaterThanOrEqual(ticket.createdAt as number);
          expect(t.dueAt.getTime()).toBeGreaterThanOrEqual(unpaused[name].dueAt.getTime());
          expect(t.consumedMs).toBeLessThanOrEqual(businessTimeBetween(ticket.createdAt, end, desk));
          if (t.status !== 'stopped' && t.remainingMs > 0) {
            expect(t.dueAt.getTime()).toBeGreaterThan(now);
            expect(businessTimeBetween(now, t.dueAt, desk)).toBe(t.remainingMs);
          }
        }
        expect(sla.breached).toBe(sla.firstResponse.breached || sla.resolution.breached);
      }),
      { numRuns: 200 },
    );
  });

  it('is monotonic in now: consumed time and escalation level never go back', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 3 * 24 * 60 }), ({ ticket, now }, later) => {
        const a = evaluateSla(ticket, policy, desk, now);
        const b = evaluateSla(ticket, policy, desk, now + later * MINUTE);
        for (const name of ['firstResponse', 'resolution'] as const) {
          expect(b[name].consumedMs).toBeGreaterThanOrEqual(a[name].consumedMs);
          expect(b[name].escalationLevel).toBeGreaterThanOrEqual(a[name].escalationLevel);
          if (a[name].breached) expect(b[name].breached).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
