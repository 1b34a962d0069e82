import { describe, expect, it } from 'vitest';
import { money, rial } from '../money/index.js';
import { codeOf } from './clvCodes.test-util.js';
import { clvCohort, clvDiscounted, clvHistoric, clvSimple, customerValueIndex } from './index.js';

describe('clvHistoric', () => {
  it('sums margins exactly, including returns', () => {
    expect(clvHistoric([rial(120_000), rial(80_000), rial(-15_000)])).toEqual(rial(185_000));
    expect(clvHistoric([rial('9007199254740993'), rial(1)])).toEqual(rial('9007199254740994'));
    expect(clvHistoric([], 'IRR')).toEqual(rial(0));
    expect(codeOf(() => clvHistoric([]))).toBe('INVALID_ARGUMENT@currency');
    expect(codeOf(() => clvHistoric([rial(1), money(1, 'USD') as never]))).toBe('CURRENCY_MISMATCH@values[1].currency');
  });
});

describe('clvSimple', () => {
  it('AOV × frequency × lifespan × margin, rounded once', () => {
    const input = { averageOrderValue: rial(2_500_000), purchaseFrequency: '4', lifespan: '3', margin: '0.2' };
    expect(clvSimple(input)).toEqual(rial(6_000_000));
    // 1,000,001 × 1.5 × 1 × 0.1 = 150,000.15
    const odd = { averageOrderValue: rial(1_000_001), purchaseFrequency: '1.5', lifespan: '1', margin: '0.1' };
    expect(clvSimple(odd)).toEqual(rial(150_000));
    expect(clvSimple(odd, 'up')).toEqual(rial(150_001));
    expect(clvSimple({ ...odd, purchaseFrequency: { numerator: 1, denominator: 3 } }, 'down')).toEqual(rial(33_333));
  });
  it('rejects floats and out-of-range rates', () => {
    const input = { averageOrderValue: rial(1), purchaseFrequency: '1', lifespan: '1', margin: '0.2' };
    expect(codeOf(() => clvSimple({ ...input, margin: 0.2 as never }))).toBe('INVALID_RATE@input.margin');
    expect(codeOf(() => clvSimple({ ...input, margin: '1.2' }))).toBe('INVALID_RATE@input.margin');
    expect(codeOf(() => clvSimple({ ...input, lifespan: '-1' }))).toBe('INVALID_RATE@input.lifespan');
    expect(codeOf(() => clvSimple({ ...input, averageOrderValue: { amount: '1.5', currency: 'IRR' } }))).toBe(
      'INVALID_AMOUNT@value.amount',
    );
    expect(codeOf(() => clvSimple(input, 'nearest' as never))).toBe('INVALID_ROUNDING@rounding');
  });
});

describe('clvDiscounted', () => {
  const m = rial(1_000_000);
  it('infinite horizon m·r/(1+d−r) and the finite sum', () => {
    expect(clvDiscounted({ margin: m, retention: '0.8', discount: '0.1' })).toEqual(rial(2_666_667));
    expect(clvDiscounted({ margin: m, retention: '0.8', discount: '0.1', periods: 1 })).toEqual(rial(727_273));
    // 0.8/1.1 + 0.64/1.21 = 1.256198…
    expect(clvDiscounted({ margin: m, retention: '0.8', discount: '0.1', periods: 2 })).toEqual(rial(1_256_198));
    expect(clvDiscounted({ margin: m, retention: '0.8', discount: '0.1', periods: 0 })).toEqual(rial(0));
    expect(clvDiscounted({ margin: m, retention: '1', discount: '0', periods: 5 })).toEqual(rial(5_000_000));
    expect(clvDiscounted({ margin: m, retention: '0', discount: '0.1' })).toEqual(rial(0));
  });
  it('approaches the infinite value as the horizon grows', () => {
    const infinite = Number(clvDiscounted({ margin: m, retention: '0.9', discount: '0.05' }).amount);
    const long = Number(clvDiscounted({ margin: m, retention: '0.9', discount: '0.05', periods: 500 }).amount);
    expect(long).toBe(infinite);
  });
  it('rejects a diverging sum and bad rates', () => {
    expect(codeOf(() => clvDiscounted({ margin: m, retention: '1', discount: '0' }))).toBe(
      'INVALID_RATE@input.retention',
    );
    expect(codeOf(() => clvDiscounted({ margin: m, retention: '1.1', discount: '0' }))).toBe(
      'INVALID_RATE@input.retention',
    );
    expect(codeOf(() => clvDiscounted({ margin: m, retention: '0.5', discount: '-0.1' }))).toBe(
      'INVALID_RATE@input.discount',
    );
    expect(codeOf(() => clvDiscounted({ margin: m, retention: '0.5', discount: '0.1', periods: 1.5 }))).toBe(
      'INVALID_ARGUMENT@input.periods',
    );
  });
});

