// A small seeded pseudo-random generator (sfc32, seeded through splitmix32) and the samplers the
// sample store needs. Deterministic: the same seed gives the same sequence on every platform.

/** A seeded source of random numbers; every method advances the same stream. */
export type SeededRandom = {
  /** Uniform in the open interval (0, 1). */
  readonly next: () => number;
  /** Uniform integer in 0 … n − 1 (n ≥ 1). */
  readonly int: (n: number) => number;
  /** Standard normal N(0, 1). */
  readonly normal: () => number;
  /** Gamma with `shape` > 0 and `rate` > 0 (mean shape / rate). */
  readonly gamma: (shape: number, rate: number) => number;
  /** Beta(a, b) with a, b > 0 (mean a / (a + b)). */
  readonly beta: (a: number, b: number) => number;
  /** Poisson with `mean` ≥ 0. */
  readonly poisson: (mean: number) => number;
  /** Exponential with `rate` > 0 (mean 1 / rate). */
  readonly exponential: (rate: number) => number;
};

const TWO_32 = 4_294_967_296;

/** Marsaglia–Tsang for shape ≥ 1 (unit rate). */
function gammaAtLeastOne(shape: number, next: () => number, normal: () => number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Hörmann's PTRS (transformed rejection) for a Poisson mean ≥ 10. */
function poissonLarge(mean: number, next: () => number): number {
  const slam = Math.sqrt(mean);
  const logLam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = next() - 0.5;
    const v = next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logLam - logFactorial(k)) {
      return k;
    }
  }
}

/** ln(k!) by Stirling's series (exact enough for k ≥ 10; summed below). */
function logFactorial(k: number): number {
  if (k < 10) {
    let s = 0;
    for (let i = 2; i <= k; i++) s += Math.log(i);
    return s;
  }
  const k1 = k + 1;
  return (k1 - 0.5) * Math.log(k1) - k1 + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * k1) - 1 / (360 * k1 * k1 * k1);
}

/**
 * A seeded pseudo-random generator (sfc32, 128-bit state seeded by splitmix32) with the samplers
 * the sample store draws from: uniform, normal, gamma, beta, Poisson and exponential. It never
 * touches `Math.random` or the clock, so a seed always gives the same numbers.
 *
 * @param seed - any finite number (its 32-bit integer part is used)
 * @returns a {@link SeededRandom}
 * @example
 * ```ts
 * const random = createSeededRandom(1404);
 * random.next();          // 0 < x < 1, the same on every run
 * random.gamma(2, 0.5);   // mean 4
 * ```
 * @category CLI
 */
export function createSeededRandom(seed: number): SeededRandom {
  let s = seed | 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return ((t >>> 0) + 0.5) / TWO_32;
  };
  for (let i = 0; i < 12; i++) next();
  let spare = Number.NaN;
  const normal = (): number => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = Number.NaN;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(next()));
    const theta = 2 * Math.PI * next();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
  const gamma = (shape: number, rate: number): number => {
    if (shape >= 1) return gammaAtLeastOne(shape, next, normal) / rate;
    return (gammaAtLeastOne(shape + 1, next, normal) * next() ** (1 / shape)) / rate;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    normal,
    gamma,
    beta: (x, y) => {
      const g = gamma(x, 1);
      return g / (g + gamma(y, 1));
    },
    poisson: (mean) => {
      if (mean >= 10) return poissonLarge(mean, next);
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    exponential: (rate) => -Math.log(next()) / rate,
  };
}
