import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJalali } from '../calendar/index.js';
import { cohortRetentionMatrix } from './index.js';
import { createMonthIndexer } from './monthIndex.js';
import { naiveCohortMatrix } from './naiveCohorts.test-util.js';

const DAY = 86_400_000;
// 1398–1402 AP: Tehran still changed clocks at 1 Farvardin and 1 Mehr until 1401
const instant = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2024, 0, 1) });
const zone = fc.constantFrom('Asia/Tehran', 'UTC', '+03:30', 'Europe/London');
const transaction = fc.record({ customerId: fc.integer({ min: 0, max: 25 }), at: instant });
// dense data around Tehran's last clock changes at month starts (1 Mehr 1400, 1 Farvardin 1401):
// many rows per month take the month-start index instead of toJalali per row
const dense = fc.record({
  customerId: fc.integer({ min: 0, max: 25 }),
  at: fc.oneof(
    fc.integer({ min: Date.UTC(2021, 8, 20), max: Date.UTC(2021, 8, 25) }),
    fc.integer({ min: Date.UTC(2022, 2, 18), max: Date.UTC(2022, 2, 23) }),
  ),
});

describe('cohort properties', () => {
  it('the matrix equals a naive Map-of-Sets reference (toJalali per row)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(transaction, { maxLength: 150 }), fc.array(dense, { maxLength: 150 })),
        zone,
        (rows, timeZone) => {
          const fast = cohortRetentionMatrix(rows, { timeZone }).cohorts.map((r) => ({
            key: r.cohort.year * 12 + r.cohort.index - 1,
            size: r.size,
            active: r.active,
          }));
          expect(fast).toEqual(naiveCohortMatrix(rows, timeZone));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('retention is ≤ 1, starts at 1, cohorts cover every customer once, unbounded ≥ bracket', () => {
    fc.assert(
      fc.property(fc.array(transaction, { minLength: 1, maxLength: 150 }), (rows) => {
        const bracket = cohortRetentionMatrix(rows);
        const unbounded = cohortRetentionMatrix(rows, { retention: 'unbounded' });
        expect(bracket.cohorts.reduce((a, r) => a + r.size, 0)).toBe(new Set(rows.map((r) => r.customerId)).size);
        const oldest = bracket.cohorts[0]?.cohort;
        const firstKey = (oldest?.year as number) * 12 + (oldest?.index as number);
        bracket.cohorts.forEach((row, i) => {
          expect(row.rates[0]).toBe(1);
          const key = row.cohort.year * 12 + row.cohort.index;
          expect(row.active.length).toBe(firstKey + bracket.columns - key);
          for (const rate of row.rates) expect(rate >= 0 && rate <= 1).toBe(true);
          const u = unbounded.cohorts[i]?.active as readonly number[];
          row.active.forEach((a, k) => {
            expect(u[k]).toBeGreaterThanOrEqual(a);
            if (k > 0) expect(u[k]).toBeLessThanOrEqual(u[k - 1] as number);
          });
        });
      }),
    );
  });

  it('the month indexer equals toJalali for every instant, near month starts and DST changes too', () => {
    const nearStart = fc
      .tuple(fc.integer({ min: 1397, max: 1403 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -DAY, max: DAY }))
      .map(([y, m, delta]) => {
        // a Tehran month start (≈ 20:30 or 19:30 UTC the day before) ± up to a day
        const guess = Date.UTC(y + 621, 2, 21) + (m <= 7 ? 31 * (m - 1) : 30 * (m - 1) + 6) * DAY;
        return guess + delta;
      });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(instant, nearStart), { minLength: 2, maxLength: 60 }),
        zone,
        (instants, timeZone) => {
          const keyAt = (ms: number) => {
            const d = toJalali(ms, { timeZone });
            return d.year * 12 + d.month - 1;
          };
          const keyOf = createMonthIndexer(timeZone, keyAt(Math.min(...instants)), keyAt(Math.max(...instants)));
          for (const ms of instants) expect(keyOf(ms), new Date(ms).toISOString()).toBe(keyAt(ms));
        },
      ),
      { numRuns: 200 },
    );
  });
});
