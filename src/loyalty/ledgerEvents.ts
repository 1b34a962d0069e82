import type { Instant } from '../calendar/index.js';
import type { ExpiryRule } from './policyTypes.js';

/**
 * Where a lot's points came from. `(type, id, rule)` is the natural key: a second earn for the same
 * order and rule is rejected even under a new event id, so a re-delivered webhook never pays twice.
 *
 * @example
 * ```ts
 * const source: LedgerSource = { type: 'order', id: 'A-1042', rule: 'purchase' };
 * ```
 * @category Loyalty
 */
export type LedgerSource = {
  /** Kind of source document (`'order'`, `'bonus'`, `'referral'`, …). */
  readonly type: string;
  /** Its id. */
  readonly id: string;
  /** The rule that awarded the points (`'purchase'`, a bonus rule id, …). */
  readonly rule?: string;
};

/**
 * What a lot's points are, for liability reports: `'sale'` points earned with a purchase (an IFRS 15
 * material right), `'nonSale'` (signup, birthday, goodwill: an expense), `'purchase'` (bought),
 * `'transferIn'` (from another member).
 *
 * @example
 * ```ts
 * const origin: LotOrigin = 'nonSale';
 * ```
 * @category Loyalty
 */
export type LotOrigin = 'sale' | 'nonSale' | 'purchase' | 'transferIn';

/**
 * One line of an earn, for line-level returns: the points it earned and its quantity.
 *
 * @example
 * ```ts
 * const line: LotLineInput = { lineId: '1', points: 25, quantity: 5 };
 * ```
 * @category Loyalty
 */
export type LotLineInput = {
  /** Line id (position) in the source document. */
  readonly lineId: string;
  /** Points this line earned; the lines of an event add up to its `points`. */
  readonly points: number;
  /** Units on the line (default 1); a return of some units reverses their share. */
  readonly quantity?: number;
};

/**
 * Fields every ledger event has.
 *
 * @example
 * ```ts
 * const base: LedgerEventBase = { id: 'evt-1', at: new Date('2025-01-01T08:00:00Z'), actor: 'pos-12' };
 * ```
 * @category Loyalty
 */
export type LedgerEventBase = {
  /** Caller's idempotency key: an event id already applied is reported as `DUPLICATE_EVENT`, a no-op. */
  readonly id: string;
  /** When it happened (a `Date` or epoch milliseconds). */
  readonly at: Instant;
  /** Optimistic concurrency: apply only if the state's `revision` equals this. */
  readonly expectedRevision?: number;
  /** Why (shown to the member: "why did I get or lose these points?"). */
  readonly reason?: string;
  /** Who (a user id for manual changes, a system name otherwise). */
  readonly actor?: string;
};

/**
 * Credits a new lot: `'earn'` usable at once, `'pendingEarn'` held until an `activate` event (e.g.
 * after the return window; its expiry clock starts at activation).
 *
 * @example
 * ```ts
 * const e: LedgerEarnEvent = {
 *   kind: 'pendingEarn', id: 'earn:A-1042', at: Date.UTC(2025, 0, 5), points: 120,
 *   source: { type: 'order', id: 'A-1042', rule: 'purchase' }, activatesAt: Date.UTC(2025, 0, 19),
 *   lines: [{ lineId: '1', points: 100, quantity: 2 }, { lineId: '2', points: 20 }],
 * };
 * ```
 * @category Loyalty
 */
export type LedgerEarnEvent = LedgerEventBase & {
  /** `'earn'` or `'pendingEarn'`. */
  readonly kind: 'earn' | 'pendingEarn';
  /** Positive whole points. */
  readonly points: number;
  /** Lot id (default: the event id). */
  readonly lotId?: string;
  /** Source document and rule (natural key). */
  readonly source?: LedgerSource;
  /** Lines, for line-level returns (points must add up to `points`). */
  readonly lines?: readonly LotLineInput[];
  /** This lot's expiry rule (default: the ledger policy's). */
  readonly expiry?: ExpiryRule;
  /** Explicit exclusive end of validity; wins over `expiry`. */
  readonly expiresAt?: Instant;
  /** For `'pendingEarn'`: when `activateDue` should activate it. */
  readonly activatesAt?: Instant;
  /** Default `'sale'`. */
  readonly origin?: LotOrigin;
  /** Counts toward tiers (default `true`). */
  readonly qualifying?: boolean;
};

/**
 * A manual correction: positive points credit a new lot (default origin `'nonSale'`, not
 * qualifying), negative points are debited earliest expiry first.
 * @example
 * ```ts
 * const goodwill: LedgerAdjustEvent = { kind: 'adjust', id: 'adj-9', at: 0, points: 50, reason: 'late delivery', actor: 'agent-3' };
 * ```
 * @category Loyalty
 */
export type LedgerAdjustEvent = LedgerEventBase & {
  /** `'adjust'`. */
  readonly kind: 'adjust';
  /** Non-zero whole points, signed. */
  readonly points: number;
  /** Lot id of a credit (default: the event id). */
  readonly lotId?: string;
  /** Source (natural key) of a credit. */
  readonly source?: LedgerSource;
  /** Expiry rule of a credit. */
  readonly expiry?: ExpiryRule;
  /** Explicit end of validity of a credit. */
  readonly expiresAt?: Instant;
  /** Origin of a credit (default `'nonSale'`). */
  readonly origin?: LotOrigin;
  /** Whether a credit counts toward tiers (default `false`). */
  readonly qualifying?: boolean;
};
