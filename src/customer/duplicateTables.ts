// First pass of findDuplicates: every record's normalised name and its keys, grouped per key.

import type { DuplicateBlock, DuplicateExactField } from './duplicateFields.js';
import { blockKeys, exactKeys, type KeySink } from './duplicateKeys.js';
import { NameKeys } from './duplicateNames.js';
import { jaroWinkler } from './jaroWinkler.js';
import { NumberGroups } from './numberGroups.js';
import type { Customer } from './types.js';

/** Records (by input position) per key, for one field or block of one kind of customer. */
export type KeyTable = {
  /** An identifier field (equal values are duplicates) or a block (names are compared). */
  readonly what: DuplicateExactField | DuplicateBlock;
  /** Whether `what` is an identifier field. */
  readonly exact: boolean;
  /** Positions per key. */
  readonly groups: NumberGroups;
};

/**
 * Similarity of two records' names, 0–1 (0 when either has none): with first and last names on both
 * sides, the mean of the two Jaro-Winkler similarities in the better order (swapped names match);
 * otherwise Jaro-Winkler of the whole names.
 */
function nameSimilarity(keys: NameKeys, f1: number, l1: number, f2: number, l2: number): number {
  const text = (part: number) => keys.text(part);
  if (f1 !== 0 && l1 !== 0 && f2 !== 0 && l2 !== 0) {
    const straight = jaroWinkler(text(f1), text(f2)) + jaroWinkler(text(l1), text(l2));
    const swapped = jaroWinkler(text(f1), text(l2)) + jaroWinkler(text(l1), text(f2));
    return Math.max(straight, swapped) / 2;
  }
  const a = keys.join(f1, l1);
  const b = keys.join(f2, l2);
  return a === '' || b === '' ? 0 : jaroWinkler(a, b);
}

/** Names and key tables of `customers`. */
export function keyTables(
  customers: readonly Customer<unknown>[],
  exact: ReadonlySet<DuplicateExactField>,
  blocks: ReadonlySet<DuplicateBlock>,
): {
  readonly name: (slot: number) => string;
  readonly similarity: (a: number, b: number) => number;
  readonly tables: readonly KeyTable[];
} {
  const n = customers.length;
  const firsts = new Int32Array(n);
  const lasts = new Int32Array(n);
  const tables: KeyTable[] = [];
  // One lookup table per kind of customer: persons and organizations are never paired.
  const byKind = [new Map<string, KeyTable>(), new Map<string, KeyTable>()];
  const table = (kind: number, what: DuplicateExactField | DuplicateBlock, isExact: boolean) => {
    const own = byKind[kind] as Map<string, KeyTable>;
    let t = own.get(what);
    if (t === undefined) {
      t = { what, exact: isExact, groups: new NumberGroups(n) };
      own.set(what, t);
      tables.push(t);
    }
    return t;
  };
  let slot = 0;
  let kind = 0;
  let marking = true;
  const add = (t: KeyTable, key: number) => {
    if (marking) t.groups.mark(key);
    else t.groups.collect(key, slot);
  };
  const sink: KeySink = {
    exact: (field, key) => add(table(kind, field, true), key),
    block: (block, key) => add(table(kind, block, false), key),
  };
  const nameKeys = new NameKeys();
  // Pass 1: names, and every key marked; pass 2: the keys that occur twice collected with positions.
  for (; slot < n; slot++) {
    const c = customers[slot] as Customer<unknown>;
    nameKeys.compute(c);
    firsts[slot] = nameKeys.first;
    lasts[slot] = nameKeys.last;
    kind = c.kind === 'person' ? 0 : 1;
    exactKeys(c, exact, sink);
    blockKeys(
      c,
      blocks.has('nameCity') ? nameKeys.join(nameKeys.first, nameKeys.last) : '',
      nameKeys.initials,
      blocks,
      sink,
    );
  }
  marking = false;
  for (slot = 0; slot < n; slot++) {
    const c = customers[slot] as Customer<unknown>;
    kind = c.kind === 'person' ? 0 : 1;
    const first = firsts[slot] as number;
    const last = lasts[slot] as number;
    exactKeys(c, exact, sink);
    blockKeys(
      c,
      blocks.has('nameCity') ? nameKeys.join(first, last) : '',
      nameKeys.initialsOf(first, last),
      blocks,
      sink,
    );
  }
  const name = (i: number) => nameKeys.join(firsts[i] as number, lasts[i] as number);
  const similarity = (a: number, b: number) =>
    nameSimilarity(nameKeys, firsts[a] as number, lasts[a] as number, firsts[b] as number, lasts[b] as number);
  return { name, similarity, tables };
}
