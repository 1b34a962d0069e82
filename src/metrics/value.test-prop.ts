import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES } from '../core/index.js';
import { rial } from '../money/index.js';
import {
  averageOrderValue,
  churnRate,
  lifecycleFunnel,
  pointsBreakageRate,
  pointsRedemptionRate,
  retentionRate,
  walletAllocationShare,
} from './index.js';

const count = fc.integer({ min: 0, max: 1_000_000_000 });

describe('loyalty and value properties', () => {
  it('retention is in 0…1 for every consistent S, E, N, and 1 − churn when nobody new joined', () => {
    fc.assert(
      fc.property(count, count, count, (start, keptRaw, acquired) => {
        const kept = Math.min(keptRaw, start);
        const r = retentionRate({ customersAtStart: start, customersAtEnd: kept + acquired, newCustomers: acquired });
        if (start === 0) {
          expect(r.ok).toBe(false);
          return;
        }
        if (!r.ok) throw new Error('expected a rate');
        expect(r.value.value).toBeGreaterThanOrEqual(0);
        expect(r.value.value).toBeLessThanOrEqual(1);
        const churn = churnRate({ customersAtStart: start, lost: start - kept });
        expect(churn.ok && churn.value.numerator + r.value.numerator).toBe(start);
      }),
    );
  });

  it('redemption and breakage split what was issued', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const activity = { issued: Math.max(a, b), redeemed: Math.min(a, b) };
        const r = pointsRedemptionRate(activity);
        const k = pointsBreakageRate(activity);
        if (activity.issued === 0) {
          expect(r.ok || k.ok).toBe(false);
          return;
        }
        if (!r.ok || !k.ok) throw new Error('expected rates');
        expect(r.value.numerator + k.value.numerator).toBe(activity.issued);
        expect(r.value.value + k.value.value).toBeCloseTo(1, 12);
      }),
    );
  });

  it('AOV is within one Rial of the exact mean, in the direction of the rounding mode', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...ROUNDING_MODES),
        (revenue, orders, mode) => {
          const r = averageOrderValue({ revenue: rial(revenue), orders }, mode);
          if (!r.ok) throw new Error('expected an amount');
          const diff = BigInt(r.value.amount) * BigInt(orders) - revenue;
          expect(diff > -BigInt(orders) && diff < BigInt(orders)).toBe(true);
          if (mode === 'down' || mode === 'floor') expect(diff <= 0n).toBe(true);
          if (mode === 'up' || mode === 'ceil') expect(diff >= 0n).toBe(true);
        },
      ),
    );
  });

  it('the Wallet Allocation Rule shares of ranks 1…n add up to exactly 1 and fall with rank', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        let sum = 0;
        let previous = Number.POSITIVE_INFINITY;
        for (let rank = 1; rank <= n; rank++) {
          const share = walletAllocationShare(rank, n);
          sum += share.numerator;
          expect(share.denominator).toBe(n * (n + 1));
          expect(share.value).toBeLessThan(previous);
          previous = share.value;
        }
        expect(sum).toBe(n * (n + 1));
      }),
    );
  });

  it('funnel counts never grow along the stages and conversions stay in 0…1', () => {
    const stage = fc.constantFrom('reach', 'acquisition', 'retention' as const);
    const event = fc.record({ customerId: fc.integer({ min: 0, max: 30 }), stage });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 200 }), (events) => {
        const steps = lifecycleFunnel(events);
        expect(steps[0]?.customers).toBe(new Set(events.map((e) => e.customerId)).size);
        for (let s = 1; s < steps.length; s++) {
          const step = steps[s];
          expect(step?.customers).toBeLessThanOrEqual(steps[s - 1]?.customers as number);
          const c = step?.conversionFromPrevious;
          if (c !== null && c !== undefined) expect(c >= 0 && c <= 1).toBe(true);
        }
      }),
    );
  });
});
