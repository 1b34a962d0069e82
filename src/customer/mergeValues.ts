// The generic part of mergeCustomers: walk the records field by field; lists are united (no
// duplicates), objects merged key by key, other values chosen by precedence with provenance.
import type { CustomerId } from './typesContact.js';

/**
 * A value of a merged-away (or primary) record that was not chosen: kept so nothing is lost.
 *
 * @example
 * ```ts
 * const u: UnchosenValue = { path: 'birthDate', value: { year: 1370, month: 5, day: 21 }, from: 'c-9' as CustomerId };
 * ```
 * @category Customer
 */
export type UnchosenValue = {
  /** Dotted field path, e.g. `'profile.householdSize'`. */
  readonly path: string;
  /** The value that record had. */
  readonly value: unknown;
  /** The record it came from. */
  readonly from: CustomerId;
};

/** One record's value at a path. */
export type Source = { readonly id: CustomerId; readonly value: unknown };

/** Provenance collected while merging. */
export type MergeLog = {
  readonly sources: Record<string, CustomerId>;
  readonly unchosen: UnchosenValue[];
  readonly choose: Readonly<Record<string, CustomerId>>;
};

// Objects chosen as a whole (their parts belong together).
const ATOMIC: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'name',
  'latinName',
  'birthDate',
  'profile.monthlyIncome',
  'profile.monthlyExpenses',
  'profile.geography',
  'relationship.acquisition',
]);

const isPlainObject = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A canonical JSON text of a value (sorted keys, undefined left out), to compare values. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** The items of every list, in order, without repeats. */
export function unite(lists: readonly (readonly unknown[])[]): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const list of lists) {
    for (const item of list) {
      const key = canonical(item);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(item);
      }
    }
  }
  return out;
}

/** Chooses one source's value at `path`: the `choose` override, else the first; logs the rest. */
export function choose(path: string, present: readonly Source[], log: MergeLog, first?: Source): unknown {
  const wanted = log.choose[path];
  const chosen = present.find((s) => s.id === wanted) ?? first ?? (present[0] as Source);
  log.sources[path] = chosen.id;
  const key = canonical(chosen.value);
  for (const s of present) {
    if (s !== chosen && canonical(s.value) !== key) log.unchosen.push({ path, value: s.value, from: s.id });
  }
  return chosen.value;
}

/** Merges the values of `sources` (in precedence order) at `path`. */
export function mergeField(path: string, sources: readonly Source[], log: MergeLog): unknown {
  const present = sources.filter((s) => !isEmpty(s.value));
  if (present.length === 0) return undefined;
  if (present.every((s) => Array.isArray(s.value))) return unite(present.map((s) => s.value as unknown[]));
  if (!ATOMIC.has(path) && present.every((s) => isPlainObject(s.value))) {
    return mergeObject(path, present as readonly { id: CustomerId; value: Record<string, unknown> }[], log);
  }
  return choose(path, present, log);
}

/** Merges objects key by key; keys keep their first appearance order. */
export function mergeObject(
  path: string,
  sources: readonly { readonly id: CustomerId; readonly value: Readonly<Record<string, unknown>> }[],
  log: MergeLog,
  skip: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const keys = new Set<string>();
  for (const s of sources) for (const k of Object.keys(s.value)) if (!skip.has(k)) keys.add(k);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const at = path === '' ? key : `${path}.${key}`;
    const value = mergeField(
      at,
      sources.map((s) => ({ id: s.id, value: s.value[key] })),
      log,
    );
    if (value !== undefined) out[key] = value;
  }
  return out;
}
