import { MoshtariError } from '../core/index.js';
import type { SegmentErrorCode } from './errors.js';
import { fitKmeans } from './kmeans.js';
import { seededRandom, silhouette } from './kmeansCore.js';
import { featureSpecs, type KmeansFeature, rawMatrix, standardise } from './kmeansPrep.js';

/**
 * Options of {@link suggestK}.
 *
 * @example
 * ```ts
 * const options: SuggestKOptions<{ m: number }> = { features: ['m'], seed: 7, kMin: 2, kMax: 6 };
 * ```
 * @category Segment
 */
export interface SuggestKOptions<T> {
  /** The features, as for {@link kmeansSegments}. */
  readonly features: readonly KmeansFeature<T>[];
  /** Seed of the generator (clustering and sampling). */
  readonly seed: number;
  /** Smallest k tried (default 2). */
  readonly kMin?: number;
  /** Largest k tried (default 8, at most the number of rows − 1). */
  readonly kMax?: number;
  /** Rows sampled (seeded) for the O(s²) silhouette (default 2,000). */
  readonly sampleSize?: number;
  /** Restarts per k (default 2). */
  readonly restarts?: number;
}

/**
 * What {@link suggestK} found: the best k and every candidate's silhouette and inertia (for an
 * elbow plot).
 *
 * @example
 * ```ts
 * const s: SuggestedK = { k: 3, candidates: [{ k: 2, silhouette: 0.51, inertia: 812 }, { k: 3, silhouette: 0.62, inertia: 402 }] };
 * ```
 * @category Segment
 */
export type SuggestedK = {
  /** The k with the highest mean silhouette (the smaller k on a tie). */
  readonly k: number;
  /** One entry per k tried, ascending. */
  readonly candidates: readonly {
    /** Number of clusters tried. */
    readonly k: number;
    /** Mean silhouette (−1 … 1, higher is better separated). */
    readonly silhouette: number;
    /** Within-cluster sum of squares of the standardised features. */
    readonly inertia: number;
  }[];
};

function option(value: number | undefined, fallback: number, min: number, path: string): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < min) {
    throw new MoshtariError<SegmentErrorCode>('INVALID_OPTION', `${path}: expected a whole number ≥ ${min}`, { path });
  }
  return v;
}

/**
 * Suggests the number of k-means clusters by the mean silhouette coefficient (Rousseeuw 1987):
 * fits k = kMin…kMax on the same preprocessing as {@link kmeansSegments} and scores each on a
 * seeded sample of rows. Deterministic for a given seed.
 *
 * @param rows - the customers
 * @param options - `features`, `seed`, `kMin` (2), `kMax` (8), `sampleSize` (2,000), `restarts` (2)
 * @returns the best k and all candidates
 * @throws {MoshtariError} INVALID_ARGUMENT; INVALID_OPTION (fewer than 3 rows, kMin > kMax, …); INVALID_VALUE
 * @example
 * ```ts
 * const rows = [1, 2, 3, 50, 51, 52, 100, 101, 102].map((spend) => ({ spend }));
 * suggestK(rows, { features: ['spend'], seed: 1, kMax: 5 }).k; // 3
 * ```
 * @category Segment
 */
export function suggestK<T>(rows: readonly T[], options: SuggestKOptions<T>): SuggestedK {
  if (!Array.isArray(rows))
    throw new MoshtariError<SegmentErrorCode>('INVALID_ARGUMENT', 'rows: expected an array', { path: 'rows' });
  const n = rows.length;
  const seed = option(
    options?.seed === undefined ? undefined : options.seed | 0,
    Number.NaN,
    -(2 ** 31),
    'options.seed',
  );
  const kMin = option(options.kMin, 2, 2, 'options.kMin');
  const kMax = Math.min(option(options.kMax, 8, kMin, 'options.kMax'), n - 1);
  if (kMax < kMin) {
    throw new MoshtariError<SegmentErrorCode>(
      'INVALID_OPTION',
      `rows: need more than ${kMin} rows to compare k = ${kMin}…`,
      { path: 'rows' },
    );
  }
  const sampleSize = option(options.sampleSize, 2000, 2, 'options.sampleSize');
  const restarts = option(options.restarts, 2, 1, 'options.restarts');
  const specs = featureSpecs(options.features);
  const d = specs.length;
  const { x, money } = rawMatrix(rows, specs);
  standardise(
    x,
    n,
    specs.map((s, f) => s.log ?? (money[f] as boolean)),
  );
  // Seeded sample without replacement (partial Fisher–Yates).
  const index = Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed ^ 0x5bd1e995);
  const s = Math.min(sampleSize, n);
  for (let i = 0; i < s; i++) {
    const j = i + Math.floor(random() * (n - i));
    [index[i], index[j]] = [index[j] as number, index[i] as number];
  }
  const sample = index.slice(0, s);
  const candidates: { k: number; silhouette: number; inertia: number }[] = [];
  for (let k = kMin; k <= kMax; k++) {
    const run = fitKmeans(x, n, d, k, seed, restarts, 100);
    candidates.push({ k, silhouette: silhouette(x, d, run.labels, k, sample), inertia: run.inertia });
  }
  let best = candidates[0] as (typeof candidates)[number];
  for (const c of candidates) if (c.silhouette > best.silhouette) best = c;
  return { k: best.k, candidates };
}
