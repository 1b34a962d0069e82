import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLedgerEvent, createLedger } from './applyLedgerEvent.js';
import type { LedgerEvent } from './ledgerEvent.js';
import type { LedgerState } from './ledgerTypes.js';
import type { LedgerPolicy } from './policyTypes.js';
import { replayLedger } from './replayLedger.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 2, 20);
const op = fc.tuple(fc.nat(9), fc.nat(200), fc.nat(10), fc.nat(3), fc.nat(20));
const policyArb: fc.Arbitrary<LedgerPolicy> = fc
  .record({
    negativeBalance: fc.constantFrom('allow', 'clamp', 'clawback' as const),
    pendingQualifies: fc.boolean(),
    inactivity: fc.option(fc.constant({ count: 20, unit: 'day' as const }), { freq: 8, nil: undefined }),
  })
  .map(
    (p) =>
      (p.inactivity === undefined
        ? { negativeBalance: p.negativeBalance, pendingQualifies: p.pendingQualifies }
        : p) as LedgerPolicy,
  );

/** Turns random tuples into events that reference earlier lots and redemptions. */
function toEvents(ops: readonly (readonly [number, number, number, number, number])[]): LedgerEvent[] {
  const lots: string[] = [];
  const redemptions: string[] = [];
  const pick = (pool: readonly string[], b: number) => (pool.length === 0 ? 'none' : (pool[b % pool.length] as string));
  let at = T0;
  return ops.map(([k, a, b, c, dt], i): LedgerEvent => {
    at += dt * 6 * HOUR;
    const id = `e${i}`;
    switch (k) {
      case 0:
      case 1: {
        lots.push(id);
        const points = a + 1;
        const expiresAt = c === 1 ? at + (b + 1) * 24 * HOUR : c === 2 ? at + (b + 1) * 240 * HOUR : undefined;
        const half = Math.floor(points / 2);
        const lines =
          b % 3 === 0
            ? [
                { lineId: '1', points: half, quantity: c + 1 },
                { lineId: '2', points: points - half },
              ]
            : undefined;
        return {
          kind: 'earn',
          id,
          at,
          points,
          ...(expiresAt === undefined ? {} : { expiresAt }),
          ...(lines === undefined ? {} : { lines }),
        };
      }
      case 2:
        lots.push(id);
        return { kind: 'pendingEarn', id, at, points: a + 1, activatesAt: at + b * 24 * HOUR };
      case 3:
        return { kind: 'activate', id, at, lotId: pick(lots, b) };
      case 4:
      case 5:
        redemptions.push(id);
        return { kind: 'redeem', id, at, points: (a % 60) + 1 };
      case 6:
        if (c === 1) return { kind: 'reverse', id, at, lotId: pick(lots, b), points: (a % 20) + 1 };
        if (c === 2) return { kind: 'reverse', id, at, lotId: pick(lots, b), lines: [{ lineId: '1', quantity: 1 }] };
        return { kind: 'reverse', id, at, lotId: pick(lots, b) };
      case 7:
        return c === 1
          ? { kind: 'expire', id, at, lotId: pick(lots, b), points: (a % 10) + 1 }
          : { kind: 'expire', id, at, lotId: pick(lots, b) };
      case 8:
        if (c >= 2) lots.push(id);
        return { kind: 'adjust', id, at, points: c >= 2 ? (a % 30) + 1 : -((a % 30) + 1) };
      default:
        return c === 1
          ? { kind: 'cancelRedemption', id, at, redemptionId: pick(redemptions, b), points: (a % 20) + 1 }
          : { kind: 'cancelRedemption', id, at, redemptionId: pick(redemptions, b) };
    }
  });
}

