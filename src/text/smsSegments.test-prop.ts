import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smsSegments } from './smsSegments.js';

const GSM_CHARS = [...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà\f^{}\\[~]|€'];
const EXTENSION = new Set('\f^{}\\[~]|€');
const gsmText = fc.array(fc.constantFrom(...GSM_CHARS), { maxLength: 700 }).map((cs) => cs.join(''));
const anyText = fc.oneof(
  gsmText,
  fc
    .array(fc.constantFrom(...GSM_CHARS, 'ب', '\u200C', '۱', '😀', '🇮🇷', '\uD800', '\uDC00'), { maxLength: 400 })
    .map((cs) => cs.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

/** Units of each UTF-16 code unit position's character start, per encoding (test-side re-derivation). */
function charUnits(text: string, gsm: boolean): number[] {
  // A "character" is a GSM code (1 or 2 septets) or a UTF-16 code unit, except that a surrogate
  // pair is one indivisible 2-unit character.
  const out: number[] = [];
  for (const c of text) out.push(gsm ? (EXTENSION.has(c) ? 2 : 1) : c.length);
  return out;
}

describe('smsSegments properties', () => {
  it('partUnits sum to units, fit unitsPerPart and number parts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = smsSegments(text, { lineBreaks: 'asIs' });
        expect(r.partUnits.reduce((a, b) => a + b, 0)).toBe(r.units);
        expect(r.parts).toBe(r.partUnits.length);
        for (const p of r.partUnits) expect(p).toBeGreaterThan(0);
        for (const p of r.partUnits) expect(p).toBeLessThanOrEqual(r.unitsPerPart);
        expect(r.remainingInLastPart).toBe(r.unitsPerPart - (r.partUnits.at(-1) ?? 0));
        expect(r.unitsPerPart).toBe(r.encoding === 'GSM-7' ? (r.parts > 1 ? 153 : 160) : r.parts > 1 ? 67 : 70);
        if (r.encoding === 'UCS-2') expect(r.units).toBe(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('cuts only between characters (no surrogate or escape pair split) and packs greedily', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = smsSegments(text, { lineBreaks: 'asIs' });
        const costs = charUnits(text, r.encoding === 'GSM-7');
        const boundaries = new Set<number>([0]);
        let sum = 0;
        for (const c of costs) {
          sum += c;
          boundaries.add(sum);
        }
        let offset = 0;
        r.partUnits.forEach((p, i) => {
          offset += p;
          expect(boundaries.has(offset)).toBe(true);
          // greedy: the next character would not have fit into this part
          if (i < r.parts - 1 && r.parts > 1) {
            let at = 0;
            let k = 0;
            while (at < offset) at += costs[k++] ?? 0;
            expect(p + (costs[k] ?? 0)).toBeGreaterThan(r.unitsPerPart);
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('UCS-2 parts rebuild the text by slicing, with no lone surrogate at a cut', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = smsSegments(text, { lineBreaks: 'asIs' });
        if (r.encoding !== 'UCS-2') return;
        const pieces: string[] = [];
        let start = 0;
        for (const p of r.partUnits) {
          pieces.push(text.slice(start, start + p));
          start += p;
        }
        expect(pieces.join('')).toBe(text);
        for (let i = 1; i < pieces.length; i++) {
          const prev = pieces[i - 1] ?? '';
          const next = pieces[i] ?? '';
          const splitPair = /[\uD800-\uDBFF]$/.test(prev) && /^[\uDC00-\uDFFF]/.test(next);
          expect(splitPair).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('parts never decrease when text grows, and CRLF normalization never adds units', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        expect(smsSegments(a + b).parts).toBeGreaterThanOrEqual(smsSegments(a).parts);
        expect(smsSegments(a).units).toBeLessThanOrEqual(smsSegments(a, { lineBreaks: 'asIs' }).units);
      }),
      { numRuns: 500 },
    );
  });
});
