import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './random.js';

const N = 100_000;

function mean(draw: () => number, n = N): { mean: number; variance: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    s += x;
    s2 += x * x;
  }
  const m = s / n;
  return { mean: m, variance: s2 / n - m * m };
}

describe('createSeededRandom', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createSeededRandom(1404);
    const b = createSeededRandom(1404);
    const c = createSeededRandom(1405);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('draws uniforms in (0, 1) and integers in 0 … n − 1', () => {
    const r = createSeededRandom(7);
    const counts = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < N; i++) {
      const u = r.next();
      if (!(u > 0 && u < 1)) outside++;
      const k = r.int(10);
      counts[k] = (counts[k] as number) + 1;
    }
    expect(outside).toBe(0);
    for (const c of counts) expect(Math.abs(c - N / 10)).toBeLessThan(600);
    expect(mean(r.next).mean).toBeCloseTo(0.5, 2);
  });

  it('draws normals with mean 0 and variance 1', () => {
    const { mean: m, variance } = mean(createSeededRandom(2).normal);
    expect(Math.abs(m)).toBeLessThan(0.015);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
  });

  it.each([
    [0.6, 1],
    [0.9, 3],
    [4, 7.5e6],
    [6, 1 / 2.5e6],
  ])('draws Gamma(shape %d, rate %d) with mean shape/rate and variance shape/rate²', (shape, rate) => {
    const r = createSeededRandom(3);
    const { mean: m, variance } = mean(() => r.gamma(shape, rate));
    expect(m / (shape / rate)).toBeGreaterThan(0.98);
    expect(m / (shape / rate)).toBeLessThan(1.02);
    expect(variance / (shape / rate ** 2)).toBeGreaterThan(0.93);
    expect(variance / (shape / rate ** 2)).toBeLessThan(1.07);
  });

  it('draws Beta(a, b) with mean a/(a+b), inside (0, 1)', () => {
    const r = createSeededRandom(4);
    let outside = 0;
    const { mean: m } = mean(() => {
      const x = r.beta(0.6, 7);
      if (!(x >= 0 && x <= 1)) outside++;
      return x;
    });
    expect(outside).toBe(0);
    expect(m).toBeCloseTo(0.6 / 7.6, 2);
  });

  it.each([0, 0.5, 4, 12, 250])('draws Poisson(%d) with that mean and variance', (lambda) => {
    const r = createSeededRandom(5);
    const { mean: m, variance } = mean(() => r.poisson(lambda));
    expect(Math.abs(m - lambda)).toBeLessThan(0.02 * lambda + 0.01);
    expect(Math.abs(variance - lambda)).toBeLessThan(0.05 * lambda + 0.01);
  });

  it('draws exponentials with mean 1/rate', () => {
    const r = createSeededRandom(6);
    expect(mean(() => r.exponential(0.25)).mean / 4).toBeCloseTo(1, 1);
  });
});