/** The first broken invariant, or null. Plain checks (no expect per item) keep 10⁵ runs fast. */
function violation(s: LedgerState): string | null {
  let activeSum = 0;
  let pendingSum = 0;
  let qualifying = 0;
  let previous: LedgerState['lots'][number] | undefined;
  for (const l of s.lots) {
    if (l.points !== l.remaining + l.used + l.expired + l.reversed)
      return `lot ${l.id}: points ≠ remaining + used + expired + reversed`;
    if (Math.min(l.remaining, l.used, l.expired, l.reversed) < 0 || l.returned > l.points)
      return `lot ${l.id}: negative part`;
    if (l.status === 'active') {
      activeSum += l.remaining;
      if (previous !== undefined) {
        const [a, b] = [previous.expiresAt ?? Infinity, l.expiresAt ?? Infinity];
        if (!(a < b || (a === b && previous.seq < l.seq))) return `lot ${l.id}: consumption order`;
      }
      previous = l;
    } else pendingSum += l.remaining;
    if (l.qualifying && (l.status === 'active' || s.policy.pendingQualifies === true))
      qualifying += l.points - l.returned;
  }
  const t = s.totals;
  if (s.balance !== activeSum - s.debt) return 'balance ≠ Σ active remaining − debt';
  if (s.pending !== pendingSum) return 'pending ≠ Σ pending remaining';
  if (t.earned + t.adjustedIn !== t.redeemed + t.expired + t.reversed + t.adjustedOut + s.balance + s.pending)
    return 'points created or lost';
  if (s.debt < 0 || (s.policy.negativeBalance !== 'allow' && (s.balance < 0 || s.debt !== 0)))
    return 'negative balance not allowed';
  if (s.qualifying !== qualifying) return 'qualifying points';
  let redeemed = 0;
  for (const r of s.redemptions) {
    redeemed += r.points - r.canceled;
    if (r.allocations.reduce((x, a) => x + a.points, 0) !== r.points) return `redemption ${r.id}: allocations`;
  }
  return redeemed === t.redeemed ? null : 'Σ redemptions ≠ totals.redeemed';
}

/** A state as comparable text (Sets as sorted arrays). */
function canonical(s: LedgerState): string {
  return JSON.stringify({ ...s, eventIds: [...s.eventIds].sort(), sourceKeys: [...s.sourceKeys].sort() });
}

describe('ledger properties (10⁵ random event sequences)', () => {
  it('conserve points, keep lots consistent, and replay identically with duplicates anywhere after their original', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.array(op, { maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        (policy, ops, dups) => {
          const events = toEvents(ops);
          const first = replayLedger(events, { policy });
          const broken = violation(first.state);
          if (broken !== null) throw new Error(broken);
          const accepted = events.filter((_, i) => !first.rejected.some((r) => r.index === i));
          if (accepted.length === 0) return true;
          const withDuplicates = accepted.slice();
          for (const [x, y] of dups) {
            const original = accepted[x % accepted.length] as LedgerEvent;
            const from = withDuplicates.indexOf(original);
            withDuplicates.splice(from + 1 + (y % (withDuplicates.length - from)), 0, { ...original });
          }
          const again = replayLedger(withDuplicates, { policy });
          return (
            again.rejected.every((r) => r.error.code === 'DUPLICATE_EVENT') &&
            canonical(again.state) === canonical(first.state)
          );
        },
      ),
      { numRuns: 100_000 },
    );
  }, 120_000);

  it('replayLedger equals folding applyLedgerEvent, which never mutates its input', () => {
    fc.assert(
      fc.property(policyArb, fc.array(op, { maxLength: 14 }), (policy, ops) => {
        const events = toEvents(ops);
        let state = createLedger(policy);
        for (const event of events) {
          const before = state;
          const snapshot = {
            balance: before.balance,
            revision: before.revision,
            lots: before.lots.map((l) => ({ ...l })),
          };
          const r = applyLedgerEvent(state, event);
          expect({ balance: before.balance, revision: before.revision, lots: before.lots }).toEqual(snapshot);
          if (r.ok) {
            expect(r.value.effect.balanceChange).toBe(r.value.state.balance - before.balance);
            state = r.value.state;
          }
        }
        expect(state).toEqual(replayLedger(events, { policy }).state);
      }),
      { numRuns: 3_000 },
    );
  });
});
