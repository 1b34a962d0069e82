// Normalisation applied on parse by the customer schemas (no zod here, so the domain code can use it).
import { normalizePersian, toLatinDigits } from '../text/index.js';

/** Display text on one line: NFKC, ی/ک, no tatweel or junk marks, one space between words (ZWNJ kept). */
export function normalizeText(text: string): string {
  return normalizePersian(text, { newlines: 'collapse' });
}

/** Display text keeping line breaks (notes, activity text). */
export function normalizeMultiline(text: string): string {
  return normalizePersian(text);
}

const EMAIL_JUNK = /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Email: Latin digits, no whitespace or invisible marks, lower case. */
export function normalizeEmail(email: string): string {
  return toLatinDigits(email).replace(EMAIL_JUNK, '').toLowerCase();
}

const PHONE_SEPARATORS = /[\s\-().\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A phone number towards E.164: `021-8877 6655` → `+982188776655`, `0098…`/`00…` → `+…`, a bare
 * 10-digit Iranian number → `+98…`. Anything else is returned compacted, for the pattern check to refuse.
 */
export function normalizeLandline(phone: string): string {
  const s = toLatinDigits(phone).replace(PHONE_SEPARATORS, '');
  if (s.startsWith('+')) return s;
  if (s.startsWith('00')) return `+${s.slice(2)}`;
  if (s.startsWith('0') && s.length === 11) return `+98${s.slice(1)}`;
  if (/^[1-9]\d{9}$/.test(s)) return `+98${s}`;
  return s;
}
