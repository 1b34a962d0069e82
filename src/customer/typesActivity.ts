import type { Money } from '../money/index.js';
import type { CustomerId } from './typesContact.js';
import type { CustomerLifecycleStage } from './typesLifecycle.js';

/**
 * The kinds of timeline activity.
 *
 * @example
 * ```ts
 * const kinds: readonly ActivityKind[] = ['call', 'sms'];
 * ```
 * @category Customer
 */
export type ActivityKind =
  | 'note'
  | 'call'
  | 'sms'
  | 'email'
  | 'meeting'
  | 'purchase'
  | 'complaint'
  | 'ticket'
  | 'stageChange';

/**
 * Fields every activity has. Activities are append-only: to close a follow-up, append a new
 * activity whose `followUpOf` is the id of the one that asked for it.
 *
 * @example
 * ```ts
 * const base: ActivityBase = { id: 'a1', customerId: 'c-1' as CustomerId, at: 1742500000000, author: 'sara' };
 * ```
 * @category Customer
 */
export type ActivityBase = {
  /** Unique id of the activity. */
  readonly id: string;
  /** The customer it belongs to. */
  readonly customerId: CustomerId;
  /** When it happened, epoch milliseconds. */
  readonly at: number;
  /** Who recorded it (a user name or id, `'system'`). */
  readonly author: string;
  /** Free text: the note, call summary, message body. */
  readonly text?: string | undefined;
  /** When someone should follow up, epoch milliseconds. */
  readonly followUpAt?: number | undefined;
  /** The id of an earlier activity whose follow-up this one completes. */
  readonly followUpOf?: string | undefined;
  /** Set by `mergeCustomers`: the merged-away customer this activity was moved from. */
  readonly mergedFrom?: CustomerId | undefined;
};

/**
 * Direction of a call, SMS or email.
 *
 * @example
 * ```ts
 * const d: ActivityDirection = 'inbound';
 * ```
 * @category Customer
 */
export type ActivityDirection = 'inbound' | 'outbound';

/**
 * One timeline activity: a union discriminated by `kind`, each with its own optional details.
 *
 * @example
 * ```ts
 * const call: Activity = {
 *   kind: 'call', id: 'a1', customerId: 'c-1' as CustomerId, at: 1742500000000, author: 'sara',
 *   direction: 'outbound', durationSeconds: 240, followUpAt: 1742760000000,
 * };
 * ```
 * @category Customer
 */
export type Activity =
  | (ActivityBase & {
      /** A note. */
      readonly kind: 'note';
    })
  | (ActivityBase & {
      /** A phone call. */
      readonly kind: 'call';
      /** Who called whom. */
      readonly direction: ActivityDirection;
      /** Length of the call in seconds. */
      readonly durationSeconds?: number | undefined;
    })
  | (ActivityBase & {
      /** An SMS. */
      readonly kind: 'sms';
      /** Sent or received. */
      readonly direction: ActivityDirection;
    })
  | (ActivityBase & {
      /** An email. */
      readonly kind: 'email';
      /** Sent or received. */
      readonly direction: ActivityDirection;
      /** Subject line. */
      readonly subject?: string | undefined;
    })
  | (ActivityBase & {
      /** A meeting or visit. */
      readonly kind: 'meeting';
      /** Length in minutes. */
      readonly durationMinutes?: number | undefined;
    })
  | (ActivityBase & {
      /** A purchase (what `deriveLifecycleStage` counts). */
      readonly kind: 'purchase';
      /** Amount paid, exact Rial. */
      readonly amount?: Money<'IRR'> | undefined;
      /** Order or invoice number. */
      readonly orderId?: string | undefined;
    })
  | (ActivityBase & {
      /** A complaint. */
      readonly kind: 'complaint';
      /** Category of the complaint. */
      readonly category?: string | undefined;
      /** How serious it is. */
      readonly severity?: 'low' | 'medium' | 'high' | undefined;
    })
  | (ActivityBase & {
      /** A support ticket. */
      readonly kind: 'ticket';
      /** The ticket's id in the help desk. */
      readonly ticketId?: string | undefined;
      /** Ticket status at the time of this activity. */
      readonly status?: 'open' | 'pending' | 'resolved' | 'closed' | undefined;
    })
  | (ActivityBase & {
      /** A lifecycle stage change. */
      readonly kind: 'stageChange';
      /** The stage before, if any. */
      readonly from?: CustomerLifecycleStage | undefined;
      /** The stage after. */
      readonly to: CustomerLifecycleStage;
      /** Why. */
      readonly reason?: string | undefined;
    });
