// Internal: the mutable working copy of a ledger that event handlers update in place. A state is
// thawed into one (copying), or replayLedger builds one from scratch; freeze hands it out as a state.
import { jalaliPeriodRange } from '../calendar/index.js';
import { fail } from './check.js';
import { expiryEnd } from './expiry.js';
import type { LedgerState, LedgerTotals, LotAllocation, PointsLot, Redemption } from './ledgerTypes.js';
import type { ExpiryRule, LedgerPolicy } from './policyTypes.js';

type Mut<T> = { -readonly [K in keyof T]: T[K] };
/** A lot being updated. */
export type WLot = Mut<PointsLot>;
/** Side results collected for an effect (absent during a bulk replay). */
export type Fx = {
  allocations: LotAllocation[];
  forgiven: number;
  clawback: number;
  autoExpired: number;
  notRestored: number;
};

/** The working ledger. */
export type Working = {
  revision: number;
  policy: LedgerPolicy;
  tz: string;
  /** Every lot in creation order. */
  lots: WLot[];
  /** Lots by id, built on the first lookup (a bulk replay of earns and redemptions never needs it). */
  lotIndex: Map<string, WLot> | null;
  /** Lot ids given explicitly (different from their event id). */
  explicitLots: Set<string>;
  /** Active lots by (expiresAt, seq); every lot before `head` has nothing remaining. */
  order: WLot[];
  head: number;
  redemptions: Redemption[];
  /** Positions of redemptions by id, built on the first lookup. */
  redemptionIndex: Map<string, number> | null;
  ids: Set<string>;
  sources: Set<string>;
  active: number;
  pending: number;
  debt: number;
  qualifying: number;
  totals: Mut<LedgerTotals>;
  lastActivityAt: number | null;
  seq: number;
  dayCache: { rule: ExpiryRule; from: number; to: number; end: number | null } | null;
  deadlineCache: { at: number; end: number } | null;
};

const NEVER: ExpiryRule = { kind: 'never' };

/** A fresh working ledger. */
export function emptyWorking(policy: LedgerPolicy): Working {
  const totals = {
    earned: 0,
    adjustedIn: 0,
    adjustedOut: 0,
    redeemed: 0,
    expired: 0,
    reversed: 0,
    forgiven: 0,
    clawedBack: 0,
  };
  return {
    revision: 0,
    policy,
    tz: policy.timeZone ?? 'Asia/Tehran',
    lots: [],
    lotIndex: null,
    explicitLots: new Set(),
    order: [],
    head: 0,
    redemptions: [],
    redemptionIndex: null,
    ids: new Set(),
    sources: new Set(),
    active: 0,
    pending: 0,
    debt: 0,
    qualifying: 0,
    totals,
    lastActivityAt: null,
    seq: 0,
    dayCache: null,
    deadlineCache: null,
  };
}

/** A working copy of a state (the state is not touched). */
export function thaw(state: LedgerState): Working {
  if (typeof state !== 'object' || state === null || !(state.eventIds instanceof Set) || !Array.isArray(state.lots)) {
    fail('INVALID_STATE', 'state', 'expected a ledger state made by createLedger, replayLedger or applyLedgerEvent');
  }
  const w = emptyWorking(state.policy);
  for (const lot of state.lots) {
    const copy = { ...lot };
    addLot(w, copy);
    if (copy.status === 'active') w.order.push(copy);
    w.seq = Math.max(w.seq, copy.seq + 1);
  }
  w.redemptions = state.redemptions.slice();
  w.ids = new Set(state.eventIds);
  w.sources = new Set(state.sourceKeys);
  Object.assign(w, {
    revision: state.revision,
    pending: state.pending,
    debt: state.debt,
    qualifying: state.qualifying,
  });
  w.active = state.balance + state.debt;
  w.totals = { ...state.totals };
  w.lastActivityAt = state.lastActivityAt;
  return w;
}

/** The working ledger as an immutable state (the working copy must not be used afterwards). */
export function freeze(w: Working): LedgerState {
  const lots: PointsLot[] = w.order.slice();
  if (lots.length < w.lots.length) for (const lot of w.lots) if (lot.status === 'pending') lots.push(lot);
  return {
    revision: w.revision,
    policy: w.policy,
    lots,
    redemptions: w.redemptions,
    balance: w.active - w.debt,
    pending: w.pending,
    debt: w.debt,
    qualifying: w.qualifying,
    totals: w.totals,
    lastActivityAt: w.lastActivityAt,
    eventIds: w.ids,
    sourceKeys: w.sources,
  };
}

/** Exclusive end of validity of a lot activated at `ms` under `rule` (cached per civil day). */
export function expiryOf(w: Working, rule: ExpiryRule | undefined, ms: number, path: string): number | null {
  const r = rule ?? w.policy.expiry ?? NEVER;
  if (r.kind === 'never') return null;
  if (r.kind === 'until' || (r.kind === 'rolling' && r.endOf === 'instant'))
    return expiryEnd(r, ms, w.tz, path, 'INVALID_EVENT');
  const c = w.dayCache;
  if (c !== null && c.rule === r && ms >= c.from && ms < c.to) return c.end;
  const end = expiryEnd(r, ms, w.tz, path, 'INVALID_EVENT');
  const day = jalaliPeriodRange(ms, 'day', { timeZone: w.tz });
  w.dayCache = { rule: r, from: day.start.getTime(), to: day.end.getTime(), end };
  return end;
}

/** The inactivity deadline (exclusive), or Infinity. */
export function deadline(w: Working): number {
  const inactivity = w.policy.inactivity;
  if (inactivity === undefined || w.lastActivityAt === null) return Infinity;
  const c = w.deadlineCache;
  if (c !== null && c.at === w.lastActivityAt) return c.end;
  const rule: ExpiryRule = { kind: 'rolling', count: inactivity.count, unit: inactivity.unit };
  const end = expiryEnd(rule, w.lastActivityAt, w.tz, 'policy.inactivity', 'INVALID_ARGUMENT') ?? Infinity;
  w.deadlineCache = { at: w.lastActivityAt, end };
  return end;
}

/** Adds a new lot (not yet in the consumption order). */
export function addLot(w: Working, lot: WLot): void {
  w.lots.push(lot);
  if (w.lotIndex !== null) w.lotIndex.set(lot.id, lot);
  if (lot.id !== lot.eventId) w.explicitLots.add(lot.id);
}

/** The lot with this id. */
export function lotById(w: Working, id: string): WLot | undefined {
  if (w.lotIndex === null) w.lotIndex = new Map(w.lots.map((l) => [l.id, l]));
  return w.lotIndex.get(id);
}

/** Whether a lot id is taken; a default lot id (its new event's id) can only clash with an explicit one. */
export function lotExists(w: Working, lotId: string, eventId: string): boolean {
  return lotId === eventId ? w.explicitLots.has(lotId) : lotById(w, lotId) !== undefined;
}

/** The position of a redemption, or -1. */
export function redemptionIndex(w: Working, id: string): number {
  if (w.redemptionIndex === null) w.redemptionIndex = new Map(w.redemptions.map((r, i) => [r.id, i]));
  return w.redemptionIndex.get(id) ?? -1;
}

/** Appends a redemption. */
export function addRedemption(w: Working, r: Redemption): void {
  if (w.redemptionIndex !== null) w.redemptionIndex.set(r.id, w.redemptions.length);
  w.redemptions.push(r);
}
