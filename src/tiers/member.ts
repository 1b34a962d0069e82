import type { Instant, JalaliDate } from '../calendar/index.js';
import type { Money } from '../money/index.js';

/**
 * A purchase: adds its spend, its qualifying points and one purchase to the window on its date.
 *
 * @example
 * ```ts
 * const p: TierPurchaseEvent = { kind: 'purchase', id: 'order-17', at: new Date('2024-08-01T09:00:00Z'),
 *   spend: { amount: '250000000', currency: 'IRR' }, qualifyingPoints: 500 };
 * ```
 * @category Tiers
 */
export type TierPurchaseEvent = {
  /** Always `'purchase'`. */
  readonly kind: 'purchase';
  /** Unique purchase id; returns refer to it. */
  readonly id: string;
  /** When it happened (a `Date` or epoch milliseconds); its day is read in the program's time zone. */
  readonly at: Instant;
  /** Net amount paid, `Money<'IRR'>` (whole Rial, ≥ 0). */
  readonly spend: Money<'IRR'>;
  /** Qualifying points earned by it (safe integer ≥ 0, default 0). */
  readonly qualifyingPoints?: number;
};

/**
 * A (partial) return of a purchase. From its date the returned spend and points no longer count toward
 * the window that holds the purchase; a full return also removes the purchase from `purchases`.
 *
 * @example
 * ```ts
 * const r: TierReturnEvent = { kind: 'return', purchaseId: 'order-17', at: new Date('2024-08-05T09:00:00Z') };
 * ```
 * @category Tiers
 */
export type TierReturnEvent = {
  /** Always `'return'`. */
  readonly kind: 'return';
  /** Optional id of the return itself (used only to order simultaneous events). */
  readonly id?: string;
  /** The returned purchase's `id`. */
  readonly purchaseId: string;
  /** When it happened; not before the purchase. */
  readonly at: Instant;
  /** Spend taken back (default: all that is left of the purchase). */
  readonly spend?: Money<'IRR'>;
  /**
   * Qualifying points taken back (default: in proportion to the spend returned, keeping
   * `floor(points × spendLeft / spend)`; all of them on a full return).
   */
  readonly qualifyingPoints?: number;
};

/**
 * A visit (store check-in, app session…): adds one to `visits`.
 *
 * @example
 * ```ts
 * const v: TierVisitEvent = { kind: 'visit', at: Date.UTC(2024, 7, 1, 9) };
 * ```
 * @category Tiers
 */
export type TierVisitEvent = {
  /** Always `'visit'`. */
  readonly kind: 'visit';
  /** Optional id (used only to order simultaneous events). */
  readonly id?: string;
  /** When it happened. */
  readonly at: Instant;
};

/**
 * Qualifying points not tied to a purchase (a review bonus, a correction); negative values are
 * adjustments.
 *
 * @example
 * ```ts
 * const bonus: TierPointsEvent = { kind: 'points', at: Date.UTC(2024, 7, 1), qualifyingPoints: 100 };
 * ```
 * @category Tiers
 */
export type TierPointsEvent = {
  /** Always `'points'`. */
  readonly kind: 'points';
  /** Optional id (used only to order simultaneous events). */
  readonly id?: string;
  /** When they were earned. */
  readonly at: Instant;
  /** Qualifying points, a safe integer (negative to correct). */
  readonly qualifyingPoints: number;
};

/**
 * A redemption of spendable points. Accepted and ignored: redeeming never lowers a tier, because tiers
 * count qualifying points earned, not the balance.
 *
 * @example
 * ```ts
 * const spend: TierRedemptionEvent = { kind: 'redemption', at: Date.UTC(2024, 7, 2), points: 800 };
 * ```
 * @category Tiers
 */
export type TierRedemptionEvent = {
  /** Always `'redemption'`. */
  readonly kind: 'redemption';
  /** Optional id. */
  readonly id?: string;
  /** When it happened. */
  readonly at: Instant;
  /** Points redeemed (informational). */
  readonly points?: number;
};

/**
 * A member's qualifying event, discriminated by `kind`.
 *
 * @example
 * ```ts
 * const events: readonly TierEvent[] = [{ kind: 'visit', at: 0 }];
 * ```
 * @category Tiers
 */
export type TierEvent = TierPurchaseEvent | TierReturnEvent | TierVisitEvent | TierPointsEvent | TierRedemptionEvent;

/**
 * A tier set by hand or bought (manual, paid, trial, status match) from `from` through `through`
 * (inclusive; omit for no end). While it runs the member holds at least this tier; activity can still
 * lift them higher. When it ends the ladder's usual review applies (grace, soft landing).
 *
 * @example
 * ```ts
 * const paidGold: TierAssignment = { tierId: 'gold', from: { year: 1403, month: 1, day: 1 },
 *   through: { year: 1403, month: 6, day: 31 }, reason: 'paid' };
 * ```
 * @category Tiers
 */
export type TierAssignment = {
  /** The assigned tier's id. */
  readonly tierId: string;
  /** First day (Jalali, program time zone). */
  readonly from: JalaliDate;
  /** Last day, inclusive; omit for an assignment without end. */
  readonly through?: JalaliDate;
  /** Why, for display (e.g. `'manual'`, `'paid'`, `'trial'`). */
  readonly reason?: string;
};

/**
 * A member as the tiers module sees it: enrollment day, qualifying events in any order, and assignments.
 *
 * @example
 * ```ts
 * const member: TierMember = { joinedOn: { year: 1402, month: 7, day: 15 }, events: [] };
 * ```
 * @category Tiers
 */
export type TierMember = {
  /** Enrollment day; required for an `'anniversary'` window. */
  readonly joinedOn?: JalaliDate;
  /** Qualifying events, any order; they are replayed sorted by instant, kind and id. */
  readonly events: readonly TierEvent[];
  /** Manual, paid or trial tiers. */
  readonly assignments?: readonly TierAssignment[];
};
