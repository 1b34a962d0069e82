import type { Instant, JalaliYearMonth } from '../calendar/index.js';
import { toJalali } from '../calendar/index.js';
import { divRound } from '../internal/rounding.js';
import { allocate, type Money, rial } from '../money/index.js';
import { checkObject, fail, instantOf, localEpochDay, show } from './check.js';
import { checkState, inactivityDeadline } from './expireDue.js';
import type { LotOrigin } from './ledgerEvents.js';
import type { LedgerState } from './ledgerTypes.js';
import type { LiabilityBucket, PointsLiability, PointsLiabilityOptions } from './liabilityTypes.js';
import { compareQ, decimalQ, mulQ, ONE, type Q, rateQ } from './rational.js';
import { roundingOption } from './redemption.js';

function buckets(
  points: Map<string, { points: number; month: JalaliYearMonth | null }>,
  face: Money<'IRR'>,
): LiabilityBucket[] {
  const entries = [...points.entries()].filter(([, b]) => b.points > 0);
  const total = entries.reduce((s, [, b]) => s + b.points, 0);
  const values =
    total === 0
      ? []
      : allocate(
          face,
          entries.map(([, b]) => b.points),
        );
  return entries.map(([label, b], i) => ({ label, points: b.points, value: values[i] ?? rial(0), month: b.month }));
}

function add(
  map: Map<string, { points: number; month: JalaliYearMonth | null }>,
  label: string,
  points: number,
  month: JalaliYearMonth | null,
): void {
  const b = map.get(label);
  if (b === undefined) map.set(label, { points, month });
  else b.points += points;
}

/**
 * The outstanding points liability of one or many ledgers at `asOf`: usable and pending points at a
 * cost per point, split by lot age and by expiry month (the scheduled-expiry pipeline), and by origin.
 * Lots past their expiry (or the inactivity deadline) are excluded even before `expireDue` runs.
 *
 * @param ledgers - one member's state, or many
 * @param asOf - the reporting moment
 * @param options - `costPerPoint` (required), `expectedRedemptionRate`, `rounding`, `ageBuckets`, `timeZone`
 * @returns totals and buckets; bucket values add up exactly to `faceValue`
 * @throws {MoshtariError} INVALID_STATE; INVALID_ARGUMENT for bad options
 * @example
 * ```ts
 * const { state } = replayLedger([{ kind: 'earn', id: 'e1', at: Date.UTC(2025, 0, 1), points: 1000 }],
 *   { policy: { expiry: { kind: 'endOfPeriod', unit: 'year' } } });
 * const l = pointsLiability(state, Date.UTC(2025, 1, 1), { costPerPoint: '500', expectedRedemptionRate: '0.8' });
 * l.faceValue;            // { amount: '500000', currency: 'IRR' }
 * l.expectedCost;         // { amount: '400000', currency: 'IRR' }
 * l.byExpiry[0]?.label;   // '1403/12'
 * ```
 * @category Loyalty
 */
export function pointsLiability(
  ledgers: LedgerState | readonly LedgerState[],
  asOf: Instant,
  options: PointsLiabilityOptions,
): PointsLiability {
  const states: readonly LedgerState[] = Array.isArray(ledgers) ? ledgers : [ledgers as LedgerState];
  states.forEach(checkState);
  checkObject(options, 'options', 'INVALID_ARGUMENT');
  const t = instantOf(asOf, 'asOf');
  const cost = rateQ(options.costPerPoint, 'options.costPerPoint', 'INVALID_ARGUMENT');
  const rounding = roundingOption(options.rounding, 'halfEven', 'options.rounding');
  const timeZone = options.timeZone ?? states[0]?.policy.timeZone ?? 'Asia/Tehran';
  const bounds = options.ageBuckets ?? [30, 90, 180, 365];
  if (
    !Array.isArray(bounds) ||
    bounds.some((b, i) => !Number.isSafeInteger(b) || b < 0 || (i > 0 && b <= (bounds[i - 1] as number)))
  ) {
    fail('INVALID_ARGUMENT', 'options.ageBuckets', `expected ascending non-negative integers, got ${show(bounds)}`);
  }
  const labels = [
    ...bounds.map((b, i) => (i === 0 ? `≤${b} days` : `${(bounds[i - 1] as number) + 1}–${b} days`)),
    `>${bounds.at(-1) ?? 0} days`,
  ];
  const today = localEpochDay(t, timeZone);
  const byAge = new Map(labels.map((l) => [l, { points: 0, month: null }] as const));
  const byExpiry = new Map<string, { points: number; month: JalaliYearMonth | null }>();
  const byOrigin: Record<LotOrigin, number> = { sale: 0, nonSale: 0, purchase: 0, transferIn: 0 };
  let active = 0;
  let pending = 0;
  let debt = 0;
  for (const state of states) {
    debt += state.debt;
    const dead = t >= inactivityDeadline(state);
    const lots = state.lots.filter(
      (l) => l.remaining > 0 && (l.status === 'pending' || (!dead && (l.expiresAt === null || t < l.expiresAt))),
    );
    for (const lot of lots.sort((a, b) => (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity))) {
      const age = today - localEpochDay(lot.earnedAt, timeZone);
      const i = bounds.findIndex((b) => age <= b);
      add(byAge, labels[i < 0 ? labels.length - 1 : i] as string, lot.remaining, null);
      byOrigin[lot.origin] += lot.remaining;
      if (lot.status === 'pending') pending += lot.remaining;
      else active += lot.remaining;
    }
    for (const lot of lots)
      if (lot.status === 'active' && lot.expiresAt !== null) {
        const d = toJalali(lot.expiresAt - 1, { timeZone });
        add(byExpiry, `${d.year}/${String(d.month).padStart(2, '0')}`, lot.remaining, { year: d.year, month: d.month });
      }
    for (const lot of lots)
      if (lot.status === 'active' && lot.expiresAt === null) add(byExpiry, 'never', lot.remaining, null);
  }
  add(byExpiry, 'pending', pending, null);
  const total = BigInt(active + pending);
  const faceValue = rial(divRound(total * cost.n, cost.d, rounding));
  let expectedCost: Money<'IRR'> | null = null;
  if (options.expectedRedemptionRate !== undefined) {
    const r: Q = decimalQ(options.expectedRedemptionRate, 'options.expectedRedemptionRate', 'INVALID_ARGUMENT');
    if (compareQ(r, ONE) > 0) fail('INVALID_ARGUMENT', 'options.expectedRedemptionRate', 'expected a rate in [0, 1]');
    const e = mulQ(cost, r);
    expectedCost = rial(divRound(total * e.n, e.d, rounding));
  }
  const sortedExpiry = new Map([...byExpiry.entries()].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b)));
  return {
    activePoints: active,
    pendingPoints: pending,
    debt,
    faceValue,
    expectedCost,
    byAge: buckets(byAge, faceValue),
    byExpiry: buckets(sortedExpiry, faceValue),
    byOrigin,
  };
}

function order(label: string): number {
  return label === 'pending' ? 2 : label === 'never' ? 1 : 0;
}
