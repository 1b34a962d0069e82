import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './random.js';

describe('createSeededRandom properties', () => {
  it('gives the same stream for the same seed, values in range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const a = createSeededRandom(seed);
        const b = createSeededRandom(seed);
        for (let i = 0; i < 20; i++) {
          const u = a.next();
          expect(b.next()).toBe(u);
          expect(u > 0 && u < 1).toBe(true);
          const k = a.int(n);
          expect(b.int(n)).toBe(k);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
          const g = a.gamma(0.5 + (n % 7), 2);
          expect(b.gamma(0.5 + (n % 7), 2)).toBe(g);
          expect(g).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
