// Validation throughput of moshtari/iran against @persian-tools/persian-tools 4.0.4 (devDependency)
// on the same pre-generated corpus per identifier: 10k canonical ASCII inputs (persian-tools does
// not normalise digits or separators), about half valid, the rest single-digit typos, random
// digits and malformed strings. One call of a task validates the whole corpus.
import {
  isPhoneNumberValid,
  isShebaValid,
  verifyCardNumber,
  verifyIranianLegalId,
  verifyIranianNationalId,
} from '@persian-tools/persian-tools';
import {
  IRAN_CARD_IINS,
  IRAN_MOBILE_PREFIXES,
  IRAN_SHEBA_BANK_CODES,
  isValidCardNumber,
  isValidLegalNationalId,
  isValidMobile,
  isValidNationalCode,
  isValidPostalCode,
  isValidSheba,
} from '../src/iran/index.js';
import { compare, type SuiteResult } from './harness.js';

const SIZE = 10_000;

/** mulberry32: a small seeded PRNG, so every run measures the same corpus. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(20251023);
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const typo = (s: string): string => {
  const i = Math.floor(random() * s.length);
  return s.slice(0, i) + ((Number(s[i]) + 1 + Math.floor(random() * 9)) % 10) + s.slice(i + 1);
};

function nationalCode(): string {
  const d = digits(9);
  const r = [...d].reduce((s, c, i) => s + Number(c) * (10 - i), 0) % 11;
  return d + (r < 2 ? r : 11 - r);
}

function legalId(): string {
  const d = digits(10);
  const w = [29, 27, 23, 19, 17];
  const x = Number(d[9]) + 2;
  const c = [...d].reduce((s, ch, i) => s + (x + Number(ch)) * (w[i % 5] ?? 0), 0) % 11;
  return d + (c === 10 ? 0 : c);
}

function sheba(): string {
  const bban = pick(Object.keys(IRAN_SHEBA_BANK_CODES)) + digits(19);
  return `IR${(98n - (BigInt(`${bban}182700`) % 97n)).toString().padStart(2, '0')}${bban}`;
}

function card(): string {
  const body = pick(Object.keys(IRAN_CARD_IINS)) + digits(9);
  for (let d = 0; d < 10; d++) {
    const n = body + d;
    const sum = [...n].reduce((s, c, i) => {
      const v = Number(c) * (i % 2 === 0 ? 2 : 1);
      return s + (v > 9 ? v - 9 : v);
    }, 0);
    if (sum % 10 === 0) return n;
  }
  return body;
}

const mobile = (): string => `0${pick(Object.keys(IRAN_MOBILE_PREFIXES))}${digits(7)}`;
const postal = (): string =>
  Array.from({ length: 10 }, (_, i) =>
    pick(i < 5 ? ['1', '3', '4', '6', '7', '8', '9'] : ['0', '1', '3', '5', '9']),
  ).join('');

/** Half valid, a quarter single-digit typos, the rest random digits of the right length or junk. */
function corpus(valid: () => string, length: number): readonly string[] {
  return Array.from({ length: SIZE }, (_, i) => {
    const k = i % 8;
    if (k < 4) return valid();
    if (k < 6) return typo(valid());
    if (k === 6) return digits(length);
    return pick([digits(length - 1), `${digits(length)}7`, `${valid().slice(0, -2)}ab`, '']);
  });
}

function count(inputs: readonly string[], valid: (s: string) => unknown): number {
  let n = 0;
  for (const s of inputs) if (valid(s) === true) n++;
  return n;
}

async function run(
  title: string,
  inputs: readonly string[],
  tasks: Readonly<Record<string, (s: string) => unknown>>,
): Promise<SuiteResult> {
  const accepted = Object.entries(tasks)
    .map(([name, f]) => `${name} accepts ${count(inputs, f)}`)
    .join(', ');
  const runners = Object.fromEntries(Object.entries(tasks).map(([name, f]) => [name, () => count(inputs, f)]));
  return compare({
    module: 'iran',
    title: `${title}: ${SIZE} inputs (${accepted})`,
    subject: 'moshtari',
    tasks: runners,
  });
}

/** The iran comparisons, one per identifier. */
export default async function iranBench(): Promise<SuiteResult[]> {
  const results: SuiteResult[] = [];
  results.push(
    await run('national code', corpus(nationalCode, 10), {
      moshtari: isValidNationalCode,
      'persian-tools (checkPrefix: false)': (s) => verifyIranianNationalId(s, { checkPrefix: false }),
      'persian-tools (default, city prefix list)': (s) => verifyIranianNationalId(s),
    }),
  );
  results.push(
    await run('legal national ID', corpus(legalId, 11), {
      moshtari: isValidLegalNationalId,
      'persian-tools': (s) => verifyIranianLegalId(s),
    }),
  );
  results.push(
    await run('mobile', corpus(mobile, 11), { moshtari: isValidMobile, 'persian-tools': (s) => isPhoneNumberValid(s) }),
  );
  results.push(
    await run('Sheba', corpus(sheba, 26), { moshtari: isValidSheba, 'persian-tools': (s) => isShebaValid(s) }),
  );
  results.push(
    await run('card number', corpus(card, 16), {
      moshtari: isValidCardNumber,
      // typed `(digits: number)`, but it calls String() on its argument
      'persian-tools (Luhn only)': (s) => verifyCardNumber(s as unknown as number),
    }),
  );
  const pattern = /^(?!(\d)\1{3})[13-9]{4}[1346-9][013-9]{5}$/;
  results.push(
    await run('postal code (no persian-tools function; anchor: the community regex)', corpus(postal, 10), {
      moshtari: isValidPostalCode,
      'regex /^(?!(\\d)\\1{3})[13-9]{4}[1346-9][013-9]{5}$/': (s) => pattern.test(s),
    }),
  );
  return results;
}
