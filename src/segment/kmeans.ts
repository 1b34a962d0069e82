import { MoshtariError } from '../core/index.js';
import type { SegmentErrorCode } from './errors.js';
import { type KmeansRun, lloyd } from './kmeansCore.js';
import { featureSpecs, type KmeansFeature, type KmeansModel, rawMatrix, standardise } from './kmeansPrep.js';

/**
 * Options of {@link kmeansSegments}.
 *
 * @example
 * ```ts
 * const options: KmeansSegmentsOptions<{ r: number; f: number; m: number }> = {
 *   features: [{ name: 'r', log: true }, { name: 'f', log: true }, { name: 'm', log: true }],
 *   k: 4,
 *   seed: 42,
 * };
 * ```
 * @category Segment
 */
export interface KmeansSegmentsOptions<T> {
  /** The features; see {@link KmeansFeature}. */
  readonly features: readonly KmeansFeature<T>[];
  /** Number of clusters, 1 ≤ k ≤ rows. */
  readonly k: number;
  /** Seed of the generator (any 32-bit integer): the same input and seed give the same clusters. */
  readonly seed: number;
  /** Independent k-means++ starts; the lowest inertia wins (default 4). */
  readonly restarts?: number;
  /** Lloyd iterations per start (default 100). */
  readonly maxIterations?: number;
}

/**
 * One cluster, described for naming ("recent big spenders", …).
 *
 * @example
 * ```ts
 * const c: KmeansCluster = { index: 0, size: 120, share: 0.4, centroid: [0.8, 1.2], profile: { recency: { mean: 12, min: 0, max: 40 } } };
 * ```
 * @category Segment
 */
export type KmeansCluster = {
  /** The cluster's label (clusters are numbered by decreasing size, ties by centroid). */
  readonly index: number;
  /** Rows in the cluster. */
  readonly size: number;
  /** Their fraction of all rows. */
  readonly share: number;
  /** Centre in standardised units (z-scores of the transformed features). */
  readonly centroid: readonly number[];
  /** Mean, minimum and maximum of each feature in its original units (Money as a number of Rial). */
  readonly profile: Readonly<
    Record<
      string,
      {
        /** Mean of the feature in the cluster (original units). */
        readonly mean: number;
        /** Smallest value in the cluster. */
        readonly min: number;
        /** Largest value in the cluster. */
        readonly max: number;
      }
    >
  >;
};

/**
 * The result of {@link kmeansSegments}.
 *
 * @example
 * ```ts
 * function sizes(r: KmeansSegments): number[] {
 *   return r.clusters.map((c) => c.size);
 * }
 * ```
 * @category Segment
 */
export type KmeansSegments = {
  /** Cluster label of each row, in input order. */
  readonly labels: readonly number[];
  /** The clusters, label order. */
  readonly clusters: readonly KmeansCluster[];
  /** Sum of squared distances of rows to their centres (standardised units). */
  readonly inertia: number;
  /** The preprocessing and centres, for {@link kmeansAssign}. */
  readonly model: KmeansModel;
};

function fail(path: string, message: string): never {
  throw new MoshtariError<SegmentErrorCode>('INVALID_OPTION', `${path}: ${message}`, { path });
}

function integerOption(value: number | undefined, fallback: number, min: number, max: number, path: string): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < min || v > max)
    fail(path, `expected a whole number ${min}–${max}, got ${String(value)}`);
  return v;
}

/** Internal: fits k-means with restarts on a standardised matrix; seeds derive from `seed`. */
export function fitKmeans(
  x: Float64Array,
  n: number,
  d: number,
  k: number,
  seed: number,
  restarts: number,
  maxIterations: number,
): KmeansRun {
  let best: KmeansRun | undefined;
  for (let s = 0; s < restarts; s++) {
    const run = lloyd(x, n, d, k, (seed + Math.imul(s, 0x9e3779b9)) | 0, maxIterations);
    if (best === undefined || run.inertia < best.inertia) best = run;
  }
  return best as KmeansRun;
}

