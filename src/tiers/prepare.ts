import type { JalaliDate } from '../calendar/index.js';
import { MoshtariError } from '../core/index.js';
import { moneyToBigInt } from '../money/index.js';
import { dayOfDate, type PreparedAssignment, prepareAssignments } from './assignments.js';
import type { CompiledLadder } from './compile.js';
import type { DayCalc } from './days.js';
import type { TierEvent, TierMember } from './member.js';

/** Internal: a purchase, visit or points event's contribution; `spend`…`visits` are what is left. */
export type Lot = {
  readonly day: number;
  readonly origSpend: bigint;
  readonly origPoints: number;
  readonly isPurchase: boolean;
  spend: bigint;
  points: number;
  purchases: number;
  readonly visits: number;
  /** Whether it counts in the current window. */
  inWindow: boolean;
  /** Rolling windows: first day out of the window. */
  out: number;
};

/** Internal: an event ready for replay. `ret` holds a return's changes to its purchase's lot. */
export type Prepared = {
  readonly day: number;
  readonly lot: Lot;
  readonly ret: { readonly spend: bigint; readonly points: number; readonly purchases: number } | null;
};

/** Internal: a member ready for replay. */
export type PreparedMember = {
  readonly events: readonly Prepared[];
  readonly lots: readonly Lot[];
  readonly assignments: readonly PreparedAssignment[];
  readonly joined: JalaliDate | null;
  readonly joinedDay: number | null;
};

const RANK = { purchase: 0, points: 1, visit: 2, return: 3, redemption: 4 } as const;
type Row = {
  readonly e: TierEvent;
  readonly ms: number;
  readonly rank: number;
  readonly id: string;
  readonly i: number;
};

function fail(code: string, path: string, message: string): never {
  throw new MoshtariError(code, `${path}: ${message}`, { path });
}

/** Path of an event's field, built only when an error needs it. */
const field = (i: number, name: string) => `member.events[${i}].${name}`;

function instantMs(at: unknown, i: number): number {
  const ms = at instanceof Date ? at.getTime() : at;
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    fail('INVALID_EVENT', field(i, 'at'), 'expected a valid Date or epoch milliseconds');
  return ms;
}

function points(value: unknown, i: number, allowNegative: boolean): number {
  if (value === undefined) return 0;
  if (!Number.isSafeInteger(value) || (!allowNegative && (value as number) < 0)) {
    fail(
      'INVALID_EVENT',
      field(i, 'qualifyingPoints'),
      `expected a safe integer${allowNegative ? '' : ' ≥ 0'}, got ${String(value)}`,
    );
  }
  return value as number;
}

function rialOf(value: unknown, i: number): bigint {
  const m = value as { currency?: unknown } | null;
  if (m === null || typeof m !== 'object' || m.currency !== 'IRR')
    fail('INVALID_EVENT', field(i, 'spend'), "expected Money in 'IRR'");
  const amount = moneyToBigInt(value as Parameters<typeof moneyToBigInt>[0]);
  if (amount < 0n) fail('INVALID_EVENT', field(i, 'spend'), `spend must not be negative, got ${amount}`);
  return amount;
}

