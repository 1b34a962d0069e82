// fast-check arbitraries of the tiers properties: valid ladders with every policy, and members.
import fc from 'fast-check';
import { epochDayToJalali, fromJalali, jalaliToEpochDay } from '../calendar/index.js';
import { benefits, jd } from './fixtures.test-util.js';
import { type TierEvent, type TierLadder, type TierMember, validateTierLadder } from './index.js';

const DAY = 86_400_000;
/** 1402/01/01 00:00 in Tehran; members are active for up to ~4 years from there. */
export const START_MS: number = fromJalali(jd(1402, 1, 1)).getTime();
const START_DAY = jalaliToEpochDay(jd(1402, 1, 1));

const tiersArb = fc.tuple(fc.constantFrom('points', 'mixed'), fc.boolean()).map(([kind, lifetime]) => [
  { id: 'red', name: 'Red', benefits: benefits('1', '0') },
  kind === 'points'
    ? {
        id: 'silver',
        name: 'Silver',
        entry: { all: { qualifyingPoints: 1000 } },
        retention: { all: { qualifyingPoints: 800 } },
        lifetime,
        benefits: benefits('1.5', '5'),
      }
    : {
        id: 'silver',
        name: 'Silver',
        entry: { any: { qualifyingPoints: 1000, spendRial: '500000000' } },
        lifetime,
        benefits: benefits('1.5', '5'),
      },
  kind === 'points'
    ? {
        id: 'gold',
        name: 'Gold',
        entry: { all: { qualifyingPoints: 3000 } },
        retention: { all: { qualifyingPoints: 2500 } },
        benefits: benefits('2', '10'),
      }
    : {
        id: 'gold',
        name: 'Gold',
        entry: { any: { qualifyingPoints: 3000, spendRial: '1500000000', purchases: 8 } },
        retention: { any: { qualifyingPoints: 2000, spendRial: '1000000000', purchases: 6 } },
        benefits: benefits('2', '10'),
      },
  {
    id: 'black',
    name: 'Black',
    entry: { all: { qualifyingPoints: 6000, visits: 3 } },
    benefits: benefits('3', '15'),
  },
]);

/** Any valid ladder: every window, validity, upgrade timing, downgrade mode, grace and returns policy. */
export const ladderArb: fc.Arbitrary<TierLadder> = fc
  .record({
    tiers: tiersArb,
    window: fc.oneof(
      fc.record({ kind: fc.constant('calendar' as const), unit: fc.constantFrom('year', 'half', 'season', 'month') }),
      fc.constant({ kind: 'anniversary' as const }),
      fc.record({ kind: fc.constant('rolling' as const), months: fc.integer({ min: 1, max: 24 }) }),
      fc.constant({ kind: 'lifetime' as const }),
    ),
    validity: fc.oneof(
      fc.constant({ kind: 'live' as const }),
      fc.constant({ kind: 'endOfPeriod' as const }),
      fc.constant({ kind: 'endOfNextPeriod' as const }),
      fc.record(
        {
          kind: fc.constant('months' as const),
          months: fc.integer({ min: 1, max: 18 }),
          roundUp: fc.constantFrom('month', 'period'),
        },
        { requiredKeys: ['kind', 'months'] },
      ),
    ),
    upgrade: fc.constantFrom('immediate', 'nextPeriod'),
    downgrade: fc.record(
      {
        mode: fc.constantFrom('oneTier', 'toEarned', 'never'),
        grace: fc.record(
          {
            months: fc.integer({ min: 0, max: 2 }),
            days: fc.integer({ min: 0, max: 10 }),
            roundUpToMonthEnd: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['mode'] },
    ),
    returns: fc.constantFrom('revokePromotion', 'keepTier'),
  })
  .map((l) => l as TierLadder)
  .filter((l) => validateTierLadder(l).ok);

type Raw = { day: number; ms: number; kind: number; spend: number; points: number; back: number; delay: number };
const rawArb = fc.record({
  day: fc.integer({ min: 0, max: 1500 }),
  ms: fc.integer({ min: 0, max: DAY - 1 }),
  kind: fc.integer({ min: 0, max: 9 }),
  spend: fc.integer({ min: 0, max: 600 }),
  points: fc.integer({ min: 0, max: 2000 }),
  back: fc.integer({ min: 0, max: 3 }),
  delay: fc.integer({ min: 0, max: 60 }),
});

/** Events from raw draws: purchases (some returned, fully or in part), visits and bonus points. */
export function eventsOf(raws: readonly Raw[], prefix: string, withReturns: boolean): TierEvent[] {
  const events: TierEvent[] = [];
  raws.forEach((r, i) => {
    const at = START_MS + r.day * DAY + r.ms;
    if (r.kind <= 5) {
      const id = `${prefix}${i}`;
      const spend = BigInt(r.spend) * 1_000_000n;
      events.push({
        kind: 'purchase',
        id,
        at,
        spend: { amount: `${spend}`, currency: 'IRR' },
        qualifyingPoints: r.points,
      });
      if (withReturns && r.back > 0) {
        const part =
          r.back === 3 ? {} : { spend: { amount: `${(spend * BigInt(r.back)) / 3n}`, currency: 'IRR' as const } };
        events.push({ kind: 'return', purchaseId: id, at: at + r.delay * DAY, ...part });
      }
    } else if (r.kind <= 7) events.push({ kind: 'visit', at });
    else events.push({ kind: 'points', at, qualifyingPoints: r.points });
  });
  return events;
}

const assignmentArb = fc.record({
  tierId: fc.constantFrom('silver', 'gold', 'black'),
  from: fc.integer({ min: 0, max: 1500 }),
  days: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
});

/** A member who joined on 1402/01/01, with up to 25 events (returns included) and maybe assignments. */
export const memberArb: fc.Arbitrary<TierMember> = fc
  .tuple(fc.array(rawArb, { maxLength: 25 }), fc.array(assignmentArb, { maxLength: 2 }))
  .map(([raws, assigned]) => ({
    joinedOn: jd(1402, 1, 1),
    events: eventsOf(raws, 'p', true),
    assignments: assigned.map((a) => {
      const from = epochDayToJalali(START_DAY + a.from);
      return a.days === undefined
        ? { tierId: a.tierId, from }
        : { tierId: a.tierId, from, through: epochDayToJalali(START_DAY + a.from + a.days - 1) };
    }),
  }));

/** Extra activity only (purchases never returned, visits, positive points), with fresh ids. */
export const extraArb: fc.Arbitrary<TierEvent[]> = fc
  .array(rawArb, { minLength: 1, maxLength: 8 })
  .map((raws) => eventsOf(raws, 'extra', false));
