// The README walkthrough of one member's year (kept true here; see the module report).
import { expect, it } from 'vitest';
import { fromJalali } from '../calendar/index.js';
import { toman } from '../money/index.js';
import {
  applyLedgerEvent,
  calculateEarn,
  expireDue,
  type LedgerEvent,
  type LoyaltyProgram,
  maxRedeemable,
  pointsExpiringWithin,
  pointsToReward,
  replayLedger,
} from './index.js';

it('one member, one year: purchases, a return, a redemption, expiry at the end of Esfand', () => {
  const program: LoyaltyProgram = {
    unit: 'toman',
    earn: { rate: { amount: '10000', points: '1' } }, // every 10,000 toman = 1 point
    ledger: { expiry: { kind: 'endOfPeriod', unit: 'year' } }, // valid to the end of Esfand
    redemption: { ratio: { points: 100, amount: '50000' }, maxCartShare: '0.2' }, // 100 points = 50,000 toman
  };
  const at = (month: number, day: number) => fromJalali({ year: 1403, month, day, hour: 12 });
  const spring = calculateEarn(program, {
    id: 'A-1',
    at: at(2, 10),
    lines: [{ lineId: '1', amount: toman(2_500_000) }],
  });
  const summer = calculateEarn(program, {
    id: 'A-2',
    at: at(6, 5),
    lines: [
      { lineId: '1', amount: toman(900_000) },
      { lineId: '2', amount: toman(300_000), quantity: 3 },
    ],
  });
  const events: LedgerEvent[] = [
    { kind: 'earn', id: 'earn:A-1', at: at(2, 10), points: spring.points, lines: spring.lines }, // 250
    { kind: 'earn', id: 'earn:A-2', at: at(6, 5), points: summer.points, lines: summer.lines }, // 120
    { kind: 'reverse', id: 'return:A-2:2', at: at(6, 8), lotId: 'earn:A-2', lines: [{ lineId: '2', quantity: 1 }] }, // −10
  ];
  let { state } = replayLedger(events, { policy: program.ledger });
  expect(state.balance).toBe(360);
  expect(maxRedeemable(state.balance, toman(3_000_000), program)).toMatchObject({ points: 360, limitedBy: 'balance' });
  const redeemed = applyLedgerEvent(state, {
    kind: 'redeem',
    id: 'redeem:B-7',
    at: at(9, 1),
    points: 200,
    reference: 'B-7',
  });
  if (!redeemed.ok) throw new Error(redeemed.error.message);
  state = redeemed.value.state;
  expect(pointsToReward(200, program)).toEqual(toman(100_000));
  expect(redeemed.value.effect.allocations).toEqual([{ lotId: 'earn:A-1', points: 200 }]);
  const reminder = pointsExpiringWithin(state, 10, at(12, 20));
  expect([reminder.total, reminder.batches[0]?.lastUsableDay]).toEqual([160, { year: 1403, month: 12, day: 30 }]);
  expect(expireDue(state, fromJalali({ year: 1403, month: 12, day: 30, hour: 23, minute: 59, second: 59 }))).toEqual(
    [],
  );
  const due = expireDue(state, fromJalali({ year: 1404, month: 1, day: 1 })); // 00:00 Tehran, Nowruz
  state = replayLedger(due, { from: state }).state;
  expect([due.length, state.balance, state.totals.expired, state.qualifying]).toEqual([2, 0, 160, 360]);
});
