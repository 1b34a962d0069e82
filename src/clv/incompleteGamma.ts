// Upper incomplete gamma function for the Pareto/NBD DERT (Tricomi U(s, s; z) = e^z·Γ(1 − s, z)). Internal.
import { lnGamma } from './special.js';

const EULER_GAMMA = 0.5772156649015329;

/** E₁(z) = ∫_z^∞ e^{−u}/u du for z > 0 (series below 1, continued fraction above). */
function expIntegralE1(z: number): number {
  if (z <= 1) {
    let sum = 0;
    let term = 1;
    for (let k = 1; k < 200; k++) {
      term *= -z / k;
      sum += term / k;
      if (Math.abs(term / k) < 1e-17 * Math.abs(sum)) break;
    }
    return -EULER_GAMMA - Math.log(z) - sum;
  }
  return Math.exp(-z) * upperGammaContinuedFraction(0, z);
}

/** Lentz's continued fraction for e^{z}·z^{−a}·Γ(a, z) (converges fast for z ≥ a + 1). */
function upperGammaContinuedFraction(a: number, z: number): number {
  const tiny = 1e-300;
  let b = z + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/**
 * Upper incomplete gamma Γ(a, z) = ∫_z^∞ u^{a−1} e^{−u} du for z > 0 and any real a (for a ≤ 0 by
 * the recurrence Γ(a, z) = (Γ(a+1, z) − z^a e^{−z})/a from a value in (0, 1], or E₁ at 0).
 */
export function upperIncompleteGamma(a: number, z: number): number {
  if (a <= 0) {
    const up = Math.ceil(-a);
    const start = a + up; // in [0, 1)
    let value = start === 0 ? expIntegralE1(z) : upperIncompleteGamma(start, z);
    for (let k = up - 1; k >= 0; k--) {
      const b = a + k;
      value = (value - Math.exp(b * Math.log(z) - z)) / b;
    }
    return value;
  }
  if (z < a + 1) {
    // Γ(a, z) = Γ(a) − γ(a, z), γ by its power series
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= z / (a + n);
      sum += term;
      if (term < 1e-17 * sum) break;
    }
    return Math.exp(lnGamma(a)) - Math.exp(a * Math.log(z) - z) * sum;
  }
  return Math.exp(a * Math.log(z) - z) * upperGammaContinuedFraction(a, z);
}
