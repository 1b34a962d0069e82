import { MoshtariError } from '../core/index.js';
import type { Money } from '../money/index.js';
import type { SegmentErrorCode } from './errors.js';

/**
 * A k-means feature: a property name, or `{ name, get?, log? }`. Money values are log-transformed
 * by default (`sign(x) · ln(1 + |x|)`), numbers only with `log: true`; then every feature is
 * z-scored.
 *
 * @example
 * ```ts
 * const features: readonly KmeansFeature<{ recency: number; orders: number }>[] = [
 *   { name: 'recency', log: true },
 *   { name: 'orders', log: true },
 * ];
 * ```
 * @category Segment
 */
export type KmeansFeature<T> =
  | (keyof T & string)
  | {
      /** Feature name (and the property read when `get` is absent). */
      readonly name: string;
      /** Reads the value from a row. */
      readonly get?: (row: T) => number | Money<string>;
      /** Apply `sign(x) · ln(1 + |x|)` before scaling (default: only for Money values). */
      readonly log?: boolean;
    };

/**
 * The preprocessing and centres of a k-means fit, to place new customers exactly like the fitted
 * ones (see {@link kmeansAssign}).
 *
 * @example
 * ```ts
 * function describe(m: KmeansModel): string {
 *   return m.features.map((f, i) => `${f}${m.log[i] ? ' (log)' : ''}: mean ${m.means[i]}`).join(', ');
 * }
 * ```
 * @category Segment
 */
export type KmeansModel = {
  /** Feature names, in column order. */
  readonly features: readonly string[];
  /** Whether each feature is log-transformed. */
  readonly log: readonly boolean[];
  /** Mean of each (transformed) feature. */
  readonly means: readonly number[];
  /** Population standard deviation of each (transformed) feature (0: constant, scaled to 0). */
  readonly stds: readonly number[];
  /** Cluster centres in standardised units, one array per cluster (cluster 0 first). */
  readonly centroids: readonly (readonly number[])[];
};

type Spec<T> = { readonly name: string; readonly get: (row: T) => unknown; readonly log: boolean | undefined };

function fail(code: SegmentErrorCode, path: string, message: string): never {
  throw new MoshtariError<SegmentErrorCode>(code, `${path}: ${message}`, { path });
}

/** Internal: normalises feature specs. */
export function featureSpecs<T>(features: readonly KmeansFeature<T>[]): Spec<T>[] {
  if (!Array.isArray(features) || features.length === 0)
    fail('INVALID_OPTION', 'options.features', 'expected at least one feature');
  return features.map((f, i) => {
    if (typeof f === 'string') return { name: f, get: (row: T) => (row as Record<string, unknown>)[f], log: undefined };
    if (f === null || typeof f !== 'object' || typeof f.name !== 'string')
      fail('INVALID_OPTION', `options.features[${i}]`, 'expected a name or { name, get?, log? }');
    const name = f.name;
    return { name, get: f.get ?? ((row: T) => (row as Record<string, unknown>)[name]), log: f.log };
  });
}

/** Internal: `sign(x) · ln(1 + |x|)`. */
export const signedLog = (x: number): number => Math.sign(x) * Math.log1p(Math.abs(x));

/** Internal: raw feature matrix (row-major) and which columns hold Money. */
export function rawMatrix<T>(rows: readonly T[], specs: readonly Spec<T>[]): { x: Float64Array; money: boolean[] } {
  const d = specs.length;
  const x = new Float64Array(rows.length * d);
  const money = specs.map(() => false);
  rows.forEach((row, i) => {
    specs.forEach((s, f) => {
      const v = s.get(row);
      let n: number;
      if (typeof v === 'number') n = v;
      else if (v !== null && typeof v === 'object' && typeof (v as Money<string>).amount === 'string') {
        n = Number((v as Money<string>).amount);
        money[f] = true;
      } else n = Number.NaN;
      if (!Number.isFinite(n)) fail('INVALID_VALUE', `rows[${i}].${s.name}`, 'expected a finite number or Money');
      x[i * d + f] = n;
    });
  });
  return { x, money };
}

/** Internal: transforms (log) and z-scores the matrix in place; returns the scaling. */
export function standardise(x: Float64Array, n: number, log: readonly boolean[]): { means: number[]; stds: number[] } {
  const d = log.length;
  const means: number[] = [];
  const stds: number[] = [];
  for (let f = 0; f < d; f++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (log[f]) x[i * d + f] = signedLog(x[i * d + f] as number);
      sum += x[i * d + f] as number;
    }
    const mean = n === 0 ? 0 : sum / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += ((x[i * d + f] as number) - mean) ** 2;
    const std = n === 0 ? 0 : Math.sqrt(ss / n);
    for (let i = 0; i < n; i++) x[i * d + f] = std > 0 ? ((x[i * d + f] as number) - mean) / std : 0;
    means.push(mean);
    stds.push(std);
  }
  return { means, stds };
}
