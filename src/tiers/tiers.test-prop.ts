import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addJalaliMonths, compareJalaliDates, type JalaliDate, jalaliPeriod } from '../calendar/index.js';
import { extraArb, ladderArb, memberArb, START_MS } from './arbitraries.test-util.js';
import { createTierHistory, evaluateTier, type TierMember, type TierSpan, tierHistory, tierOnDate } from './index.js';

const DAY = 86_400_000;
const rankOn = (history: readonly TierSpan[], date: JalaliDate) => tierOnDate(history, date)?.tier.rank ?? -1;
const starts = (h: readonly TierSpan[]) => h.flatMap((s) => (s.from === null ? [] : [s.from]));
const asOfArb = fc.integer({ min: 0, max: 2200 }).map((d) => START_MS + d * DAY + 43_200_000);

describe('tier properties', () => {
  it('more qualifying activity never yields a lower tier, on any day', () => {
    fc.assert(
      fc.property(ladderArb, memberArb, extraArb, (ladder, member, extra) => {
        const more: TierMember = { ...member, events: [...member.events, ...extra] };
        const a = tierHistory(ladder, member);
        const b = tierHistory(ladder, more);
        for (const day of [...starts(a), ...starts(b)]) expect(rankOn(b, day)).toBeGreaterThanOrEqual(rankOn(a, day));
      }),
      { numRuns: 300 },
    );
  });

  it('soft landing drops exactly one tier, at most once per period of a descent', () => {
    fc.assert(
      fc.property(ladderArb, memberArb, (ladder, member) => {
        fc.pre(ladder.downgrade.mode === 'oneTier');
        const history = tierHistory(ladder, member);
        let lastDrop: JalaliDate | null = null;
        history.forEach((span, i) => {
          // a new tier (upgrade, assignment) starts a new descent
          if (span.tier.rank > (history[i - 1]?.tier.rank ?? 0)) lastDrop = null;
          if (span.reason !== 'softLanding' || span.from === null) return;
          expect(span.tier.rank).toBe((history[i - 1]?.tier.rank ?? 0) - 1);
          if (lastDrop !== null) {
            const v = ladder.validity;
            const w = ladder.window;
            if (v.kind === 'months') {
              expect(compareJalaliDates(addJalaliMonths(lastDrop, v.months), span.from)).toBeLessThanOrEqual(0);
            } else if (w.kind === 'calendar') {
              expect(jalaliPeriod(lastDrop, w.unit).start).not.toEqual(jalaliPeriod(span.from, w.unit).start);
            }
          }
          lastDrop = span.from;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and independent of the order of events', () => {
    fc.assert(
      fc.property(ladderArb, memberArb, asOfArb, fc.integer(), (ladder, member, asOf, seed) => {
        const shuffled = [...member.events];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = Math.abs(s) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as never, shuffled[i] as never];
        }
        const other = { ...member, events: shuffled };
        expect(evaluateTier(ladder, other, asOf)).toEqual(evaluateTier(ladder, member, asOf));
        expect(tierHistory(ladder, other)).toEqual(tierHistory(ladder, member));
      }),
      { numRuns: 200 },
    );
  });

  it('redeeming points never changes the evaluation', () => {
    fc.assert(
      fc.property(ladderArb, memberArb, asOfArb, fc.array(asOfArb, { maxLength: 5 }), (ladder, member, asOf, when) => {
        const redemptions = when.map((at) => ({ kind: 'redemption' as const, at, points: 10_000 }));
        const more = { ...member, events: [...member.events, ...redemptions] };
        expect(evaluateTier(ladder, more, asOf)).toEqual(evaluateTier(ladder, member, asOf));
      }),
      { numRuns: 100 },
    );
  });

  it('evaluateTier agrees with tierHistory and its own projections', () => {
    fc.assert(
      fc.property(ladderArb, memberArb, asOfArb, (ladder, member, asOf) => {
        const e = evaluateTier(ladder, member, asOf);
        const history = tierHistory(ladder, member, { until: asOf });
        expect(tierOnDate(history, e.asOf)?.tier.id).toBe(e.current.id);
        if (e.current.validThrough !== null)
          expect(compareJalaliDates(e.current.validThrough, e.asOf)).toBeGreaterThanOrEqual(0);
        if (e.next !== null) expect(e.next.rank).toBe(e.current.rank + 1);
        for (const p of e.next?.requirement.metrics ?? []) expect(p.percent).toBeGreaterThanOrEqual(0);
        const drop = e.projectedDowngrade;
        if (drop !== null) {
          expect(compareJalaliDates(drop.on, e.asOf)).toBe(1);
          expect(drop.to.rank).toBeLessThan(e.current.rank);
          expect(tierOnDate(history, drop.on)?.tier.rank).toBe(drop.to.rank);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('createTierHistory replays exactly as tierHistory, for many members on one compiled ladder', () => {
    fc.assert(
      fc.property(ladderArb, fc.array(memberArb, { minLength: 1, maxLength: 5 }), asOfArb, (ladder, members, until) => {
        const history = createTierHistory(ladder);
        for (const member of members) {
          expect(history(member)).toEqual(tierHistory(ladder, member));
          expect(history(member, until)).toEqual(tierHistory(ladder, member, { until }));
        }
      }),
      { numRuns: 100 },
    );
  });
});
