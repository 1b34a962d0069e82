// The standard normal distribution: Φ through W. J. Cody's erfc (Math. Comp. 23 (1969) 631–637,
// netlib specfun CALERF) and Φ⁻¹ through M. J. Wichura's AS 241 PPND16 (Appl. Statist. 37 (1988)
// 477–484). Both are accurate to a few units in the last place of a double (checked against
// mpmath in normal.test.ts). Coefficients are the published ones written as their nearest doubles.
import { checkOpenUnit, fail } from './check.js';

const A = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315];
const B = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const C = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769, 1712.0476126340707,
  2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
];
const D = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597, 4362.619090143247,
  3439.3676741437216, 1230.3393548037495,
];
const P = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378,
  0.016315387137302097,
];
const Q = [2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918];
const ONE_OVER_SQRT_PI = 0.5641895835477563;
const X_BIG = 26.543;

/** Internal: erfc(x) by Cody's three rational Chebyshev approximations. */
export function erfc(x: number): number {
  const y = Math.abs(x);
  let result: number;
  if (y <= 0.46875) {
    const z = y > 1.11e-16 ? y * y : 0;
    let num = (A[4] as number) * z;
    let den = z;
    for (let i = 0; i < 3; i++) {
      num = (num + (A[i] as number)) * z;
      den = (den + (B[i] as number)) * z;
    }
    return 1 - (x * (num + (A[3] as number))) / (den + (B[3] as number));
  }
  if (y <= 4) {
    let num = (C[8] as number) * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + (C[i] as number)) * y;
      den = (den + (D[i] as number)) * y;
    }
    result = (num + (C[7] as number)) / (den + (D[7] as number));
  } else if (y >= X_BIG) {
    result = 0;
  } else {
    const z = 1 / (y * y);
    let num = (P[5] as number) * z;
    let den = z;
    for (let i = 0; i < 4; i++) {
      num = (num + (P[i] as number)) * z;
      den = (den + (Q[i] as number)) * z;
    }
    result = (ONE_OVER_SQRT_PI - (z * (num + (P[4] as number))) / (den + (Q[4] as number))) / y;
  }
  if (result !== 0) {
    // exp(−y²) split as exp(−s²)·exp(−(y−s)(y+s)) with s = y rounded down to 1/16: no cancellation
    const s = Math.trunc(y * 16) / 16;
    result *= Math.exp(-s * s) * Math.exp(-(y - s) * (y + s));
  }
  return x < 0 ? 2 - result : result;
}

/**
 * The standard normal cumulative distribution function Φ(x) = P(Z ≤ x), computed as
 * ½·erfc(−x/√2) with W. J. Cody's rational approximations of erfc (netlib CALERF): accurate to
 * about 1e-14 relative, also far in the tails (Φ(−10) ≈ 7.62e-24), unlike `1 − Φ(|x|)`.
 *
 * @param x - any number; ±Infinity give 0 and 1
 * @returns Φ(x) in [0, 1]
 * @throws {MoshtariError} INVALID_ARGUMENT for NaN or a non-number
 * @example
 * ```ts
 * standardNormalCdf(1.96);  // 0.9750021048517795
 * standardNormalCdf(-2.304134); // ≈ 0.0106076 (half the two-sided p of crm.md §5's example)
 * ```
 * @category Metrics
 */
export function standardNormalCdf(x: number): number {
  if (typeof x !== 'number' || Number.isNaN(x)) fail('INVALID_ARGUMENT', 'x', `expected a number, got ${String(x)}`);
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Internal: Φ⁻¹(p) for p in (0, 1) without argument checks (AS 241, PPND16). */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((5226.495278852854 * r + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((1.0507500716444169e-9 * r + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r -= 5;
    value =
      (((((((2.0103343992922881e-7 * r + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((2.0442631033899397e-15 * r + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return q < 0 ? -value : value;
}

/**
 * The standard normal quantile Φ⁻¹(p): the z with Φ(z) = p, by M. J. Wichura's algorithm AS 241
 * (PPND16, about 16 significant digits), the method of R's `qnorm`.
 *
 * @param p - a probability strictly between 0 and 1
 * @returns the quantile, e.g. ≈ 1.959964 for 0.975
 * @throws {MoshtariError} INVALID_OPTION when `p` is not strictly between 0 and 1
 * @example
 * ```ts
 * standardNormalQuantile(0.975); // ≈ 1.959964 (z for a two-sided 95 % interval)
 * standardNormalQuantile(0.8);   // ≈ 0.841621 (z for power 0.8)
 * ```
 * @category Metrics
 */
export function standardNormalQuantile(p: number): number {
  checkOpenUnit(p, 'p');
  return normalQuantile(p);
}
