import { cleanCsvValue, quoteCsvValue } from './csvText.js';

// Digits, optionally grouped by three with `,`, `٬` (U+066C) or a space, and an optional fraction.
const NUMBER = /^(\d+|\d{1,3}(?:[,\u066c ]\d{3})+)(?:\.(\d+))?$/;
const GROUP_SEPARATORS = /[,\u066c ]/g;
const NON_ZERO = /[1-9]/;

/** Why a cell is not a whole number. */
type WholeNumberFailure = 'negative' | 'fraction' | 'format' | 'unsafe';

/** A whole number ≥ 0 from a cell, or why not. */
function readWholeNumber(cell: string): number | WholeNumberFailure {
  const n = cell.length;
  if (n > 0 && n <= 15) {
    let x = 0;
    let i = 0;
    for (; i < n; i++) {
      const d = cell.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      x = x * 10 + d;
    }
    if (i === n) return x;
  }
  const text = cleanCsvValue(cell).replace('\u066b', '.');
  const first = text.charCodeAt(0);
  if (first === 45 || first === 0x2212) {
    return NUMBER.test(text.slice(1).trim()) ? 'negative' : 'format';
  }
  const m = NUMBER.exec(text);
  if (m === null) return 'format';
  if (m[2] !== undefined && NON_ZERO.test(m[2])) return 'fraction';
  const digits = (m[1] as string).replace(GROUP_SEPARATORS, '');
  if (digits.length > 16) return 'unsafe';
  const x = Number(digits);
  return Number.isSafeInteger(x) ? x : 'unsafe';
}

/**
 * An amount cell in Rial: a positive whole number, digits optionally grouped by three with `,`,
 * `٬` or spaces (`12,500,000`, `۱۲٬۵۰۰٬۰۰۰`), a zero fraction allowed (`1500.00`); Toman is
 * multiplied by 10. Persian/Arabic digits and invisible marks are handled ({@link cleanCsvValue}).
 *
 * @param value - the cell
 * @param currency - unit of the file (`'rial'` or `'toman'`)
 * @returns the amount in Rial (a positive safe integer), or an English message saying what is wrong
 * @example
 * ```ts
 * parseCsvAmount('12,500,000', 'rial'); // 12500000
 * parseCsvAmount('1500', 'toman');      // 15000
 * parseCsvAmount('-5', 'rial');         // 'expected a positive amount, got "-5"'
 * ```
 * @category CLI
 */
export function parseCsvAmount(value: string, currency: 'rial' | 'toman'): number | string {
  const x = readWholeNumber(value);
  if (typeof x === 'number') {
    if (x === 0) return `expected a positive amount, got ${quoteCsvValue(value)}`;
    if (currency === 'rial') return x;
    const rial = x * 10;
    return Number.isSafeInteger(rial) ? rial : `amount ${quoteCsvValue(value)} toman is too large`;
  }
  switch (x) {
    case 'negative':
      return `expected a positive amount, got ${quoteCsvValue(value)}`;
    case 'fraction':
      return `expected a whole number of ${currency}, got ${quoteCsvValue(value)}`;
    case 'unsafe':
      return `amount ${quoteCsvValue(value)} is too large`;
    default:
      return `expected an amount in ${currency} (digits, optionally grouped by three), got ${quoteCsvValue(value)}`;
  }
}

/**
 * A count cell (points, scores): a whole number ≥ 0, digits optionally grouped by three; Persian
 * and Arabic-Indic digits are fine.
 *
 * @param value - the cell
 * @returns the number, or an English message saying what is wrong
 * @example
 * ```ts
 * parseCsvCount('۲۰۰');  // 200
 * parseCsvCount('2.5'); // 'expected a whole number ≥ 0, got "2.5"'
 * ```
 * @category CLI
 */
export function parseCsvCount(value: string): number | string {
  const x = readWholeNumber(value);
  if (typeof x === 'number') return x;
  if (x === 'unsafe') return `number ${quoteCsvValue(value)} is too large`;
  return `expected a whole number ≥ 0, got ${quoteCsvValue(value)}`;
}
