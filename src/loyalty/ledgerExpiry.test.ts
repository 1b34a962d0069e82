import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import { applyLedgerEvent } from './applyLedgerEvent.js';
import { expireDue } from './expireDue.js';
import { apply, deepFreeze, j, run, until } from './ledger.test-util.js';
import { ledgerBalance, pointsExpiringWithin } from './ledgerBalance.js';
import type { LedgerEvent } from './ledgerEvent.js';
import type { LedgerState } from './ledgerTypes.js';
import type { LedgerPolicy } from './policyTypes.js';
import { replayLedger } from './replayLedger.js';

describe('ledger: expiry', () => {
  const endOfEsfand: LedgerPolicy = { expiry: { kind: 'endOfPeriod', unit: 'year' } };
  const s = run([{ kind: 'earn', id: 'A', at: j(1403, 5, 10), points: 80 }], endOfEsfand);
  const lastMs = new Date('2025-03-20T20:29:59.999Z'); // 1403/12/30 23:59:59.999 Tehran
  const boundary = new Date('2025-03-20T20:30:00.000Z'); // 1404/1/1 00:00 Tehran

  it('a lot valid until the end of Esfand 1403 is usable through 23:59:59.999 Tehran on 1403/12/30 (pitfall 12)', () => {
    expect(s.lots[0]?.expiresAt).toBe(boundary.getTime());
    expect(applyLedgerEvent(s, { kind: 'redeem', id: 'r', at: lastMs, points: 80 }).ok).toBe(true);
    expect(applyLedgerEvent(s, { kind: 'redeem', id: 'r', at: boundary, points: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INSUFFICIENT_POINTS', available: 0 },
    });
    expect(ledgerBalance(s, lastMs).available).toBe(80);
    expect(ledgerBalance(s, boundary)).toMatchObject({ available: 0, lapsed: 80 });
  });

  it('expireDue produces the expiry at the boundary, idempotently', () => {
    expect(expireDue(s, lastMs)).toEqual([]);
    const due = expireDue(s, boundary);
    expect(due).toEqual([
      { kind: 'expire', id: `expire:A:${boundary.getTime()}`, at: boundary.getTime(), lotId: 'A', reason: 'expired' },
    ]);
    const { state, rejected } = replayLedger([...due, ...due], { from: s });
    expect([state.balance, state.totals.expired, rejected.length]).toEqual([0, 80, 1]);
  });

  it('pointsExpiringWithin lists every batch with its last usable day', () => {
    const t = run(
      [
        { kind: 'earn', id: 'A', at: j(1403, 5, 10), points: 80 },
        { kind: 'earn', id: 'B', at: j(1403, 5, 11), points: 20, expiry: until({ year: 1403, month: 12, day: 25 }) },
        { kind: 'earn', id: 'C', at: j(1403, 5, 12), points: 5, expiry: { kind: 'never' } },
      ],
      endOfEsfand,
    );
    const soon = pointsExpiringWithin(t, 7, j(1403, 12, 24, 9));
    expect(soon.total).toBe(100);
    expect(soon.batches.map((b) => [b.lastUsableDay, b.points])).toEqual([
      [{ year: 1403, month: 12, day: 25 }, 20],
      [{ year: 1403, month: 12, day: 30 }, 80],
    ]);
    expect(pointsExpiringWithin(t, 0, j(1403, 12, 24, 9)).total).toBe(0);
    expect(pointsExpiringWithin(t, 1, j(1403, 12, 24, 9)).total).toBe(20);
  });

  it('DST-era boundaries use the offset of that night, not a fixed +03:30 (pitfall 13)', () => {
    const old = run([
      { kind: 'earn', id: 'A', at: j(1400, 3, 1), points: 1, expiry: until({ year: 1400, month: 3, day: 15 }) },
    ]);
    expect(new Date(old.lots[0]?.expiresAt as number).toISOString()).toBe('2021-06-05T19:30:00.000Z'); // 1400/3/16 00:00 +04:30
  });

  it('inactivity expires the whole balance; a later earn does not resurrect it', () => {
    const policy: LedgerPolicy = { inactivity: { count: 6, unit: 'month' } };
    const t = run([{ kind: 'earn', id: 'A', at: j(1403, 1, 10), points: 40 }], policy);
    expect(ledgerBalance(t, j(1403, 7, 10)).available).toBe(40);
    expect(ledgerBalance(t, j(1403, 7, 11)).available).toBe(0);
    expect(expireDue(t, j(1403, 7, 11)).map((e) => [e.lotId, e.reason])).toEqual([['A', 'inactivity']]);
    const { state, effect } = apply(t, { kind: 'earn', id: 'B', at: j(1403, 8, 1), points: 10 });
    expect([effect.autoExpired, state.balance, state.totals.expired]).toEqual([40, 10, 40]);
  });
});

describe('ledger: bad input leaves the state unchanged', () => {
  const s = deepFreeze(run([{ kind: 'earn', id: 'A', at: 0, points: 10 }]));
  const snapshot = JSON.stringify({ ...s, eventIds: [...s.eventIds], sourceKeys: [...s.sourceKeys] });

  it('throws INVALID_EVENT for an unknown kind, negative or fractional points, a missing id, a bad time', () => {
    expect(codeOf(() => applyLedgerEvent(s, { kind: 'gift', id: 'x', at: 0 } as unknown as LedgerEvent))).toBe(
      'INVALID_EVENT',
    );
    expect(codeOf(() => applyLedgerEvent(s, { kind: 'earn', id: 'x', at: 0, points: -5 }))).toBe('INVALID_EVENT');
    expect(codeOf(() => applyLedgerEvent(s, { kind: 'redeem', id: 'x', at: 0, points: 1.5 }))).toBe('INVALID_EVENT');
    expect(codeOf(() => applyLedgerEvent(s, { kind: 'adjust', id: 'x', at: 0, points: 0 }))).toBe('INVALID_EVENT');
    expect(codeOf(() => applyLedgerEvent(s, { kind: 'earn', id: '', at: 0, points: 1 }))).toBe('INVALID_EVENT');
    expect(codeOf(() => applyLedgerEvent(s, { kind: 'earn', id: 'x', at: Number.NaN, points: 1 }))).toBe(
      'INVALID_EVENT',
    );
    expect(codeOf(() => applyLedgerEvent({} as LedgerState, { kind: 'earn', id: 'x', at: 0, points: 1 }))).toBe(
      'INVALID_STATE',
    );
  });

  it('returns typed errors for an unknown lot, a redemption beyond the balance, a pending lot', () => {
    expect(applyLedgerEvent(s, { kind: 'expire', id: 'x', at: 0, lotId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_LOT', lotId: 'nope' },
    });
    expect(applyLedgerEvent(s, { kind: 'reverse', id: 'x', at: 0, lotId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_LOT' },
    });
    expect(applyLedgerEvent(s, { kind: 'redeem', id: 'x', at: 0, points: 11 })).toMatchObject({
      ok: false,
      error: { code: 'INSUFFICIENT_POINTS', requested: 11, available: 10 },
    });
    expect(applyLedgerEvent(s, { kind: 'adjust', id: 'x', at: 0, points: -11 })).toMatchObject({
      ok: false,
      error: { code: 'INSUFFICIENT_POINTS' },
    });
    expect(applyLedgerEvent(s, { kind: 'activate', id: 'x', at: 0, lotId: 'A' })).toMatchObject({
      ok: false,
      error: { code: 'LOT_NOT_PENDING' },
    });
    expect(applyLedgerEvent(s, { kind: 'cancelRedemption', id: 'x', at: 0, redemptionId: 'R' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_REDEMPTION' },
    });
    expect(applyLedgerEvent(s, { kind: 'earn', id: 'x', at: 0, points: 1, lotId: 'A' })).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_LOT' },
    });
    expect(JSON.stringify({ ...s, eventIds: [...s.eventIds], sourceKeys: [...s.sourceKeys] })).toBe(snapshot);
  });

  it('never mutates: a successful application leaves the frozen state as it was', () => {
    const next = apply(s, { kind: 'redeem', id: 'r', at: 1, points: 4 }).state;
    expect([s.balance, next.balance, s.lots[0]?.remaining, s.eventIds.has('r')]).toEqual([10, 6, 10, false]);
  });
});
