import {
  createSlaPolicy,
  createSupportCalendar,
  DEFAULT_SLA_POLICY_CONFIG,
  evaluateSla,
  TICKET_PRIORITIES,
  type Ticket,
} from '../../support/index.js';
import { type ReportContext, share } from './context.js';
import type { ClubReport } from './types.js';

/**
 * SLA compliance of the support tickets on the default policy and the Tehran support calendar
 * (business hours, Thursday half day, Friday and official holidays off): a target is met when it
 * was not breached by the report date; unresolved tickets count as open.
 */
export function slaSection(ctx: ReportContext): ClubReport['sla'] {
  const tickets = ctx.store.tickets?.filter((t) => t.openedAt <= ctx.asOf) ?? [];
  if (tickets.length === 0) return null;
  const policy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
  const desk = createSupportCalendar();
  const by = new Map<string, { tickets: number; first: number; resolution: number }>();
  let first = 0;
  let resolution = 0;
  let open = 0;
  for (const t of tickets) {
    const resolved = t.resolvedAt !== undefined && t.resolvedAt <= ctx.asOf;
    const responded = t.firstResponseAt !== undefined && t.firstResponseAt <= ctx.asOf;
    const ticket: Ticket = {
      id: t.id,
      customerId: t.customerId,
      channel: 'phone',
      category: 'general',
      priority: t.priority,
      createdAt: t.openedAt,
      statusHistory: resolved ? [{ status: 'resolved', at: t.resolvedAt as number }] : [],
      ...(responded ? { firstResponseAt: t.firstResponseAt as number } : {}),
    };
    const sla = evaluateSla(ticket, policy, desk, ctx.asOf);
    const entry = by.get(t.priority) ?? { tickets: 0, first: 0, resolution: 0 };
    entry.tickets++;
    if (!sla.firstResponse.breached) {
      first++;
      entry.first++;
    }
    if (!sla.resolution.breached) {
      resolution++;
      entry.resolution++;
    }
    if (!resolved) open++;
    by.set(t.priority, entry);
  }
  return {
    tickets: tickets.length,
    firstResponseMet: share(first, tickets.length),
    resolutionMet: share(resolution, tickets.length),
    open,
    byPriority: TICKET_PRIORITIES.filter((p) => by.has(p)).map((priority) => {
      const e = by.get(priority) as { tickets: number; first: number; resolution: number };
      return {
        priority,
        tickets: e.tickets,
        firstResponseMet: share(e.first, e.tickets),
        resolutionMet: share(e.resolution, e.tickets),
      };
    }),
  };
}
