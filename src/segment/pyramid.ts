import { MoshtariError } from '../core/index.js';
import type { Money } from '../money/index.js';
import type { SegmentErrorCode } from './errors.js';
import { METAL_PYRAMID_LEVELS, type PyramidLevel, ZEITHAML_PYRAMID_LEVELS } from './pyramidLevels.js';

/**
 * Options of {@link valuePyramid}.
 *
 * @example
 * ```ts
 * const options: ValuePyramidOptions<{ clv: number }> = { value: 'clv', levels: 'zeithaml' };
 * ```
 * @category Segment
 */
export interface ValuePyramidOptions<T> {
  /** The value measure (margin, CLV, revenue): a property name or an accessor; a number or Money. */
  readonly value: (keyof T & string) | ((customer: T) => number | Money<string>);
  /** `'metals'` (default, five levels), `'zeithaml'` (four) or custom levels, top first. */
  readonly levels?: 'metals' | 'zeithaml' | readonly PyramidLevel[];
  /**
   * `'customers'` (default): shares are of customers ranked by value (percentile tiers);
   * `'value'`: shares are of cumulative value (the top level holds customers who together make
   * the first `share` of total value).
   */
  readonly by?: 'customers' | 'value';
}

/**
 * One level of the result.
 *
 * @example
 * ```ts
 * const s: PyramidLevelSummary = { name: 'gold', share: 0.15, customers: 150, customerShare: 0.15, valueShare: 0.31 };
 * ```
 * @category Segment
 */
export type PyramidLevelSummary = PyramidLevel & {
  /** Customers in the level. */
  readonly customers: number;
  /** Their fraction of all customers. */
  readonly customerShare: number;
  /** Their fraction of the total positive value (0 when there is none). */
  readonly valueShare: number;
};

/**
 * The result of {@link valuePyramid}.
 *
 * @example
 * ```ts
 * function platinumIds(p: ValuePyramid, ids: readonly string[]): string[] {
 *   return ids.filter((_, i) => p.assignments[i] === 'platinum');
 * }
 * ```
 * @category Segment
 */
export type ValuePyramid = {
  /** One summary per level, top first. */
  readonly levels: readonly PyramidLevelSummary[];
  /** The level name of each customer, in input order. */
  readonly assignments: readonly string[];
};

function fail(code: SegmentErrorCode, path: string, message: string): never {
  throw new MoshtariError<SegmentErrorCode>(code, `${path}: ${message}`, { path });
}

function checkLevels(levels: ValuePyramidOptions<unknown>['levels']): readonly PyramidLevel[] {
  const list =
    levels === undefined || levels === 'metals'
      ? METAL_PYRAMID_LEVELS
      : levels === 'zeithaml'
        ? ZEITHAML_PYRAMID_LEVELS
        : levels;
  if (!Array.isArray(list) || list.length === 0)
    fail('INVALID_OPTION', 'options.levels', "expected 'metals', 'zeithaml' or levels");
  let sum = 0;
  list.forEach((l, i) => {
    if (typeof l?.name !== 'string' || l.name === '')
      fail('INVALID_OPTION', `options.levels[${i}].name`, 'expected a name');
    if (!(l.share > 0 && l.share <= 1))
      fail('INVALID_OPTION', `options.levels[${i}].share`, 'expected a fraction in (0, 1]');
    sum += l.share;
  });
  if (Math.abs(sum - 1) > 1e-9) fail('INVALID_OPTION', 'options.levels', `shares sum to ${sum}, expected 1`);
  return list;
}

/** Values as numbers: Money amounts are converted (exact below 2^53 Rial, about 9 × 10^15). */
function readValues<T>(customers: readonly T[], value: ValuePyramidOptions<T>['value']): Float64Array {
  if (typeof value !== 'function' && typeof value !== 'string')
    fail('INVALID_OPTION', 'options.value', 'expected a property name or a function');
  const get = typeof value === 'function' ? value : (c: T) => c[value] as unknown as number | Money<string>;
  return Float64Array.from(customers, (c, i) => {
    const v = get(c);
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) fail('INVALID_VALUE', `customers[${i}]`, 'value is not a finite number');
      return v;
    }
    if (typeof v?.amount !== 'string' || !/^-?\d+$/.test(v.amount))
      fail('INVALID_VALUE', `customers[${i}]`, 'value is not a number or Money');
    return Number(v.amount);
  });
}

/**
 * Splits customers into a value pyramid (segmentation.md §7): ranked by a value measure, each level
 * takes its share of customers (percentile tiers, ties kept together: a customer's position is the
 * share of customers with a strictly higher value) or of cumulative value. Customers with value
 * ≤ 0 always go to the bottom level (Zeithaml's "lead": they cost money). Deterministic.
 *
 * @param customers - the customers (any objects)
 * @param options - `value` (property or accessor), `levels` (default `'metals'`), `by` (default `'customers'`)
 * @returns per-level summaries and each customer's level
 * @throws {MoshtariError} INVALID_ARGUMENT; INVALID_OPTION for bad levels; INVALID_VALUE for a non-finite value
 * @example
 * ```ts
 * const customers = Array.from({ length: 100 }, (_, i) => ({ id: i, margin: 100 - i }));
 * const p = valuePyramid(customers, { value: 'margin' });
 * p.levels.map((l) => l.customers); // [5, 15, 30, 30, 20]
 * p.assignments[0]; // 'platinum'
 * ```
 * @category Segment
 */
export function valuePyramid<T>(customers: readonly T[], options: ValuePyramidOptions<T>): ValuePyramid {
  if (!Array.isArray(customers)) fail('INVALID_ARGUMENT', 'customers', 'expected an array');
  const levels = checkLevels(options?.levels);
  const byValue = options.by === 'value';
  if (options.by !== undefined && options.by !== 'customers' && !byValue)
    fail('INVALID_OPTION', 'options.by', "expected 'customers' or 'value'");
  const values = readValues(customers, options.value);
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[b] as number) - (values[a] as number));
  const cumPpm: number[] = [];
  let acc = 0;
  for (const l of levels) {
    acc += l.share;
    cumPpm.push(Math.round(acc * 1e6));
  }
  let total = 0;
  for (const v of values) if (v > 0) total += v;
  const assignments: string[] = new Array(n);
  const counts = new Array<number>(levels.length).fill(0);
  const sums = new Array<number>(levels.length).fill(0);
  let above = 0;
  let start = 0;
  while (start < n) {
    const v = values[order[start] as number] as number;
    let end = start;
    while (end < n && values[order[end] as number] === v) end++;
    let level = levels.length - 1;
    if (v > 0) {
      // position of the tie group: share of customers (or of value) strictly above it, vs cumulative shares in ppm
      const found = cumPpm.findIndex((k) => (byValue ? above * 1e6 < k * total : start * 1e6 < k * n));
      if (found >= 0) level = found;
      sums[level] = (sums[level] as number) + v * (end - start);
      above += v * (end - start);
    }
    for (let j = start; j < end; j++) assignments[order[j] as number] = (levels[level] as PyramidLevel).name;
    counts[level] = (counts[level] as number) + (end - start);
    start = end;
  }
  const share = (s: number) => (total > 0 ? s / total : 0);
  return {
    levels: levels.map((l, i) => ({
      ...l,
      customers: counts[i] as number,
      customerShare: n === 0 ? 0 : (counts[i] as number) / n,
      valueShare: share(sums[i] as number),
    })),
    assignments,
  };
}
