// moshtari/tiers: a Red → Silver → Gold ladder on the Jalali calendar year. Qualify on points or Rial
// spend, keep the tier through the end of the next year, land softly one tier down after a month of grace.
import assert from 'node:assert/strict';
import { formatJalali, fromJalali } from 'moshtari/calendar';
import { evaluateTier, type TierLadder, type TierMember, tierHistory, validateTierLadder } from 'moshtari/tiers';

const ladder: TierLadder = {
  tiers: [
    { id: 'red', name: 'Red', benefits: { earnMultiplier: '1', discountPercent: '0', perks: [] } },
    {
      id: 'silver',
      name: 'Silver',
      entry: { any: { qualifyingPoints: 1000, spendRial: '500000000' } },
      retention: { any: { qualifyingPoints: 800, spendRial: '400000000' } },
      benefits: { earnMultiplier: '1.5', discountPercent: '5', perks: ['free delivery'] },
    },
    {
      id: 'gold',
      name: 'Gold',
      entry: { any: { qualifyingPoints: 5000, spendRial: '2000000000' } },
      retention: { any: { qualifyingPoints: 4000, spendRial: '1600000000' } },
      benefits: { earnMultiplier: '2', discountPercent: '10', perks: ['free delivery', 'priority service'] },
    },
  ],
  window: { kind: 'calendar', unit: 'year' }, // the Jalali year, Farvardin to Esfand
  validity: { kind: 'endOfNextPeriod' }, // qualify in 1403 → keep it through 1404
  upgrade: 'immediate',
  downgrade: { mode: 'oneTier', grace: { months: 1 } },
  returns: 'revokePromotion',
};
assert.equal(validateTierLadder(ladder).ok, true);

// A ladder where Gold asks less than Silver is refused; every issue names the tier.
const broken = validateTierLadder({
  ...ladder,
  tiers: [ladder.tiers[0], ladder.tiers[1], { ...ladder.tiers[2], entry: { any: { qualifyingPoints: 800 } } }],
} as TierLadder);
assert.deepEqual(broken.ok ? [] : broken.error.map((i) => [i.code, i.tier]), [
  ['RETENTION_ABOVE_ENTRY', 'gold'], // keeping Gold (4,000) would ask more than reaching it (800)
  ['NON_MONOTONIC', 'gold'], // Gold (800) asks less than Silver (1,000)
]);

const noon = (year: number, month: number, day: number) => fromJalali({ year, month, day, hour: 12 });
const member: TierMember = {
  events: [
    {
      kind: 'purchase',
      id: 'o1',
      at: noon(1403, 5, 10),
      spend: { amount: '600000000', currency: 'IRR' },
      qualifyingPoints: 1200,
    },
    {
      kind: 'purchase',
      id: 'o2',
      at: noon(1403, 8, 10),
      spend: { amount: '1500000000', currency: 'IRR' },
      qualifyingPoints: 3000,
    },
  ],
};

// Mid-1403: Silver since 1403/05/10, 1.5× earning for moshtari/loyalty, 3,800 points to Gold.
const summer = evaluateTier(ladder, member, noon(1403, 6, 11));
assert.equal(summer.current.id, 'silver');
assert.deepEqual(summer.current.since, { year: 1403, month: 5, day: 10 });
assert.deepEqual(summer.current.validThrough, { year: 1404, month: 12, day: 29 });
assert.equal(summer.current.benefits.earnMultiplier, '1.5');
assert.equal(summer.next?.requirement.metrics[0]?.remaining, '3800');
assert.equal(summer.explanation[0]?.text, 'You are Silver since 1403/05/10.');
assert.deepEqual(summer.projectedDowngrade?.on, { year: 1405, month: 2, day: 1 }); // after one month of grace

// Nowruz 1405 with no new purchases: still Gold, in grace until the end of Farvardin.
const grace = evaluateTier(ladder, member, noon(1405, 1, 15));
assert.equal(grace.current.id, 'gold');
assert.deepEqual(grace.current.grace?.through, { year: 1405, month: 1, day: 31 });

// The whole story, one span per tier.
const history = tierHistory(ladder, member);
assert.deepEqual(
  history.map((s) => s.tier.id),
  ['red', 'silver', 'gold', 'silver', 'red'],
);
assert.deepEqual(history[3]?.from, { year: 1405, month: 2, day: 1 }); // Gold → Silver, then a year later → Red

for (const line of summer.explanation) console.log(line.text);
console.log(
  `history: ${history.map((s) => `${s.tier.id}${s.from ? ` from ${formatJalali(s.from, 'yyyy/MM/dd', { locale: 'en' })}` : ''}`).join(' → ')}`,
);
