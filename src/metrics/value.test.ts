import { describe, expect, it } from 'vitest';
import { type Money, rial, toman } from '../money/index.js';
import { codeOf } from './codeOf.test-util.js';
import {
  averageOrderValue,
  churnRate,
  customerAcquisitionCost,
  lifecycleFunnel,
  pointsBreakageRate,
  pointsRedemptionRate,
  purchaseFrequency,
  repeatPurchaseRate,
  retentionRate,
  shareOfWallet,
  walletAllocationShare,
} from './index.js';

describe('retention and churn (crm.md §4)', () => {
  it('crm.md §4: CRR = (E − N) / S', () => {
    expect(retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 40 })).toEqual({
      ok: true,
      value: { numerator: 170, denominator: 200, value: 0.85 },
    });
    expect(retentionRate({ customersAtStart: 5, customersAtEnd: 5, newCustomers: 0 })).toMatchObject({
      value: { value: 1 },
    });
  });

  it('crm.md §4: churn = lost / customers at the start (never the end count)', () => {
    expect(churnRate({ customersAtStart: 200, lost: 30 })).toMatchObject({ ok: true, value: { value: 0.15 } });
  });

  it('returns EMPTY_DENOMINATOR without customers at the start', () => {
    const r = retentionRate({ customersAtStart: 0, customersAtEnd: 4, newCustomers: 4 });
    expect(r.ok ? undefined : r.error).toMatchObject({ code: 'EMPTY_DENOMINATOR', field: 'counts.customersAtStart' });
    expect(churnRate({ customersAtStart: 0, lost: 0 }).ok).toBe(false);
  });

  it('throws on E < N, more kept than at the start, negative or fractional counts', () => {
    expect(codeOf(() => retentionRate({ customersAtStart: 10, customersAtEnd: 3, newCustomers: 4 }))).toBe(
      'INCONSISTENT_COUNTS@counts.newCustomers',
    );
    expect(codeOf(() => retentionRate({ customersAtStart: 10, customersAtEnd: 30, newCustomers: 4 }))).toBe(
      'INCONSISTENT_COUNTS@counts.customersAtEnd',
    );
    expect(codeOf(() => retentionRate({ customersAtStart: -1, customersAtEnd: 3, newCustomers: 0 }))).toBe(
      'INVALID_COUNT@counts.customersAtStart',
    );
    expect(codeOf(() => churnRate({ customersAtStart: 10, lost: 2.5 }))).toBe('INVALID_COUNT@counts.lost');
    expect(codeOf(() => churnRate({ customersAtStart: 10, lost: 11 }))).toBe('INCONSISTENT_COUNTS@counts.lost');
  });
});

describe('orders (crm.md §4)', () => {
  const orders = [
    { customerId: 'a' },
    { customerId: 'a' },
    { customerId: 'b' },
    { customerId: 7 },
    { customerId: 'a' },
  ];

  it('crm.md §4: repeat purchase rate = customers with ≥ 2 orders / customers with ≥ 1', () => {
    expect(repeatPurchaseRate(orders)).toEqual({ ok: true, value: { numerator: 1, denominator: 3, value: 1 / 3 } });
  });

  it('crm.md §4: purchase frequency = orders / unique customers', () => {
    expect(purchaseFrequency(orders)).toMatchObject({ value: { numerator: 5, denominator: 3 } });
    expect(purchaseFrequency([]).ok).toBe(false);
    expect(codeOf(() => repeatPurchaseRate([{ customerId: 'a' }, {} as { customerId: string }]))).toBe(
      'INVALID_ARGUMENT@orders[1].customerId',
    );
  });
});

