import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignHoldout, campaignUplift, holdoutBucket, standardNormalCdf, standardNormalQuantile } from './index.js';

const group = fc
  .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([size, share]) => ({ size, conversions: Math.floor(size * share) }));

describe('campaign properties', () => {
  it('z-test is symmetric: swapping groups negates z, lift and interval and keeps p', () => {
    fc.assert(
      fc.property(group, group, fc.boolean(), (a, b, continuityCorrection) => {
        const ab = campaignUplift(a, b, { continuityCorrection });
        const ba = campaignUplift(b, a, { continuityCorrection });
        expect(ab.ok).toBe(ba.ok);
        if (!ab.ok || !ba.ok) return;
        expect(ba.value.z).toBe(-ab.value.z);
        expect(ba.value.absoluteLift).toBe(-ab.value.absoluteLift);
        expect(ba.value.pValue).toBe(ab.value.pValue);
        expect(ba.value.interval.lower).toBeCloseTo(-ab.value.interval.upper, 14);
        expect(ba.value.standardError).toBe(ab.value.standardError);
      }),
      { numRuns: 1000 },
    );
  });

  it('p-value is in [0, 1], equals 2(1 − Φ(|z|)), and the interval holds the observed lift', () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const r = campaignUplift(a, b);
        if (!r.ok) return;
        const { pValue, z, absoluteLift, interval } = r.value;
        expect(pValue).toBeGreaterThanOrEqual(0);
        expect(pValue).toBeLessThanOrEqual(1);
        expect(pValue).toBeCloseTo(2 * (1 - standardNormalCdf(Math.abs(z))), 12);
        expect(interval.lower).toBeLessThanOrEqual(absoluteLift);
        expect(interval.upper).toBeGreaterThanOrEqual(absoluteLift);
        expect(interval.lower).toBeGreaterThanOrEqual(-1);
        expect(interval.upper).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('Φ is symmetric and Φ⁻¹ inverts it', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
        expect(standardNormalCdf(x) + standardNormalCdf(-x)).toBeCloseTo(1, 15);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        const back = standardNormalCdf(standardNormalQuantile(p));
        expect(Math.abs(back - p) / Math.min(p, 1 - p)).toBeLessThan(1e-12);
      }),
    );
  });

  it('hold-out assignment is stable: the same customer and campaign always land in the same group', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.double({ min: 0, max: 1, noNaN: true }), (customer, campaign, f) => {
        const first = assignHoldout(customer, campaign, f);
        expect(assignHoldout(customer, campaign, f)).toBe(first);
        expect(assignHoldout(`${customer}`, `${campaign}`, f)).toBe(first);
        const u = holdoutBucket(customer, campaign);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
        expect(first).toBe(u < f ? 'holdout' : 'treatment');
      }),
      { numRuns: 2000 },
    );
  });

  it('raising the fraction only moves customers into the hold-out', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (customer, campaign, f, g) => {
          const [low, high] = f < g ? [f, g] : [g, f];
          if (assignHoldout(customer, campaign, low) === 'holdout') {
            expect(assignHoldout(customer, campaign, high)).toBe('holdout');
          }
        },
      ),
    );
  });

  it('the share of a large population in the hold-out ≈ fraction (within 5 standard errors)', () => {
    const N = 50_000;
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (campaign, f) => {
        let held = 0;
        for (let i = 0; i < N; i++) if (assignHoldout(`c-${i}`, campaign, f) === 'holdout') held++;
        expect(Math.abs(held / N - f)).toBeLessThanOrEqual(5 * Math.sqrt((f * (1 - f)) / N));
      }),
      { numRuns: 25 },
    );
  });
});
