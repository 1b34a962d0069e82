import { describe, expect, it } from 'vitest';
import { codeOf } from './codeOf.test-util.js';
import { standardNormalCdf, standardNormalQuantile } from './index.js';

// Reference values computed with mpmath (mp.dps = 40): ncdf(x) and sqrt(2)·erfinv(2p − 1), written
// as the nearest doubles.
const CDF: readonly (readonly [number, number])[] = [
  [-10, 7.619853024160525e-24],
  [-8, 6.220960574271784e-16],
  [-5, 2.866515718791939e-7],
  [-3, 0.0013498980316300946],
  [-2.304134234005453, 0.01060755477664476],
  [-1.96, 0.024997895148220435],
  [-1, 0.15865525393145705],
  [-0.5, 0.3085375387259869],
  [-0.1, 0.460172162722971],
  [0, 0.5],
  [0.3, 0.6179114221889527],
  [0.6, 0.7257468822499265],
  [1, 0.8413447460685429],
  [1.5, 0.9331927987311419],
  [2, 0.9772498680518208],
  [3, 0.9986501019683699],
  [4.5, 0.9999966023268753],
  [6, 0.9999999990134123],
];

const QUANTILE: readonly (readonly [number, number])[] = [
  [1e-20, -9.262340089798407],
  [1e-10, -6.361340902404057],
  [0.001, -3.0902323061678136],
  [0.025, -1.9599639845400543],
  [0.05, -1.6448536269514726],
  [0.2, -0.8416212335729142],
  [0.5, 0],
  [0.8, 0.8416212335729142],
  [0.9, 1.2815515655446004],
  [0.975, 1.9599639845400543],
  [0.995, 2.575829303548901],
];

describe('standard normal (crm.md §5: "an erf approximation is enough"; we use Cody / AS 241)', () => {
  it('Φ matches mpmath to 1e-14 relative, tails included (far better than the required 1e-7)', () => {
    for (const [x, expected] of CDF) {
      const got = standardNormalCdf(x);
      expect(Math.abs(got - expected) / expected, `Φ(${x})`).toBeLessThan(1e-14);
    }
    expect(standardNormalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(standardNormalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(standardNormalCdf(-40)).toBe(0);
  });

  it('Φ⁻¹ matches mpmath to 1e-15 relative, including z_{0.975} = 1.959964 and z_{0.8} = 0.841621', () => {
    for (const [p, expected] of QUANTILE) {
      const got = standardNormalQuantile(p);
      if (expected === 0) expect(got).toBe(0);
      else expect(Math.abs(got - expected) / Math.abs(expected), `Φ⁻¹(${p})`).toBeLessThan(1e-15);
    }
    expect(standardNormalQuantile(0.975).toFixed(4)).toBe('1.9600');
    expect(standardNormalQuantile(0.8).toFixed(4)).toBe('0.8416');
  });

  it('rejects probabilities outside (0, 1) and NaN', () => {
    expect(codeOf(() => standardNormalQuantile(0))).toBe('INVALID_OPTION@p');
    expect(codeOf(() => standardNormalQuantile(1))).toBe('INVALID_OPTION@p');
    expect(codeOf(() => standardNormalQuantile(Number.NaN))).toBe('INVALID_OPTION@p');
    expect(codeOf(() => standardNormalCdf(Number.NaN))).toBe('INVALID_ARGUMENT@x');
  });
});
