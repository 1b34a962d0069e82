// Key encodings of findDuplicates: digits as numbers, text as 53-bit hashes, and back for display.
import type { DuplicateBlock, DuplicateExactField, DuplicateKey } from './duplicateFields.js';
import type { Customer } from './types.js';

/** The integer value of the digits `s[from…to)` (no string is allocated). */
export function digitsValue(s: string, from: number, to: number = s.length): number {
  let value = 0;
  for (let i = Math.max(0, from); i < to; i++) value = value * 10 + (s.charCodeAt(i) - 48);
  return value;
}

/**
 * A 53-bit hash (cyrb53) of `s[from…to)`, ASCII letters lower-cased, dots skipped when `skipDots`.
 * Equal texts give equal hashes; collisions among a million texts have odds near 10⁻⁴ and are checked
 * where they would matter (equal emails).
 */
export function hashText(s: string, from = 0, to: number = s.length, skipDots = false): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 46 && skipDots) continue;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The end of an email's local part for blocking: before a `+tag` or the `@`. */
export function localEnd(email: string): number {
  const at = email.indexOf('@');
  const plus = email.indexOf('+');
  return plus >= 0 && plus < at ? plus : at;
}

/** The email local part `customer` has whose block key is `key` (for display). */
function localOf(customer: Customer<unknown>, key: number): string {
  for (const e of customer.contact?.emails ?? []) {
    if (hashText(e, 0, localEnd(e), true) === key) return e.slice(0, localEnd(e)).toLowerCase().replaceAll('.', '');
  }
  return '';
}

/** The key as people read it, for a `DuplicateReason` (`customer` is one of the records sharing it). */
export function displayKey(
  what: DuplicateExactField | DuplicateBlock,
  key: DuplicateKey,
  customer: Customer<unknown>,
): string {
  switch (what) {
    case 'email':
      return customer.contact?.emails?.find((e) => hashText(e) === key)?.toLowerCase() ?? '';
    case 'emailLocal':
      return localOf(customer, key);
    case 'nameCity':
      return 'same phonetic name and city';
    case 'mobile':
    case 'phone':
      return `+${key}`;
    case 'nationalCode':
      return String(key).padStart(10, '0');
    case 'legalNationalId':
      return String(key).padStart(11, '0');
    case 'economicCode':
      return String(key).slice(1);
    case 'mobileSuffix':
      return String(key).padStart(7, '0');
    case 'birthDate': {
      const date = Math.floor(key / 2 ** 20);
      return `${Math.floor(date / 512)}/${Math.floor(date / 32) % 16}/${date % 32}`;
    }
    default:
      return String(key);
  }
}
