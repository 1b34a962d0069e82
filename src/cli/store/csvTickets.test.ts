import { describe, expect, it } from 'vitest';
import { readTicketsCsv } from './csvTickets.js';

describe('readTicketsCsv', () => {
  it('reads priorities (English or Persian) and optional response and resolution instants', () => {
    const text = [
      'id,customer_id,priority,opened_at,first_response_at,resolved_at',
      'K1,C1,High,2025-03-21T06:30:00Z,2025-03-21T07:00:00Z,2025-03-22T06:30:00Z',
      'K2,C2,فوری,1404/01/02 09:00,,',
      'K3,C3,medium,1404/01/02 09:00,1404/01/02 09:30,',
    ].join('\n');
    const r = readTicketsCsv(text);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      {
        id: 'K1',
        customerId: 'C1',
        priority: 'high',
        openedAt: Date.UTC(2025, 2, 21, 6, 30),
        firstResponseAt: Date.UTC(2025, 2, 21, 7, 0),
        resolvedAt: Date.UTC(2025, 2, 22, 6, 30),
      },
      { id: 'K2', customerId: 'C2', priority: 'urgent', openedAt: Date.UTC(2025, 2, 22, 5, 30) },
      {
        id: 'K3',
        customerId: 'C3',
        priority: 'normal',
        openedAt: Date.UTC(2025, 2, 22, 5, 30),
        firstResponseAt: Date.UTC(2025, 2, 22, 6, 0),
      },
    ]);
  });

  it('refuses unknown priorities, instants out of order and duplicate ids', () => {
    const text = [
      'id,customer_id,priority,opened_at,first_response_at,resolved_at',
      'K1,C1,asap,1404/01/02,,',
      'K2,C1,low,1404/01/02 10:00,1404/01/02 09:00,1404/01/01',
      'K1,C1,low,1404/01/02,,',
    ].join('\n');
    const r = readTicketsCsv(text);
    expect(r.rows).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'priority', 'expected low, normal, high or urgent, got "asap"'],
      [3, 'first_response_at', 'first response is before the ticket was opened'],
      [3, 'resolved_at', 'resolved before the ticket was opened'],
      [4, 'id', 'duplicate id "K1", first on line 2'],
    ]);
  });
});
