import type { LedgerAdjustEvent, LedgerEarnEvent, LedgerEventBase } from './ledgerEvents.js';

/**
 * Activates a pending lot; its expiry is computed from this moment.
 * @example
 * ```ts
 * const a: LedgerActivateEvent = { kind: 'activate', id: 'activate:A-1042', at: Date.UTC(2025, 0, 19), lotId: 'earn:A-1042' };
 * ```
 * @category Loyalty
 */
export type LedgerActivateEvent = LedgerEventBase & {
  /** `'activate'`. */
  readonly kind: 'activate';
  /** The pending lot. */
  readonly lotId: string;
};

/**
 * Spends points: consumes usable lots earliest expiry first and records which lots it used.
 * @example
 * ```ts
 * const r: LedgerRedeemEvent = { kind: 'redeem', id: 'redeem:B-7', at: Date.UTC(2025, 1, 1), points: 100, reference: 'B-7' };
 * ```
 * @category Loyalty
 */
export type LedgerRedeemEvent = LedgerEventBase & {
  /** `'redeem'`. */
  readonly kind: 'redeem';
  /** Positive whole points. */
  readonly points: number;
  /** The order or reward it paid for. */
  readonly reference?: string;
};

/**
 * Reverses an earn (a return or cancellation): whole (no `lines`, no `points`), some lines or units
 * in the original ratio (`lines`), or a number of points.
 * @example
 * ```ts
 * const ret: LedgerReverseEvent = { kind: 'reverse', id: 'return:A-1042:1', at: Date.UTC(2025, 0, 9), lotId: 'earn:A-1042', lines: [{ lineId: '1', quantity: 1 }] };
 * ```
 * @category Loyalty
 */
export type LedgerReverseEvent = LedgerEventBase & {
  /** `'reverse'`. */
  readonly kind: 'reverse';
  /** The earned lot. */
  readonly lotId: string;
  /** Returned lines; `quantity` defaults to every unit not yet returned. */
  readonly lines?: readonly {
    /** The line. */
    readonly lineId: string;
    /** Units returned (default: all not yet returned). */
    readonly quantity?: number;
  }[];
  /** Points to reverse (when no `lines`). */
  readonly points?: number;
};

/**
 * Expires a lot's remaining points (or `points` of them). `expireDue` produces these.
 * @example
 * ```ts
 * const x: LedgerExpireEvent = { kind: 'expire', id: 'expire:lot-1', at: Date.UTC(2025, 2, 20, 20, 30), lotId: 'lot-1' };
 * ```
 * @category Loyalty
 */
export type LedgerExpireEvent = LedgerEventBase & {
  /** `'expire'`. */
  readonly kind: 'expire';
  /** The lot. */
  readonly lotId: string;
  /** Points to expire (default: all remaining). */
  readonly points?: number;
};

/**
 * Cancels a redemption (or `points` of it, latest-consumed lots first): points go back to their lots
 * if those are still valid; points of lots that expired meanwhile are not restored.
 * @example
 * ```ts
 * const c: LedgerCancelRedemptionEvent = { kind: 'cancelRedemption', id: 'cancel:B-7', at: Date.UTC(2025, 1, 3), redemptionId: 'redeem:B-7' };
 * ```
 * @category Loyalty
 */
export type LedgerCancelRedemptionEvent = LedgerEventBase & {
  /** `'cancelRedemption'`. */
  readonly kind: 'cancelRedemption';
  /** The redeem event's id. */
  readonly redemptionId: string;
  /** Points to restore (default: all not yet restored). */
  readonly points?: number;
};

/**
 * Any ledger event: an append-only, JSON-friendly record.
 * @example
 * ```ts
 * const events: LedgerEvent[] = [{ kind: 'earn', id: 'e1', at: 0, points: 10 }, { kind: 'redeem', id: 'r1', at: 1, points: 4 }];
 * ```
 * @category Loyalty
 */
export type LedgerEvent =
  | LedgerEarnEvent
  | LedgerActivateEvent
  | LedgerRedeemEvent
  | LedgerReverseEvent
  | LedgerExpireEvent
  | LedgerAdjustEvent
  | LedgerCancelRedemptionEvent;
