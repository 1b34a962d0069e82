import { toJalali } from '../calendar/index.js';
import { normalizePersian } from '../text/index.js';
import { jalaliCodeMemo } from './jalaliDays.js';
import type { BoundLeaf, LeafTest } from './resolve.js';
import { instantOf, isoDay } from './values.js';

/** A test on one record value. Unknown values (missing, null, wrong type) fail every test but `null`. */
export type ValueTest = (x: unknown) => boolean;

const MEMO_LIMIT = 65_536;

/** Internal: memoises a test of raw text by its Persian search key (normalising costs ~2 µs). */
export function searchMemo(test: (key: string) => boolean): (raw: string) => boolean {
  let memo = new Map<string, boolean>();
  return (raw) => {
    let hit = memo.get(raw);
    if (hit === undefined) {
      hit = test(normalizePersian(raw, { mode: 'search' }));
      if (memo.size >= MEMO_LIMIT) memo = new Map();
      memo.set(raw, hit);
    }
    return hit;
  };
}

/** Internal: a text test on an already-normalised key. */
function keyTest(t: LeafTest): (key: string) => boolean {
  switch (t.k) {
    case 'eq': {
      const v = t.v;
      return t.negate ? (s) => s !== v : (s) => s === v;
    }
    case 'in': {
      const values = t.values;
      return t.negate ? (s) => !values.includes(s) : (s) => values.includes(s);
    }
    case 'text': {
      const { v, negate } = t;
      if (t.mode === 'contains') return (s) => s.includes(v) !== negate;
      if (t.mode === 'begins') return (s) => s.startsWith(v) !== negate;
      return (s) => s.endsWith(v) !== negate;
    }
    default:
      return () => false;
  }
}

function arrayTest(t: Extract<LeafTest, { k: 'array' }>, search: boolean): ValueTest {
  const { values, mode } = t;
  let norm: (s: string) => string = (s) => s;
  if (search) {
    let memo = new Map<string, string>();
    norm = (s) => {
      let key = memo.get(s);
      if (key === undefined) {
        key = normalizePersian(s, { mode: 'search' });
        if (memo.size >= MEMO_LIMIT) memo = new Map();
        memo.set(s, key);
      }
      return key;
    };
  }
  const has = (a: readonly unknown[], v: string): boolean => {
    if (a.includes(v)) return true;
    if (!search) return false;
    for (const e of a) if (typeof e === 'string' && norm(e) === v) return true;
    return false;
  };
  if (mode === 'all') return (x) => Array.isArray(x) && values.every((v) => has(x, v));
  if (mode === 'any') return (x) => Array.isArray(x) && values.some((v) => has(x, v));
  return (x) => Array.isArray(x) && !values.some((v) => has(x, v));
}

/** A numeric test (numbers, instants as ms, dates as epoch days); NaN means unknown. */
function numericTest(t: LeafTest, toNumber: (x: unknown) => number, leaf: BoundLeaf, timeZone: string): ValueTest {
  switch (t.k) {
    case 'eq': {
      const v = t.v as number;
      return t.negate
        ? (x) => {
            const n = toNumber(x);
            return !Number.isNaN(n) && n !== v;
          }
        : (x) => toNumber(x) === v;
    }
    case 'cmp': {
      const v = t.v;
      if (t.op === '<') return (x) => toNumber(x) < v;
      if (t.op === '<=') return (x) => toNumber(x) <= v;
      if (t.op === '>') return (x) => toNumber(x) > v;
      return (x) => toNumber(x) >= v;
    }
    case 'range': {
      const { lo, hi } = t;
      if (!t.negate) {
        return (x) => {
          const n = toNumber(x);
          return n >= lo && n <= hi;
        };
      }
      return (x) => {
        const n = toNumber(x);
        return n < lo || n > hi;
      };
    }
    case 'in': {
      const values = t.values as readonly number[];
      return (x) => {
        const n = toNumber(x);
        return !Number.isNaN(n) && values.includes(n) !== t.negate;
      };
    }
    case 'month':
    case 'birthday': {
      const wanted = t.k === 'month' ? t.months : t.codes;
      const scale = t.k === 'month' ? 100 : 1;
      if (leaf.field.type === 'date') {
        const code = jalaliCodeMemo();
        return (x) => {
          const n = toNumber(x);
          return !Number.isNaN(n) && wanted.includes(Math.floor(code(n) / scale));
        };
      }
      return (x) => {
        const n = toNumber(x);
        if (!Number.isFinite(n)) return false;
        try {
          return wanted.includes(toJalali(n, { timeZone }).month);
        } catch {
          return false; // outside 1178–3000 AP
        }
      };
    }
    default:
      return () => false;
  }
}

const asNumber = (x: unknown): number => (typeof x === 'number' ? x : Number.NaN);
const asDay = (x: unknown): number => (typeof x === 'string' ? isoDay(x) : Number.NaN);

/** Internal: the semantics of one resolved condition on one value (shared by compile and explain). */
export function valueTest(leaf: BoundLeaf, timeZone: string): ValueTest {
  const t = leaf.test;
  if (t.k === 'null') return t.negate ? (x) => x !== null && x !== undefined : (x) => x === null || x === undefined;
  switch (leaf.field.type) {
    case 'number':
      return numericTest(t, asNumber, leaf, timeZone);
    case 'instant':
      return numericTest(t, instantOf, leaf, timeZone);
    case 'date':
      return numericTest(t, asDay, leaf, timeZone);
    case 'boolean':
      if (t.k !== 'eq') return () => false;
      return (x) => typeof x === 'boolean' && (x === t.v) !== t.negate;
    case 'string[]':
      return t.k === 'array' ? arrayTest(t, leaf.field.search) : () => false;
    case 'string': {
      const test = keyTest(t);
      if (!leaf.field.search) return (x) => typeof x === 'string' && test(x);
      const memo = searchMemo(test);
      return (x) => typeof x === 'string' && memo(x);
    }
  }
}
