import { toLatinDigits } from '../../text/index.js';

// Bidi marks and BOM: never meaningful in a cell. ZWNJ/ZWJ are kept in text (Persian names use them).
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;
// Everything invisible, for values (numbers, dates, codes): ZWNJ, ZWJ, ZWSP, tatweel too.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u0640\ufeff]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 126 || c < 32) return false;
  }
  return true;
}

/**
 * A text cell as data: bidi marks and BOM removed, then trimmed. ZWNJ (نیم‌فاصله) is kept.
 *
 * @param cell - the cell as read
 * @returns the cleaned text
 * @example
 * ```ts
 * cleanCsvText('\u200f حسن‌زاده '); // 'حسن‌زاده'
 * ```
 * @category CLI
 */
export function cleanCsvText(cell: string): string {
  if (isPlainAscii(cell)) return cell.trim();
  return cell.replace(BIDI, '').trim();
}

/**
 * A value cell (number, date, code, id): invisible characters removed, Persian and Arabic-Indic
 * digits made Latin, unusual spaces made plain, then trimmed. Plain ASCII comes back as is (trimmed).
 *
 * @param cell - the cell as read
 * @returns the cleaned value
 * @example
 * ```ts
 * cleanCsvValue('۱۴۰۴/۰۱/۰۱\u200f'); // '1404/01/01'
 * ```
 * @category CLI
 */
export function cleanCsvValue(cell: string): string {
  if (isPlainAscii(cell)) return cell.trim();
  return toLatinDigits(cell.replace(INVISIBLE, '').replace(SPACES, ' ')).trim();
}

/**
 * A value quoted for a problem message (JSON string, cut at 40 characters).
 *
 * @param value - the offending value
 * @returns the value in quotes
 * @example
 * ```ts
 * quoteCsvValue('12,5'); // '"12,5"'
 * ```
 * @category CLI
 */
export function quoteCsvValue(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
