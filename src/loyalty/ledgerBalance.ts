import { addJalaliDays, fromJalali, type Instant, type JalaliDate, toJalali } from '../calendar/index.js';
import { fail, instantOf, show } from './check.js';
import { checkState, inactivityDeadline } from './expireDue.js';
import type { LedgerState } from './ledgerTypes.js';

/**
 * A member's balance at a moment, with expiry enforced at read time.
 * @example
 * ```ts
 * declare const b: LedgerBalance;
 * `${b.available} points, ${b.pending} pending`;
 * ```
 * @category Loyalty
 */
export type LedgerBalance = {
  /** Points usable now, minus debt (negative only under the `'allow'` policy). */
  readonly available: number;
  /** Pending points (not yet usable). */
  readonly pending: number;
  /** Negative balance owed. */
  readonly debt: number;
  /** Points past their expiry (or the inactivity deadline) that `expireDue` has not expired yet; not usable. */
  readonly lapsed: number;
  /** Qualifying (tier) points. */
  readonly qualifying: number;
  /** Lifetime earned (earn and pending-earn events). */
  readonly lifetimeEarned: number;
};

/**
 * The balance at `asOf`: lots past their end (or past the inactivity deadline) are not counted even
 * if no expire event has been applied yet, so a stopped expiry job never leaves dead points spendable.
 *
 * @param state - the ledger
 * @param asOf - the moment (a `Date` or epoch milliseconds)
 * @returns available, pending, debt, lapsed, qualifying and lifetime points
 * @throws {MoshtariError} INVALID_STATE; INVALID_ARGUMENT for a bad `asOf`
 * @example
 * ```ts
 * const { state } = replayLedger([{ kind: 'earn', id: 'e1', at: 0, points: 40, expiresAt: 1000 }]);
 * ledgerBalance(state, 999).available;  // 40
 * ledgerBalance(state, 1000).available; // 0 (lapsed: 40)
 * ```
 * @category Loyalty
 */
export function ledgerBalance(state: LedgerState, asOf: Instant): LedgerBalance {
  checkState(state);
  const t = instantOf(asOf, 'asOf');
  const dead = t >= inactivityDeadline(state);
  let live = 0;
  let lapsed = 0;
  for (const lot of state.lots) {
    if (lot.status !== 'active') continue;
    if (!dead && (lot.expiresAt === null || t < lot.expiresAt)) live += lot.remaining;
    else lapsed += lot.remaining;
  }
  return {
    available: live - state.debt,
    pending: state.pending,
    debt: state.debt,
    lapsed,
    qualifying: state.qualifying,
    lifetimeEarned: state.totals.earned,
  };
}

/**
 * Points that expire on one day.
 * @example
 * ```ts
 * declare const batch: ExpiringBatch;
 * `${batch.points} points expire after ${batch.lastUsableDay.year}/${batch.lastUsableDay.month}/${batch.lastUsableDay.day}`;
 * ```
 * @category Loyalty
 */
export type ExpiringBatch = {
  /** First instant they are no longer usable (epoch ms). */
  readonly expiresAt: number;
  /** Their last usable day (Jalali, in the ledger's time zone), for the reminder text. */
  readonly lastUsableDay: JalaliDate;
  /** Points. */
  readonly points: number;
  /** Lots they come from. */
  readonly lotIds: readonly string[];
};

/**
 * What {@link pointsExpiringWithin} reports.
 * @example
 * ```ts
 * declare const soon: ExpiringPoints;
 * if (soon.total > 0) console.log(`${soon.total} points expire soon`);
 * ```
 * @category Loyalty
 */
export type ExpiringPoints = {
  /** Points expiring in the window. */
  readonly total: number;
  /** Every batch, earliest first. */
  readonly batches: readonly ExpiringBatch[];
};

/**
 * Options of {@link pointsExpiringWithin}.
 * @example
 * ```ts
 * const options: PointsExpiringWithinOptions = { timeZone: 'Asia/Tehran' };
 * ```
 * @category Loyalty
 */
export interface PointsExpiringWithinOptions {
  /** Zone of the civil days (default: the ledger policy's, else `'Asia/Tehran'`). */
  readonly timeZone?: string;
}

/**
 * Points whose last usable day is today or one of the next `days` days (civil days in the time zone),
 * in every batch — not just the earliest — for expiry reminders ("120 points expire after 1403/12/30").
 * Includes the whole balance when the inactivity deadline falls in the window.
 *
 * @param state - the ledger
 * @param days - how many days ahead (0 = today only)
 * @param asOf - now (a `Date` or epoch milliseconds)
 * @param options - `timeZone`
 * @returns `{ total, batches }`, batches earliest first
 * @throws {MoshtariError} INVALID_STATE; INVALID_ARGUMENT for a bad `days` or `asOf`
 * @example
 * ```ts
 * const { state } = replayLedger([{ kind: 'earn', id: 'e1', at: Date.UTC(2024, 6, 31), points: 80 }],
 *   { policy: { expiry: { kind: 'endOfPeriod', unit: 'year' } } });
 * pointsExpiringWithin(state, 7, new Date('2025-03-15T08:00:00Z')).batches[0]?.lastUsableDay;
 * // { year: 1403, month: 12, day: 30 }
 * ```
 * @category Loyalty
 */
export function pointsExpiringWithin(
  state: LedgerState,
  days: number,
  asOf: Instant,
  options?: PointsExpiringWithinOptions,
): ExpiringPoints {
  checkState(state);
  if (!Number.isSafeInteger(days) || days < 0)
    fail('INVALID_ARGUMENT', 'days', `expected a non-negative integer, got ${show(days)}`);
  const t = instantOf(asOf, 'asOf');
  const timeZone = options?.timeZone ?? state.policy.timeZone ?? 'Asia/Tehran';
  const limit = fromJalali(addJalaliDays(toJalali(t, { timeZone }), days + 1), { timeZone }).getTime();
  const deadline = inactivityDeadline(state);
  const groups = new Map<number, { points: number; lotIds: string[] }>();
  for (const lot of state.lots) {
    if (lot.status !== 'active' || lot.remaining === 0) continue;
    const end = Math.min(lot.expiresAt ?? Infinity, deadline);
    if (end <= t || end > limit) continue;
    const g = groups.get(end) ?? { points: 0, lotIds: [] };
    g.points += lot.remaining;
    g.lotIds.push(lot.id);
    groups.set(end, g);
  }
  const batches = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([expiresAt, g]) => ({ expiresAt, lastUsableDay: toJalali(expiresAt - 1, { timeZone }), ...g }));
  return { total: batches.reduce((s, b) => s + b.points, 0), batches };
}
