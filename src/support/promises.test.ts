import { describe, expect, it } from 'vitest';
import { fromJalali } from '../calendar/index.js';
import { isMoshtariError } from '../core/index.js';
import { promiseCompliance } from './promises.js';
import type { PromiseEvent, ServicePromise } from './promiseTypes.js';
import { createSupportCalendar } from './supportCalendar.js';

const HOUR = 3_600_000;
/** Ordibehesht 1404 (May 2025), Tehran wall clock; 1404/02/13 is a Saturday, no holidays until 1404/03/14. */
const at = (day: number, hour: number, minute = 0): Date => fromJalali({ year: 1404, month: 2, day, hour, minute });
const now = at(31, 12); // Wednesday
const codeOf = (f: () => unknown): [string, string | undefined] => {
  try {
    f();
  } catch (error) {
    if (isMoshtariError(error)) return [error.code, error.path];
    throw error;
  }
  throw new Error('did not throw');
};

const promises: readonly ServicePromise[] = [
  {
    id: 'delivery-3d',
    description: 'تحویل ظرف ۳ روز کاری',
    start: 'order.placed',
    end: 'order.delivered',
    within: { days: 3 },
  },
  { id: 'complaint-1d', start: 'complaint.received', end: 'complaint.responded', within: { days: 1 }, goal: 0.95 },
  {
    id: 'returns-7d',
    start: 'return.requested',
    end: 'return.accepted',
    breaksOn: 'return.refused',
    window: { after: 'order.delivered', within: { days: 7 }, clock: 'elapsed' },
  },
];
const e = (subject: string, type: string, when: Date): PromiseEvent => ({ subject, type, at: when });
const events: readonly PromiseEvent[] = [
  e('o-1', 'order.placed', at(13, 9, 30)),
  e('o-1', 'order.delivered', at(15, 12)), // kept (due Tuesday 1404/02/16 09:30)
  e('o-2', 'order.placed', at(13, 9, 30)),
  e('o-2', 'order.delivered', at(17, 15, 30)), // late by 15 business hours
  e('o-3', 'order.placed', at(14, 16)), // never delivered: overdue since Wednesday 1404/02/17 16:00
  e('o-4', 'order.placed', at(31, 10)), // pending
  e('o-1', 'return.requested', at(16, 10)),
  e('o-1', 'return.accepted', at(16, 12)), // kept
  e('o-2', 'return.requested', at(30, 10)), // 13 days after delivery: ineligible
  e('o-5', 'order.delivered', at(20, 9)),
  e('o-5', 'return.requested', at(21, 9)),
  e('o-5', 'return.refused', at(21, 10)), // broken
  e('o-6', 'order.delivered', at(27, 9)),
  e('o-6', 'return.requested', at(28, 9)), // pending (no deadline)
  e('CMP-1', 'complaint.received', at(13, 9)),
  e('CMP-1', 'complaint.responded', at(14, 8, 30)), // due Sunday 09:00
  e('CMP-2', 'complaint.received', at(17, 16)), // Wednesday 16:00: due Saturday 16:00 (Thursday, Friday closed)
  e('CMP-2', 'complaint.responded', at(20, 9, 30)),
  e('o-9', 'order.delivered', at(20, 9)), // an end without a start is ignored
  e('o-7', 'order.placed', at(31, 13)), // after now: ignored
];

