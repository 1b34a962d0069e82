import type { Instant } from '../calendar/index.js';

/**
 * Where a ticket or complaint came in: the customer portal, a phone line, SMS, email or in person.
 *
 * @example
 * ```ts
 * const channel: SupportChannel = 'phone';
 * ```
 * @category Support
 */
export type SupportChannel = 'portal' | 'phone' | 'sms' | 'email' | 'inPerson';

/**
 * The support channels, in a stable order (for forms and schemas).
 *
 * @example
 * ```ts
 * SUPPORT_CHANNELS.includes('email'); // true
 * ```
 * @category Support
 */
export const SUPPORT_CHANNELS: readonly SupportChannel[] = ['portal', 'phone', 'sms', 'email', 'inPerson'];

/**
 * A ticket's priority; an SLA policy has first-response and resolution targets for each.
 *
 * @example
 * ```ts
 * const priority: TicketPriority = 'urgent';
 * ```
 * @category Support
 */
export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent';

/**
 * The ticket priorities, lowest first.
 *
 * @example
 * ```ts
 * TICKET_PRIORITIES[3]; // 'urgent'
 * ```
 * @category Support
 */
export const TICKET_PRIORITIES: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent'];

/**
 * A ticket's status. `pendingCustomer` and `pendingThirdParty` mean "waiting on someone else" (by default
 * `pendingCustomer` pauses the SLA clocks; see {@link SlaPolicyConfig}); `resolved` and `closed` stop them
 * (a reopened ticket's resolution clock continues, the stopped time not counted).
 *
 * @example
 * ```ts
 * const status: TicketStatus = 'pendingCustomer';
 * ```
 * @category Support
 */
export type TicketStatus = 'new' | 'open' | 'pendingCustomer' | 'pendingThirdParty' | 'onHold' | 'resolved' | 'closed';

/**
 * The ticket statuses, in workflow order.
 *
 * @example
 * ```ts
 * TICKET_STATUSES.length; // 7
 * ```
 * @category Support
 */
export const TICKET_STATUSES: readonly TicketStatus[] = [
  'new',
  'open',
  'pendingCustomer',
  'pendingThirdParty',
  'onHold',
  'resolved',
  'closed',
];

/**
 * One entry of a ticket's status history: from `at` on, the ticket had `status`.
 *
 * @example
 * ```ts
 * const change: TicketStatusChange = { status: 'pendingCustomer', at: new Date('2025-05-04T06:00:00Z'), by: 'agent-12' };
 * ```
 * @category Support
 */
export type TicketStatusChange = {
  /** The new status. */
  readonly status: TicketStatus;
  /** When it changed (a `Date` or epoch milliseconds). */
  readonly at: Instant;
  /** Who changed it (agent id, `'customer'`, `'system'`), when recorded. */
  readonly by?: string;
};

/**
 * A support ticket (crm.md §1.4, §6): who asked, through which channel, how urgent, and its status
 * history. Times are instants (`Date` or epoch milliseconds); Jalali dates are for display only.
 *
 * @example
 * ```ts
 * const ticket: Ticket = {
 *   id: 'T-1001', customerId: 'C-7', channel: 'portal', category: 'delivery', priority: 'high',
 *   createdAt: new Date('2025-03-18T12:30:00Z'), // Tuesday 1403/12/28 16:00 Tehran
 *   statusHistory: [{ status: 'open', at: new Date('2025-03-18T12:45:00Z'), by: 'agent-3' }],
 * };
 * ```
 * @category Support
 */
export type Ticket = {
  /** Unique ticket id. */
  readonly id: string;
  /** The customer who raised it. */
  readonly customerId: string;
  /** Where it came in. */
  readonly channel: SupportChannel;
  /** Free category code (e.g. `'delivery'`, `'billing'`); not interpreted. */
  readonly category: string;
  /** Chooses the SLA targets. */
  readonly priority: TicketPriority;
  /** When the ticket was created; the SLA clocks start here (or at the next opening). */
  readonly createdAt: Instant;
  /**
   * Status changes after creation, oldest first (the status is `'new'` until the first entry). Entries
   * dated after the evaluation's `now` are ignored, so a ticket can be evaluated as of a past instant.
   */
  readonly statusHistory: readonly TicketStatusChange[];
  /** The first public reply by staff; stops the first-response clock. */
  readonly firstResponseAt?: Instant;
  /** A short subject line, for display. */
  readonly subject?: string;
};