/**
 * Clusters customers with k-means (segmentation.md §8): features log-transformed where skewed
 * (money by default) and z-scored, k-means++ starts from a seeded generator, several restarts,
 * lowest inertia kept. Labels are renumbered by decreasing cluster size (ties by centroid), so the
 * same input and seed always give the same labels; profiles give each cluster's feature ranges
 * for naming. Quantile RFM stays the explainable default; this is the data-driven alternative.
 *
 * @param rows - the customers (any objects)
 * @param options - `features`, `k`, `seed`, `restarts` (default 4), `maxIterations` (default 100)
 * @returns labels, clusters with profiles, inertia and the reusable model
 * @throws {MoshtariError} INVALID_ARGUMENT; INVALID_OPTION (`k` outside 1…rows, bad features); INVALID_VALUE for a non-finite feature
 * @example
 * ```ts
 * const rows = [{ spend: 10 }, { spend: 12 }, { spend: 11 }, { spend: 500 }, { spend: 520 }];
 * const { labels, clusters } = kmeansSegments(rows, { features: ['spend'], k: 2, seed: 1 });
 * labels; // [0, 0, 0, 1, 1]
 * clusters[1]?.profile['spend']; // { mean: 510, min: 500, max: 520 }
 * ```
 * @category Segment
 */
export function kmeansSegments<T>(rows: readonly T[], options: KmeansSegmentsOptions<T>): KmeansSegments {
  if (!Array.isArray(rows))
    throw new MoshtariError<SegmentErrorCode>('INVALID_ARGUMENT', 'rows: expected an array', { path: 'rows' });
  const n = rows.length;
  if (n === 0)
    throw new MoshtariError<SegmentErrorCode>('INVALID_ARGUMENT', 'rows: expected at least one row', { path: 'rows' });
  const k = integerOption(options?.k, Number.NaN, 1, n, 'options.k');
  const seed = integerOption(options.seed, Number.NaN, -(2 ** 31), 2 ** 32 - 1, 'options.seed');
  const restarts = integerOption(options.restarts, 4, 1, 100, 'options.restarts');
  const maxIterations = integerOption(options.maxIterations, 100, 1, 10_000, 'options.maxIterations');
  const specs = featureSpecs(options.features);
  const d = specs.length;
  const { x, money } = rawMatrix(rows, specs);
  const raw = x.slice();
  const log = specs.map((s, f) => s.log ?? (money[f] as boolean));
  const { means, stds } = standardise(x, n, log);
  const run = fitKmeans(x, n, d, k, seed, restarts, maxIterations);
  // Stable numbering: by decreasing size, then by centroid coordinates.
  const sizes = new Array<number>(k).fill(0);
  for (const l of run.labels) sizes[l] = (sizes[l] as number) + 1;
  const centre = (j: number) => Array.from(run.centres.subarray(j * d, j * d + d));
  const order = Array.from({ length: k }, (_, j) => j).sort((a, b) => {
    if (sizes[a] !== sizes[b]) return (sizes[b] as number) - (sizes[a] as number);
    const ca = centre(a);
    const cb = centre(b);
    for (let f = 0; f < d; f++) if (ca[f] !== cb[f]) return (ca[f] as number) - (cb[f] as number);
    return a - b;
  });
  const rename = new Array<number>(k);
  order.forEach((old, i) => {
    rename[old] = i;
  });
  const labels = Array.from(run.labels, (l) => rename[l] as number);
  const clusters: KmeansCluster[] = order.map((old, index) => {
    const profile: Record<string, { mean: number; min: number; max: number }> = {};
    specs.forEach((s, f) => {
      let sum = 0;
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < n; i++) {
        if (labels[i] !== index) continue;
        const v = raw[i * d + f] as number;
        sum += v;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      profile[s.name] = { mean: sum / (sizes[old] as number), min, max };
    });
    return { index, size: sizes[old] as number, share: (sizes[old] as number) / n, centroid: centre(old), profile };
  });
  const model: KmeansModel = {
    features: specs.map((s) => s.name),
    log,
    means,
    stds,
    centroids: clusters.map((c) => c.centroid),
  };
  return { labels, clusters, inertia: run.inertia, model };
}
