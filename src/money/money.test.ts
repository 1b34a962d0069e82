import { describe, expect, it } from 'vitest';
import { codeAtPath as codeOf } from '../../test/codeOf.js';
import {
  addMoney,
  allocate,
  applyRate,
  applyRateToAll,
  compareMoney,
  createRateApplier,
  equalsMoney,
  isNegativeMoney,
  isZeroMoney,
  money,
  moneyToBigInt,
  negateMoney,
  percentage,
  rial,
  roundMoney,
  subtractMoney,
  sumMoney,
  toman,
} from './index.js';

describe('constructors', () => {
  it('builds canonical amounts', () => {
    expect(rial(125_000_000)).toEqual({ amount: '125000000', currency: 'IRR' });
    expect(toman(12_500_000)).toEqual({ amount: '125000000', currency: 'IRR' });
    expect(toman('12.5')).toEqual({ amount: '125', currency: 'IRR' });
    expect(toman('-12.5')).toEqual({ amount: '-125', currency: 'IRR' });
    expect(money('007', 'USD')).toEqual({ amount: '7', currency: 'USD' });
    expect(rial('-0')).toEqual({ amount: '0', currency: 'IRR' });
    expect(rial(2n ** 70n).amount).toBe('1180591620717411303424');
    expect(moneyToBigInt(rial(-5))).toBe(-5n);
  });

  it('rejects floats, unsafe numbers and junk, naming the argument', () => {
    expect(codeOf(() => rial(1.5))).toBe('INVALID_AMOUNT@amount');
    expect(codeOf(() => rial(2 ** 60))).toBe('INVALID_AMOUNT@amount');
    expect(codeOf(() => rial(Number.NaN))).toBe('INVALID_AMOUNT@amount');
    expect(codeOf(() => rial('1e3'))).toBe('INVALID_AMOUNT@amount');
    expect(codeOf(() => rial('0x10'))).toBe('INVALID_AMOUNT@amount');
    expect(codeOf(() => rial(''))).toBe('INVALID_AMOUNT@amount');
    expect(codeOf(() => toman('12.55'))).toBe('INVALID_AMOUNT@amount');
    expect(codeOf(() => money(1, ''))).toBe('INVALID_ARGUMENT@currency');
  });

  it('rejects non-canonical Money objects built by hand', () => {
    expect(codeOf(() => addMoney({ amount: '01', currency: 'IRR' }, rial(1)))).toBe('INVALID_AMOUNT@a.amount');
    expect(codeOf(() => addMoney(rial(1), { amount: '-0', currency: 'IRR' }))).toBe('INVALID_AMOUNT@b.amount');
    expect(codeOf(() => addMoney(rial(1), { amount: ' 1', currency: 'IRR' }))).toBe('INVALID_AMOUNT@b.amount');
    expect(codeOf(() => applyRateToAll([rial(1), { amount: '1.5', currency: 'IRR' }], '1', 'down'))).toBe(
      'INVALID_AMOUNT@values[1].amount',
    );
  });
});

describe('arithmetic', () => {
  it('adds, subtracts, sums and negates exactly beyond 2^53', () => {
    expect(addMoney(rial('9007199254740993'), rial(1)).amount).toBe('9007199254740994');
    expect(subtractMoney(rial(1000), rial(1500)).amount).toBe('-500');
    expect(sumMoney([rial(1), rial(2), rial(3)]).amount).toBe('6');
    expect(sumMoney([], 'IRR')).toEqual({ amount: '0', currency: 'IRR' });
    expect(negateMoney(rial(250)).amount).toBe('-250');
    expect(negateMoney(rial(0)).amount).toBe('0');
  });

  it('refuses to mix currencies at run time', () => {
    const usd = money(1, 'USD');
    expect(codeOf(() => addMoney(rial(1), usd as never))).toBe('CURRENCY_MISMATCH@b');
    expect(codeOf(() => sumMoney([rial(1), usd as never]))).toBe('CURRENCY_MISMATCH@values[1].currency');
    expect(codeOf(() => sumMoney([]))).toBe('INVALID_ARGUMENT@currency');
  });

  it('compares', () => {
    expect([rial(30), rial(10), rial(20)].sort(compareMoney).map((m) => m.amount)).toEqual(['10', '20', '30']);
    expect(equalsMoney(toman(1), rial(10))).toBe(true);
    expect(equalsMoney(money(10, 'USD'), rial(10))).toBe(false);
    expect(isZeroMoney(rial(0))).toBe(true);
    expect(isNegativeMoney(rial(-1))).toBe(true);
    expect(isNegativeMoney(rial(0))).toBe(false);
  });
});

