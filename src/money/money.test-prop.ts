import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_MODES, type RoundingMode } from '../core/index.js';
import { allocate, applyRate, formatMoney, parseMoney, percentage, rial } from './index.js';

const D = Decimal.clone({ precision: 80 });
const DECIMAL_MODE: Record<RoundingMode, Decimal.Rounding> = {
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  halfUp: Decimal.ROUND_HALF_UP,
  halfDown: Decimal.ROUND_HALF_DOWN,
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfCeil: Decimal.ROUND_HALF_CEIL,
  halfFloor: Decimal.ROUND_HALF_FLOOR,
};

const amount = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n });
const mode = fc.constantFrom(...ROUNDING_MODES);
const rate = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.integer({ min: 0, max: 8 }))
  .map(([neg, digits, places]) => {
    const s = digits.toString().padStart(places + 1, '0');
    return `${neg ? '-' : ''}${places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`}`;
  });

describe('money properties', () => {
  it('applyRate equals a precision-80 decimal.js oracle for every rounding mode', () => {
    fc.assert(
      fc.property(amount, rate, mode, (a, r, m) => {
        const expected = new D(a.toString()).mul(r).toDecimalPlaces(0, DECIMAL_MODE[m]).toFixed(0);
        expect(applyRate(rial(a), r, m).amount).toBe(expected === '-0' ? '0' : expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounding never moves more than one unit, and only in the stated direction', () => {
    fc.assert(
      fc.property(amount, fc.bigInt({ min: 1n, max: 10n ** 9n }), mode, (a, den, m) => {
        const r = BigInt(applyRate(rial(a), { numerator: 1n, denominator: den }, m).amount);
        const diff = r * den - a; // (rounded − exact) × den
        expect(diff < den && diff > -den).toBe(true);
        const abs = (x: bigint) => (x < 0n ? -x : x);
        if (m === 'down') expect(abs(r * den) <= abs(a)).toBe(true);
        if (m === 'up') expect(abs(r * den) >= abs(a)).toBe(true);
        if (m === 'floor') expect(diff <= 0n).toBe(true);
        if (m === 'ceil') expect(diff >= 0n).toBe(true);
        if (m.startsWith('half')) expect(abs(diff) * 2n <= den).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('percentage(p) equals applyRate(p / 100)', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 100_000 }), mode, (a, bp, m) => {
        const pct = `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
        const asRate = { numerator: BigInt(bp), denominator: 10_000n };
        expect(percentage(rial(a), pct, m)).toEqual(applyRate(rial(a), asRate, m));
      }),
    );
  });

  it('allocation conserves the total and keeps every share within one unit of its exact part', () => {
    const ratio = fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      fc.bigInt({ min: 0n, max: 10n ** 20n }),
      fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`),
    );
    fc.assert(
      fc.property(amount, fc.array(ratio, { minLength: 1, maxLength: 12 }), (total, ratios) => {
        fc.pre(ratios.some((r) => Number(r) > 0));
        const shares = allocate(rial(total), ratios).map((s) => BigInt(s.amount));
        expect(shares.reduce((x, y) => x + y, 0n)).toBe(total);
        const exact = ratios.map((r) => new D(r.toString()));
        const sum = exact.reduce((x, y) => x.add(y), new D(0));
        shares.forEach((s, i) => {
          const part = new D(total.toString()).mul(exact[i] as Decimal).div(sum);
          expect(part.sub(s.toString()).abs().lt(1)).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('parseMoney(formatMoney(x)) = x in every locale, unit and grouping', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 63n - 1n), max: 2n ** 63n - 1n }),
        fc.constantFrom('fa' as const, 'en' as const),
        fc.constantFrom('rial' as const, 'toman' as const),
        fc.boolean(),
        (a, locale, unit, grouping) => {
          const text = formatMoney(rial(a), { locale, unit, grouping });
          expect(parseMoney(text, { allowNegative: true })).toEqual({ ok: true, value: rial(a) });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
