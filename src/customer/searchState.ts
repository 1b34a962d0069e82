// The in-memory structure behind CustomerIndex: documents in slots, exact-key maps, an inverted index
// of search terms per field, phonetic keys with a one-deletion index (typos) and a sorted term list (prefixes).
import { searchDoc } from './searchDoc.js';
import { deletions, phoneticKey, searchTokens } from './searchText.js';
import type { Customer } from './types.js';

/** Postings of one term: slots per field. */
export type Postings = { readonly name: number[]; readonly city: number[] };

/** The index state; `CustomerIndex` is its public face. */
export class IndexState<TCustomer extends Customer<unknown>> {
  readonly docs: (TCustomer | undefined)[] = [];
  /** Words in each document's main name (for a small preference for names with no extra words). */
  readonly nameWords: number[] = [];
  readonly slotOf: Map<string, number> = new Map();
  readonly exact: Map<string, number[]> = new Map();
  readonly terms: Map<string, Postings> = new Map();
  readonly termsOfKey: Map<string, string[]> = new Map();
  readonly keysOfDeletion: Map<string, string[]> = new Map();
  sorted: string[] = [];
  private pendingTerms: string[] = [];
  private readonly tokenCache: Map<string, readonly string[]> = new Map();
  // Scratch buffers of searchCustomers, one slot per document.
  score: Float64Array = new Float64Array(0);
  best: Float64Array = new Float64Array(0);
  matched: Uint8Array = new Uint8Array(0);
  docStamp: Uint32Array = new Uint32Array(0);
  tokenStamp: Uint32Array = new Uint32Array(0);
  queryStamp = 0;
  wordStamp = 0;

  get size(): number {
    return this.slotOf.size;
  }

  /** Terms of a text (memoised: names and cities repeat). Adds joined forms of multi-word values. */
  private tokens(text: string): readonly string[] {
    let tokens = this.tokenCache.get(text);
    if (tokens === undefined) {
      const split = searchTokens(text);
      tokens = split.length > 1 ? [...split, split.join('')] : split;
      if (this.tokenCache.size < 1_000_000) this.tokenCache.set(text, tokens);
    }
    return tokens;
  }

  private posting(term: string): Postings {
    let p = this.terms.get(term);
    if (p === undefined) {
      p = { name: [], city: [] };
      this.terms.set(term, p);
      this.pendingTerms.push(term);
      const key = phoneticKey(term);
      const same = this.termsOfKey.get(key);
      if (same !== undefined) same.push(term);
      else {
        this.termsOfKey.set(key, [term]);
        for (const d of deletions(key)) {
          const list = this.keysOfDeletion.get(d);
          if (list === undefined) this.keysOfDeletion.set(d, [key]);
          else list.push(key);
        }
      }
    }
    return p;
  }

  /** Adds a customer (replacing one with the same id). */
  add(customer: TCustomer): void {
    if (this.slotOf.has(customer.id)) this.remove(customer.id);
    const slot = this.docs.length;
    this.docs.push(customer);
    this.slotOf.set(customer.id, slot);
    const doc = searchDoc(customer);
    for (const key of doc.keys) {
      const list = this.exact.get(key);
      if (list === undefined) this.exact.set(key, [slot]);
      else list.push(slot);
    }
    let words = 0;
    for (const text of doc.names.slice(0, doc.mainNames)) {
      const n = this.tokens(text).length;
      words += n > 1 ? n - 1 : n;
    }
    this.nameWords[slot] = words;
    const seen = new Set<string>();
    for (const [field, texts] of [
      ['name', doc.names],
      ['city', doc.places],
    ] as const) {
      seen.clear();
      for (const text of texts) {
        for (const term of this.tokens(text)) {
          if (seen.has(term)) continue;
          seen.add(term);
          this.posting(term)[field].push(slot);
        }
      }
    }
  }

  /** Removes a customer by id; postings keep the dead slot until the next compaction. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const customer = this.docs[slot] as TCustomer;
    this.slotOf.delete(id);
    this.docs[slot] = undefined;
    for (const key of searchDoc(customer).keys) {
      const list = this.exact.get(key);
      if (list === undefined) continue;
      const rest = list.filter((s) => s !== slot);
      if (rest.length === 0) this.exact.delete(key);
      else this.exact.set(key, rest);
    }
    const dead = this.docs.length - this.slotOf.size;
    if (dead > 1024 && dead > this.slotOf.size) this.compact();
    return true;
  }

  /** Rebuilds postings without dead slots (amortised: runs when more than half the slots are dead). */
  private compact(): void {
    const live = this.docs.filter((d): d is TCustomer => d !== undefined);
    this.docs.length = 0;
    this.nameWords.length = 0;
    this.slotOf.clear();
    this.exact.clear();
    this.terms.clear();
    this.termsOfKey.clear();
    this.keysOfDeletion.clear();
    this.sorted = [];
    this.pendingTerms = [];
    for (const customer of live) this.add(customer);
  }

  /** A fresh stamp for one query's document marks (buffers are cleared before the counters wrap). */
  nextQueryStamp(): number {
    if (this.queryStamp >= 0xffff_fff0 || this.wordStamp >= 0xffff_ff00) {
      this.docStamp.fill(0);
      this.tokenStamp.fill(0);
      this.queryStamp = 0;
      this.wordStamp = 0;
    }
    return ++this.queryStamp;
  }

  /** Makes the sorted term list and the scratch buffers current (called before each search). */
  prepare(): void {
    if (this.pendingTerms.length > 0) {
      const pending = this.pendingTerms.sort();
      this.pendingTerms = [];
      const merged: string[] = [];
      let i = 0;
      for (const term of pending) {
        while (i < this.sorted.length && (this.sorted[i] as string) < term) merged.push(this.sorted[i++] as string);
        merged.push(term);
      }
      while (i < this.sorted.length) merged.push(this.sorted[i++] as string);
      this.sorted = merged;
    }
    const n = this.docs.length;
    if (this.score.length < n) {
      const capacity = Math.max(n, this.score.length * 2, 1024);
      this.score = new Float64Array(capacity);
      this.best = new Float64Array(capacity);
      this.matched = new Uint8Array(capacity);
      this.docStamp = new Uint32Array(capacity);
      this.tokenStamp = new Uint32Array(capacity);
      this.queryStamp = 0;
      this.wordStamp = 0;
    }
  }
}
