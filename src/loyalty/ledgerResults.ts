import type { LedgerEvent } from './ledgerEvent.js';
import type { LedgerState, LotAllocation } from './ledgerTypes.js';

/**
 * What an applied event did, for receipts and audit lines.
 * @example
 * ```ts
 * declare const effect: LedgerEffect;
 * if (effect.clawback > 0) console.log(`deduct the value of ${effect.clawback} points from the refund`);
 * ```
 * @category Loyalty
 */
export type LedgerEffect = {
  /** The event id. */
  readonly eventId: string;
  /** The event kind. */
  readonly kind: LedgerEvent['kind'];
  /** Change of `state.balance` (signed). */
  readonly balanceChange: number;
  /** Change of `state.pending` (signed). */
  readonly pendingChange: number;
  /** Lots debited, in order: redeem and negative adjust (earliest expiry first), expire, a return (its own lot, then the shortfall from other lots). */
  readonly allocations: readonly LotAllocation[];
  /** Change of `state.debt` (a return under `'allow'` raises it; credits repay it). */
  readonly debtChange: number;
  /** Returned points forgiven (`'clamp'`). */
  readonly forgiven: number;
  /** Returned points to claw back as money (`'clawback'`). */
  readonly clawback: number;
  /** Points expired on the way because the member had been inactive past the deadline. */
  readonly autoExpired: number;
  /** Points a cancellation could not restore because their lots had expired. */
  readonly notRestored: number;
};

/**
 * A successful application: the new state and what happened.
 * @example
 * ```ts
 * const r = applyLedgerEvent(createLedger(), { kind: 'earn', id: 'e1', at: 0, points: 10 });
 * if (r.ok) r.value.state.balance; // 10
 * ```
 * @category Loyalty
 */
export type LedgerUpdate = {
  /** The new state (the old one is unchanged). */
  readonly state: LedgerState;
  /** What the event did. */
  readonly effect: LedgerEffect;
};

/**
 * Fields every {@link LedgerError} has; each variant adds what it is about.
 * @example
 * ```ts
 * const e: LedgerErrorOf<'UNKNOWN_LOT'> = { code: 'UNKNOWN_LOT', message: 'no lot "x"' };
 * ```
 * @category Loyalty
 */
export type LedgerErrorOf<TCode extends string> = {
  /** What went wrong. */
  readonly code: TCode;
  /** A sentence naming the event, lot or redemption and the numbers involved. */
  readonly message: string;
};

/**
 * Why an event was not applied (the state is unchanged). Discriminated by `code`:
 * `DUPLICATE_EVENT` (the id was applied before: a replay, a no-op), `DUPLICATE_SOURCE` (the natural
 * key was credited before), `REVISION_CONFLICT`, `UNKNOWN_LOT`, `DUPLICATE_LOT`, `LOT_NOT_PENDING`,
 * `LOT_NOT_ACTIVE`, `UNKNOWN_LINE`, `INSUFFICIENT_POINTS` (usable points at `at` are fewer than
 * requested), `EXCEEDS_REMAINING`, `EXCEEDS_RETURNABLE`, `UNKNOWN_REDEMPTION`, `EXCEEDS_REDEEMED`.
 * @example
 * ```ts
 * const r = applyLedgerEvent(createLedger(), { kind: 'redeem', id: 'r1', at: 0, points: 5 });
 * if (!r.ok && r.error.code === 'INSUFFICIENT_POINTS') r.error.available; // 0
 * ```
 * @category Loyalty
 */
export type LedgerError =
  | (LedgerErrorOf<'DUPLICATE_EVENT'> & {
      /** The event id already applied. */
      readonly eventId: string;
    })
  | (LedgerErrorOf<'DUPLICATE_SOURCE'> & {
      /** The rejected event. */
      readonly eventId: string;
      /** The natural key already credited. */
      readonly sourceKey: string;
    })
  | (LedgerErrorOf<'REVISION_CONFLICT'> & {
      /** The revision the event expected. */
      readonly expected: number;
      /** The ledger's revision. */
      readonly actual: number;
    })
  | (LedgerErrorOf<'UNKNOWN_LOT' | 'DUPLICATE_LOT' | 'LOT_NOT_PENDING' | 'LOT_NOT_ACTIVE'> & {
      /** The lot. */
      readonly lotId: string;
    })
  | (LedgerErrorOf<'UNKNOWN_LINE'> & {
      /** The lot. */
      readonly lotId: string;
      /** The line it does not have. */
      readonly lineId: string;
    })
  | (LedgerErrorOf<'INSUFFICIENT_POINTS'> & {
      /** Points asked for. */
      readonly requested: number;
      /** Points usable at the event's time (after debt). */
      readonly available: number;
    })
  | (LedgerErrorOf<'EXCEEDS_REMAINING'> & {
      /** The lot. */
      readonly lotId: string;
      /** Points asked for. */
      readonly requested: number;
      /** Points left in the lot. */
      readonly remaining: number;
    })
  | (LedgerErrorOf<'EXCEEDS_RETURNABLE'> & {
      /** The lot. */
      readonly lotId: string;
      /** Points (or, for a line, units) asked for. */
      readonly requested: number;
      /** Points (or units) not yet returned. */
      readonly returnable: number;
    })
  | (LedgerErrorOf<'UNKNOWN_REDEMPTION'> & {
      /** The redemption asked for. */
      readonly redemptionId: string;
    })
  | (LedgerErrorOf<'EXCEEDS_REDEEMED'> & {
      /** The redemption. */
      readonly redemptionId: string;
      /** Points asked for. */
      readonly requested: number;
      /** Points not yet restored. */
      readonly cancellable: number;
    });
