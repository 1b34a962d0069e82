import type { TierMetric, TierRule, TierThresholds } from './types.js';

/** Internal: every metric, in display order. */
export const METRICS: readonly TierMetric[] = ['qualifyingPoints', 'spendRial', 'purchases', 'visits'];

/** Internal: window sums (points, purchases and visits as safe integers; spend in Rial as bigint). */
export interface Metrics {
  points: number;
  spend: bigint;
  purchases: number;
  visits: number;
}

/** Internal: a rule as parsed thresholds (all positive bigints) and its mode. */
export type RuleShape = { readonly any: boolean; readonly thresholds: ReadonlyMap<TierMetric, bigint> };

/** Internal: a rule ready for fast checks; `null` = metric not used. */
export type CompiledRule = {
  readonly any: boolean;
  readonly points: number | null;
  readonly spend: bigint | null;
  readonly purchases: number | null;
  readonly visits: number | null;
  readonly shape: RuleShape;
  /** The thresholds in rule order. */
  readonly entries: readonly (readonly [TierMetric, bigint])[];
};

/** Internal: fresh zero metrics. */
export function zeroMetrics(): Metrics {
  return { points: 0, spend: 0n, purchases: 0, visits: 0 };
}

/** Internal: the value of one metric as a bigint. */
export function metricValue(m: Metrics, metric: TierMetric): bigint {
  switch (metric) {
    case 'qualifyingPoints':
      return BigInt(m.points);
    case 'spendRial':
      return m.spend;
    case 'purchases':
      return BigInt(m.purchases);
    default:
      return BigInt(m.visits);
  }
}

/** Internal: a positive integer threshold as a bigint, or `null` when it is not one. */
export function parseThreshold(metric: TierMetric, value: unknown): bigint | null {
  let n: bigint | null = null;
  if (typeof value === 'number' && Number.isSafeInteger(value)) n = BigInt(value);
  else if (typeof value === 'string' && /^\d{1,30}$/.test(value)) n = BigInt(value);
  if (n === null || n <= 0n) return null;
  if (metric !== 'spendRial' && n > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return n;
}

/** Internal: the thresholds object of a rule and its mode, without checking them. */
export function ruleParts(rule: TierRule): { any: boolean; thresholds: TierThresholds } {
  return 'any' in rule ? { any: true, thresholds: rule.any } : { any: false, thresholds: rule.all };
}

/**
 * Internal: whether every member meeting `a` also meets `b` (exact for these rule forms; thresholds
 * positive). A single-metric rule is the same under `all` and `any`.
 */
export function implies(a: RuleShape, b: RuleShape): boolean {
  const aAll = !a.any || a.thresholds.size === 1;
  const bAll = !b.any || b.thresholds.size === 1;
  const covers = (m: TierMetric, t: bigint) => {
    const v = a.thresholds.get(m);
    return v !== undefined && v >= t;
  };
  if (aAll && bAll) return [...b.thresholds].every(([m, t]) => covers(m, t));
  if (aAll) return [...b.thresholds].some(([m, t]) => covers(m, t));
  // a is a true disjunction: each of its branches alone must satisfy b
  return [...a.thresholds].every(([m, v]) => {
    if (bAll) return b.thresholds.size === 1 && (b.thresholds.get(m) ?? v + 1n) <= v;
    const t = b.thresholds.get(m);
    return t !== undefined && t <= v;
  });
}

/** Internal: `any of qualifyingPoints ≥ 1000, spendRial ≥ 500000000`. */
export function describeRule(shape: RuleShape): string {
  const parts = [...shape.thresholds].map(([m, t]) => `${m} ≥ ${t}`);
  return parts.length === 1 ? (parts[0] as string) : `${shape.any ? 'any' : 'all'} of ${parts.join(', ')}`;
}

/** Internal: a validated shape → fast rule. */
export function compileRule(shape: RuleShape): CompiledRule {
  const num = (m: TierMetric) => {
    const v = shape.thresholds.get(m);
    return v === undefined ? null : Number(v);
  };
  return {
    any: shape.any && shape.thresholds.size > 1,
    points: num('qualifyingPoints'),
    spend: shape.thresholds.get('spendRial') ?? null,
    purchases: num('purchases'),
    visits: num('visits'),
    shape,
    entries: [...shape.thresholds],
  };
}

/** Internal: whether window sums meet a rule. */
export function meets(r: CompiledRule, m: Metrics): boolean {
  if (r.any) {
    return (
      (r.points !== null && m.points >= r.points) ||
      (r.spend !== null && m.spend >= r.spend) ||
      (r.purchases !== null && m.purchases >= r.purchases) ||
      (r.visits !== null && m.visits >= r.visits)
    );
  }
  return (
    (r.points === null || m.points >= r.points) &&
    (r.spend === null || m.spend >= r.spend) &&
    (r.purchases === null || m.purchases >= r.purchases) &&
    (r.visits === null || m.visits >= r.visits)
  );
}