const byOrder = (a: Row, b: Row) => a.ms - b.ms || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Internal: validates, sorts and links a member's events up to `untilMs` (inclusive). */
export function prepareMember(c: CompiledLadder, calc: DayCalc, member: TierMember, untilMs: number): PreparedMember {
  if (member === null || typeof member !== 'object' || !Array.isArray(member.events)) {
    fail('INVALID_MEMBER', 'member', 'expected { events: TierEvent[], joinedOn?, assignments? }');
  }
  const joined = member.joinedOn ?? null;
  const joinedDay = joined === null ? null : dayOfDate(joined, 'member.joinedOn');
  if (joined === null && c.window.kind === 'anniversary') {
    fail('INVALID_MEMBER', 'member.joinedOn', 'an anniversary window needs the enrollment day');
  }
  const rows: Row[] = member.events.map((e, i) => {
    const kind: unknown = e !== null && typeof e === 'object' ? e.kind : undefined;
    const rank = typeof kind === 'string' && Object.hasOwn(RANK, kind) ? RANK[kind as TierEvent['kind']] : undefined;
    if (rank === undefined) fail('INVALID_EVENT', field(i, 'kind'), `unknown event kind ${JSON.stringify(kind)}`);
    const id = e.id ?? '';
    if (typeof id !== 'string' || (e.kind === 'purchase' && id === ''))
      fail('INVALID_EVENT', field(i, 'id'), 'expected a string id');
    return { e, ms: instantMs(e.at, i), rank, id, i };
  });
  let sorted = true;
  for (let k = 1; k < rows.length && sorted; k++) sorted = byOrder(rows[k - 1] as Row, rows[k] as Row) <= 0;
  if (!sorted) rows.sort(byOrder);
  const byId = new Map<string, { lot: Lot; ms: number; spend: bigint; points: number; purchases: number }>();
  const events: Prepared[] = [];
  const lots: Lot[] = [];
  for (const { e, ms, i } of rows) {
    if (e.kind === 'redemption') continue; // redeeming never lowers a tier
    if (e.kind === 'return') {
      const target = byId.get(e.purchaseId);
      if (target === undefined) {
        const known = rows.some((r) => r.e.kind === 'purchase' && r.id === e.purchaseId);
        if (known)
          fail('INVALID_EVENT', field(i, 'at'), `the return is dated before purchase ${JSON.stringify(e.purchaseId)}`);
        fail('UNKNOWN_PURCHASE', field(i, 'purchaseId'), `no purchase with id ${JSON.stringify(e.purchaseId)}`);
      }
      if (ms > untilMs) continue;
      const lot = target.lot;
      const spend = e.spend === undefined ? target.spend : rialOf(e.spend, i);
      if (spend > target.spend)
        fail(
          'RETURN_EXCEEDS_PURCHASE',
          field(i, 'spend'),
          `returns ${spend} Rial but only ${target.spend} is left of purchase ${JSON.stringify(e.purchaseId)}`,
        );
      const spendLeft = target.spend - spend;
      let pointsLeft: number;
      if (e.qualifyingPoints !== undefined) {
        const back = points(e.qualifyingPoints, i, false);
        if (back > target.points)
          fail(
            'RETURN_EXCEEDS_PURCHASE',
            field(i, 'qualifyingPoints'),
            `returns ${back} points but only ${target.points} are left of purchase ${JSON.stringify(e.purchaseId)}`,
          );
        pointsLeft = target.points - back;
      } else if (lot.origSpend === 0n) pointsLeft = e.spend === undefined ? 0 : target.points;
      else pointsLeft = Math.min(target.points, Number((BigInt(lot.origPoints) * spendLeft) / lot.origSpend));
      const full = spendLeft === 0n && (lot.origSpend > 0n || e.spend === undefined);
      const ret = { spend: -spend, points: pointsLeft - target.points, purchases: full ? -target.purchases : 0 };
      target.spend = spendLeft;
      target.points = pointsLeft;
      target.purchases += ret.purchases;
      events.push({ day: calc.dayOf(ms), lot, ret });
      continue;
    }
    const isPurchase = e.kind === 'purchase';
    const spend = isPurchase ? rialOf(e.spend, i) : 0n;
    const pts = e.kind === 'visit' ? 0 : points(e.qualifyingPoints, i, e.kind === 'points');
    const lot: Lot = {
      day: ms > untilMs ? 0 : calc.dayOf(ms),
      origSpend: spend,
      origPoints: pts,
      isPurchase,
      spend,
      points: pts,
      purchases: isPurchase ? 1 : 0,
      visits: e.kind === 'visit' ? 1 : 0,
      inWindow: false,
      out: Number.POSITIVE_INFINITY,
    };
    if (isPurchase) {
      if (byId.has(e.id))
        fail('DUPLICATE_EVENT_ID', field(i, 'id'), `purchase id ${JSON.stringify(e.id)} is used twice`);
      byId.set(e.id, { lot, ms, spend, points: pts, purchases: 1 });
    }
    if (ms > untilMs) continue;
    lots.push(lot);
    events.push({ day: lot.day, lot, ret: null });
  }
  return { events, lots, assignments: prepareAssignments(c, member), joined, joinedDay };
}
