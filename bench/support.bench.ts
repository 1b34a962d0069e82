// Support anchor (issue #9): SLA evaluation (both targets, pauses, reopen, escalation) for 100k tickets on the
// default desk (Saturday–Wednesday 08:00–17:00 Tehran, Iran's holidays), created over 1403/12–1404/02 so
// Nowruz, Thursdays and Fridays are crossed. Tickets are seeded, on a minute grid, with 0–4 status changes
// (pending on the customer, resolved, reopened) and `now` up to a week after creation.
//  1. moshtari evaluateSla on all 100k tickets, beside the bare calendar work it builds on (2 × addBusinessTime +
//     2 × businessTimeBetween per ticket, no history, no escalation) as a floor.
//  2. The naive anchor is far too slow for 100k: a minute-by-minute walk (isWorkingTime per minute, statuses
//     looked up per minute, walking on past `now` until both due times are found) over a 250-ticket SAMPLE (the
//     first 250 of the 100k), beside evaluateSla on the same sample. Both rows are 250 tickets: multiply by 400
//     to compare with suite 1. The walk's due times are checked against evaluateSla first.
// tinybench warms each task up 16 times (not settable through harness.ts), so calls are kept under ~1 s and
// the whole file takes about 30–60 s on a shared 2-core box.
import { addBusinessTime, businessTimeBetween, isWorkingTime } from '../src/calendar/index.js';
import {
  createSlaPolicy,
  createSupportCalendar,
  DEFAULT_SLA_POLICY_CONFIG,
  evaluateSla,
  type Ticket,
  type TicketStatus,
} from '../src/support/index.js';
import { compare, type SuiteResult } from './harness.js';

const N = 100_000;
const SAMPLE = 250;
const MINUTE = 60_000;
const PAUSED: TicketStatus = 'pendingCustomer';

type Case = { readonly ticket: Ticket; readonly now: number };

function makeCases(): Case[] {
  let seed = 9;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const from = Date.UTC(2025, 1, 19); // 1403/12/01
  const priorities = ['low', 'normal', 'high', 'urgent'] as const;
  const flows: readonly (readonly TicketStatus[])[] = [
    [],
    ['open'],
    ['open', 'pendingCustomer', 'open'],
    ['open', 'resolved'],
    ['open', 'pendingCustomer', 'open', 'resolved'],
    ['open', 'resolved', 'open', 'closed'],
  ];
  return Array.from({ length: N }, (_, i) => {
    const createdAt = from + Math.floor(next() * 80 * 1440) * MINUTE;
    let at = createdAt;
    const statusHistory = (flows[Math.floor(next() * flows.length)] ?? []).map((status) => {
      at += Math.floor(next() * 1440) * MINUTE;
      return { status, at };
    });
    const reply = next() < 0.7 ? { firstResponseAt: createdAt + Math.floor(next() * 600) * MINUTE } : {};
    const ticket: Ticket = {
      id: `T-${i}`,
      customerId: `C-${i % 5000}`,
      channel: 'portal',
      category: 'delivery',
      priority: priorities[Math.floor(next() * 4)] ?? 'normal',
      createdAt,
      statusHistory,
      ...reply,
    };
    return { ticket, now: createdAt + Math.floor(next() * 7 * 1440) * MINUTE };
  });
}

export default async function supportBench(): Promise<SuiteResult[]> {
  const desk = createSupportCalendar();
  const policy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
  const cases = makeCases();
  const sample = cases.slice(0, SAMPLE);

  /** The naive anchor: minute by minute until both targets are decided and `now` is reached. */
  const naive = ({ ticket, now }: Case) => {
    const created = ticket.createdAt as number;
    const limits = policy.targets[ticket.priority];
    const history = ticket.statusHistory.filter((c) => (c.at as number) <= now);
    const firstStop = history.find((c) => c.status === 'resolved' || c.status === 'closed')?.at as number | undefined;
    const reply = ticket.firstResponseAt as number | undefined;
    const frStops = [reply, firstStop].filter((x): x is number => x !== undefined && x <= now);
    const frEnd = frStops.length === 0 ? now : Math.min(...frStops);
    let status: TicketStatus = 'new';
    let h = 0;
    let fr = 0;
    let res = 0;
    let frDue: number | undefined;
    let resDue: number | undefined;
    for (let t = created; t < now || frDue === undefined || resDue === undefined; t += MINUTE) {
      while (h < history.length && (history[h]?.at as number) <= t) status = history[h++]?.status ?? status;
      const counts = t < now ? status !== PAUSED : true; // after now: as if the clock ran on
      if (!counts || !isWorkingTime(t, desk)) continue;
      if (t < frEnd || t >= now) fr++;
      if (t >= now || (status !== 'resolved' && status !== 'closed')) res++;
      if (frDue === undefined && fr * MINUTE >= limits.firstResponse) frDue = t + MINUTE;
      if (resDue === undefined && res * MINUTE >= limits.resolution) resDue = t + MINUTE;
      if (t >= now && frDue !== undefined && resDue !== undefined) break;
    }
    return { fr, res, frDue, resDue };
  };
  // sanity: for every target still open and not used up, the walk finds the same due time as evaluateSla
  let checked = 0;
  for (const c of sample) {
    const sla = evaluateSla(c.ticket, policy, desk, c.now);
    const walk = naive(c);
    for (const [target, due] of [
      [sla.firstResponse, walk.frDue],
      [sla.resolution, walk.resDue],
    ] as const) {
      if (target.status === 'stopped' || target.remainingMs <= 0) continue;
      checked++;
      if (due !== target.dueAt.getTime()) {
        throw new Error(`naive walk disagrees on ${c.ticket.id} ${target.target}: ${due} vs ${target.dueAt.getTime()}`);
      }
    }
  }
  if (checked < SAMPLE / 4) throw new Error(`only ${checked} targets checked against the naive walk`);

  const options = { iterations: 5, time: 0, warmupIterations: 2 } as const;
  const full = await compare({
    module: 'support',
    title: 'SLA evaluation (first response + resolution, pauses, escalation), 100k tickets across Nowruz',
    subject: 'moshtari evaluateSla',
    ...options,
    tasks: {
      'moshtari evaluateSla': () => cases.map((c) => evaluateSla(c.ticket, policy, desk, c.now)),
      'floor: 2 × addBusinessTime + 2 × businessTimeBetween (no history)': () =>
        cases.map(({ ticket, now }) => {
          const limits = policy.targets[ticket.priority];
          return [
            addBusinessTime(ticket.createdAt, limits.firstResponse, desk),
            addBusinessTime(ticket.createdAt, limits.resolution, desk),
            businessTimeBetween(ticket.createdAt, now, desk),
            businessTimeBetween(ticket.createdAt, now, desk),
          ];
        }),
    },
  });
  const anchored = await compare({
    module: 'support',
    title: 'SLA evaluation on a 250-ticket SAMPLE vs a naive minute-by-minute walk (×400 for 100k)',
    subject: 'moshtari evaluateSla (250-ticket sample)',
    budget: { anchor: 'naive minute walk (250-ticket sample)', maxRatio: 0.05 },
    ...options,
    tasks: {
      'moshtari evaluateSla (250-ticket sample)': () => sample.map((c) => evaluateSla(c.ticket, policy, desk, c.now)),
      'naive minute walk (250-ticket sample)': () => sample.map(naive),
    },
  });
  return [full, anchored];
}
