import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRfmMap, type RfmCustomer, rfmScores, rfmSegment } from './index.js';
import { minRanks } from './rank.js';

const asOf = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;

const customerArb = fc.record({
  days: fc.integer({ min: 0, max: 60 }),
  frequency: fc.integer({ min: 0, max: 6 }),
  monetary: fc.oneof(
    fc.integer({ min: -100, max: 100 }),
    fc.double({ min: -1e12, max: 1e12, noNaN: true }),
    fc.constant(-0),
  ),
});
const toCustomers = (rows: readonly { days: number; frequency: number; monetary: number }[]): RfmCustomer[] =>
  rows.map((r, id) => ({ id, lastPurchaseAt: asOf - r.days * DAY, frequency: r.frequency, monetary: r.monetary }));

describe('RFM properties', () => {
  it('radix and counting ranks equal the definition: 1 + number of strictly smaller keys', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(
            fc.oneof(
              fc.double({ noNaN: true, noDefaultInfinity: true }),
              fc.integer(),
              fc.constantFrom(0, -0, 1e-300, -1e-300),
            ),
          ),
          fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(-0))), // the counting path
        ),
        (keys) => {
          const ranks = minRanks(Float64Array.from(keys));
          expect(Array.from(ranks)).toEqual(keys.map((k) => 1 + keys.filter((x) => x < k).length));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('scores are in 1…bins, equal values score equally, larger values never score lower (recency reversed)', () => {
    fc.assert(
      fc.property(fc.array(customerArb, { maxLength: 60 }), fc.integer({ min: 2, max: 9 }), (rows, bins) => {
        const { scores, prospects } = rfmScores(toCustomers(rows), { asOf, bins });
        expect(scores.length + prospects.length).toBe(rows.length);
        for (const a of scores) {
          for (const s of [a.r, a.f, a.m]) expect(s >= 1 && s <= bins).toBe(true);
          for (const b of scores) {
            if (a.recencyDays === b.recencyDays) expect(a.r).toBe(b.r);
            if (a.recencyDays < b.recencyDays) expect(a.r).toBeGreaterThanOrEqual(b.r);
            if (a.frequency < b.frequency) expect(a.f).toBeLessThanOrEqual(b.f);
            if (a.monetary === b.monetary) expect(a.m).toBe(b.m);
            if (a.monetary < b.monetary) expect(a.m).toBeLessThanOrEqual(b.m);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on input order (deterministic ties)', () => {
    fc.assert(
      fc.property(
        fc.array(customerArb, { minLength: 1, maxLength: 40 }).chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(
              rows.map((_, i) => i),
              { minLength: rows.length },
            ),
          ),
        ),
        ([rows, perm]) => {
          const customers = toCustomers(rows);
          const byId = (cs: readonly RfmCustomer[]) =>
            Object.fromEntries(rfmScores(cs, { asOf }).scores.map((s) => [s.id, s.cell]));
          expect(byId(perm.map((i) => customers[i] as RfmCustomer))).toEqual(byId(customers));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rfmSegment agrees with a first-match scan of the map boxes', () => {
    const box = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    const mapArb = fc.record({
      bins: fc.constant(4),
      segments: fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 4 }), r: box, f: box, m: box }), {
        maxLength: 6,
      }),
      fallback: fc.constant('rest'),
    });
    const score = fc.integer({ min: 1, max: 4 });
    fc.assert(
      fc.property(mapArb, fc.array(fc.record({ r: score, f: score, m: score }), { maxLength: 20 }), (map, scores) => {
        const inBox = (x: number, [lo, hi]: readonly [number, number]) => x >= lo && x <= hi;
        const expected = scores.map(
          (s) => map.segments.find((b) => inBox(s.r, b.r) && inBox(s.f, b.f) && inBox(s.m, b.m))?.name ?? 'rest',
        );
        expect(rfmSegment(scores, map)).toEqual(expected);
        const coverage = checkRfmMap(map);
        expect(coverage.gaps.length + Object.values(coverage.cells).reduce((a, b) => a + b, 0)).toBe(64);
      }),
      { numRuns: 300 },
    );
  });
});