describe('money metrics: exact, explicit rounding (crm.md §4)', () => {
  it('crm.md §4: AOV = revenue / orders, rounded once as asked', () => {
    const input = { revenue: toman(10_000_000), orders: 3 };
    expect(averageOrderValue(input, 'halfEven')).toEqual({ ok: true, value: rial(33_333_333) });
    expect(averageOrderValue(input, 'up')).toEqual({ ok: true, value: rial(33_333_334) });
    expect(averageOrderValue({ revenue: rial(5), orders: 2 }, 'halfEven')).toEqual({ ok: true, value: rial(2) });
    expect(averageOrderValue({ revenue: rial(5), orders: 2 }, 'halfUp')).toEqual({ ok: true, value: rial(3) });
    const big = averageOrderValue({ revenue: rial(10n ** 30n + 1n), orders: 2 }, 'down');
    expect(big.ok && big.value.amount).toBe('500000000000000000000000000000');
  });

  it('crm.md §4: CAC = acquisition cost / new customers', () => {
    expect(customerAcquisitionCost({ cost: toman(500_000_000), newCustomers: 1_250 }, 'up')).toEqual({
      ok: true,
      value: rial(4_000_000),
    });
    const none = customerAcquisitionCost({ cost: rial(1), newCustomers: 0 }, 'up');
    expect(none.ok ? undefined : none.error).toMatchObject({ code: 'EMPTY_DENOMINATOR', field: 'input.newCustomers' });
  });

  it('throws on negative or malformed money, bad counts and rounding', () => {
    expect(codeOf(() => averageOrderValue({ revenue: rial(-1), orders: 1 }, 'down'))).toBe(
      'NEGATIVE_AMOUNT@input.revenue.amount',
    );
    expect(codeOf(() => averageOrderValue({ revenue: { amount: '1e3', currency: 'IRR' }, orders: 1 }, 'down'))).toBe(
      'INVALID_AMOUNT@input.revenue.amount',
    );
    expect(codeOf(() => averageOrderValue({ revenue: rial(1), orders: -2 }, 'down'))).toBe(
      'INVALID_COUNT@input.orders',
    );
    // @ts-expect-error: rounding is required and must be a mode
    expect(codeOf(() => customerAcquisitionCost({ cost: rial(1), newCustomers: 1 }, 'nearest'))).toBe(
      'INVALID_ROUNDING@rounding',
    );
  });
});

describe('points (crm.md §4, loyalty.md §3)', () => {
  it('crm.md §4: redemption = redeemed / issued; breakage = 1 − redemption = unspent / issued', () => {
    const activity = { issued: 1_000_000, redeemed: 720_000 };
    expect(pointsRedemptionRate(activity)).toMatchObject({ value: { numerator: 720_000, value: 0.72 } });
    expect(pointsBreakageRate(activity)).toMatchObject({ value: { numerator: 280_000, value: 0.28 } });
    expect(pointsBreakageRate({ issued: 0, redeemed: 0 }).ok).toBe(false);
    expect(codeOf(() => pointsRedemptionRate({ issued: 10, redeemed: 11 }))).toBe(
      'INCONSISTENT_COUNTS@activity.redeemed',
    );
    expect(codeOf(() => pointsRedemptionRate({ issued: -10, redeemed: 1 }))).toBe('INVALID_COUNT@activity.issued');
  });
});

