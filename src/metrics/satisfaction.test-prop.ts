import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJalali } from '../calendar/index.js';
import {
  customerEffortScore,
  customerSatisfactionScore,
  metricByJalaliPeriod,
  netPromoterScore,
  npsFromCounts,
} from './index.js';

const npsScores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });

describe('satisfaction properties', () => {
  it('NPS is within −100…+100 and inside its own interval, which is within −100…+100', () => {
    fc.assert(
      fc.property(npsScores, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (values, confidenceLevel) => {
        const r = netPromoterScore(
          values.map((score) => ({ score })),
          { confidenceLevel },
        );
        if (!r.ok) throw new Error('expected a score');
        const { score, interval } = r.value;
        expect(score).toBeGreaterThanOrEqual(-100);
        expect(score).toBeLessThanOrEqual(100);
        expect(interval.lower).toBeGreaterThanOrEqual(-100);
        expect(interval.upper).toBeLessThanOrEqual(100);
        expect(interval.lower).toBeLessThanOrEqual(score + 1e-9);
        expect(interval.upper).toBeGreaterThanOrEqual(score - 1e-9);
      }),
    );
  });

  it('NPS = 100 × mean of +1/0/−1 scores, and its SE = 100 × SD / √n', () => {
    fc.assert(
      fc.property(npsScores, (values) => {
        const signs = values.map((v) => (v >= 9 ? 1 : v <= 6 ? -1 : 0));
        const n = signs.length;
        const mean = signs.reduce((a: number, b) => a + b, 0) / n;
        const variance = signs.reduce((a: number, b) => a + (b - mean) ** 2, 0) / n;
        const r = netPromoterScore(values.map((score) => ({ score })));
        if (!r.ok) throw new Error('expected a score');
        expect(r.value.score).toBeCloseTo(100 * mean, 9);
        expect(r.value.standardError).toBeCloseTo(100 * Math.sqrt(variance / n), 9);
        expect(r.value.promoters + r.value.passives + r.value.detractors).toBe(n);
      }),
    );
  });

  it('npsFromCounts agrees with netPromoterScore', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), (promoters, passives, detractors) => {
        const raw = [
          ...Array<number>(promoters).fill(10),
          ...Array<number>(passives).fill(7),
          ...Array<number>(detractors).fill(0),
        ];
        expect(netPromoterScore(raw.map((score) => ({ score })))).toEqual(
          npsFromCounts({ promoters, passives, detractors }),
        );
      }),
    );
  });

  it('CSAT is a share in 0…1 and CES means stay on the scale', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), (values) => {
        const r = customerSatisfactionScore(values.map((score) => ({ score })));
        if (!r.ok) throw new Error('expected a share');
        expect(r.value.value >= 0 && r.value.value <= 1).toBe(true);
        const c = customerEffortScore(
          values.map((score) => ({ score })),
          { scaleMax: 5 },
        );
        if (!c.ok) throw new Error('expected a mean');
        expect(c.value.value >= 1 && c.value.value <= 5).toBe(true);
      }),
    );
  });

  it('period groups partition the rows and match toJalali of each row', () => {
    const instant = fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(
        fc.array(instant, { maxLength: 80 }),
        fc.constantFrom('Asia/Tehran', 'UTC', '-05:00', 'America/Sao_Paulo'),
        (instants, timeZone) => {
          const rows = instants.map((at, i) => ({ at, i }));
          const groups = metricByJalaliPeriod(rows, (g) => g, { unit: 'month', timeZone });
          expect(groups.reduce((a, g) => a + g.rows, 0)).toBe(rows.length);
          for (const g of groups) {
            for (const row of g.value) {
              const d = toJalali(row.at, { timeZone });
              expect([d.year, d.month]).toEqual([g.period.year, g.period.index]);
            }
          }
          const keys = groups.map((g) => g.period.key);
          expect([...keys].sort()).toEqual(keys);
        },
      ),
      { numRuns: 60 },
    );
  });
});
