import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidJalaliDate } from './convert.js';
import { formatJalali } from './format.js';
import { jalaliOfEpochDay } from './jalaliDays.js';
import { END_EPOCH_DAY, MIN_EPOCH_DAY } from './jalaliRule.js';
import { parseJalali, parseJalaliDateTime } from './parse.js';

// Every day of the supported range 1178/1/1 … 3000/12/30.
const date = fc.integer({ min: MIN_EPOCH_DAY, max: END_EPOCH_DAY - 1 }).map(jalaliOfEpochDay);
const digits = fc.constantFrom('persian' as const, 'latin' as const);
const locale = fc.constantFrom('fa' as const, 'en' as const);
const PATTERNS = ['yyyy/MM/dd', 'yyyy/M/d', 'yyyy-MM-dd', 'yyyy.M.d', 'd MMMM yyyy', 'd MMM yyyy', 'dd MMMM, yyyy'];
// Noise that must not change the result: bidi marks and ZWNJ anywhere outside numbers, extra spaces.
const noise = fc.constantFrom('', ' ', '  ', '\u200f', '\u200e', '\u200c', '\u00a0');

describe('parseJalali properties', () => {
  it('parseJalali(formatJalali(d, "yyyy/MM/dd")) = d for every digit style, 1178–3000', () => {
    fc.assert(
      fc.property(date, digits, (d, style) => {
        expect(parseJalali(formatJalali(d, 'yyyy/MM/dd', { digits: style }))).toEqual({ ok: true, value: d });
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every accepted pattern and locale, with noise around the text', () => {
    fc.assert(
      fc.property(date, fc.constantFrom(...PATTERNS), locale, digits, noise, noise, (d, pattern, loc, style, a, b) => {
        const text = a + formatJalali(d, pattern, { locale: loc, digits: style }) + b;
        expect(parseJalali(text)).toEqual({ ok: true, value: d });
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips date-times to the second', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 86_399 }), digits, (d, s, style) => {
        const t = { ...d, hour: Math.floor(s / 3600), minute: Math.floor(s / 60) % 60, second: s % 60, millisecond: 0 };
        expect(parseJalaliDateTime(formatJalali(t, 'yyyy/MM/dd HH:mm:ss', { digits: style }))).toEqual({
          ok: true,
          value: t,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on strings, and only returns valid dates', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.stringMatching(/^[0-9۰-۹/ .-]{0,14}$/),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([y, m, d]) => `${y}/${m}/${d}`),
    );
    fc.assert(
      fc.property(text, (input) => {
        const r = parseJalali(input);
        if (r.ok) expect(isValidJalaliDate(r.value)).toBe(true);
        else {
          expect(r.error.input).toBe(input);
          if (r.error.position !== undefined) {
            expect(r.error.position).toBeGreaterThanOrEqual(0);
            expect(r.error.position).toBeLessThanOrEqual(input.length);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
