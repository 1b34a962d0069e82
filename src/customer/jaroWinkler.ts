import { searchTokens } from './searchText.js';

/**
 * Jaro-Winkler similarity of two strings (UTF-16 code units; Persian letters are one unit each),
 * with the usual prefix scale 0.1 over at most 4 characters.
 *
 * @param a - first string
 * @param b - second string
 * @returns 1 for equal strings, 0 for nothing in common
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const usedB = new Uint8Array(lb);
  const matchA: number[] = [];
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - range);
    const to = Math.min(lb - 1, i + range);
    for (let j = from; j <= to; j++) {
      if (usedB[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        usedB[j] = 1;
        matchA.push(i);
        break;
      }
    }
  }
  const m = matchA.length;
  if (m === 0) return 0;
  let transpositions = 0;
  let j = 0;
  for (const i of matchA) {
    while (usedB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * How similar two names are, 0–1: Jaro-Winkler over the Persian-normalised names (ي/ی, ك/ک, digits,
 * ZWNJ and spacing folded, lower case), the similarity `findDuplicates` thresholds.
 *
 * @param a - a name as typed (Persian or Latin)
 * @param b - another name
 * @returns 1 for names equal after normalisation
 * @throws {MoshtariError} INVALID_ARGUMENT when a name is not a string
 * @example
 * ```ts
 * customerNameSimilarity('علي رضائي', 'علی رضایی'); // 1
 * customerNameSimilarity('محمد رضایی', 'محمد رضائی‌پور'); // ≈ 0.94
 * ```
 * @category Customer
 */
export function customerNameSimilarity(a: string, b: string): number {
  return jaroWinkler(searchTokens(a).join(' '), searchTokens(b).join(' '));
}
