import { MoshtariError } from '../core/index.js';
import type { Money } from '../money/index.js';
import type { SegmentErrorCode } from './errors.js';
import { type KmeansModel, signedLog } from './kmeansPrep.js';

/**
 * Places a new customer in a fitted k-means model: the same log transform and scaling, then the
 * nearest centre.
 *
 * @param model - the `model` of a {@link kmeansSegments} result
 * @param values - the raw feature values in `model.features` order (numbers or Money)
 * @returns the cluster label
 * @throws {MoshtariError} INVALID_VALUE for a wrong number of values or a non-finite value
 * @example
 * ```ts
 * const fit = kmeansSegments([{ spend: 10 }, { spend: 12 }, { spend: 500 }], { features: ['spend'], k: 2, seed: 1 });
 * kmeansAssign(fit.model, [480]); // 1 (the big spenders' cluster)
 * ```
 * @category Segment
 */
export function kmeansAssign(model: KmeansModel, values: readonly (number | Money<string>)[]): number {
  const d = model.features.length;
  if (!Array.isArray(values) || values.length !== d) {
    throw new MoshtariError<SegmentErrorCode>('INVALID_VALUE', `values: expected ${d} values`, { path: 'values' });
  }
  const z = values.map((v, f) => {
    const n = typeof v === 'number' ? v : Number(v?.amount);
    if (!Number.isFinite(n))
      throw new MoshtariError<SegmentErrorCode>('INVALID_VALUE', `values[${f}]: not finite`, { path: `values[${f}]` });
    const t = model.log[f] ? signedLog(n) : n;
    const std = model.stds[f] as number;
    return std > 0 ? (t - (model.means[f] as number)) / std : 0;
  });
  let best = 0;
  let bestD = Number.POSITIVE_INFINITY;
  model.centroids.forEach((c, j) => {
    let s = 0;
    for (let f = 0; f < d; f++) s += ((z[f] as number) - (c[f] as number)) ** 2;
    if (s < bestD) {
      bestD = s;
      best = j;
    }
  });
  return best;
}
