// Count-dependent terms of the BG/NBD and MBG/NBD likelihoods (see betaGeoCore.ts). Internal.
import { digamma, lnGamma } from './special.js';

/**
 * For each distinct x: K(x) (without r·ln α) and its derivatives in r, a, b. For integer x these are
 * finite sums (lnΓ(r+x) − lnΓ(r) = Σ_{j<x} ln(r+j), ψ(r+x) − ψ(r) = Σ 1/(r+j)), accumulated in one
 * walk up to max x when that is cheaper than lnΓ/ψ per distinct value.
 */
export function fillBetaGeoCounts(
  xs: Float64Array,
  shift: number,
  r: number,
  a: number,
  b: number,
  kx: Float64Array,
  kr: Float64Array,
  ka: Float64Array,
  kb: Float64Array,
  scratch: Float64Array,
): void {
  let maxX = 0;
  for (const x of xs) maxX = Math.max(maxX, x);
  const ab = a + b;
  const len = maxX + shift + 1;
  if (maxX > 10 * xs.length + 100 || scratch.length < 6 * len) {
    const base = lnGamma(ab) - lnGamma(b) - lnGamma(r);
    const psiR = digamma(r);
    const psiAB = digamma(ab);
    const psiB = digamma(b);
    xs.forEach((x, j) => {
      const psiABX = digamma(ab + x + shift);
      kx[j] = base + lnGamma(r + x) + lnGamma(b + x) - lnGamma(ab + x + shift);
      kr[j] = digamma(r + x) - psiR;
      ka[j] = psiAB - psiABX;
      kb[j] = psiAB + digamma(b + x) - psiB - psiABX;
    });
    return;
  }
  // cumulative sums S(n) = Σ_{j<n} ln(v+j) and D(n) = Σ_{j<n} 1/(v+j) for v = r, b, a+b, side by side
  // in `scratch` (6 values per n, reused across evaluations)
  scratch.fill(0, 0, 6);
  for (let j = 1; j < len; j++) {
    const o = 6 * j;
    const p = o - 6;
    scratch[o] = (scratch[p] as number) + Math.log(r + j - 1);
    scratch[o + 1] = (scratch[p + 1] as number) + 1 / (r + j - 1);
    scratch[o + 2] = (scratch[p + 2] as number) + Math.log(b + j - 1);
    scratch[o + 3] = (scratch[p + 3] as number) + 1 / (b + j - 1);
    scratch[o + 4] = (scratch[p + 4] as number) + Math.log(ab + j - 1);
    scratch[o + 5] = (scratch[p + 5] as number) + 1 / (ab + j - 1);
  }
  xs.forEach((x, j) => {
    const o = 6 * x;
    const q = 6 * (x + shift);
    kx[j] = (scratch[o] as number) + (scratch[o + 2] as number) - (scratch[q + 4] as number);
    kr[j] = scratch[o + 1] as number;
    ka[j] = -(scratch[q + 5] as number);
    kb[j] = (scratch[o + 3] as number) - (scratch[q + 5] as number);
  });
}
