import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, rial } from '../money/index.js';
import { calculateEarn, spread } from './calculateEarn.js';
import type { Purchase } from './earnTypes.js';
import type { LoyaltyProgram } from './programTypes.js';
import { addQ, compareQ, type Q, ratioQ, ZERO } from './rational.js';

const amount = fc.bigInt({ min: 0n, max: 10n ** 12n });
const lines = fc.array(fc.record({ amount, category: fc.constantFrom('coffee', 'food', 'shipping') }), {
  minLength: 1,
  maxLength: 5,
});
const rate = fc.record({
  amount: fc.integer({ min: 1, max: 1_000_000 }).map(String),
  points: fc.constantFrom('1', '2', '0.5', '1.25', '3'),
});
const programArb = fc.record({
  rate,
  coffee: rate,
  multiplier: fc.constantFrom('1', '1.5', '2', '1.25'),
  granularity: fc.constantFrom('transaction' as const, 'line' as const),
  cap: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
});
const toPurchase = (ls: readonly { amount: bigint; category: string }[], i = 0): Purchase => ({
  id: `p${i}`,
  at: Date.UTC(2025, 0, 1),
  lines: ls.map((l, j) => ({ lineId: String(j), amount: rial(l.amount), category: l.category })),
});
const q = (r: { numerator: string; denominator: string }): Q => ratioQ(r, 'r', 'INVALID_ARGUMENT');

describe('earn properties', () => {
  it('spread gives the same shares as allocate of moshtari/money', () => {
    const weight = fc.record({ n: fc.bigInt({ min: 0n, max: 10n ** 15n }), d: fc.constantFrom(1n, 3n, 10n, 1000n) });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(weight, { minLength: 1, maxLength: 6 }),
        (points, weights) => {
          fc.pre(weights.some((w) => w.n > 0n));
          const d = weights.reduce((a, w) => a * w.d, 1n);
          const expected = allocate(
            rial(points),
            weights.map((w) => (w.n * d) / w.d),
          ).map((m) => Number(m.amount));
          expect(spread(points, weights, 0)).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never over-credits under rounding down, loses less than a point, and the lines add up to the total', () => {
    fc.assert(
      fc.property(programArb, lines, (p, ls) => {
        const program: LoyaltyProgram = {
          earn: {
            rate: p.rate,
            categoryRates: { coffee: p.coffee },
            exclude: { categories: ['shipping'] },
            granularity: p.granularity,
            ...(p.cap === undefined ? {} : { caps: { perTransaction: p.cap } }),
          },
        };
        const r = calculateEarn(program, toPurchase(ls), { tierBenefits: { earnMultiplier: p.multiplier } });
        const exact = r.lines.reduce((s, l) => addQ(s, q(l.exact)), ZERO);
        expect(compareQ({ n: BigInt(r.beforeCaps), d: 1n }, exact)).toBeLessThanOrEqual(0);
        if (p.granularity === 'transaction') expect(compareQ(exact, { n: BigInt(r.beforeCaps + 1), d: 1n })).toBe(-1);
        expect(r.points).toBe(Math.min(r.beforeCaps, p.cap ?? Infinity));
        expect(r.lines.reduce((s, l) => s + l.points, 0)).toBe(r.points);
        expect(
          r.lines
            .filter((l) => l.excluded !== null)
            .every((l) => l.points === 0 || r.lines.every((m) => m.excluded !== null)),
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is monotonic in the amount spent', () => {
    fc.assert(
      fc.property(rate, lines, fc.nat(4), amount, (rt, ls, i, extra) => {
        const program: LoyaltyProgram = { earn: { rate: rt } };
        const k = i % ls.length;
        const more = ls.map((l, j) => (j === k ? { ...l, amount: l.amount + extra } : l));
        expect(calculateEarn(program, toPurchase(more)).points).toBeGreaterThanOrEqual(
          calculateEarn(program, toPurchase(ls)).points,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('carry-forward loses nothing: points awarded + the carry = the exact points of all purchases', () => {
    fc.assert(
      fc.property(rate, fc.array(lines, { minLength: 1, maxLength: 8 }), (rt, purchases) => {
        const program: LoyaltyProgram = { earn: { rate: rt, carryForward: true } };
        let carry: { numerator: string; denominator: string } | undefined;
        let points = 0;
        let exact = ZERO;
        purchases.forEach((ls, i) => {
          const r = calculateEarn(program, toPurchase(ls, i), carry === undefined ? {} : { carry });
          points += r.points;
          carry = r.carry;
          for (const l of r.lines) exact = addQ(exact, q(l.exact));
        });
        expect(
          compareQ(addQ({ n: BigInt(points), d: 1n }, q(carry as { numerator: string; denominator: string })), exact),
        ).toBe(0);
        expect(compareQ(q(carry as { numerator: string; denominator: string }), { n: 1n, d: 1n })).toBe(-1);
      }),
      { numRuns: 1000 },
    );
  });
});
