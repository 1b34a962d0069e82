// Text scoring of searchCustomers: expand each query word to index terms (exact, phonetic variant,
// one typo, prefix), accumulate weight × IDF per document with reusable typed arrays, keep the top k.

import type { IndexState } from './searchState.js';
import { deletions, phoneticKey, searchTokens, withinOneEdit } from './searchText.js';
import type { Customer } from './types.js';

/** A text field of the index. */
export type TextField = 'name' | 'city';

/** Options after defaults. */
export type ScoreOptions = {
  readonly limit: number;
  readonly fields: readonly TextField[];
  readonly typos: boolean;
  readonly prefix: boolean;
  readonly all: boolean;
};

const BOOST: Readonly<Record<TextField, number>> = { name: 1, city: 0.5 };
const MAX_PREFIX_TERMS = 64;
const MAX_WORDS = 8;

type State = IndexState<Customer<unknown>>;

/** Index terms a query word stands for, with weights. */
function expand(state: State, word: string, last: boolean, options: ScoreOptions): Map<string, number> {
  const out = new Map<string, number>();
  const put = (term: string, weight: number) => {
    if ((out.get(term) ?? 0) < weight) out.set(term, weight);
  };
  if (state.terms.has(word)) put(word, 1);
  const key = phoneticKey(word);
  for (const term of state.termsOfKey.get(key) ?? []) put(term, 0.9);
  if (options.typos && key.length >= 3 && (key.length >= 4 || out.size === 0)) {
    const near = new Set<string>(state.keysOfDeletion.get(key));
    for (const d of deletions(key)) {
      if (state.termsOfKey.has(d)) near.add(d);
      for (const k of state.keysOfDeletion.get(d) ?? []) near.add(k);
    }
    for (const k of near) {
      if (k !== key && withinOneEdit(k, key)) for (const term of state.termsOfKey.get(k) ?? []) put(term, 0.6);
    }
  }
  if (options.prefix && last && word.length >= 2) {
    const sorted = state.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < word) lo = mid + 1;
      else hi = mid;
    }
    let range: string[] = [];
    for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(word); i++) range.push(sorted[i] as string);
    if (range.length > MAX_PREFIX_TERMS) {
      const df = (t: string) => state.terms.get(t)?.name.length ?? 0;
      range = range.sort((a, b) => df(b) - df(a)).slice(0, MAX_PREFIX_TERMS);
    }
    for (const term of range) if (term !== word) put(term, 0.8 * Math.sqrt(word.length / term.length));
  }
  return out;
}

type Hit = { slot: number; score: number };

/** Adds one word's best weight per document to the running scores of query `run`. */
function scoreWord(
  state: State,
  word: string,
  expansion: Map<string, number>,
  k: number,
  run: number,
  options: ScoreOptions,
  touched: number[],
): void {
  const n = state.slotOf.size + 1;
  const stamp = ++state.wordStamp;
  const { best, docStamp, matched, score, tokenStamp } = state;
  const wordSlots: number[] = [];
  for (const [term, weight] of expansion) {
    const postings = state.terms.get(term);
    if (postings === undefined) continue;
    for (const field of options.fields) {
      const list = postings[field];
      if (list.length === 0) continue;
      // A variant, typo or prefix term gets no more rarity credit than the word as typed, so a rare
      // longer name («احمدی‌فر») does not outrank the exact common one («احمدی»).
      const typed = state.terms.get(word)?.[field].length ?? 0;
      const df = typed > 0 ? Math.max(list.length, typed) : list.length;
      const contribution = weight * BOOST[field] * Math.log(1 + n / df);
      for (const slot of list) {
        if (k > 0 && options.all && (docStamp[slot] !== run || matched[slot] !== k)) continue;
        if (tokenStamp[slot] !== stamp) {
          tokenStamp[slot] = stamp;
          best[slot] = contribution;
          wordSlots.push(slot);
        } else if (contribution > (best[slot] as number)) best[slot] = contribution;
      }
    }
  }
  for (const slot of wordSlots) {
    if (docStamp[slot] !== run) {
      docStamp[slot] = run;
      score[slot] = 0;
      matched[slot] = 0;
      touched.push(slot);
    }
    score[slot] = (score[slot] as number) + (best[slot] as number);
    matched[slot] = (matched[slot] as number) + 1;
  }
}

/** The top `limit` documents for the words of `query`, best first (ties: lower slot first). */
export function scoreText(state: State, query: string, options: ScoreOptions): Hit[] {
  const words = searchTokens(query).slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  const found = scoreWords(state, words, options);
  if (found.length > 0 || words.length < 2) return found;
  return scoreWords(state, [words.join('')], options); // «عبد الله» typed for «عبدالله»
}

function scoreWords(state: State, words: readonly string[], options: ScoreOptions): Hit[] {
  const expansions = words.map((w, i) => expand(state, w, i === words.length - 1, options));
  if (options.all && expansions.some((e) => e.size === 0)) return [];
  const cost = (e: Map<string, number>) => {
    let c = 0;
    for (const term of e.keys()) for (const f of options.fields) c += state.terms.get(term)?.[f].length ?? 0;
    return c;
  };
  // Rarest word first: with 'all', later words only revisit documents that matched every earlier one.
  const order = expansions.map((e, i) => ({ e, i, c: cost(e) })).sort((a, b) => a.c - b.c || a.i - b.i);
  const run = state.nextQueryStamp();
  const touched: number[] = [];
  order.forEach(({ e, i }, k) => {
    scoreWord(state, words[i] as string, e, k, run, options, touched);
  });
  const top: Hit[] = [];
  const before = (a: Hit, score: number, slot: number) => a.score > score || (a.score === score && a.slot < slot);
  for (const slot of touched) {
    if (state.docs[slot] === undefined || (options.all && state.matched[slot] !== words.length)) continue;
    // A tie-breaker worth at most 0.05: among equal matches, names without extra words come first.
    const score =
      (state.score[slot] as number) + (0.05 * words.length) / Math.max(words.length, state.nameWords[slot] ?? 1);
    const last = top[top.length - 1];
    if (top.length === options.limit && last !== undefined && before(last, score, slot)) continue;
    let i = top.length;
    while (i > 0 && !before(top[i - 1] as Hit, score, slot)) i--;
    top.splice(i, 0, { slot, score });
    if (top.length > options.limit) top.pop();
  }
  return top;
}
