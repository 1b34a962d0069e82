// Cross-module: a member's year in a Red/Silver/Gold club. Each purchase earns points at the multiplier
// of the tier held that day (tiers → loyalty), the points go to the ledger and also qualify the member
// for the next tier; unspent points expire at Nowruz while the tier stays. Modules: calendar, money,
// tiers, loyalty.
import assert from 'node:assert/strict';
import { fromJalali } from 'moshtari/calendar';
import {
  applyLedgerEvent,
  calculateEarn,
  createLedger,
  expireDue,
  type LoyaltyProgram,
  prepareLoyaltyProgram,
  replayLedger,
} from 'moshtari/loyalty';
import { toman } from 'moshtari/money';
import { createTierEvaluator, type TierEvent, type TierLadder } from 'moshtari/tiers';

const benefits = (earnMultiplier: string, discountPercent: string) => ({ earnMultiplier, discountPercent, perks: [] });
const ladder: TierLadder = {
  tiers: [
    { id: 'red', name: 'Red', benefits: benefits('1', '0') },
    { id: 'silver', name: 'Silver', entry: { any: { qualifyingPoints: 1000 } }, benefits: benefits('1.5', '5') },
    { id: 'gold', name: 'Gold', entry: { any: { qualifyingPoints: 5000 } }, benefits: benefits('2', '10') },
  ],
  window: { kind: 'calendar', unit: 'year' },
  validity: { kind: 'endOfNextPeriod' },
  downgrade: { mode: 'oneTier', grace: { months: 1 } },
};
const program = prepareLoyaltyProgram({
  unit: 'toman',
  earn: { rate: { amount: '10000', points: '1' } }, // 10,000 Toman = 1 point before the tier multiplier
  ledger: { expiry: { kind: 'endOfPeriod', unit: 'year' } },
  redemption: { ratio: { points: 100, amount: '50000' } },
} satisfies LoyaltyProgram);
const tierOf = createTierEvaluator(ladder); // compiled once, as a nightly job would
const noon = (year: number, month: number, day: number) => fromJalali({ year, month, day, hour: 12 });

// One 3,500,000-Toman purchase on the 10th of every month of 1403.
const tierEvents: TierEvent[] = [];
let ledger = createLedger(program.program.ledger); // expiry at the end of the Jalali year
const log: string[] = [];
for (let month = 1; month <= 12; month++) {
  const at = noon(1403, month, 10);
  const tier = tierOf({ events: tierEvents }, at).current;
  const purchase = { id: `P-${month}`, at, lines: [{ lineId: '1', amount: toman(3_500_000) }] };
  const earned = calculateEarn(program, purchase, { tierBenefits: tier.benefits });
  const r = applyLedgerEvent(ledger, { kind: 'earn', id: `earn:${purchase.id}`, at, points: earned.points });
  if (!r.ok) throw new Error(r.error.message);
  ledger = r.value.state;
  tierEvents.push({ kind: 'purchase', id: purchase.id, at, spend: toman(3_500_000), qualifyingPoints: earned.points });
  log.push(`${tier.id}:${earned.points}`);
}
// Red earns 350 a month; the 3rd purchase reaches 1,050 ≥ 1,000 → Silver earns 525 (1.5×);
// the 11th reaches 5,250 ≥ 5,000 → Gold earns 700 (2×) in Esfand.
assert.deepEqual(log, [...Array(3).fill('red:350'), ...Array(8).fill('silver:525'), 'gold:700']);
assert.equal(ledger.balance, 5950);

// Replaying the same event is a no-op (idempotent by id).
const replay = applyLedgerEvent(ledger, { kind: 'earn', id: 'earn:P-12', at: noon(1403, 12, 10), points: 700 });
assert.equal(replay.ok ? undefined : replay.error.code, 'DUPLICATE_EVENT');

// Redeem 2,000 points (1,000,000 Toman) in Esfand; the rest expires at 00:00 Tehran on 1 Farvardin 1404.
const spent = applyLedgerEvent(ledger, { kind: 'redeem', id: 'redeem:R-1', at: noon(1403, 12, 20), points: 2000 });
if (!spent.ok) throw new Error(spent.error.message);
ledger = spent.value.state;
ledger = replayLedger(expireDue(ledger, fromJalali({ year: 1404, month: 1, day: 1 })), { from: ledger }).state;
assert.deepEqual([ledger.balance, ledger.totals.expired, ledger.qualifying], [0, 3950, 5950]);

// Points expired, but the tier did not: Gold through the end of 1404.
const nowruz = tierOf({ events: tierEvents }, noon(1404, 1, 15)).current;
assert.equal(nowruz.id, 'gold');
assert.deepEqual(nowruz.validThrough, { year: 1404, month: 12, day: 29 });

console.log(`1403 by month (tier:points): ${log.join(' ')}`);
console.log(`earned 5950, redeemed 2000, expired ${ledger.totals.expired} at Nowruz; balance ${ledger.balance}`);
console.log(`tier on 1404/01/15: ${nowruz.name}, valid through 1404/12/29, earning ${nowruz.benefits.earnMultiplier}×`);
