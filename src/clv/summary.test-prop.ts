import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClvTransaction, customerSummary } from './index.js';

const DAY0 = 19_000;
const log: fc.Arbitrary<ClvTransaction[]> = fc.array(
  fc.record({
    customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    date: fc.integer({ min: DAY0, max: DAY0 + 120 }),
    amount: fc.integer({ min: 1, max: 10_000 }),
  }),
  { maxLength: 60 },
);

describe('customerSummary invariants', () => {
  it('0 ≤ recency ≤ T, x counts distinct later days, x = 0 ⇒ recency = monetary = 0, sorted ids', () => {
    fc.assert(
      fc.property(log, fc.integer({ min: 0, max: 130 }), (tx, end) => {
        const rows = customerSummary(tx, { observationEnd: DAY0 + end, timeUnit: 'day' });
        const ids = rows.map((r) => r.customerId);
        expect(ids).toEqual([...ids].sort());
        for (const r of rows) {
          const days = new Set(
            tx.filter((t) => t.customerId === r.customerId && (t.date as number) <= DAY0 + end).map((t) => t.date),
          );
          expect(r.frequency).toBe(days.size - 1);
          expect(r.recency).toBeGreaterThanOrEqual(0);
          expect(r.recency).toBeLessThanOrEqual(r.T);
          if (r.frequency === 0) {
            expect(r.recency).toBe(0);
            expect(r.monetary).toBe(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the log, and a week is 7 days', () => {
    fc.assert(
      fc.property(log, (tx) => {
        const options = { observationEnd: DAY0 + 120, timeUnit: 'day' } as const;
        const a = customerSummary(tx, options);
        const b = customerSummary([...tx].reverse(), options);
        expect(b.map((r) => [r.customerId, r.frequency, r.recency, r.T])).toEqual(
          a.map((r) => [r.customerId, r.frequency, r.recency, r.T]),
        );
        b.forEach((r, i) => {
          expect(r.monetary).toBeCloseTo((a[i] as (typeof a)[number]).monetary, 9);
        });
        const weeks = customerSummary(tx, { ...options, timeUnit: 'week' });
        weeks.forEach((r, i) => {
          expect(r.T * 7).toBeCloseTo((a[i] as (typeof a)[number]).T, 12);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a calibration split keeps every purchase day: calibration repeats + holdout days = all repeats', () => {
    fc.assert(
      fc.property(log, fc.integer({ min: 0, max: 120 }), (tx, split) => {
        const all = customerSummary(tx, { observationEnd: DAY0 + 120, timeUnit: 'day' });
        const cal = customerSummary(tx, { observationEnd: DAY0 + 120, calibrationEnd: DAY0 + split, timeUnit: 'day' });
        for (const r of cal) {
          const whole = all.find((w) => w.customerId === r.customerId);
          expect(r.frequency + (r.frequencyHoldout ?? 0)).toBe(whole?.frequency);
          expect(r.durationHoldout).toBe(120 - split);
        }
      }),
      { numRuns: 200 },
    );
  });
});
