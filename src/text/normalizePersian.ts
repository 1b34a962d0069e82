import { MoshtariError } from '../core/index.js';
import { latinDigits, persianDigits } from '../internal/digits.js';
import { checkOption, describeValue } from './checkOption.js';
import type { TextErrorCode } from './errors.js';
import { foldArabicLetters } from './foldArabicLetters.js';

/**
 * Options of {@link normalizePersian}. Every field is optional; defaults depend on `mode`.
 *
 * @example
 * ```ts
 * const key: NormalizePersianOptions = { mode: 'search' }; // digits 'latin', zwnj 'space'
 * const display: NormalizePersianOptions = { digits: 'persian', newlines: 'collapse' };
 * ```
 * @category Text
 */
export interface NormalizePersianOptions {
  /**
   * `'display'` (default) cleans text for showing it; `'search'` also folds letter variants and
   * case to build a match key for search and duplicate detection.
   */
  readonly mode?: 'display' | 'search';
  /**
   * `'unify'` (default in display mode): Arabic-Indic digits → Persian, Latin digits kept;
   * `'latin'` (default in search mode): Persian and Arabic-Indic → `0–9`; `'persian'`: all → `۰–۹`.
   */
  readonly digits?: 'latin' | 'persian' | 'unify';
  /**
   * What to do with a ZWNJ (نیم‌فاصله, U+200C) that survives cleaning: `'keep'` (default in display
   * mode), `'space'` (default in search mode, so «می‌رود» matches «می رود») or `'remove'` (joins the parts).
   */
  readonly zwnj?: 'keep' | 'space' | 'remove';
  /**
   * `'keep'` (default): line breaks become LF, every line is trimmed and its whitespace runs become
   * one space; `'collapse'`: all whitespace, line breaks included, becomes one space.
   */
  readonly newlines?: 'keep' | 'collapse';
}

const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/g;

const ZWNJ_RUN = /\u200C{2,}/g;
const ZWNJ_OUTSIDE_WORD = /(?<![\p{L}\p{M}\p{N}])\u200C|\u200C(?![\p{L}\p{M}\p{N}])/gu;
const LINE_BREAK = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
// Only runs that change: two or more whitespace characters, or one that is not a plain space.
const HORIZONTAL_SPACE = /[^\S\n]{2,}|[^\S \n]/g;
const SPACE_AROUND_LF = / \n ?|\n /g;
const ANY_SPACE = /\s{2,}|[^\S ]/g;

/**
 * Normalizes Persian text for display or for search keys (iran-data.md §8–§9). Idempotent for every
 * combination of options: `normalizePersian(normalizePersian(t, o), o) === normalizePersian(t, o)`.
 *
 * Both modes: NFKC (folds Arabic presentation forms and fullwidth/compatibility characters); Arabic
 * ي ى → ی, ك → ک, ة → ه; remove tatweel, Arabic diacritics and invisible junk (ZWSP, ZWJ, BOM, soft
 * hyphen, LRM/RLM/ALM and bidi embeddings/isolates); digits per `digits`; ZWNJ runs become one ZWNJ
 * and a ZWNJ not between two letters/marks/digits (next to whitespace, punctuation or the text ends) is
 * dropped, then `zwnj` applies; every Unicode space (NBSP, U+2000–U+200A, U+202F, U+3000, tabs) is
 * whitespace, handled per `newlines`; the result is trimmed. Search mode also maps أ إ آ ٱ → ا,
 * ؤ → و, ئ → ی, ۀ ۂ ہ ە → ه, removes hamza marks U+0654/U+0655 and lowercases (Unicode `toLowerCase`).
 * Emoji ZWJ sequences are split because ZWJ is removed.
 *
 * @param text - the text to normalize
 * @param options - mode, digits, ZWNJ and newline policy; see {@link NormalizePersianOptions}
 * @returns the normalized text (a new string; the input is not changed)
 * @throws {MoshtariError} INVALID_ARGUMENT when `text` is not a string or an option has an unknown value
 * @example
 * ```ts
 * normalizePersian('علي كريمى'); // 'علی کریمی'
 * normalizePersian('  مي‌روم\u200C\u200C  ٤٥ '); // 'می‌روم ۴۵'
 * normalizePersian('أحمد  مي‌رود ۱۲ ABC', { mode: 'search' }); // 'احمد می رود 12 abc'
 * ```
 * @category Text
 */
export function normalizePersian(text: string, options?: NormalizePersianOptions): string {
  if (typeof text !== 'string') {
    throw new MoshtariError<TextErrorCode>('INVALID_ARGUMENT', `text: expected a string, got ${describeValue(text)}`, {
      path: 'text',
    });
  }
  const mode = checkOption(options?.mode, ['display', 'search'], 'display', 'options.mode');
  const search = mode === 'search';
  const digits = checkOption(
    options?.digits,
    ['latin', 'persian', 'unify'],
    search ? 'latin' : 'unify',
    'options.digits',
  );
  const zwnj = checkOption(options?.zwnj, ['keep', 'space', 'remove'], search ? 'space' : 'keep', 'options.zwnj');
  const newlines = checkOption(options?.newlines, ['keep', 'collapse'], 'keep', 'options.newlines');

  const config: Config = { search, digits, zwnj, newlines };
  let out = normalizeOnce(text.normalize('NFKC'), config);
  // Removing characters can bring a base and a combining mark together (ا + ZWJ + ◌ٕ, = + ZWNJ + ◌̸),
  // so the result may not be NFKC yet. Re-running on its NFKC form terminates (each round composes,
  // which shortens the string), and an NFKC-stable output of normalizeOnce is a fixpoint of it,
  // which makes normalizePersian idempotent.
  for (;;) {
    const composed = out.normalize('NFKC');
    if (composed === out) return out;
    out = normalizeOnce(composed, config);
  }
}

type Config = {
  readonly search: boolean;
  readonly digits: 'latin' | 'persian' | 'unify';
  readonly zwnj: 'keep' | 'space' | 'remove';
  readonly newlines: 'keep' | 'collapse';
};

/** One pass over NFKC text: character removal and folding, then ZWNJ and whitespace. */
function normalizeOnce(nfkc: string, { search, digits, zwnj, newlines }: Config): string {
  let s = foldArabicLetters(nfkc, search);
  if (digits === 'latin') s = latinDigits(s);
  else if (digits === 'persian') s = persianDigits(s);
  else s = s.replace(ARABIC_INDIC_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) + 0x90));
  if (search) s = s.toLowerCase();

  if (s.includes('\u200C')) s = applyZwnj(s, zwnj);

  if (newlines === 'collapse') s = s.replace(ANY_SPACE, ' ');
  else s = s.replace(LINE_BREAK, '\n').replace(HORIZONTAL_SPACE, ' ').replace(SPACE_AROUND_LF, '\n');
  return s.trim();
}

/** ZWNJ runs → one ZWNJ, a ZWNJ not between word characters dropped, then the `zwnj` policy. */
function applyZwnj(s: string, zwnj: 'keep' | 'space' | 'remove'): string {
  if (zwnj === 'remove') return s.replaceAll('\u200C', '');
  const cleaned = s.replace(ZWNJ_RUN, '\u200C').replace(ZWNJ_OUTSIDE_WORD, '');
  return zwnj === 'space' ? cleaned.replaceAll('\u200C', ' ') : cleaned;
}