describe('clvCohort', () => {
  it('discounted cohort margin per acquired customer, minus acquisition cost', () => {
    const margins = [rial(50_000_000), rial(30_000_000), rial(20_000_000)];
    expect(clvCohort({ acquired: 100, margins })).toEqual(rial(1_000_000));
    // (50 + 30/1.1 + 20/1.21) M / 100 = 938,016.53…
    expect(clvCohort({ acquired: 100, margins, discount: '0.1' })).toEqual(rial(938_017));
    expect(clvCohort({ acquired: 100, margins, discount: '0.1', acquisitionCost: rial(400_000) })).toEqual(
      rial(538_017),
    );
    expect(clvCohort({ acquired: 3, margins: [rial(10)] }, 'down')).toEqual(rial(3));
  });
  it('rejects empty cohorts, mixed currencies and bad sizes', () => {
    expect(codeOf(() => clvCohort({ acquired: 0, margins: [rial(1)] }))).toBe('INVALID_ARGUMENT@input.acquired');
    expect(codeOf(() => clvCohort({ acquired: 1, margins: [] }))).toBe('INVALID_ARGUMENT@input.margins');
    expect(codeOf(() => clvCohort({ acquired: 1, margins: [rial(1), money(1, 'USD') as never] }))).toBe(
      'CURRENCY_MISMATCH@input.margins[1].currency',
    );
  });
});

describe('customerValueIndex', () => {
  const customers = [
    { profitability: 100, salesVolume: 10, credibility: 1 },
    { profitability: 0, salesVolume: 20, credibility: 0 },
    { profitability: 50, salesVolume: 15, credibility: 0.5 },
  ];
  it('weights normalised criteria', () => {
    const [a, b, c] = customerValueIndex(customers, { profitability: 2, salesVolume: 1, credibility: 1 });
    expect(a).toBeCloseTo(0.75, 14);
    expect(b).toBeCloseTo(0.25, 14);
    expect(c).toBeCloseTo(0.5, 14);
    expect(customerValueIndex(customers)[0]).toBeCloseTo(2 / 3, 14);
    expect(customerValueIndex([{ profitability: 1, salesVolume: 1, credibility: 1 }])).toEqual([0.5]);
  });
  it('rejects NaN scores naming the customer, and bad weights', () => {
    expect(
      codeOf(() =>
        customerValueIndex([
          customers[0] as never,
          { ...(customers[1] as { profitability: number; salesVolume: number }), credibility: Number.NaN },
        ]),
      ),
    ).toBe('INVALID_ROW@customers[1].credibility');
    expect(codeOf(() => customerValueIndex(customers, { profitability: 0, salesVolume: 0, credibility: 0 }))).toBe(
      'INVALID_ARGUMENT@weights',
    );
    expect(codeOf(() => customerValueIndex(customers, { profitability: -1, salesVolume: 1, credibility: 1 }))).toBe(
      'INVALID_ARGUMENT@weights.profitability',
    );
  });
});