describe('share of wallet (crm.md §4)', () => {
  it('crm.md §4: brand spend / category spend; aggregate = Σ brand / Σ category', () => {
    expect(shareOfWallet([{ brandSpend: toman(3_000_000), categorySpend: toman(12_000_000) }])).toEqual({
      ok: true,
      value: { numerator: rial(30_000_000), denominator: rial(120_000_000), value: 0.25 },
    });
    const aggregate = shareOfWallet([
      { brandSpend: rial(10), categorySpend: rial(10) },
      { brandSpend: rial(0), categorySpend: rial(30) },
    ]);
    expect(aggregate.ok && aggregate.value.value).toBe(0.25); // not the mean of 1 and 0
    expect(shareOfWallet([]).ok).toBe(false);
    expect(shareOfWallet([{ brandSpend: rial(0), categorySpend: rial(0) }]).ok).toBe(false);
  });

  it('throws naming the row on brand > category, negative or mixed currencies', () => {
    expect(codeOf(() => shareOfWallet([{ brandSpend: rial(11), categorySpend: rial(10) }]))).toBe(
      'INCONSISTENT_COUNTS@spends[0].brandSpend',
    );
    expect(
      codeOf(() =>
        shareOfWallet([
          { brandSpend: rial(1), categorySpend: rial(10) },
          { brandSpend: rial(1), categorySpend: rial(-10) },
        ]),
      ),
    ).toBe('NEGATIVE_AMOUNT@spends[1].categorySpend.amount');
    const usd = { amount: '10', currency: 'USD' } as unknown as Money;
    expect(codeOf(() => shareOfWallet([{ brandSpend: rial(1), categorySpend: usd }]))).toBe(
      'CURRENCY_MISMATCH@spends[0].categorySpend.currency',
    );
  });

  it('crm.md §4: Wallet Allocation Rule (1 − rank/(n+1)) × (2/n) as an exact fraction', () => {
    expect(walletAllocationShare(1, 3)).toEqual({ numerator: 6, denominator: 12, value: 0.5 });
    expect(walletAllocationShare(2, 3).value).toBeCloseTo((1 - 2 / 4) * (2 / 3), 15);
    expect(walletAllocationShare(1, 1).value).toBe(1);
    expect(codeOf(() => walletAllocationShare(4, 3))).toBe('INVALID_COUNT@rank');
    expect(codeOf(() => walletAllocationShare(1, 0))).toBe('INVALID_COUNT@brands');
  });
});

describe('lifecycle funnel (crm.md §2.2: forward-only stages, stage history)', () => {
  it('counts each customer up to the furthest stage reached and converts between steps', () => {
    const steps = lifecycleFunnel([
      { customerId: 'a', stage: 'reach' },
      { customerId: 'b', stage: 'reach' },
      { customerId: 'c', stage: 'reach' },
      { customerId: 'd', stage: 'reach' },
      { customerId: 'a', stage: 'acquisition' },
      { customerId: 'b', stage: 'acquisition' },
      { customerId: 'a', stage: 'retention' },
      { customerId: 'e', stage: 'retention' }, // missing earlier events: still reached and acquired
      { customerId: 'a', stage: 'reach' },
    ]);
    expect(steps).toEqual([
      { stage: 'reach', customers: 5, conversionFromPrevious: null, conversionFromFirst: 1 },
      { stage: 'acquisition', customers: 3, conversionFromPrevious: 0.6, conversionFromFirst: 0.6 },
      { stage: 'retention', customers: 2, conversionFromPrevious: 2 / 3, conversionFromFirst: 0.4 },
    ]);
  });

  it('takes custom stages (HubSpot-like) and reports null conversions after an empty step', () => {
    const stages = ['lead', 'customer', 'evangelist'] as const;
    const steps = lifecycleFunnel([], { stages });
    expect(steps.map((s) => [s.stage, s.customers, s.conversionFromPrevious])).toEqual([
      ['lead', 0, null],
      ['customer', 0, null],
      ['evangelist', 0, null],
    ]);
  });

  it('throws INVALID_STAGE naming the row or the stage list', () => {
    expect(
      codeOf(() =>
        lifecycleFunnel([
          { customerId: 'a', stage: 'reach' },
          { customerId: 'a', stage: 'won' as 'reach' },
        ]),
      ),
    ).toBe('INVALID_STAGE@events[1].stage');
    expect(codeOf(() => lifecycleFunnel([], { stages: ['a', 'a'] }))).toBe('INVALID_STAGE@options.stages[1]');
    expect(codeOf(() => lifecycleFunnel([], { stages: [] }))).toBe('INVALID_STAGE@options.stages');
  });
});