describe('applyRate and percentage', () => {
  it('rounds the exact product with each mode', () => {
    // 1005 × 0.1 = 100.5 exactly
    const cases = [
      ['down', '100'],
      ['up', '101'],
      ['floor', '100'],
      ['ceil', '101'],
      ['halfUp', '101'],
      ['halfDown', '100'],
      ['halfEven', '100'],
      ['halfCeil', '101'],
      ['halfFloor', '100'],
    ] as const;
    for (const [mode, expected] of cases) expect(applyRate(rial(1005), '0.1', mode).amount).toBe(expected);
    for (const [mode, expected] of cases) {
      const negated = ['down', 'up', 'halfUp', 'halfDown', 'halfEven'].includes(mode);
      if (negated) expect(applyRate(rial(-1005), '0.1', mode).amount).toBe(`-${expected}`);
    }
    expect(applyRate(rial(-1005), '0.1', 'floor').amount).toBe('-101');
    expect(applyRate(rial(-1005), '0.1', 'ceil').amount).toBe('-100');
    expect(applyRate(rial(-1005), '0.1', 'halfCeil').amount).toBe('-100');
    expect(applyRate(rial(-1005), '0.1', 'halfFloor').amount).toBe('-101');
  });

  it('is exact where decimal.js at its default precision is not (toolchain.md §9)', () => {
    expect(applyRate(rial('348270960056560827'), '25.3071', 'down').amount).toBe('8813728013247390504');
  });

  it('accepts ratios and percentages', () => {
    expect(applyRate(rial(10), { numerator: 1, denominator: 3 }, 'halfEven').amount).toBe('3');
    expect(applyRate(rial(10), { numerator: '2', denominator: -3n }, 'down').amount).toBe('-6');
    expect(percentage(rial(1_234_567), '9', 'halfUp').amount).toBe('111111');
    expect(percentage(rial(1000), '2.5', 'down').amount).toBe('25');
    expect(applyRate(rial(1_000_001), '0.155', 'down').amount).toBe('155000');
  });

  it('rejects float rates, bad strings and unknown rounding', () => {
    expect(codeOf(() => applyRate(rial(1), 0.155 as never, 'down'))).toBe('INVALID_RATE@rate');
    expect(codeOf(() => applyRate(rial(1), '1e-3', 'down'))).toBe('INVALID_RATE@rate');
    expect(codeOf(() => applyRate(rial(1), '.5', 'down'))).toBe('INVALID_RATE@rate');
    expect(codeOf(() => applyRate(rial(1), { numerator: 1, denominator: 0 }, 'down'))).toBe('INVALID_RATE@rate');
    expect(codeOf(() => applyRate(rial(1), { numerator: 1.5, denominator: 2 }, 'down'))).toBe(
      'INVALID_RATE@rate.numerator',
    );
    expect(codeOf(() => applyRate(rial(10), '1', 'nearest' as never))).toBe('INVALID_ROUNDING@rounding');
    expect(codeOf(() => applyRate(rial(10), '1', undefined as never))).toBe('INVALID_ROUNDING@rounding');
    expect(codeOf(() => percentage(rial(1), 'nine', 'down'))).toBe('INVALID_RATE@percent');
  });

  it('prepares a rate once for hot loops with the same results', () => {
    const cashback = createRateApplier('0.03', 'down');
    expect(cashback(rial(2_500_000)).amount).toBe('75000');
    const values = [rial(100), rial(250), rial(-3)];
    expect(applyRateToAll(values, '0.5', 'halfEven').map((m) => m.amount)).toEqual(['50', '125', '-2']);
    expect(values.map((m) => m.amount)).toEqual(['100', '250', '-3']);
  });
});

describe('allocate', () => {
  it('splits by largest remainder and always sums to the total', () => {
    expect(allocate(rial(100), [1, 1, 1]).map((m) => m.amount)).toEqual(['34', '33', '33']);
    expect(allocate(toman(1000), ['0.7', '0.3']).map((m) => m.amount)).toEqual(['7000', '3000']);
    // exact parts 0.5, 0.3, 0.2 of 7 → 3.5, 2.1, 1.4 → floors 3, 2, 1, one unit left → largest remainder (index 0)
    expect(allocate(rial(7), ['0.5', '0.3', '0.2']).map((m) => m.amount)).toEqual(['4', '2', '1']);
    // remainders 0.4 (index 2) beat 0.1 (index 1)
    expect(
      allocate(rial(7), ['0.5', '0.3', '0.2'])
        .map((m) => m.amount)
        .join(),
    ).toBe('4,2,1');
    expect(allocate(rial(10), [0, 1, 2n]).map((m) => m.amount)).toEqual(['0', '3', '7']);
    expect(allocate(rial(-100), [1, 1, 1]).map((m) => m.amount)).toEqual(['-34', '-33', '-33']);
    expect(allocate(rial(0), [1, 2]).map((m) => m.amount)).toEqual(['0', '0']);
  });

  it('rejects bad ratios with their index', () => {
    expect(codeOf(() => allocate(rial(1), []))).toBe('INVALID_RATIOS@ratios');
    expect(codeOf(() => allocate(rial(1), [0, 0]))).toBe('INVALID_RATIOS@ratios');
    expect(codeOf(() => allocate(rial(1), [1, -1]))).toBe('INVALID_RATIOS@ratios[1]');
    expect(codeOf(() => allocate(rial(1), [1, 0.5]))).toBe('INVALID_RATIOS@ratios[1]');
    expect(codeOf(() => allocate(rial(1), ['1', 'x']))).toBe('INVALID_RATIOS@ratios[1]');
  });
});

describe('roundMoney', () => {
  it('rounds to a step', () => {
    expect(roundMoney(rial(12_345), 1000, 'halfUp').amount).toBe('12000');
    expect(roundMoney(rial(12_500), 1000, 'halfEven').amount).toBe('12000');
    expect(roundMoney(rial(125), 10, 'down').amount).toBe('120');
    expect(roundMoney(rial(-125), 10, 'floor').amount).toBe('-130');
    expect(codeOf(() => roundMoney(rial(1), 0, 'down'))).toBe('DIVISION_BY_ZERO@step');
    expect(codeOf(() => roundMoney(rial(1), -10, 'down'))).toBe('INVALID_ARGUMENT@step');
  });
});
