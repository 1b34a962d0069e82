import { checkArray, fail, positiveInt, ratioOption } from './checks.js';
import { displayKey } from './duplicateCodec.js';
import type { DuplicateBlock, DuplicateExactField } from './duplicateFields.js';
import { keyTables } from './duplicateTables.js';
import type { DuplicatePair, DuplicateReason, DuplicateReport, DuplicateRules } from './findDuplicatesTypes.js';
import type { Customer } from './types.js';

const EXACT: readonly DuplicateExactField[] = [
  'nationalCode',
  'legalNationalId',
  'economicCode',
  'mobile',
  'phone',
  'email',
];
const BLOCKS: readonly DuplicateBlock[] = ['mobileSuffix', 'birthDate', 'postalCode', 'emailLocal'];
const BLOCK_WEIGHT: Readonly<Record<DuplicateBlock, number>> = {
  mobileSuffix: 0.95,
  birthDate: 0.9,
  emailLocal: 0.9,
  postalCode: 0.85,
  nameCity: 0.75,
};
const IDENTITY: ReadonlySet<DuplicateExactField> = /* @__PURE__ */ new Set([
  'nationalCode',
  'legalNationalId',
  'economicCode',
]);

type Pending = { readonly a: number; readonly b: number; readonly similarity: number; reasons: DuplicateReason[] };

/** Whether two records have an email in common (emails are grouped by hash; this rules out collisions). */
function shareEmail(a: Customer<unknown>, b: Customer<unknown>): boolean {
  const mine = new Set((a.contact?.emails ?? []).map((e) => e.toLowerCase()));
  return (b.contact?.emails ?? []).some((e) => mine.has(e.toLowerCase()));
}

/**
 * Finds likely duplicate customers in near-linear time (crm.md §3.6; 1M records take about 10× the
 * time of 100k, docs/benchmarks.md).
 *
 * - Exact keys: equal national code, legal ID, economic code, mobile, phone or email.
 * - Fuzzy names, compared only inside blocks: records sharing the last 7 digits of a phone, a birth
 *   date and name initials, a postal code or an email local part (and, opt-in, a phonetic name and
 *   city). Similarity is Jaro-Winkler over Persian-normalised names (ي/ی, ك/ک, ZWNJ, digits folded):
 *   for persons the mean of first-name and last-name similarity in the better order (a shared first
 *   name alone does not match; swapped names do), for organizations the name without legal-form words
 *   such as «شرکت» or «سهامی خاص». A pair matches from `nameThreshold` (0.9).
 * - A block larger than `maxBlockSize` (a shared office phone) is compared by sorted neighbourhood,
 *   so the work stays proportional to the number of records.
 *
 * Only records of the same kind are paired. Each pair lists why it matched and how strongly.
 *
 * @param customers - the records (valid: ids unique, identifiers normalised as `customerSchema` outputs them)
 * @param rules - exact fields, blocks, name threshold, block size, window, minimum score
 * @returns pairs (strongest first), connected groups and work counters
 * @throws {MoshtariError} INVALID_ARGUMENT when `customers` is not an array; DUPLICATE_ID when a matched
 *   pair shares one id (ids must be unique; they are not all checked, to keep memory flat); INVALID_POLICY
 *   for a rule out of range
 * @example
 * ```ts
 * const report = findDuplicates(customers, { nameThreshold: 0.9 });
 * report.pairs[0]; // { a: 'c-1', b: 'c-7', score: 1, reasons: [{ kind: 'exact', field: 'nationalCode', … }], … }
 * report.groups;   // [['c-1', 'c-7'], …]: feed each group to mergeCustomers
 * ```
 * @category Customer
 */
