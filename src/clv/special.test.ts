// The internal special functions and the optimiser, against closed forms and mpmath values.
import { describe, expect, it } from 'vitest';
import { upperIncompleteGamma } from './incompleteGamma.js';
import { minimizeBfgs } from './optimizer.js';
import { digamma, hyp2f1, lnGamma, lnHyp2f1, lnHyp2f1WithGradient, logAddExp, logSubExp } from './special.js';

describe('lnGamma and digamma', () => {
  it('match known values', () => {
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 13);
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(1e-8)).toBeCloseTo(18.420680738180209, 9);
    expect(lnGamma(1000.5) / 5908.674175848677).toBeCloseTo(1, 13);
    expect(lnGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(lnGamma(-1)).toBeNaN();
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 13);
    expect(digamma(0.5)).toBeCloseTo(-1.9635100260214235, 13);
    expect(digamma(100)).toBeCloseTo(4.600161852738087, 13);
  });
  it('log-sum-exp helpers', () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(Number.NEGATIVE_INFINITY, 3)).toBe(3);
    expect(logSubExp(Math.log(3), Math.log(1))).toBeCloseTo(Math.log(2), 14);
    expect(logSubExp(2, 2)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('Gauss hypergeometric series', () => {
  it('closed forms: ₂F₁(1,1;2;z) = −ln(1−z)/z, ₂F₁(a,b;b;z) = (1−z)^−a', () => {
    for (const z of [0, 1e-6, 0.3, 0.9, 0.999]) {
      const expected = z === 0 ? 1 : -Math.log1p(-z) / z;
      expect(Math.exp(lnHyp2f1(1, 1, 2, z))).toBeCloseTo(expected, 10);
      expect(lnHyp2f1(0.7, 2.5, 2.5, z)).toBeCloseTo(-0.7 * Math.log1p(-z), 10);
    }
  });
  it('never overflows: ln ₂F₁ for huge values', () => {
    // ₂F₁(a, b; b; z) = (1 − z)^{−a}: a = 2000, z = 0.9 → ln = 2000·ln 10 ≈ 4605 (e^4605 overflows)
    expect(lnHyp2f1(2000, 3, 3, 0.9)).toBeCloseTo(2000 * Math.LN10, 6);
  });
  it('signed series for c ≤ 0 and terminating series', () => {
    expect(hyp2f1(-2, 1, 1, 0.5)).toBeCloseTo(0.25, 14); // (1 − z)^2
    expect(hyp2f1(1, 1, -0.5, 0.2)).toBeCloseTo(0.095165183280872, 13); // mpmath 0.09516518328087204…
  });
  it('the gradient version agrees with finite differences', () => {
    const out = new Float64Array(5);
    const [a, b, c, z] = [3.2, 1.6, 4.2, 0.4];
    lnHyp2f1WithGradient(a, b, c, z, out);
    const h = 1e-6;
    expect(out[0]).toBeCloseTo(lnHyp2f1(a, b, c, z), 13);
    expect(out[1]).toBeCloseTo((lnHyp2f1(a + h, b, c, z) - lnHyp2f1(a - h, b, c, z)) / (2 * h), 7);
    expect(out[2]).toBeCloseTo((lnHyp2f1(a, b + h, c, z) - lnHyp2f1(a, b - h, c, z)) / (2 * h), 7);
    expect(out[3]).toBeCloseTo((lnHyp2f1(a, b, c + h, z) - lnHyp2f1(a, b, c - h, z)) / (2 * h), 7);
    expect(out[4]).toBeCloseTo((lnHyp2f1(a, b, c, z + h) - lnHyp2f1(a, b, c, z - h)) / (2 * h), 7);
  });
});

describe('upper incomplete gamma Γ(a, z) (mpmath gammainc)', () => {
  it.each([
    [0.4, 0.123, 1.17364099085761],
    [-0.6, 0.123, 3.22581299365686],
    [0, 2.5, 0.0249149178702697],
    [-1.5, 3.2, 0.00133463343929459],
    [2.5, 0.7, 1.2287269648653],
    [0.4, 5, 0.00232489886319895],
  ])('Γ(%d, %d)', (a, z, expected) => {
    expect(upperIncompleteGamma(a, z) / expected).toBeCloseTo(1, 10);
  });
});

describe('minimizeBfgs', () => {
  it('finds the Rosenbrock minimum and reports convergence', () => {
    const run = minimizeBfgs(
      (x, g) => {
        const [a, b] = [x[0] as number, x[1] as number];
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      [-1.2, 1],
      { maxIterations: 500, gradientTolerance: 1e-10, maxStep: 3 },
    );
    expect(run.converged).toBe(true);
    expect(run.x[0]).toBeCloseTo(1, 8);
    expect(run.x[1]).toBeCloseTo(1, 8);
  });
  it('survives NaN regions and says so when it cannot converge', () => {
    const run = minimizeBfgs(
      (x, g) => {
        const v = x[0] as number;
        g[0] = v > 2 ? Number.NaN : 2 * (v - 1);
        return v > 2 ? Number.NaN : (v - 1) ** 2;
      },
      [1.9],
      { maxIterations: 100, gradientTolerance: 1e-12, maxStep: 3 },
    );
    expect(run.x[0]).toBeCloseTo(1, 8);
    const bad = minimizeBfgs(() => Number.NaN, [0], { maxIterations: 10, gradientTolerance: 1e-8, maxStep: 3 });
    expect(bad.converged).toBe(false);
    expect(bad.message).toMatch(/not finite/);
  });
});
