import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES } from '../core/index.js';
import { rial } from '../money/index.js';
import { clvDiscounted, clvSimple, clvToMoney, customerValueIndex } from './index.js';

const rate = (maxTenths: number) =>
  fc.integer({ min: 0, max: maxTenths }).map((n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`);
const amount = fc.bigInt({ min: 0n, max: 10n ** 15n });
const mode = fc.constantFrom(...ROUNDING_MODES);

describe('heuristic CLV properties', () => {
  it('clvSimple rounds the exact rational product: down = ⌊·⌋, up = ⌈·⌉, half modes to the nearest', () => {
    fc.assert(
      fc.property(amount, rate(1000), rate(2000), rate(100), mode, (aov, f, l, m, rounding) => {
        const cents = (s: string) => BigInt(s.replace('.', ''));
        const num = aov * cents(f) * cents(l) * cents(m);
        const den = 1_000_000n;
        const floor = num / den;
        const ceil = floor + (num % den === 0n ? 0n : 1n);
        const got = BigInt(
          clvSimple({ averageOrderValue: rial(aov), purchaseFrequency: f, lifespan: l, margin: m }, rounding).amount,
        );
        expect(got === floor || got === ceil).toBe(true);
        if (rounding === 'down' || rounding === 'floor') expect(got).toBe(floor);
        if (rounding === 'up' || rounding === 'ceil') expect(got).toBe(ceil);
        if (rounding.startsWith('half')) {
          const twice = 2n * (num - floor * den);
          if (twice < den) expect(got).toBe(floor);
          if (twice > den) expect(got).toBe(ceil);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finite-horizon discounted CLV grows with the horizon and never exceeds the infinite one', () => {
    fc.assert(
      fc.property(
        amount,
        rate(99),
        rate(50).filter((d) => Number(d) > 0),
        fc.integer({ min: 0, max: 60 }),
        (m, r, d, n) => {
          const at = (periods?: number) =>
            BigInt(
              clvDiscounted(
                { margin: rial(m), retention: r, discount: d, ...(periods === undefined ? {} : { periods }) },
                'down',
              ).amount,
            );
          expect(at(n)).toBeLessThanOrEqual(at(n + 1));
          expect(at(n + 1)).toBeLessThanOrEqual(at());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('clvToMoney moves less than one unit and only in the stated direction', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), mode, (v, m) => {
        const got = Number(clvToMoney(v, m).amount);
        expect(Math.abs(got - v)).toBeLessThanOrEqual(m.startsWith('half') ? 0.5 : 1 - 1e-300);
        if (m === 'floor') expect(got).toBeLessThanOrEqual(v);
        if (m === 'ceil') expect(got).toBeGreaterThanOrEqual(v);
        if (m === 'down') expect(Math.abs(got)).toBeLessThanOrEqual(Math.abs(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('the value index is in [0, 1] and raising one score never lowers that customer’s index', () => {
    const score = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const scores = fc.record({ profitability: score, salesVolume: score, credibility: score });
    const weight = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(scores, { minLength: 1, maxLength: 20 }),
        fc
          .record({ profitability: weight, salesVolume: weight, credibility: weight })
          .filter((w) => w.profitability + w.salesVolume + w.credibility > 0),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (cs, w, bump) => {
          const index = customerValueIndex(cs, w);
          for (const v of index) {
            expect(v).toBeGreaterThanOrEqual(-1e-12);
            expect(v).toBeLessThanOrEqual(1 + 1e-12);
          }
          const first = cs[0] as (typeof cs)[number];
          const raised = customerValueIndex(
            [{ ...first, profitability: first.profitability + bump }, ...cs.slice(1)],
            w,
          );
          expect(raised[0]).toBeGreaterThanOrEqual((index[0] as number) - 1e-12);
        },
      ),
      { numRuns: 500 },
    );
  });
});