export function findDuplicates(customers: readonly Customer<unknown>[], rules: DuplicateRules = {}): DuplicateReport {
  checkArray(customers, 'customers');
  const exact = new Set(rules.exact ?? EXACT);
  const blocks = new Set(rules.blocks ?? BLOCKS);
  const threshold = ratioOption(rules.nameThreshold, 0.9, 'rules.nameThreshold');
  const maxBlock = positiveInt(rules.maxBlockSize, 50, 'rules.maxBlockSize', 2);
  const window = positiveInt(rules.window, 8, 'rules.window');
  const minScore = ratioOption(rules.minScore, 0, 'rules.minScore');
  const n = customers.length;
  const { name, similarity: nameSimilarity, tables } = keyTables(customers, exact, blocks);

  const pending = new Map<number, Pending>();
  let comparisons = 0;
  let oversizedBlocks = 0;
  const pair = (x: number, y: number): Pending => {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const id = a * n + b;
    let p = pending.get(id);
    if (p === undefined) {
      comparisons++;
      p = { a, b, similarity: nameSimilarity(a, b), reasons: [] };
      pending.set(id, p);
    }
    return p;
  };
  const similar = (x: number, y: number): Pending | undefined => {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const known = pending.get(a * n + b);
    if (known !== undefined) return known.similarity >= threshold ? known : undefined;
    comparisons++;
    const similarity = nameSimilarity(a, b);
    if (similarity < threshold) return undefined;
    const p: Pending = { a, b, similarity, reasons: [] };
    pending.set(a * n + b, p);
    return p;
  };

  for (const table of tables) {
    const { what, exact: isExact } = table;
    table.groups.forEachGroup((rawKey, slots) => {
      const key = displayKey(what, rawKey, customers[slots[0] as number] as Customer<unknown>);
      const reason = (p: Pending): DuplicateReason => {
        if (!isExact) {
          const block = what as DuplicateBlock;
          return { kind: 'similarName', block, key, score: BLOCK_WEIGHT[block] * p.similarity };
        }
        const field = what as DuplicateExactField;
        return { kind: 'exact', field, value: key, score: IDENTITY.has(field) ? 1 : 0.6 + 0.4 * p.similarity };
      };
      if (slots.length <= maxBlock) {
        for (let i = 0; i < slots.length; i++) {
          for (let j = i + 1; j < slots.length; j++) {
            const x = slots[i] as number;
            const y = slots[j] as number;
            if (what === 'email' && !shareEmail(customers[x] as Customer<unknown>, customers[y] as Customer<unknown>))
              continue;
            const p = isExact ? pair(x, y) : similar(x, y);
            if (p !== undefined) p.reasons.push(reason(p));
          }
        }
        return;
      }
      oversizedBlocks++;
      const keyed = slots.map((slot) => ({ slot, name: name(slot) }));
      keyed.sort((x, y) => (x.name < y.name ? -1 : x.name === y.name ? x.slot - y.slot : 1));
      const sorted = keyed.map((k) => k.slot);
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j <= i + window && j < sorted.length; j++) {
          const p = similar(sorted[i] as number, sorted[j] as number);
          if (p !== undefined) p.reasons.push(reason(p));
        }
      }
    });
  }
  return report(customers, pending, minScore, oversizedBlocks, comparisons);
}

function report(
  customers: readonly Customer<unknown>[],
  pending: Map<number, Pending>,
  minScore: number,
  oversizedBlocks: number,
  comparisons: number,
): DuplicateReport {
  const found: { readonly a: number; readonly b: number; readonly pair: DuplicatePair }[] = [];
  const parent = new Map<number, number>();
  const root = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as number;
    parent.set(x, r);
    return r;
  };
  for (const p of pending.values()) {
    if (p.reasons.length === 0) continue;
    const score = Math.max(...p.reasons.map((r) => r.score));
    if (score < minScore) continue;
    const a = customers[p.a] as Customer<unknown>;
    const b = customers[p.b] as Customer<unknown>;
    if (a.id === b.id)
      fail('DUPLICATE_ID', `customers[${p.b}].id: ${a.id} is also customers[${p.a}].id`, `customers[${p.b}].id`);
    found.push({ a: p.a, b: p.b, pair: { a: a.id, b: b.id, score, nameSimilarity: p.similarity, reasons: p.reasons } });
    const ra = root(p.a);
    const rb = root(p.b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  found.sort((x, y) => y.pair.score - x.pair.score || x.a - y.a || x.b - y.b);
  const groups = new Map<number, number[]>();
  for (const slot of [...parent.keys()].sort((x, y) => x - y)) {
    const r = root(slot);
    const g = groups.get(r);
    if (g === undefined) groups.set(r, [slot]);
    else g.push(slot);
  }
  return {
    pairs: found.map((f) => f.pair),
    groups: [...groups.values()].map((g) => g.map((slot) => (customers[slot] as Customer<unknown>).id)),
    oversizedBlocks,
    comparisons,
  };
}
