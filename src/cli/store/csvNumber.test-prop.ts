import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../text/index.js';
import { parseCsvAmount } from './csvNumber.js';

/** Groups digits by three from the right with `separator`. */
function group(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

describe('parseCsvAmount properties', () => {
  it('reads back any positive safe amount however it is written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('', ',', '\u066c', ' '),
        fc.boolean(),
        (n, separator, persian) => {
          const text = group(n, separator);
          expect(parseCsvAmount(persian ? toPersianDigits(text) : text, 'rial')).toBe(n);
        },
      ),
    );
  });

  it('gives toman × 10 or says it is too large', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const r = parseCsvAmount(String(n), 'toman');
        if (Number.isSafeInteger(n * 10)) expect(r).toBe(n * 10);
        else expect(r).toMatch(/too large/);
      }),
    );
  });
});
