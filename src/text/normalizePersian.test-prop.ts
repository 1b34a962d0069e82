import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NormalizePersianOptions, normalizePersian } from './normalizePersian.js';

// Every character class normalizePersian treats specially, plus ordinary text around it.
const SPECIAL = [
  ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءآأإٱؤئۀۂہەةكيى',
  ...'\u0610\u0615\u061A\u0640\u064B\u064E\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u065F\u0670\u06D6\u06DD\u06E5\u06E9\u06ED',
  ...'\u00AD\u061C\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF',
  ...' \t\n\r\v\f\u0085\u00A0\u2000\u2005\u200A\u2028\u2029\u202F\u205F\u3000',
  ...'0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩０９²',
  ...'aAzZİıßẞΣσςÅ\u0301\u0308\u030A¨.,!?،؛؟«»-',
  ...'\uFB8E\uFBFC\uFBFD\uFE8E\uFE91\uFEFB\uFEF3\uFE70\uFE71\uFDF2\uFB56\uFE80',
  '😀',
  '👨‍👩‍👧',
  '🇮🇷',
  '𝐀',
  '\uD800',
  '\uDC00',
];

const textArb = fc.array(fc.constantFrom(...SPECIAL), { maxLength: 40 }).map((cs) => cs.join(''));

const optionsArb: fc.Arbitrary<NormalizePersianOptions> = fc.record(
  {
    mode: fc.constantFrom('display', 'search'),
    digits: fc.constantFrom('latin', 'persian', 'unify'),
    zwnj: fc.constantFrom('keep', 'space', 'remove'),
    newlines: fc.constantFrom('keep', 'collapse'),
  },
  { requiredKeys: [] },
);

const NUM_RUNS = 3000;

describe('normalizePersian properties', () => {
  it('is idempotent on the special-character alphabet for every combination of options', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        const once = normalizePersian(text, options);
        expect(normalizePersian(once, options)).toBe(once);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('is idempotent on arbitrary Unicode strings (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), optionsArb, (text, options) => {
        const once = normalizePersian(text, options);
        expect(normalizePersian(once, options)).toBe(once);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('leaves no junk, Arabic letter variants, untrimmed ends or misplaced ZWNJ', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => {
        const out = normalizePersian(text, options);
        expect(out).not.toMatch(/[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u0640\u064B-\u0653]|\u200D/);
        expect(out).not.toMatch(/[\u0643\u0649\u064A\u0629\u0660-\u0669]/);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\u200C\u200C|\s\u200C|\u200C\s|^\u200C|\u200C$/);
        expect(out).not.toMatch(/[^\S\n]{2,}|[\t\r\u00A0\u3000]/);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('search keys fold letter variants, hamza marks, ZWNJ and case', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const key = normalizePersian(text, { mode: 'search' });
        expect(key).not.toMatch(/[\u0622-\u0626\u0671\u06C0-\u06C2\u06D5\u0654\u0655\u200C۰-۹]/);
        expect(key).toBe(key.toLowerCase());
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('collapse mode yields a single line; digits follow the digits option', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(normalizePersian(text, { newlines: 'collapse' })).not.toMatch(/\n/);
        expect(normalizePersian(text, { digits: 'latin' })).not.toMatch(/[۰-۹٠-٩]/);
        expect(normalizePersian(text, { digits: 'persian' })).not.toMatch(/[0-9٠-٩]/);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
