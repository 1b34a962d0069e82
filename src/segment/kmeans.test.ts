import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { rial } from '../money/index.js';
import { kmeansAssign, kmeansSegments, suggestK } from './index.js';

const codeOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return isMoshtariError(error) ? [error.code, error.path] : error;
  }
  return 'no error';
};

/** Three well-separated groups of RFM-like rows (money spans orders of magnitude). */
function blobs(): { recency: number; orders: number; spend: ReturnType<typeof rial> }[] {
  const rows = [];
  for (let i = 0; i < 60; i++)
    rows.push({ recency: 5 + (i % 7), orders: 20 + (i % 5), spend: rial(900_000_000 + i * 1_000_000) });
  for (let i = 0; i < 40; i++)
    rows.push({ recency: 60 + (i % 11), orders: 4 + (i % 3), spend: rial(40_000_000 + i * 100_000) });
  for (let i = 0; i < 20; i++) rows.push({ recency: 400 + i * 5, orders: 1, spend: rial(1_000_000 + i * 10_000) });
  return rows;
}

describe('kmeansSegments', () => {
  const features = [{ name: 'recency', log: true }, { name: 'orders', log: true }, 'spend'] as const;

  it('finds the groups, numbers clusters by size and profiles them in original units (money log-scaled)', () => {
    const rows = blobs();
    const fit = kmeansSegments(rows, { features: [...features], k: 3, seed: 42 });
    expect(fit.clusters.map((c) => c.size)).toEqual([60, 40, 20]);
    expect(fit.labels).toEqual([...Array(60).fill(0), ...Array(40).fill(1), ...Array(20).fill(2)]);
    expect(fit.clusters[2]?.profile['orders']).toEqual({ mean: 1, min: 1, max: 1 });
    expect(fit.clusters[0]?.profile['spend']?.min).toBe(900_000_000);
    expect(fit.model.log).toEqual([true, true, true]);
    expect(kmeansAssign(fit.model, [8, 22, rial(950_000_000)])).toBe(0);
    expect(kmeansAssign(fit.model, [500, 1, 500_000])).toBe(2);
  });

  it('is deterministic: same input and seed, same result; label numbering does not depend on the seed', () => {
    const rows = blobs();
    const a = kmeansSegments(rows, { features: [...features], k: 3, seed: 7 });
    const b = kmeansSegments(rows, { features: [...features], k: 3, seed: 7 });
    const c = kmeansSegments(rows, { features: [...features], k: 3, seed: 12345 });
    expect(b).toEqual(a);
    expect(c.labels).toEqual(a.labels);
  });

  it('suggestK picks k by silhouette', () => {
    const s = suggestK(blobs(), { features: [...features], seed: 1, kMax: 6 });
    expect(s.k).toBe(3);
    expect(s.candidates.map((c) => c.k)).toEqual([2, 3, 4, 5, 6]);
    const best = s.candidates.find((c) => c.k === 3);
    expect(best?.silhouette).toBeGreaterThan(0.7);
    expect(
      suggestK(
        [1, 2, 3, 50, 51, 52, 100, 101, 102].map((spend) => ({ spend })),
        { features: ['spend'], seed: 1, kMax: 5 },
      ).k,
    ).toBe(3);
  });

  it('rejects bad options and values', () => {
    expect(codeOf(() => kmeansSegments([{ x: 1 }], { features: ['x'], k: 2, seed: 1 }))).toEqual([
      'INVALID_OPTION',
      'options.k',
    ]);
    expect(codeOf(() => kmeansSegments([], { features: ['x'], k: 1, seed: 1 }))).toEqual(['INVALID_ARGUMENT', 'rows']);
    expect(codeOf(() => kmeansSegments([{ x: Number.NaN }], { features: ['x'], k: 1, seed: 1 }))).toEqual([
      'INVALID_VALUE',
      'rows[0].x',
    ]);
    expect(codeOf(() => kmeansSegments([{ x: 1 }], { features: [], k: 1, seed: 1 }))).toEqual([
      'INVALID_OPTION',
      'options.features',
    ]);
    expect(codeOf(() => suggestK([{ x: 1 }, { x: 2 }], { features: ['x'], seed: 1 }))).toEqual([
      'INVALID_OPTION',
      'rows',
    ]);
  });
});
