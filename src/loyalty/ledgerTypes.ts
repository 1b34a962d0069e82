import type { LedgerSource, LotOrigin } from './ledgerEvents.js';
import type { ExpiryRule, LedgerPolicy } from './policyTypes.js';

/**
 * A line of a lot, with what has been returned of it.
 * @example
 * ```ts
 * const line: LotLine = { lineId: '1', points: 100, quantity: 2, returnedQuantity: 1, returnedPoints: 50 };
 * ```
 * @category Loyalty
 */
export type LotLine = {
  /** Line id. */
  readonly lineId: string;
  /** Points the line earned. */
  readonly points: number;
  /** Units on the line. */
  readonly quantity: number;
  /** Units returned so far. */
  readonly returnedQuantity: number;
  /** Points reversed for them (largest-remainder shares of `points`, so all units add up to `points`). */
  readonly returnedPoints: number;
};

/**
 * A lot: the points of one credit, with its own expiry. Invariant: `points = remaining + used +
 * expired + reversed`. Times are epoch milliseconds.
 * @example
 * ```ts
 * declare const state: LedgerState;
 * const expiring = state.lots.filter((lot) => lot.remaining > 0 && lot.expiresAt !== null);
 * ```
 * @category Loyalty
 */
export type PointsLot = {
  /** Lot id. */
  readonly id: string;
  /** Id of the event that created it. */
  readonly eventId: string;
  /** Creation order (ties in expiry are consumed in this order). */
  readonly seq: number;
  /** `'pending'` until activated, then `'active'`. */
  readonly status: 'pending' | 'active';
  /** Points credited. */
  readonly points: number;
  /** Points still usable (or pending). */
  readonly remaining: number;
  /** Points consumed: redemptions (net of cancellations), debits, debt repayment. */
  readonly used: number;
  /** Points expired. */
  readonly expired: number;
  /** Points removed from `remaining` by returns. */
  readonly reversed: number;
  /** Points returned in total (≤ `points`); the part already `used` was charged elsewhere. */
  readonly returned: number;
  /** Of `returned`, points already used that were charged to the rest of the balance or the policy. */
  readonly charged: number;
  /** When credited. */
  readonly earnedAt: number;
  /** When a pending lot should activate, if known. */
  readonly activatesAt: number | null;
  /** When it became active (`null` while pending). */
  readonly activatedAt: number | null;
  /** First instant it is no longer usable (exclusive end); `null`: never, or pending. */
  readonly expiresAt: number | null;
  /** Pending: the explicit end or rule to apply at activation; active: its own rule. `null`: the policy's (or an explicit end). */
  readonly expiry: ExpiryRule | number | null;
  /** Origin, for liability reporting. */
  readonly origin: LotOrigin;
  /** Counts toward tiers. */
  readonly qualifying: boolean;
  /** Source document (natural key). */
  readonly source: LedgerSource | null;
  /** Lines, for line-level returns. */
  readonly lines: readonly LotLine[];
  /** Reason given. */
  readonly reason: string | null;
  /** Actor given. */
  readonly actor: string | null;
};

/**
 * Points taken from one lot by a debit.
 * @example
 * ```ts
 * const a: LotAllocation = { lotId: 'earn:A-1042', points: 60 };
 * ```
 * @category Loyalty
 */
export type LotAllocation = {
  /** The lot. */
  readonly lotId: string;
  /** Points taken from it. */
  readonly points: number;
};

/**
 * A redemption and the lots it consumed (earliest expiry first).
 * @example
 * ```ts
 * declare const state: LedgerState;
 * state.redemptions.map((r) => `${r.id}: ${r.points - r.canceled}`);
 * ```
 * @category Loyalty
 */
export type Redemption = {
  /** The redeem event id. */
  readonly id: string;
  /** When. */
  readonly at: number;
  /** Points redeemed. */
  readonly points: number;
  /** Points given back by cancellations so far. */
  readonly canceled: number;
  /** Lots consumed, in consumption order. */
  readonly allocations: readonly LotAllocation[];
  /** Order or reward reference. */
  readonly reference: string | null;
};

/**
 * Running totals. Conservation: `earned + adjustedIn = redeemed + expired + reversed + adjustedOut +
 * balance + pending` (`balance` may be negative only under the `'allow'` policy).
 * @example
 * ```ts
 * declare const state: LedgerState;
 * const { earned, redeemed } = state.totals;
 * ```
 * @category Loyalty
 */
export type LedgerTotals = {
  /** Points of earn and pending-earn events. */
  readonly earned: number;
  /** Points credited by adjustments. */
  readonly adjustedIn: number;
  /** Points debited by adjustments. */
  readonly adjustedOut: number;
  /** Points redeemed, net of cancellations. */
  readonly redeemed: number;
  /** Points expired (including redeemed points that could not be restored). */
  readonly expired: number;
  /** Points removed by returns (from the lot, from other lots, or as debt). */
  readonly reversed: number;
  /** Returned points forgiven under `'clamp'`. */
  readonly forgiven: number;
  /** Returned points to claw back as money under `'clawback'`. */
  readonly clawedBack: number;
};

/**
 * The immutable state of one member's points ledger. Build it with `createLedger`/`replayLedger`;
 * `applyLedgerEvent` returns a new state and never changes the old one.
 * @example
 * ```ts
 * const state: LedgerState = replayLedger([{ kind: 'earn', id: 'e1', at: 0, points: 10 }]).state;
 * state.balance; // 10
 * ```
 * @category Loyalty
 */
export type LedgerState = {
  /** Number of events applied (the optimistic-concurrency revision). */
  readonly revision: number;
  /** The policy the ledger applies. */
  readonly policy: LedgerPolicy;
  /** Every lot: active lots earliest expiry first (the consumption order), then pending lots. */
  readonly lots: readonly PointsLot[];
  /** Every redemption, in order. */
  readonly redemptions: readonly Redemption[];
  /** Active points minus debt (not checking expiry dates; see `ledgerBalance` for a given time). */
  readonly balance: number;
  /** Pending points. */
  readonly pending: number;
  /** Negative balance owed (points), repaid first by future points; never expires. */
  readonly debt: number;
  /** Qualifying (tier) points: earned minus returned; redemption and expiry never lower them. */
  readonly qualifying: number;
  /** Running totals. */
  readonly totals: LedgerTotals;
  /** Last earn, redemption or adjustment (epoch ms), for inactivity expiry. */
  readonly lastActivityAt: number | null;
  /** Ids of applied events. */
  readonly eventIds: ReadonlySet<string>;
  /** Natural keys of applied credits. */
  readonly sourceKeys: ReadonlySet<string>;
};
