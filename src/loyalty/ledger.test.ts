import { describe, expect, it } from 'vitest';
import { fromJalali } from '../calendar/index.js';
import { applyLedgerEvent } from './applyLedgerEvent.js';
import { activateDue } from './expireDue.js';
import { apply, j, run, until } from './ledger.test-util.js';
import type { LedgerEvent } from './ledgerEvent.js';
import type { LedgerPolicy } from './policyTypes.js';
import { replayLedger } from './replayLedger.js';

describe('ledger: lots, allocation, idempotency', () => {
  it('consumes the earliest-expiring lot first and records the lots used (pitfall 10)', () => {
    const s = run([
      { kind: 'earn', id: 'A', at: j(1403, 3, 1), points: 100, expiry: { kind: 'rolling', count: 12, unit: 'month' } },
      { kind: 'earn', id: 'B', at: j(1403, 5, 1), points: 40, expiry: until({ year: 1403, month: 8, day: 30 }) },
    ]);
    const { state, effect } = apply(s, {
      kind: 'redeem',
      id: 'R',
      at: j(1403, 6, 1),
      points: 50,
      reference: 'order-9',
    });
    expect(effect.allocations).toEqual([
      { lotId: 'B', points: 40 },
      { lotId: 'A', points: 10 },
    ]);
    expect(state.redemptions[0]).toMatchObject({ id: 'R', points: 50, reference: 'order-9' });
    expect(state.balance).toBe(90);
    expect(state.lots.map((l) => [l.id, l.remaining])).toEqual([
      ['B', 0],
      ['A', 90],
    ]);
  });

  it('a replayed event id is a reported no-op; a re-delivered order under a new id is rejected by its natural key', () => {
    const source = { type: 'order', id: 'A-1042', rule: 'purchase' };
    const s = run([{ kind: 'earn', id: 'evt-1', at: j(1403, 1, 5), points: 120, source }]);
    const again = applyLedgerEvent(s, { kind: 'earn', id: 'evt-1', at: j(1403, 1, 5), points: 120, source });
    expect(again).toMatchObject({ ok: false, error: { code: 'DUPLICATE_EVENT', eventId: 'evt-1' } });
    const webhook = applyLedgerEvent(s, { kind: 'earn', id: 'evt-2', at: j(1403, 1, 5), points: 120, source });
    expect(webhook).toMatchObject({ ok: false, error: { code: 'DUPLICATE_SOURCE' } });
    const { state, rejected } = replayLedger([
      { kind: 'earn', id: 'evt-1', at: j(1403, 1, 5), points: 120, source },
      { kind: 'earn', id: 'evt-1', at: j(1403, 1, 5), points: 120, source },
      { kind: 'earn', id: 'evt-2', at: j(1403, 1, 5), points: 120, source },
    ]);
    expect(state.balance).toBe(120);
    expect(rejected.map((r) => r.error.code)).toEqual(['DUPLICATE_EVENT', 'DUPLICATE_SOURCE']);
  });

  it('optimistic revision', () => {
    const s = run([{ kind: 'earn', id: 'e1', at: 0, points: 5 }]);
    expect(s.revision).toBe(1);
    expect(applyLedgerEvent(s, { kind: 'redeem', id: 'r', at: 1, points: 1, expectedRevision: 0 })).toMatchObject({
      ok: false,
      error: { code: 'REVISION_CONFLICT', expected: 0, actual: 1 },
    });
    expect(apply(s, { kind: 'redeem', id: 'r', at: 1, points: 1, expectedRevision: 1 }).state.revision).toBe(2);
  });

  it('pending points activate after the return window; the expiry clock starts at activation', () => {
    const policy: LedgerPolicy = { expiry: { kind: 'rolling', count: 30, unit: 'day' } };
    const s = run(
      [{ kind: 'pendingEarn', id: 'p1', at: j(1403, 10, 1), points: 70, activatesAt: j(1403, 10, 15) }],
      policy,
    );
    expect([s.balance, s.pending, s.qualifying]).toEqual([0, 70, 0]);
    expect(applyLedgerEvent(s, { kind: 'redeem', id: 'r', at: j(1403, 10, 2), points: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INSUFFICIENT_POINTS' },
    });
    expect(activateDue(s, j(1403, 10, 14))).toEqual([]);
    const [activation] = activateDue(s, j(1403, 10, 20));
    expect(activation).toEqual({ kind: 'activate', id: 'activate:p1', at: j(1403, 10, 15), lotId: 'p1' });
    const active = apply(s, activation as LedgerEvent).state;
    expect([active.balance, active.pending, active.qualifying]).toEqual([70, 0, 70]);
    expect(active.lots[0]?.expiresAt).toBe(fromJalali({ year: 1403, month: 11, day: 16 }).getTime()); // usable through 1403/11/15
  });
});

describe('ledger: returns', () => {
  it('reverses lines and units in the original ratio (largest remainder)', () => {
    const s = run([
      {
        kind: 'earn',
        id: 'A',
        at: j(1403, 2, 1),
        points: 10,
        lines: [
          { lineId: '1', points: 7, quantity: 5 },
          { lineId: '2', points: 3 },
        ],
      },
    ]);
    const first = apply(s, {
      kind: 'reverse',
      id: 'ret-1',
      at: j(1403, 2, 3),
      lotId: 'A',
      lines: [{ lineId: '1', quantity: 2 }],
    });
    expect(first.effect.balanceChange).toBe(-3); // 7 × 2/5 = 2.8 → 3
    const second = apply(first.state, {
      kind: 'reverse',
      id: 'ret-2',
      at: j(1403, 2, 4),
      lotId: 'A',
      lines: [{ lineId: '1' }],
    });
    expect(second.effect.balanceChange).toBe(-4); // the other 3 units: 7 − 3
    expect(second.state.lots[0]?.lines[0]).toMatchObject({ returnedQuantity: 5, returnedPoints: 7 });
    expect(second.state.qualifying).toBe(3);
    expect(
      applyLedgerEvent(second.state, {
        kind: 'reverse',
        id: 'ret-3',
        at: 0,
        lotId: 'A',
        lines: [{ lineId: '1', quantity: 1 }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'EXCEEDS_RETURNABLE' },
    });
    expect(
      applyLedgerEvent(second.state, { kind: 'reverse', id: 'ret-3', at: 0, lotId: 'A', lines: [{ lineId: '9' }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_LINE' },
    });
  });

  const spentThenReturned: LedgerEvent[] = [
    { kind: 'earn', id: 'A', at: j(1403, 2, 1), points: 100 },
    { kind: 'redeem', id: 'R', at: j(1403, 2, 2), points: 80 },
  ];
  const ret: LedgerEvent = { kind: 'reverse', id: 'ret-A', at: j(1403, 2, 5), lotId: 'A' };

  it("'allow': a negative balance, repaid first by future points", () => {
    const s = run(spentThenReturned, { negativeBalance: 'allow' });
    const { state, effect } = apply(s, ret);
    expect([state.balance, state.debt, effect.debtChange]).toEqual([-80, 80, 80]);
    const later = apply(state, { kind: 'earn', id: 'B', at: j(1403, 3, 1), points: 50 }).state;
    expect([later.balance, later.debt, later.lots.find((l) => l.id === 'B')?.remaining]).toEqual([-30, 30, 0]);
  });

  it("'clamp': never below zero, the rest forgiven; 'clawback': the rest reported for the cash refund", () => {
    const clamp = apply(run(spentThenReturned, { negativeBalance: 'clamp' }), ret);
    expect([clamp.state.balance, clamp.effect.forgiven, clamp.state.totals.forgiven]).toEqual([0, 80, 80]);
    const clawback = apply(run(spentThenReturned, { negativeBalance: 'clawback' }), ret);
    expect([clawback.state.balance, clawback.effect.clawback]).toEqual([0, 80]);
    const withOther = run([...spentThenReturned, { kind: 'earn', id: 'C', at: j(1403, 2, 3), points: 30 }], {
      negativeBalance: 'clawback',
    });
    const r = apply(withOther, ret);
    expect([r.state.balance, r.effect.clawback, r.effect.allocations]).toEqual([
      0,
      50,
      [
        { lotId: 'A', points: 20 },
        { lotId: 'C', points: 30 },
      ],
    ]);
  });

  it('cancelling a redemption restores points to lots still valid, not to expired ones (iran24shop)', () => {
    const s = run([
      { kind: 'earn', id: 'A', at: j(1403, 1, 10), points: 30, expiry: until({ year: 1403, month: 6, day: 31 }) },
      { kind: 'earn', id: 'B', at: j(1403, 1, 11), points: 50 },
      { kind: 'redeem', id: 'R', at: j(1403, 2, 1), points: 60 },
    ]);
    const { state, effect } = apply(s, { kind: 'cancelRedemption', id: 'C', at: j(1403, 7, 2), redemptionId: 'R' });
    expect(effect.notRestored).toBe(30); // A ended with 1403/6/31
    expect([state.balance, state.totals.redeemed, state.totals.expired]).toEqual([50, 0, 30]);
    expect(applyLedgerEvent(state, { kind: 'cancelRedemption', id: 'C2', at: 0, redemptionId: 'R' })).toMatchObject({
      ok: false,
      error: { code: 'EXCEEDS_REDEEMED' },
    });
  });

  it('redeeming never changes qualifying (tier) points', () => {
    const s = run([{ kind: 'earn', id: 'A', at: 0, points: 500 }]);
    const r = apply(s, { kind: 'redeem', id: 'R', at: 1, points: 400 }).state;
    expect([s.qualifying, r.qualifying]).toEqual([500, 500]);
  });
});
