import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPORT_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES, type Ticket } from './records.js';
import { ticketSchema } from './schema.js';

const id = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== '');
const ticketArb: fc.Arbitrary<Ticket> = fc
  .record(
    {
      id,
      customerId: id,
      channel: fc.constantFrom(...SUPPORT_CHANNELS),
      category: id,
      priority: fc.constantFrom(...TICKET_PRIORITIES),
      createdAt: fc.integer({ min: 0, max: 2e12 }),
      gaps: fc.array(
        fc.record({
          gap: fc.nat(1e9),
          status: fc.constantFrom(...TICKET_STATUSES),
          by: fc.option(id, { nil: undefined }),
        }),
      ),
      reply: fc.option(fc.nat(1e9), { nil: undefined }),
      subject: fc.option(fc.string(), { nil: undefined }),
    },
    { requiredKeys: ['id', 'customerId', 'channel', 'category', 'priority', 'createdAt', 'gaps'] },
  )
  .map(({ gaps, reply, createdAt, ...rest }) => {
    let at = createdAt;
    const statusHistory = gaps.map(({ gap, status, by }) => {
      at += gap;
      return by === undefined ? { status, at } : { status, at, by };
    });
    return {
      ...rest,
      createdAt,
      statusHistory,
      ...(reply === undefined ? {} : { firstResponseAt: createdAt + reply }),
    } as Ticket;
  });

describe('ticketSchema properties', () => {
  it('parse(JSON of a ticket) gives the same ticket, in Persian or English mode', () => {
    fc.assert(
      fc.property(ticketArb, fc.constantFrom('fa', 'en' as const), (ticket, locale) => {
        expect(ticketSchema({ locale }).parse(JSON.parse(JSON.stringify(ticket)))).toEqual(ticket);
      }),
    );
  });

  it('ISO date-times with an offset parse to the same instant as epoch milliseconds', () => {
    fc.assert(
      fc.property(ticketArb, (ticket) => {
        const iso = { ...ticket, createdAt: new Date(ticket.createdAt as number).toISOString().replace('Z', '+00:00') };
        expect(ticketSchema().parse(iso).createdAt).toBe(ticket.createdAt);
      }),
    );
  });
});
