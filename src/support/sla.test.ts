import { describe, expect, it } from 'vitest';
import { fromJalali, type JalaliDateTime, toJalali } from '../calendar/index.js';
import { isMoshtariError } from '../core/index.js';
import type { Ticket } from './records.js';
import { evaluateSla } from './sla.js';
import { createSlaPolicy, DEFAULT_SLA_POLICY_CONFIG, type SlaPolicy } from './slaPolicy.js';
import { createSupportCalendar } from './supportCalendar.js';

const HOUR = 3_600_000;
/** A Tehran wall-clock instant (UTC+03:30 all year since 2023). */
const at = (year: number, month: number, day: number, hour = 0, minute = 0): Date =>
  fromJalali({ year, month, day, hour, minute });
const wall = (t: Date | undefined): string => {
  if (t === undefined) return 'none';
  const j: JalaliDateTime = toJalali(t, { withTime: true });
  const p = (n: number) => String(n).padStart(2, '0');
  return `${j.year}/${p(j.month)}/${p(j.day)} ${p(j.hour)}:${p(j.minute)}`;
};
const desk = createSupportCalendar();
const policy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
const ticket = (fields: Partial<Ticket> & Pick<Ticket, 'createdAt'>): Ticket => ({
  id: 'T-1',
  customerId: 'C-7',
  channel: 'portal',
  category: 'delivery',
  priority: 'urgent',
  statusHistory: [],
  ...fields,
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

describe('evaluateSla on the default desk (Saturday–Wednesday 08:00–17:00 Tehran, Iranian holidays)', () => {
  it('runs across Nowruz: Tuesday 1403/12/28 16:00 + 4 h → Tuesday 1404/01/05 11:00', () => {
    // Wed 1403/12/29 is Oil Nationalization Day, Thu 12/30 closed, Fri 1404/01/01 … Mon 01/04 Nowruz
    const t = ticket({ createdAt: at(1403, 12, 28, 16) });
    expect(t.createdAt).toEqual(new Date('2025-03-18T12:30:00Z'));
    const sla = evaluateSla(t, policy, desk, at(1404, 1, 2, 10));
    expect(wall(sla.resolution.dueAt)).toBe('1404/01/05 11:00');
    expect(sla.resolution.dueAt.toISOString()).toBe('2025-03-25T07:30:00.000Z');
    expect(sla.resolution).toMatchObject({
      status: 'running',
      consumedMs: HOUR,
      remainingMs: 3 * HOUR,
      breached: false,
    });
    expect(wall(sla.firstResponse.dueAt)).toBe('1403/12/28 16:30');
    expect(sla.firstResponse).toMatchObject({ breached: true, consumedMs: HOUR, remainingMs: -0.5 * HOUR });
    expect(sla).toMatchObject({ breached: true, escalationLevel: 2, escalationName: 'team lead', paused: false });
    expect(wall(sla.nextDueAt)).toBe('1403/12/28 16:30');
    // the manager level comes 4 business hours after the first-response due time: Tuesday 1404/01/05 11:30
    expect(wall(sla.firstResponse.nextEscalationAt)).toBe('1404/01/05 11:30');
    // the 75 % warning of the resolution target: 3 business hours in → Tuesday 10:00
    expect(wall(sla.resolution.nextEscalationAt)).toBe('1404/01/05 10:00');
  });

  it('counts a Thursday only when the desk opens on Thursdays', () => {
    const t = ticket({ createdAt: at(1403, 12, 28, 16) });
    const thursdays = createSupportCalendar({ hours: { thu: [['08:00', '13:00']] } });
    expect(wall(evaluateSla(t, policy, thursdays, at(1403, 12, 28, 16)).resolution.dueAt)).toBe('1403/12/30 11:00');
    const noHolidays = createSupportCalendar({ includeIranHolidays: false });
    expect(wall(evaluateSla(t, policy, noHolidays, at(1403, 12, 28, 16)).resolution.dueAt)).toBe('1403/12/29 11:00');
  });

  it('starts a ticket opened on a Friday at Saturday 08:00', () => {
    const t = ticket({ priority: 'high', createdAt: at(1404, 2, 12, 10) }); // Friday 2025-05-02
    const sla = evaluateSla(t, policy, desk, at(1404, 2, 12, 20));
    expect(wall(sla.firstResponse.dueAt)).toBe('1404/02/13 09:00');
    expect(wall(sla.resolution.dueAt)).toBe('1404/02/13 17:00');
    expect(sla.firstResponse).toMatchObject({ consumedMs: 0, remainingMs: HOUR, breached: false, escalationLevel: 0 });
    expect(wall(sla.firstResponse.nextEscalationAt)).toBe('1404/02/13 08:45');
  });

  it('pauses while waiting on the customer and shifts the due time by the paused business time', () => {
    const t = ticket({
      priority: 'normal',
      createdAt: at(1404, 2, 13, 9), // Saturday
      firstResponseAt: at(1404, 2, 13, 9, 30),
      statusHistory: [
        { status: 'open', at: at(1404, 2, 13, 9, 30), by: 'agent-3' },
        { status: 'pendingCustomer', at: at(1404, 2, 13, 10), by: 'agent-3' },
        { status: 'open', at: at(1404, 2, 14, 14), by: 'customer' },
        { status: 'resolved', at: at(1404, 2, 15, 12), by: 'agent-3' },
      ],
    });
    const paused = evaluateSla(t, policy, desk, at(1404, 2, 14, 12));
    expect(paused).toMatchObject({ status: 'pendingCustomer', paused: true, breached: false });
    expect(paused.resolution).toMatchObject({ status: 'paused', consumedMs: HOUR, remainingMs: 26 * HOUR });
    expect(wall(paused.resolution.dueAt)).toBe('1404/02/17 11:00'); // as if the clock restarted now
    expect(paused.firstResponse).toMatchObject({ status: 'stopped', consumedMs: 0.5 * HOUR, breached: false });
    expect(paused.nextDueAt).toEqual(paused.resolution.dueAt);

    const done = evaluateSla(t, policy, desk, at(1404, 2, 20, 12));
    // 1 h Saturday + 3 h Sunday after the customer answered + 4 h Monday; 13 business hours paused
    expect(done.resolution).toMatchObject({ status: 'stopped', consumedMs: 8 * HOUR, remainingMs: 19 * HOUR });
    expect(wall(done.resolution.dueAt)).toBe('1404/02/17 13:00');
    expect(wall(done.resolution.stoppedAt)).toBe('1404/02/15 12:00');
    expect(done).toMatchObject({ breached: false, escalationLevel: 0, nextDueAt: undefined, status: 'resolved' });
    const unpaused = evaluateSla(
      t,
      createSlaPolicy({ ...DEFAULT_SLA_POLICY_CONFIG, pausedStatuses: [] }),
      desk,
      at(1404, 2, 20, 12),
    );
    expect(wall(unpaused.resolution.dueAt)).toBe('1404/02/16 09:00');
    expect(unpaused.resolution.consumedMs).toBe(21 * HOUR);
  });

  it('reaches escalation levels in order: warning at 75 %, team lead when breached, manager 4 h later', () => {
    const t = ticket({ priority: 'high', createdAt: at(1404, 2, 13, 9) });
    const level = (h: number, m = 0) => evaluateSla(t, policy, desk, at(1404, 2, 13, h, m)).firstResponse;
    expect(level(9, 40)).toMatchObject({ escalationLevel: 0, breached: false });
    expect(wall(level(9, 40).nextEscalationAt)).toBe('1404/02/13 09:45');
    expect(level(9, 50)).toMatchObject({ escalationLevel: 1, escalationName: 'agent warning', breached: false });
    expect(level(10, 0)).toMatchObject({ escalationLevel: 1, breached: false, remainingMs: 0 });
    expect(level(10, 1)).toMatchObject({ escalationLevel: 2, escalationName: 'team lead', breached: true });
    expect(wall(level(10, 1).nextEscalationAt)).toBe('1404/02/13 14:00');
    expect(level(14, 0)).toMatchObject({ escalationLevel: 3, escalationName: 'support manager' });
    expect(level(14, 0).nextEscalationAt).toBeUndefined();
  });

  it('breaches on the wall clock after a due time at closing (crm.md §6.2 rule 5)', () => {
    const t = ticket({ priority: 'high', createdAt: at(1404, 2, 13, 16) }); // due 17:00
    const evening = evaluateSla(t, policy, desk, at(1404, 2, 13, 18)).firstResponse;
    expect(wall(evening.dueAt)).toBe('1404/02/13 17:00');
    expect(evening).toMatchObject({ breached: true, consumedMs: HOUR, remainingMs: 0 });
  });

  it('continues the resolution clock after a reopen without counting the resolved time', () => {
    const t = ticket({
      priority: 'urgent',
      createdAt: at(1404, 2, 13, 9),
      firstResponseAt: at(1404, 2, 13, 9, 10),
      statusHistory: [
        { status: 'resolved', at: at(1404, 2, 13, 10) },
        { status: 'open', at: at(1404, 2, 14, 10), by: 'customer' },
      ],
    });
    const sla = evaluateSla(t, policy, desk, at(1404, 2, 14, 11));
    expect(sla.resolution).toMatchObject({ status: 'running', consumedMs: 2 * HOUR });
    expect(wall(sla.resolution.dueAt)).toBe('1404/02/14 13:00'); // 2 h used, 2 h left from 11:00
    // as of Saturday 12:00 (before the reopen) the ticket was resolved: later entries are ignored
    const before = evaluateSla(t, policy, desk, at(1404, 2, 13, 12));
    expect(before).toMatchObject({ status: 'resolved', nextDueAt: undefined });
    expect(before.resolution).toMatchObject({ status: 'stopped', consumedMs: HOUR, breached: false });
  });

  it('stops the first-response clock at the first resolution when nobody replied', () => {
    const t = ticket({
      createdAt: at(1404, 2, 13, 9),
      statusHistory: [{ status: 'closed', at: at(1404, 2, 13, 9, 20) }],
    });
    const sla = evaluateSla(t, policy, desk, at(1404, 2, 13, 12));
    expect(sla.firstResponse).toMatchObject({ status: 'stopped', consumedMs: 20 * 60_000, breached: false });
    expect(wall(sla.firstResponse.stoppedAt)).toBe('1404/02/13 09:20');
  });

  it('never mutates the ticket', () => {
    const t = ticket({ createdAt: at(1404, 2, 13, 9), statusHistory: [{ status: 'open', at: at(1404, 2, 13, 9, 5) }] });
    const copy = structuredClone(t);
    evaluateSla(t, policy, desk, at(1404, 2, 13, 12));
    expect(t).toEqual(copy);
  });
});

describe('evaluateSla and createSlaPolicy: bad input', () => {
  const t = ticket({ createdAt: at(1404, 2, 13, 9) });
  it('throws typed errors naming the field', () => {
    expect(codeOf(() => evaluateSla({ ...t, priority: 'asap' as never }, policy, desk, at(1404, 2, 13, 10)))).toEqual([
      'INVALID_TICKET',
      'ticket.priority',
    ]);
    const outOfOrder = {
      ...t,
      statusHistory: [
        { status: 'open', at: at(1404, 2, 13, 11) },
        { status: 'pendingCustomer', at: at(1404, 2, 13, 10) },
      ],
    } as Ticket;
    expect(codeOf(() => evaluateSla(outOfOrder, policy, desk, at(1404, 2, 13, 12)))).toEqual([
      'INVALID_TICKET',
      'ticket.statusHistory[1].at',
    ]);
    const badStatus = { ...t, statusHistory: [{ status: 'waiting', at: 0 }] } as unknown as Ticket;
    expect(codeOf(() => evaluateSla(badStatus, policy, desk, at(1404, 2, 13, 12)))[0]).toBe('INVALID_TICKET');
    expect(codeOf(() => evaluateSla({ ...t, createdAt: new Date('x') }, policy, desk, 0))).toEqual([
      'INVALID_TICKET',
      'ticket.createdAt',
    ]);
    expect(codeOf(() => evaluateSla(t, policy, desk, at(1404, 2, 13, 8)))).toEqual(['INVALID_ARGUMENT', 'now']);
    expect(codeOf(() => evaluateSla(t, policy, desk, Number.NaN))).toEqual(['INVALID_ARGUMENT', 'now']);
    expect(codeOf(() => evaluateSla(t, DEFAULT_SLA_POLICY_CONFIG as SlaPolicy, desk, at(1404, 2, 13, 10)))).toEqual([
      'INVALID_POLICY',
      'policy',
    ]);
    expect(codeOf(() => evaluateSla(t, policy, {} as never, at(1404, 2, 13, 10)))[0]).toBe('INVALID_ARGUMENT');
  });

  it('refuses policies that cannot work', () => {
    const { targets } = DEFAULT_SLA_POLICY_CONFIG;
    expect(codeOf(() => createSlaPolicy({ targets: { ...targets, low: undefined as never } }))).toEqual([
      'INVALID_POLICY',
      'config.targets.low',
    ]);
    expect(
      codeOf(() => createSlaPolicy({ targets: { ...targets, urgent: { firstResponse: -1, resolution: 1 } } })),
    ).toEqual(['INVALID_POLICY', 'config.targets.urgent.firstResponse']);
    expect(
      codeOf(() =>
        createSlaPolicy({ targets: { ...targets, urgent: { firstResponse: { days: 1 } as never, resolution: 1 } } }),
      ),
    ).toEqual(['INVALID_POLICY', 'config.targets.urgent.firstResponse.days']);
    expect(codeOf(() => createSlaPolicy({ targets, pausedStatuses: ['closed'] }))).toEqual([
      'INVALID_POLICY',
      'config.pausedStatuses[0]',
    ]);
    const reversed = [
      { kind: 'overdue', name: 'lead', after: 0 },
      { kind: 'consumed', name: 'warning', ratio: 0.75 },
    ] as const;
    expect(codeOf(() => createSlaPolicy({ targets, escalation: reversed }))).toEqual([
      'INVALID_POLICY',
      'config.escalation[1]',
    ]);
    expect(codeOf(() => createSlaPolicy({ targets, escalation: [{ kind: 'consumed', name: 'x', ratio: 0 }] }))).toEqual(
      ['INVALID_POLICY', 'config.escalation[0].ratio'],
    );
    expect(codeOf(() => createSlaPolicy({ targets, extra: 1 } as never))).toEqual(['INVALID_POLICY', 'config.extra']);
  });

  it('normalizes targets to business milliseconds and freezes the policy', () => {
    expect(policy.targets.normal).toEqual({ firstResponse: 4 * HOUR, resolution: 27 * HOUR });
    expect(Object.isFrozen(policy)).toBe(true);
    expect(policy.escalation[2]).toEqual({ kind: 'overdue', name: 'support manager', afterMs: 4 * HOUR });
  });
});
