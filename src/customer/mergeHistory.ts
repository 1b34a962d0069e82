// mergeCustomers' rules for time-bound fields: lifecycle (furthest stage, histories united),
// timeline (concatenated, re-parented), earliest dates and summed complaints.
import { compareJalaliDates, type JalaliDate } from '../calendar/index.js';
import { lifecycleStageRank } from './lifecycleStages.js';
import { canonical, type MergeLog, unite } from './mergeValues.js';
import type { Customer } from './types.js';
import type { Activity } from './typesActivity.js';
import type { CustomerLifecycle, LifecycleEntry } from './typesLifecycle.js';

/** Furthest stage (rank, then the most recently entered, then precedence); every history entry kept. */
export function mergeLifecycle(records: readonly Customer<unknown>[], log: MergeLog): CustomerLifecycle | undefined {
  const withStage = records.filter((r) => r.lifecycle !== undefined);
  const entered = (r: Customer<unknown>) => r.lifecycle?.history.at(-1)?.enteredAt ?? -Infinity;
  const wanted = withStage.find((r) => r.id === log.choose['lifecycle']);
  let chosen = wanted ?? withStage[0];
  if (chosen === undefined) return undefined;
  if (wanted === undefined) {
    for (const r of withStage) {
      const a = lifecycleStageRank((r.lifecycle as CustomerLifecycle).stage);
      const b = lifecycleStageRank((chosen.lifecycle as CustomerLifecycle).stage);
      if (a > b || (a === b && entered(r) > entered(chosen))) chosen = r;
    }
  }
  const stage = (chosen.lifecycle as CustomerLifecycle).stage;
  log.sources['lifecycle'] = chosen.id;
  const entries = unite(withStage.map((r) => (r.lifecycle as CustomerLifecycle).history)) as LifecycleEntry[];
  const history = entries
    .map((entry, i) => ({ entry, i }))
    .sort((x, y) => x.entry.enteredAt - y.entry.enteredAt || x.i - y.i)
    .map((x) => x.entry);
  const last = history.at(-1);
  if (last !== undefined && last.stage !== stage) {
    history.push({
      stage,
      enteredAt: last.enteredAt,
      reason: 'merge: furthest stage of the merged records',
      by: 'mergeCustomers',
    });
  }
  for (const r of withStage) {
    const other = (r.lifecycle as CustomerLifecycle).stage;
    if (r !== chosen && other !== stage) log.unchosen.push({ path: 'lifecycle.stage', value: other, from: r.id });
  }
  return { stage, history };
}

/** Every activity once (by id), oldest first; activities of merged-away records move to `primary`. */
export function mergeTimeline(records: readonly Customer<unknown>[]): readonly Activity[] | undefined {
  const primary = records[0] as Customer<unknown>;
  const seen = new Set<string>();
  const all: { readonly activity: Activity; readonly i: number }[] = [];
  for (const r of records) {
    for (const a of r.timeline ?? []) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      const moved: Activity =
        a.customerId === primary.id ? a : { ...a, customerId: primary.id, mergedFrom: a.mergedFrom ?? a.customerId };
      all.push({ activity: moved, i: all.length });
    }
  }
  if (all.length === 0) return undefined;
  return all.sort((x, y) => x.activity.at - y.activity.at || x.i - y.i).map((x) => x.activity);
}

/** The earliest of a field's values (or the `choose` override); the others are logged. */
export function earliest<T>(
  path: string,
  records: readonly Customer<unknown>[],
  get: (r: Customer<unknown>) => T | undefined,
  compare: (a: T, b: T) => number,
  log: MergeLog,
): T | undefined {
  let chosen: { readonly id: Customer<unknown>['id']; readonly value: T } | undefined;
  const present = records.flatMap((r) => {
    const value = get(r);
    return value === undefined ? [] : [{ id: r.id, value }];
  });
  for (const s of present) if (chosen === undefined || compare(s.value, chosen.value) < 0) chosen = s;
  chosen = present.find((s) => s.id === log.choose[path]) ?? chosen;
  if (chosen === undefined) return undefined;
  log.sources[path] = chosen.id;
  const key = canonical(chosen.value);
  for (const s of present)
    if (s !== chosen && canonical(s.value) !== key) log.unchosen.push({ path, value: s.value, from: s.id });
  return chosen.value;
}

/** Earliest `customerSince` (Jalali). */
export const compareDates = (a: JalaliDate, b: JalaliDate): number => compareJalaliDates(a, b);

/** Complaint counts add up; the last complaint is the latest. Originals are logged. */
export function mergeComplaints(
  records: readonly Customer<unknown>[],
  log: MergeLog,
): { readonly count: number; readonly lastAt?: number | undefined } | undefined {
  const present = records.flatMap((r) =>
    r.relationship?.complaints ? [{ id: r.id, value: r.relationship.complaints }] : [],
  );
  if (present.length === 0) return undefined;
  if (present.length === 1) return (present[0] as (typeof present)[number]).value;
  let count = 0;
  let lastAt: number | undefined;
  for (const s of present) {
    count += s.value.count;
    if (s.value.lastAt !== undefined && (lastAt === undefined || s.value.lastAt > lastAt)) lastAt = s.value.lastAt;
    log.unchosen.push({ path: 'relationship.complaints', value: s.value, from: s.id });
  }
  return lastAt === undefined ? { count } : { count, lastAt };
}
