// fast-check arbitraries and independent oracles for the iran property tests (test-only; not exported).
import fc from 'fast-check';
import { IRAN_CARD_IINS, IRAN_MOBILE_PREFIXES, IRAN_SHEBA_BANK_CODES } from './index.js';

/** A string of `n` ASCII digits. */
export const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

const allSame = (s: string): boolean => [...s].every((c) => c === s[0]);

/** Oracle: the national-code check digit of nine digits (Σ dᵢ·(10−i) mod 11, < 2 → itself, else 11 − r). */
export function nationalCheck(first9: string): number {
  const r = [...first9].reduce((s, c, i) => s + Number(c) * (10 - i), 0) % 11;
  return r < 2 ? r : 11 - r;
}

/** Valid 10-digit national codes (no repeated digits, serial not zero). */
export const nationalCodeArb: fc.Arbitrary<string> = digits(9)
  .map((d) => d + nationalCheck(d))
  .filter((c) => !allSame(c) && c.slice(3, 9) !== '000000');

/** Oracle: the legal-ID check digit of ten digits. */
export function legalCheck(first10: string): number {
  const w = [29, 27, 23, 19, 17, 29, 27, 23, 19, 17];
  const d = Number(first10[9]) + 2;
  const c = [...first10].reduce((s, ch, i) => s + (d + Number(ch)) * (w[i] ?? 0), 0) % 11;
  return c === 10 ? 0 : c;
}

/** Valid 11-digit legal national IDs. */
export const legalIdArb: fc.Arbitrary<string> = digits(10)
  .map((d) => d + legalCheck(d))
  .filter((c) => !allSame(c) && c.slice(3, 9) !== '000000');

/** Oracle: ISO 13616 validity of `IR` + 24 digits with bigint arithmetic. */
export const shebaOk = (s: string): boolean => BigInt(`${s.slice(4)}1827${s.slice(2, 4)}`) % 97n === 1n;

/** Valid Sheba numbers with a known bank code. */
export const shebaArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...Object.keys(IRAN_SHEBA_BANK_CODES)), digits(19))
  .map(([bank, rest]) => {
    const bban = bank + rest;
    const kk = 98n - (BigInt(`${bban}182700`) % 97n);
    return `IR${kk.toString().padStart(2, '0')}${bban}`;
  });

/** Oracle: Luhn over any length, from the right. */
export function luhnOk(s: string): boolean {
  let sum = 0;
  [...s].reverse().forEach((c, i) => {
    const d = Number(c) * (i % 2 === 1 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return sum % 10 === 0;
}

/** Valid 16-digit card numbers with an Iranian IIN. */
export const cardArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...Object.keys(IRAN_CARD_IINS)), digits(9))
  .map(([iin, rest]) => {
    const body = iin + rest;
    for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return body + d;
    throw new Error('unreachable');
  });

/** Valid subscriber numbers `9XXXXXXXXX` with a known prefix. */
export const subscriberArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...Object.keys(IRAN_MOBILE_PREFIXES)), digits(7))
  .map(([p, rest]) => p + rest);

const SEPARATORS = [' ', '\u00a0', '\u200c', '\u200f', '\u200e', '-', '\u2013', '\u2212', '\t', '\u202f'];

/**
 * `text` with each ASCII digit randomly written as ASCII, Persian or Arabic-Indic, and random
 * separators between characters and around the whole.
 */
export const decorate = (text: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.constantFrom(0, 0x06f0 - 48, 0x0660 - 48), { minLength: text.length, maxLength: text.length }),
      fc.array(fc.option(fc.constantFrom(...SEPARATORS), { freq: 3 }), {
        minLength: text.length + 1,
        maxLength: text.length + 1,
      }),
    )
    .map(([shifts, seps]) => {
      let out = seps[0] ?? '';
      [...text].forEach((c, i) => {
        const code = c.charCodeAt(0);
        out += code >= 48 && code <= 57 ? String.fromCharCode(code + (shifts[i] ?? 0)) : c;
        out += seps[i + 1] ?? '';
      });
      return out;
    });

/** Every string that differs from `s` in exactly one digit (with the changed index). */
export function singleDigitChanges(s: string, from = 0): { readonly index: number; readonly value: string }[] {
  const out: { index: number; value: string }[] = [];
  for (let i = from; i < s.length; i++) {
    for (let d = 0; d < 10; d++) {
      if (String(d) !== s[i]) out.push({ index: i, value: s.slice(0, i) + d + s.slice(i + 1) });
    }
  }
  return out;
}
