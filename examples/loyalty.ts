// moshtari/loyalty: one member's year in a points club. Earn 1 point per 10,000 Toman (rounded down for
// the member), return part of an order, redeem at checkout, and let the rest expire at the end of
// Esfand (Tehran time).
import assert from 'node:assert/strict';
import { fromJalali } from 'moshtari/calendar';
import {
  applyLedgerEvent,
  calculateEarn,
  expireDue,
  type LoyaltyProgram,
  maxRedeemable,
  pointsExpiringWithin,
  pointsLiability,
  pointsToReward,
  replayLedger,
} from 'moshtari/loyalty';
import { formatMoney, toman } from 'moshtari/money';

const program: LoyaltyProgram = {
  unit: 'toman',
  earn: { rate: { amount: '10000', points: '1' } }, // 10,000 Toman = 1 point
  ledger: { expiry: { kind: 'endOfPeriod', unit: 'year' } }, // valid to the end of the Jalali year
  redemption: { ratio: { points: 100, amount: '50000' }, maxCartShare: '0.2' }, // 100 points = 50,000 Toman
};
const at = (month: number, day: number) => fromJalali({ year: 1403, month, day, hour: 12 }); // noon Tehran

// Earn: exact, per line, rounded down.
const spring = calculateEarn(program, { id: 'A-1', at: at(2, 10), lines: [{ lineId: '1', amount: toman(2_500_000) }] });
const summer = calculateEarn(program, {
  id: 'A-2',
  at: at(6, 5),
  lines: [
    { lineId: '1', amount: toman(900_000) },
    { lineId: '2', amount: toman(300_000), quantity: 3 },
  ],
});
assert.deepEqual([spring.points, summer.points], [250, 120]);

// The ledger is append-only and idempotent by event id; a return takes back the line's share (−10).
let { state } = replayLedger(
  [
    { kind: 'earn', id: 'earn:A-1', at: at(2, 10), points: spring.points, lines: spring.lines },
    { kind: 'earn', id: 'earn:A-2', at: at(6, 5), points: summer.points, lines: summer.lines },
    { kind: 'reverse', id: 'return:A-2:2', at: at(6, 8), lotId: 'earn:A-2', lines: [{ lineId: '2', quantity: 1 }] },
  ],
  { policy: program.ledger },
);
assert.equal(state.balance, 360);

// Redeem at checkout: at most 20 % of the cart, and no more than the balance.
const limit = maxRedeemable(state.balance, toman(3_000_000), program);
assert.deepEqual([limit.points, limit.limitedBy], [360, 'balance']);
const redeemed = applyLedgerEvent(state, { kind: 'redeem', id: 'redeem:B-7', at: at(9, 1), points: 200 });
if (!redeemed.ok) throw new Error(redeemed.error.message);
state = redeemed.value.state;
assert.deepEqual(pointsToReward(200, program), toman(100_000));
assert.deepEqual(redeemed.value.effect.allocations, [{ lotId: 'earn:A-1', points: 200 }]); // earliest expiry first
const again = applyLedgerEvent(state, { kind: 'redeem', id: 'redeem:B-8', at: at(9, 2), points: 500 });
assert.equal(again.ok ? undefined : again.error.code, 'INSUFFICIENT_POINTS');

// A reminder ten days before the end of Esfand, and the liability on the books.
const reminder = pointsExpiringWithin(state, 10, at(12, 20));
assert.deepEqual([reminder.total, reminder.batches[0]?.lastUsableDay], [160, { year: 1403, month: 12, day: 30 }]);
const liability = pointsLiability(state, at(12, 20), { costPerPoint: '5000', expectedRedemptionRate: '0.8' }); // Rial per point
assert.deepEqual(liability.faceValue, toman(80_000));

// Nowruz 00:00 Tehran: the remaining points expire; qualifying points for tiers stay.
const due = expireDue(state, fromJalali({ year: 1404, month: 1, day: 1 }));
state = replayLedger(due, { from: state }).state;
assert.deepEqual([state.balance, state.totals.expired, state.qualifying], [0, 160, 360]);

console.log(`earned ${spring.points} + ${summer.points}, returned 10 → balance 360`);
console.log(`redeemed 200 points = ${formatMoney(pointsToReward(200, program), { unit: 'toman' })}`);
console.log(
  `expiring by 1403/12/30: ${reminder.total} points, liability ${formatMoney(liability.faceValue, { locale: 'en' })}`,
);
console.log(
  `after Nowruz 1404: balance ${state.balance}, expired ${state.totals.expired}, qualifying ${state.qualifying}`,
);
