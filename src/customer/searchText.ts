// Search keys: tokens of Persian-normalised text, a phonetic fold for spelling variants, and the
// one-edit (optimal string alignment) test used for typo tolerance.
import { normalizePersian } from '../text/index.js';

const SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Tokens of `text` for search: `normalizePersian` in search mode, split on anything but letters and digits. */
export function searchTokens(text: string): string[] {
  if (text === '') return [];
  return normalizePersian(text, { mode: 'search' })
    .split(SEPARATOR)
    .filter((t) => t !== '');
}

// Letters Persian speakers spell interchangeably in names (same sound): ث ص → س, ذ ض ظ → ز, ط → ت,
// ح → ه, غ → ق, ع → ا; hamza dropped. Applied after normalizePersian (which already folds ي ك ة أ ؤ ئ).
const PHONETIC: Readonly<Record<string, string>> = {
  ث: 'س',
  ص: 'س',
  ذ: 'ز',
  ض: 'ز',
  ظ: 'ز',
  ط: 'ت',
  ح: 'ه',
  غ: 'ق',
  ع: 'ا',
  ء: '',
};
const PHONETIC_LETTERS = /[ثصذضظطحغعء]/g;

/**
 * The phonetic key of a search token: sound-alike letters folded, so «طاهره» / «تاهره», «ذهرا» /
 * «زهرا», «صادقی» / «سادقی» share a key (doubled letters are left to the one-typo rule). Latin tokens are kept.
 */
export function phoneticKey(token: string): string {
  return token.replace(PHONETIC_LETTERS, (c) => PHONETIC[c] ?? c);
}

/** Every string made by deleting one character of `s` (no duplicates). */
export function deletions(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return [...out];
}

/** Whether `a` and `b` are at most one edit apart: insert, delete, substitute or swap two neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
