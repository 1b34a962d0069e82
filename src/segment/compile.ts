import { searchMemo, valueTest } from './leafTest.js';
import { prepare, type SegmentOptions } from './options.js';
import { type BoundGroup, type BoundLeaf, bindRule } from './resolve.js';
import type { SegmentRuleInput } from './types.js';

/**
 * A compiled segment: `true` when the record is in the segment. Pure and synchronous.
 *
 * @example
 * ```ts
 * const isAdult: SegmentPredicate<{ age: number }> = (r) => r.age >= 18;
 * ```
 * @category Segment
 */
export type SegmentPredicate<TRecord> = (record: TRecord) => boolean;

type Fn = (r: Readonly<Record<string, unknown>>) => boolean;

/** Hand-specialised closures for the hottest condition shapes, reading `r[key]` directly. */
function fastLeaf(leaf: BoundLeaf, key: string): Fn | undefined {
  const { test: t, field } = leaf;
  if (field.type === 'number') {
    if (t.k === 'cmp') {
      const v = t.v;
      if (t.op === '>') {
        return (r) => {
          const x = r[key];
          return typeof x === 'number' && x > v;
        };
      }
      if (t.op === '>=') {
        return (r) => {
          const x = r[key];
          return typeof x === 'number' && x >= v;
        };
      }
      if (t.op === '<') {
        return (r) => {
          const x = r[key];
          return typeof x === 'number' && x < v;
        };
      }
      return (r) => {
        const x = r[key];
        return typeof x === 'number' && x <= v;
      };
    }
    if (t.k === 'range' && !t.negate) {
      const { lo, hi } = t;
      return (r) => {
        const x = r[key];
        return typeof x === 'number' && x >= lo && x <= hi;
      };
    }
    if (t.k === 'eq' && !t.negate) return (r) => r[key] === t.v;
  }
  if (field.type === 'instant' && (t.k === 'range' || t.k === 'cmp') && !(t.k === 'range' && t.negate)) {
    const lo = t.k === 'range' ? t.lo : t.op === '>' || t.op === '>=' ? t.v : Number.NEGATIVE_INFINITY;
    const hi = t.k === 'range' ? t.hi : t.op === '<' || t.op === '<=' ? t.v : Number.POSITIVE_INFINITY;
    const loOpen = t.k === 'cmp' && t.op === '>';
    const hiOpen = t.k === 'cmp' && t.op === '<';
    if (!loOpen && !hiOpen) {
      return (r) => {
        const x = r[key];
        const n = typeof x === 'number' ? x : x instanceof Date ? x.getTime() : Number.NaN;
        return n >= lo && n <= hi;
      };
    }
  }
  if ((field.type === 'string' || field.type === 'number') && t.k === 'in' && !t.negate && !field.search) {
    const values = t.values;
    if (values.length <= 8) return (r) => values.includes(r[key] as string);
    const set = new Set<unknown>(values);
    return (r) => set.has(r[key]);
  }
  if (field.type === 'string' && !field.search && t.k === 'eq' && !t.negate) return (r) => r[key] === t.v;
  if (field.type === 'string' && field.search && (t.k === 'eq' || t.k === 'in') && !t.negate) {
    const m = searchMemo(t.k === 'eq' ? (s) => s === t.v : (s) => t.values.includes(s));
    return (r) => {
      const x = r[key];
      return typeof x === 'string' && m(x);
    };
  }
  if (field.type === 'string[]' && t.k === 'array' && t.mode === 'any' && t.values.length === 1 && !field.search) {
    const v = t.values[0];
    return (r) => {
      const a = r[key];
      return Array.isArray(a) && a.includes(v);
    };
  }
  return undefined;
}

function compileLeaf(leaf: BoundLeaf, timeZone: string): Fn {
  const { field } = leaf;
  const test = valueTest(leaf, timeZone);
  if (field.get !== undefined) {
    const get = field.get;
    return (r) => test(get(r));
  }
  const key = field.name;
  return fastLeaf(leaf, key) ?? ((r) => test(r[key]));
}

function all(k: readonly Fn[]): Fn {
  const [a, b, c, d] = k as [Fn, Fn, Fn, Fn];
  switch (k.length) {
    case 1:
      return a;
    case 2:
      return (r) => a(r) && b(r);
    case 3:
      return (r) => a(r) && b(r) && c(r);
    case 4:
      return (r) => a(r) && b(r) && c(r) && d(r);
    default:
      return (r) => {
        for (let i = 0; i < k.length; i++) if (!(k[i] as Fn)(r)) return false;
        return true;
      };
  }
}

function any(k: readonly Fn[]): Fn {
  const [a, b, c, d] = k as [Fn, Fn, Fn, Fn];
  switch (k.length) {
    case 1:
      return a;
    case 2:
      return (r) => a(r) || b(r);
    case 3:
      return (r) => a(r) || b(r) || c(r);
    case 4:
      return (r) => a(r) || b(r) || c(r) || d(r);
    default:
      return (r) => {
        for (let i = 0; i < k.length; i++) if ((k[i] as Fn)(r)) return true;
        return false;
      };
  }
}

/** Depth is bounded by the parser's `maxDepth` (≤ 256), so this recursion cannot overflow. */
function compileGroup(group: BoundGroup, timeZone: string): Fn {
  const kids = group.children.map((c) => (c.kind === 'leaf' ? compileLeaf(c, timeZone) : compileGroup(c, timeZone)));
  const fn = group.and ? all(kids) : any(kids);
  return group.not ? (r) => !fn(r) : fn;
}

/**
 * Compiles a segment rule into a fast predicate: closures, no `eval` / `new Function`, so it runs
 * under a strict browser CSP. The rule is validated first (fail closed); relative times, Jalali
 * months and birthdays resolve once from `options.now` in `options.timeZone` (default Asia/Tehran).
 *
 * Semantics: a missing, `null` or wrong-typed value matches no condition except `null` (and
 * `notNull` for wrong types), negative operators included (`!=`, `notIn`, `doesNotContain` are
 * false on `null`, like SQL); `not` on a group negates its result. Text of `'search'` fields is
 * compared Persian-normalised (memoised per distinct value). Same results as {@link segmentToSql}.
 *
 * @param rule - a validated rule or react-querybuilder JSON (validated here)
 * @param options - `catalog`, `now` (for relative conditions), `timeZone`, `limits`
 * @returns the predicate
 * @throws {MoshtariError} INVALID_RULE (path of the first issue); INVALID_CATALOG; INVALID_OPTION (e.g. `now` missing)
 * @example
 * ```ts
 * const inSegment = compileSegment(
 *   { combinator: 'and', rules: [
 *     { field: 'city', operator: 'in', value: 'تهران, اصفهان' },
 *     { field: 'lastPurchaseAt', operator: 'withinLast', value: { amount: 90, unit: 'day' } },
 *   ] },
 *   { catalog: { city: { type: 'string' }, lastPurchaseAt: { type: 'instant' } }, now: Date.UTC(2025, 5, 1) },
 * );
 * inSegment({ city: 'تهران', lastPurchaseAt: Date.UTC(2025, 4, 1) }); // true
 * ```
 * @category Segment
 */
export function compileSegment<TRecord extends object = Readonly<Record<string, unknown>>>(
  rule: SegmentRuleInput,
  options: SegmentOptions,
): SegmentPredicate<TRecord> {
  const prepared = prepare(rule, options);
  return compileGroup(bindRule(prepared), prepared.timeZone) as unknown as SegmentPredicate<TRecord>;
}
