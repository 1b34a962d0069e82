import { numberToWords } from '@persian-tools/persian-tools';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberToPersianWords } from './numberToPersianWords.js';

// A tiny test-only inverse: words → bigint (cardinals and ordinals).
const VALUES: Readonly<Record<string, bigint>> = Object.fromEntries(
  [
    ['صفر', 0],
    ['یک', 1],
    ['دو', 2],
    ['سه', 3],
    ['چهار', 4],
    ['پنج', 5],
    ['شش', 6],
    ['هفت', 7],
    ['هشت', 8],
    ['نه', 9],
    ['ده', 10],
    ['یازده', 11],
    ['دوازده', 12],
    ['سیزده', 13],
    ['چهارده', 14],
    ['پانزده', 15],
    ['شانزده', 16],
    ['هفده', 17],
    ['هجده', 18],
    ['نوزده', 19],
    ['بیست', 20],
    ['سی', 30],
    ['چهل', 40],
    ['پنجاه', 50],
    ['شصت', 60],
    ['هفتاد', 70],
    ['هشتاد', 80],
    ['نود', 90],
    ['صد', 100],
    ['دویست', 200],
    ['سیصد', 300],
    ['چهارصد', 400],
    ['پانصد', 500],
    ['ششصد', 600],
    ['هفتصد', 700],
    ['هشتصد', 800],
    ['نهصد', 900],
  ].map(([w, v]) => [w, BigInt(v as number)]),
);
const SCALES: Readonly<Record<string, bigint>> = {
  هزار: 10n ** 3n,
  میلیون: 10n ** 6n,
  میلیارد: 10n ** 9n,
  تریلیون: 10n ** 12n,
  کوادریلیون: 10n ** 15n,
  کوینتیلیون: 10n ** 18n,
};

function cardinalWord(token: string): string {
  if (token === 'سوم') return 'سه';
  if (token.endsWith('\u200Cام')) return token.slice(0, -3);
  return token.endsWith('م') ? token.slice(0, -1) : token;
}

function parseWords(words: string, ordinal: boolean): bigint {
  const negative = words.startsWith('منفی ');
  const tokens = (negative ? words.slice(5) : words).split(' ').filter((t) => t !== 'و');
  if (ordinal) tokens.push(cardinalWord(tokens.pop() ?? ''));
  let total = 0n;
  let current = 0n;
  for (const token of tokens) {
    const scale = SCALES[token];
    if (scale !== undefined) {
      total += current * scale;
      current = 0n;
    } else {
      const value = VALUES[token];
      if (value === undefined) throw new Error(`unknown word ${token} in ${words}`);
      current += value;
    }
  }
  total += current;
  return negative ? -total : total;
}

const LIMIT = 10n ** 21n - 1n;
const wide = fc.oneof(
  fc.bigInt({ min: -LIMIT, max: LIMIT }),
  fc.bigInt({ min: -100_000n, max: 100_000n }),
  fc.integer({ min: 0, max: 21 }).chain((e) => fc.bigInt({ min: 0n, max: 10n ** BigInt(e) - 1n })),
);

describe('numberToPersianWords properties', () => {
  it('round-trips through a test-only parser for random bigints below 10^21, cardinal and ordinal', () => {
    fc.assert(
      fc.property(wide, fc.boolean(), (n, ordinal) => {
        expect(parseWords(numberToPersianWords(n, { ordinal }), ordinal)).toBe(n === 0n ? 0n : n);
      }),
      { numRuns: 2000 },
    );
  });

  it('is a deterministic bijection on a sample: distinct numbers give distinct words', () => {
    fc.assert(
      fc.property(fc.uniqueArray(wide, { minLength: 2, maxLength: 200 }), fc.boolean(), (ns, ordinal) => {
        const words = ns.map((n) => numberToPersianWords(n, { ordinal }));
        expect(new Set(words).size).toBe(ns.length);
        expect(ns.map((n) => numberToPersianWords(n, { ordinal }))).toEqual(words);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same words for number, bigint, Latin and Persian strings', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const words = numberToPersianWords(n);
        expect(numberToPersianWords(BigInt(n))).toBe(words);
        expect(numberToPersianWords(String(n))).toBe(words);
        expect(numberToPersianWords(String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'.charAt(Number(d))))).toBe(words);
      }),
    );
  });

  it('matches persian-tools numberToWords on safe integers once its split hundreds are joined', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (n) => {
        const theirs = String(numberToWords(n))
          .replace(/(چهار|شش|هفت|هشت|نه) صد/g, '$1صد')
          .replace('کوآدریلیون', 'کوادریلیون');
        expect(numberToPersianWords(n)).toBe(theirs);
      }),
      { numRuns: 2000 },
    );
  });
});
