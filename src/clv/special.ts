// Special functions for the CLV models, all on positive arguments and in log space where values
// can overflow. Internal: not re-exported from index.ts.

// Numerical Recipes 3rd ed. `gammln` coefficients, written as the doubles they round to
const LANCZOS = [
  57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202, 0.00003399464998481189,
  0.00004652362892704858, -0.00009837447530487956, 0.0001580887032249125, -0.00021026444172410488,
  0.00021743961811521265, -0.0001643181065367639, 0.00008441822398385275, -0.000026190838401581408,
  0.0000036899182659531625,
];
const LN_10_250 = 575.6462732485114; // ln(1e250)

/** ln Γ(x) for x > 0 (Lanczos, g = 671/128, ~1e-15 relative); NaN otherwise. */
export function lnGamma(x: number): number {
  if (!(x > 0)) return x === 0 ? Number.POSITIVE_INFINITY : Number.NaN;
  let y = x;
  const tmp = x + 5.2421875;
  let ser = 0.9999999999999971;
  for (let j = 0; j < 14; j++) ser += (LANCZOS[j] as number) / ++y;
  return (x + 0.5) * Math.log(tmp) - tmp + Math.log((2.5066282746310007 * ser) / x);
}

/** ψ(x) = d/dx ln Γ(x) for x > 0 (recurrence to x ≥ 12, then the asymptotic series). */
export function digamma(x: number): number {
  let v = x;
  let acc = 0;
  while (v < 12) {
    acc -= 1 / v;
    v += 1;
  }
  const i2 = 1 / (v * v);
  const series = i2 * (1 / 12 - i2 * (1 / 120 - i2 * (1 / 252 - i2 * (1 / 240 - i2 * (1 / 132)))));
  return acc + Math.log(v) - 0.5 / v - series;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/** ln(e^a + e^b) without overflow; −∞ when both are −∞. */
export function logAddExp(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** ln(e^a − e^b) for a ≥ b (−∞ when equal). */
export function logSubExp(a: number, b: number): number {
  if (b === Number.NEGATIVE_INFINITY) return a;
  const d = b - a;
  return d >= 0 ? Number.NEGATIVE_INFINITY : a + (d > -Math.LN2 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
}

/** 1 / (1 + e^{−x}). */
export function expit(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

const MAX_TERMS = 2_000_000;

/**
 * ln ₂F₁(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1 by the Gauss series, whose terms are then all
 * positive (no cancellation). The running sum is rescaled so it never overflows, however close z
 * is to 1 (the series then needs about 40/(1 − z) terms). NaN if it does not converge.
 */
export function lnHyp2f1(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 0;
  if (!(z > 0 && z < 1)) return Number.NaN;
  let term = 1;
  let sum = 1;
  let scale = 0;
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    if (sum > 1e250) {
      sum *= 1e-250;
      term *= 1e-250;
      scale += LN_10_250;
    }
    if (term <= 1e-17 * sum && ratio < 1) {
      const next = Math.max(ratio, z);
      if ((term * next) / (1 - next) <= 1e-17 * sum) return scale + Math.log(sum);
    }
  }
  return Number.NaN;
}

/**
 * ₂F₁(a, b; c; z) for 0 ≤ z < 1 and any real a, b and c > 0 or c not a non-positive integer
 * (the Gauss series with signed terms); uses {@link lnHyp2f1} when every parameter is positive.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (a > 0 && b > 0 && c > 0) return Math.exp(lnHyp2f1(a, b, c, z));
  if (z === 0) return 1;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    if (
      term === 0 ||
      (Math.abs(term) <= 1e-17 * Math.abs(sum) &&
        Math.abs(ratio) < 1 &&
        n > Math.max(Math.abs(a), Math.abs(b), Math.abs(c)))
    ) {
      return sum;
    }
  }
  return Number.NaN;
}

/**
 * ln ₂F₁(a, b; c; z) and its partial derivatives, for a, b, c > 0 and 0 ≤ z < 1, from one pass of the
 * positive Gauss series (each term's log-derivative in a is Σ_{k<n} 1/(a+k), and so on). Writes
 * [ln F, ∂ln F/∂a, ∂ln F/∂b, ∂ln F/∂c, ∂ln F/∂z] into `out`; NaNs if the series does not converge.
 */
export function lnHyp2f1WithGradient(a: number, b: number, c: number, z: number, out: Float64Array): void {
  if (z === 0) {
    out[0] = 0;
    out[1] = 0;
    out[2] = 0;
    out[3] = 0;
    out[4] = (a * b) / c;
    return;
  }
  let term = 1;
  let sum = 1;
  let sa = 0;
  let sb = 0;
  let sc = 0;
  let sz = 0;
  let ka = 0;
  let kb = 0;
  let kc = 0;
  let scale = 0;
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    ka += 1 / (a + n);
    kb += 1 / (b + n);
    kc += 1 / (c + n);
    term *= ratio;
    sum += term;
    sa += term * ka;
    sb += term * kb;
    sc += term * kc;
    sz += term * (n + 1);
    if (sum > 1e250) {
      sum *= 1e-250;
      term *= 1e-250;
      sa *= 1e-250;
      sb *= 1e-250;
      sc *= 1e-250;
      sz *= 1e-250;
      scale += LN_10_250;
    }
    if (term * (n + 2 + ka + kb) <= 1e-17 * sum && ratio < 1) {
      const next = Math.max(ratio, z);
      if ((term * (n + 2) * next) / (1 - next) ** 2 <= 1e-17 * sum) {
        out[0] = scale + Math.log(sum);
        out[1] = sa / sum;
        out[2] = sb / sum;
        out[3] = -sc / sum;
        out[4] = sz / (z * sum);
        return;
      }
    }
  }
  out.fill(Number.NaN);
}
