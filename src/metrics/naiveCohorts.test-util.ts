// A deliberately plain cohort matrix (toJalali per row, Map of Sets): the oracle of the cohort
// tests and the anchor of bench/metrics.bench.ts.
import { toJalali } from '../calendar/index.js';

export type NaiveCohortRow = { readonly key: number; readonly size: number; readonly active: number[] };

export function naiveCohortMatrix(
  transactions: readonly { readonly customerId: string | number; readonly at: Date | number }[],
  timeZone = 'Asia/Tehran',
): NaiveCohortRow[] {
  const months = transactions.map((t) => {
    const d = toJalali(t.at, { timeZone });
    return d.year * 12 + d.month - 1;
  });
  const firstMonth = new Map<string | number, number>();
  let end = Number.NEGATIVE_INFINITY;
  transactions.forEach((t, i) => {
    const m = months[i] as number;
    end = Math.max(end, m);
    if (!firstMonth.has(t.customerId) || m < (firstMonth.get(t.customerId) as number)) firstMonth.set(t.customerId, m);
  });
  const cohorts = new Map<number, Map<number, Set<string | number>>>();
  transactions.forEach((t, i) => {
    const first = firstMonth.get(t.customerId) as number;
    const byOffset = cohorts.get(first) ?? new Map<number, Set<string | number>>();
    cohorts.set(first, byOffset);
    const offset = (months[i] as number) - first;
    const set = byOffset.get(offset) ?? new Set<string | number>();
    byOffset.set(offset, set);
    set.add(t.customerId);
  });
  return [...cohorts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, byOffset]) => {
      const active = Array.from({ length: end - key + 1 }, (_, k) => byOffset.get(k)?.size ?? 0);
      return { key, size: active[0] as number, active };
    });
}
