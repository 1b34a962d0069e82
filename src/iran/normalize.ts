// Input clean-up shared by the iran validators (not exported from index.ts).
//
// Stripped everywhere (never an error): Unicode whitespace (JS `\s`: space, tab, line breaks, NBSP
// U+00A0, U+2000–U+200A, narrow NBSP U+202F, U+3000, BOM U+FEFF, …), invisible format characters
// (ZWSP U+200B, ZWNJ U+200C, ZWJ U+200D, word joiner U+2060, soft hyphen U+00AD), bidi marks and
// controls (LRM U+200E, RLM U+200F, ALM U+061C, U+202A–U+202E, U+2066–U+2069) and dashes
// (`-`, U+2010–U+2015, minus U+2212, U+FE58, U+FE63, U+FF0D). Persian (U+06F0–U+06F9) and
// Arabic-Indic (U+0660–U+0669) digits become ASCII. Anything else (dots, slashes, letters, …) is a
// FORMAT error: nothing is silently dropped.

import { err, MoshtariError, ok, type Result } from '../core/index.js';
import { latinDigits } from '../internal/digits.js';
import type { IranFormatError, IranInputError } from './errors.js';

const SEPARATORS =
  /[\s\u00ad\u200b-\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SEPARATOR =
  /^[\s\u00ad\u200b-\u200f\u061c\u202a-\u202e\u2060\u2066-\u2069\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]$/;
const DIGIT = /^[0-9\u06f0-\u06f9\u0660-\u0669]$/;
const ASCII_DIGITS = /^\d+$/;

/** Digits to ASCII and separators removed; other characters are kept. */
export function compact(input: string): string {
  return latinDigits(input).replace(SEPARATORS, '');
}

/** The ASCII digits of `input` when it holds only digits and separators, else `undefined` (also for non-strings). */
export function digitsOf(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  if (ASCII_DIGITS.test(input)) return input;
  const digits = compact(input);
  return ASCII_DIGITS.test(digits) ? digits : undefined;
}

/** Throws `INVALID_ARGUMENT` unless `input` is a string (the `parse*` functions' contract). */
export function requireString(input: unknown, label: string): asserts input is string {
  if (typeof input !== 'string') {
    throw new MoshtariError('INVALID_ARGUMENT', `${label}: expected a string, got ${typeof input}`, { path: 'input' });
  }
}

/**
 * The first character of `input` that is neither a separator, a digit nor `allowed` (called with
 * the character and its index among non-separator characters).
 */
export function formatError(
  label: string,
  input: string,
  allowed?: (character: string, nth: number) => boolean,
): IranFormatError {
  let nth = 0;
  for (let i = 0; i < input.length; ) {
    const character = String.fromCodePoint(input.codePointAt(i) ?? 0);
    if (!SEPARATOR.test(character)) {
      if (!DIGIT.test(character) && !(allowed?.(character, nth) ?? false)) {
        const hex = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
        const message = `${label}: unexpected character "${character}" (U+${hex}) at position ${i}`;
        return { code: 'FORMAT', message, input, position: i, character };
      }
      nth++;
    }
    i += character.length;
  }
  throw new MoshtariError('ASSERTION', `${label}: no unexpected character in ${JSON.stringify(input)}`);
}

/** `[8, 9, 10]` → `'8, 9 or 10'`. */
function listCounts(counts: readonly number[]): string {
  return counts.length === 1 ? String(counts[0]) : `${counts.slice(0, -1).join(', ')} or ${counts[counts.length - 1]}`;
}

/** A LENGTH error for `actual` digits where `expected` counts are accepted (`where`: e.g. `' after IR'`). */
export function lengthError(
  label: string,
  input: string,
  expected: readonly number[],
  actual: number,
  where = '',
): IranInputError {
  const message = `${label}: expected ${listCounts(expected)} digits${where}, got ${actual}`;
  return { code: 'LENGTH', message, input, expected, actual };
}

/**
 * Reads a digit-only identifier: `EMPTY`, `FORMAT` and `LENGTH` checks, in that order.
 * Throws `INVALID_ARGUMENT` for a non-string.
 */
export function readDigits(label: string, input: string, expected: readonly number[]): Result<string, IranInputError> {
  requireString(input, label);
  const digits = compact(input);
  if (digits === '') return err({ code: 'EMPTY', message: `${label}: input is empty`, input });
  if (!ASCII_DIGITS.test(digits)) return err(formatError(label, input));
  if (!expected.includes(digits.length)) return err(lengthError(label, input, expected, digits.length));
  return ok(digits);
}

/** `true` when every character of `digits` is the same. */
export function allSame(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits.charCodeAt(i) !== digits.charCodeAt(0)) return false;
  return true;
}