describe('promiseCompliance (ISO 10001-style promises)', () => {
  const report = promiseCompliance(promises, [...events].reverse(), { now, calendar: createSupportCalendar() });

  it('reports compliance rates per promise', () => {
    expect(report.promises).toEqual([
      {
        promiseId: 'delivery-3d',
        description: 'تحویل ظرف ۳ روز کاری',
        started: 4,
        kept: 1,
        broken: 2,
        pending: 1,
        ineligible: 0,
        rate: 1 / 3,
        goal: undefined,
        meetsGoal: undefined,
      },
      {
        promiseId: 'complaint-1d',
        description: undefined,
        started: 2,
        kept: 2,
        broken: 0,
        pending: 0,
        ineligible: 0,
        rate: 1,
        goal: 0.95,
        meetsGoal: true,
      },
      {
        promiseId: 'returns-7d',
        description: undefined,
        started: 4,
        kept: 1,
        broken: 1,
        pending: 1,
        ineligible: 1,
        rate: 0.5,
        goal: undefined,
        meetsGoal: undefined,
      },
    ]);
  });

  it('lists each broken promise with its deadline and lateness', () => {
    expect(report.broken).toEqual([
      {
        promiseId: 'delivery-3d',
        subject: 'o-2',
        reason: 'late',
        startedAt: at(13, 9, 30),
        deadline: at(16, 9, 30),
        endedAt: at(17, 15, 30),
        lateByMs: 15 * HOUR, // Tuesday 09:30–17:00 + Wednesday 08:00–15:30
      },
      {
        promiseId: 'delivery-3d',
        subject: 'o-3',
        reason: 'overdue',
        startedAt: at(14, 16),
        deadline: at(17, 16),
        endedAt: undefined,
        lateByMs: 86 * HOUR, // 1 h on 02/17, 9 business days, 4 h on 02/31
      },
      {
        promiseId: 'returns-7d',
        subject: 'o-5',
        reason: 'breakEvent',
        startedAt: at(21, 9),
        deadline: undefined,
        endedAt: at(21, 10),
        lateByMs: undefined,
      },
    ]);
  });

  it('measures elapsed-time promises in real hours and defaults to the support calendar', () => {
    const list: readonly ServicePromise[] = [
      { id: 'reply-48h', start: 'ticket.created', end: 'ticket.replied', within: { hours: 48 }, clock: 'elapsed' },
      { id: 'reply-2d', start: 'ticket.created', end: 'ticket.replied', within: { days: 2 } },
    ];
    const r = promiseCompliance(list, [e('t', 'ticket.created', at(17, 16)), e('t', 'ticket.replied', at(20, 9))], {
      now,
    });
    // Wednesday 16:00 + 48 h = Friday 16:00 (late); + 2 business days (18 h) = Sunday 16:00 (kept)
    expect(r.promises.map((p) => p.rate)).toEqual([0, 1]);
    expect(r.broken[0]).toMatchObject({ promiseId: 'reply-48h', deadline: at(19, 16), lateByMs: 17 * HOUR });
  });

  it('pairs repeated starts and ends of one subject in order', () => {
    const list: readonly ServicePromise[] = [{ id: 'p', start: 's', end: 'x', within: { hours: 1 } }];
    const r = promiseCompliance(
      list,
      [e('a', 's', at(13, 9)), e('a', 's', at(13, 9, 30)), e('a', 'x', at(13, 9, 45)), e('a', 'x', at(13, 11))],
      { now },
    );
    expect(r.promises[0]).toMatchObject({ started: 2, kept: 1, broken: 1, rate: 0.5 });
    expect(r.broken[0]).toMatchObject({ startedAt: at(13, 9, 30), lateByMs: 0.5 * HOUR });
  });

  it('gives no rate when nothing was decided', () => {
    const r = promiseCompliance(promises, [], { now });
    expect(r.promises.map((p) => [p.started, p.rate, p.meetsGoal])).toEqual([
      [0, undefined, undefined],
      [0, undefined, undefined],
      [0, undefined, undefined],
    ]);
  });

  it('throws INVALID_PROMISE for malformed promises and events', () => {
    const ok: ServicePromise = { id: 'p', start: 's', end: 'x', within: { hours: 1 } };
    expect(codeOf(() => promiseCompliance([ok, ok], [], { now }))).toEqual(['INVALID_PROMISE', 'promises[1].id']);
    expect(codeOf(() => promiseCompliance([{ ...ok, end: 's' }], [], { now }))).toEqual([
      'INVALID_PROMISE',
      'promises[0]',
    ]);
    expect(codeOf(() => promiseCompliance([{ ...ok, goal: 1.5 }], [], { now }))).toEqual([
      'INVALID_PROMISE',
      'promises[0].goal',
    ]);
    expect(codeOf(() => promiseCompliance([{ ...ok, within: { weeks: 1 } as never }], [], { now }))).toEqual([
      'INVALID_PROMISE',
      'promises[0].within.weeks',
    ]);
    expect(codeOf(() => promiseCompliance([{ ...ok, clock: 'wall' as never }], [], { now }))).toEqual([
      'INVALID_PROMISE',
      'promises[0].clock',
    ]);
    expect(codeOf(() => promiseCompliance([ok], [{ subject: 'a', type: 's', at: Number.NaN }], { now }))).toEqual([
      'INVALID_PROMISE',
      'events[0].at',
    ]);
    expect(codeOf(() => promiseCompliance([ok], [], { now: 'today' as never }))).toEqual([
      'INVALID_ARGUMENT',
      'options.now',
    ]);
  });
});
