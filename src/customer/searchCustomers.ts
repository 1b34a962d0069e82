import { normalizeMobile, parseNationalCode } from '../iran/index.js';
import { toLatinDigits } from '../text/index.js';
import { fail, positiveInt } from './checks.js';
import { normalizeEmail, normalizeLandline } from './normalizeFields.js';
import { KEY_KINDS } from './searchDoc.js';
import { type CustomerIndex, stateOf } from './searchIndex.js';
import { scoreText } from './searchScore.js';
import type { Customer } from './types.js';

/**
 * Options of {@link searchCustomers}.
 *
 * @example
 * ```ts
 * const options: SearchCustomersOptions = { limit: 10, fields: ['name'], typos: false };
 * ```
 * @category Customer
 */
export interface SearchCustomersOptions {
  /** Most hits to return; default 20. */
  readonly limit?: number;
  /** Text fields to search: `'name'` and/or `'city'`; default both (a city counts half a name). */
  readonly fields?: readonly ('name' | 'city')[];
  /** Accept one typo per word (4+ letters; 3-letter words too when nothing else matches); default `true`. */
  readonly typos?: boolean;
  /** Treat the last word as a prefix (search as you type); default `true`. */
  readonly prefix?: boolean;
  /** `'all'` words must match (default) or `'any'`. */
  readonly match?: 'all' | 'any';
}

/**
 * One search result.
 *
 * @example
 * ```ts
 * // { customer: { kind: 'person', id: 'c-1', … }, score: 100, matchedBy: 'mobile' }
 * ```
 * @category Customer
 */
export type CustomerSearchHit<TCustomer> = {
  /** The customer. */
  readonly customer: TCustomer;
  /** Relevance: 100 for an identifier match; for text, the sum over words of the best term weight × IDF. */
  readonly score: number;
  /** What matched: an identifier kind or `'text'` (name, city). */
  readonly matchedBy:
    | 'id'
    | 'mobile'
    | 'phone'
    | 'email'
    | 'nationalCode'
    | 'legalNationalId'
    | 'postalCode'
    | 'code'
    | 'text';
};

const COMPACT = /[\s\-().\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Exact keys a whole query may stand for (a phone in any format, a national code, an email, an id). */
function identifierKeys(query: string): string[] {
  const keys = [`i:${query.trim()}`];
  if (query.includes('@')) return [...keys, `e:${normalizeEmail(query)}`];
  const digits = toLatinDigits(query).replace(COMPACT, '');
  if (!/^\+?\d{5,}$/.test(digits)) return keys;
  const mobile = normalizeMobile(digits, { allowUnknownPrefix: true });
  if (mobile.ok) keys.push(`m:${mobile.value}`);
  keys.push(`p:${normalizeLandline(digits)}`, `x:${digits}`, `z:${digits}`, `l:${digits}`);
  const code = parseNationalCode(digits);
  if (code.ok) keys.push(`n:${code.value}`);
  return keys;
}

/**
 * Searches customers, ranked. A query that is a whole identifier matches exactly: a mobile in any
 * format (`0912…`, `+98912…`, `۰۹۱۲…`, `912…`, with spaces or dashes), a landline, a national code
 * (also with Persian digits or without leading zeros), a legal ID, an email (any case), a postal or
 * economic code, an id. Any other query is matched word by word against names and places,
 * Persian-normalised (ي/ی, ك/ک, digits, ZWNJ, diacritics) with spelling variants (ث/س/ص, ذ/ز/ض/ظ,
 * ت/ط, ح/ه, غ/ق, ع/ا), one typo per word (a missing, extra, wrong or swapped letter) and the last word
 * as a prefix; «عبد الله» also finds «عبدالله». Every word must match (`match: 'all'`). Scores weigh
 * exact words 1, variants 0.9, prefixes up to 0.8 and typos 0.6, times the word's rarity (IDF, never
 * more than the typed word's); among equal scores, names without extra words come first, then index
 * order. On 100 000 customers a query's p95 is about 1 ms (docs/benchmarks.md): only the query words'
 * postings are read, never every record.
 *
 * @param index - an index from `createCustomerIndex`
 * @param query - what the user typed
 * @param options - `limit`, `fields`, `typos`, `prefix`, `match`
 * @returns the hits, best first
 * @throws {MoshtariError} INVALID_ARGUMENT for a non-index or a non-string query; INVALID_POLICY for a bad limit
 * @example
 * ```ts
 * const index = createCustomerIndex(customers);
 * searchCustomers(index, '+98 912 123 4567')[0]?.matchedBy; // 'mobile'
 * searchCustomers(index, 'محمد رضايي', { limit: 5 }); // «محمد رضایی», then near spellings
 * searchCustomers(index, 'تاهره'); // finds «طاهره»
 * ```
 * @category Customer
 */
export function searchCustomers<TCustomer extends Customer<unknown>>(
  index: CustomerIndex<TCustomer>,
  query: string,
  options: SearchCustomersOptions = {},
): readonly CustomerSearchHit<TCustomer>[] {
  const state = stateOf(index);
  if (typeof query !== 'string') fail('INVALID_ARGUMENT', 'query: expected a string', 'query');
  const limit = positiveInt(options.limit, 20, 'options.limit');
  const fields = options.fields ?? ['name', 'city'];
  if (fields.some((f) => f !== 'name' && f !== 'city')) {
    fail('INVALID_POLICY', "options.fields: expected 'name' and/or 'city'", 'options.fields');
  }
  if (query.trim() === '') return [];
  const hits: CustomerSearchHit<TCustomer>[] = [];
  const seen = new Set<number>();
  for (const key of identifierKeys(query)) {
    for (const slot of state.exact.get(key) ?? []) {
      const customer = state.docs[slot];
      if (customer === undefined || seen.has(slot) || hits.length >= limit) continue;
      seen.add(slot);
      hits.push({ customer, score: 100, matchedBy: KEY_KINDS[key[0] as keyof typeof KEY_KINDS] });
    }
  }
  if (hits.length > 0) return hits;
  state.prepare();
  const scored = scoreText(state, query, {
    limit,
    fields,
    typos: options.typos ?? true,
    prefix: options.prefix ?? true,
    all: options.match !== 'any',
  });
  return scored.map(({ slot, score }) => ({ customer: state.docs[slot] as TCustomer, score, matchedBy: 'text' }));
}
