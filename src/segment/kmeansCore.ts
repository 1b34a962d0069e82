/** Internal: a seeded generator of floats in [0, 1) (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Internal: squared Euclidean distance between row `i` of `x` and row `j` of `c` (d columns). */
export function dist2(x: Float64Array, i: number, c: Float64Array, j: number, d: number): number {
  let s = 0;
  for (let f = 0; f < d; f++) {
    const diff = (x[i * d + f] as number) - (c[j * d + f] as number);
    s += diff * diff;
  }
  return s;
}

/** Internal: k-means++ seeding (Arthur & Vassilvitskii 2007): each next centre drawn ∝ D². */
function seedCentres(x: Float64Array, n: number, d: number, k: number, random: () => number): Float64Array {
  const c = new Float64Array(k * d);
  const copy = (i: number, j: number) => {
    for (let f = 0; f < d; f++) c[j * d + f] = x[i * d + f] as number;
  };
  copy(Math.floor(random() * n), 0);
  const best = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  for (let j = 1; j < k; j++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dd = dist2(x, i, c, j - 1, d);
      if (dd < (best[i] as number)) best[i] = dd;
      total += best[i] as number;
    }
    let target = random() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= best[i] as number;
      if (target < 0) {
        pick = i;
        break;
      }
    }
    copy(total > 0 ? pick : Math.floor(random() * n), j);
  }
  return c;
}

/** Internal: one k-means run. */
export type KmeansRun = {
  readonly labels: Int32Array;
  readonly centres: Float64Array;
  readonly inertia: number;
  readonly iterations: number;
};

/** Internal: nearest centre of row i. */
export function nearest(x: Float64Array, i: number, c: Float64Array, k: number, d: number): number {
  let bestJ = 0;
  let bestD = Number.POSITIVE_INFINITY;
  for (let j = 0; j < k; j++) {
    const dd = dist2(x, i, c, j, d);
    if (dd < bestD) {
      bestD = dd;
      bestJ = j;
    }
  }
  return bestJ;
}

/**
 * Internal: Lloyd's algorithm from a k-means++ start, until no label changes or `maxIterations`.
 * An emptied cluster takes the point farthest from its centre. Deterministic for a given seed.
 */
export function lloyd(
  x: Float64Array,
  n: number,
  d: number,
  k: number,
  seed: number,
  maxIterations: number,
): KmeansRun {
  const random = seededRandom(seed);
  const c = seedCentres(x, n, d, k, random);
  const labels = new Int32Array(n).fill(-1);
  const sums = new Float64Array(k * d);
  const sizes = new Int32Array(k);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      const j = nearest(x, i, c, k, d);
      if (labels[i] !== j) {
        labels[i] = j;
        changed = true;
      }
    }
    if (!changed) break;
    sums.fill(0);
    sizes.fill(0);
    for (let i = 0; i < n; i++) {
      const j = labels[i] as number;
      sizes[j] = (sizes[j] as number) + 1;
      for (let f = 0; f < d; f++) sums[j * d + f] = (sums[j * d + f] as number) + (x[i * d + f] as number);
    }
    for (let j = 0; j < k; j++) {
      if (sizes[j] === 0) {
        let far = 0;
        let farD = -1;
        for (let i = 0; i < n; i++) {
          const dd = dist2(x, i, c, labels[i] as number, d);
          if (dd > farD) {
            farD = dd;
            far = i;
          }
        }
        for (let f = 0; f < d; f++) c[j * d + f] = x[far * d + f] as number;
        labels[far] = j;
      } else for (let f = 0; f < d; f++) c[j * d + f] = (sums[j * d + f] as number) / (sizes[j] as number);
    }
  }
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += dist2(x, i, c, labels[i] as number, d);
  return { labels, centres: c, inertia, iterations };
}

/**
 * Internal: mean silhouette (Rousseeuw 1987) of the rows `sample` under `labels`; a point alone in
 * its cluster scores 0 (as scikit-learn). O(s² d) for s sampled rows.
 */
export function silhouette(
  x: Float64Array,
  d: number,
  labels: Int32Array,
  k: number,
  sample: readonly number[],
): number {
  let total = 0;
  const sum = new Float64Array(k);
  const count = new Int32Array(k);
  for (const i of sample) {
    sum.fill(0);
    count.fill(0);
    for (const j of sample) {
      if (i === j) continue;
      const l = labels[j] as number;
      sum[l] = (sum[l] as number) + Math.sqrt(dist2(x, i, x, j, d));
      count[l] = (count[l] as number) + 1;
    }
    const own = labels[i] as number;
    if (count[own] === 0) continue;
    const a = (sum[own] as number) / (count[own] as number);
    let b = Number.POSITIVE_INFINITY;
    for (let l = 0; l < k; l++)
      if (l !== own && (count[l] as number) > 0) b = Math.min(b, (sum[l] as number) / (count[l] as number));
    if (b === Number.POSITIVE_INFINITY) continue;
    const m = Math.max(a, b);
    total += m === 0 ? 0 : (b - a) / m;
  }
  return sample.length === 0 ? 0 : total / sample.length;
}
