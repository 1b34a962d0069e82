import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btydUrl, cdnowCbs, cdnowSample, csvRows } from './btyd.test-util.js';
import { codeOf } from './clvCodes.test-util.js';
import { customerSummary, fitBgNbd } from './index.js';

const read = (file: string) => readFileSync(btydUrl(file), 'utf8');
const transactions = cdnowSample(read('lifetimes__CDNOW_sample.txt'));

describe('customerSummary on CDNOW (clv.md §2.1)', () => {
  const summary = customerSummary(transactions, { observationEnd: '1997-09-30', timeUnit: 'week' });

  it('reproduces lifetimes__cdnow_customers_summary.csv (2 dp, same order)', () => {
    const expected = csvRows(read('lifetimes__cdnow_customers_summary.csv'));
    expect(summary).toHaveLength(2357);
    summary.forEach((row, i) => {
      const [id, x, tx, t] = expected[i] as [string, string, string, string];
      expect(Number(row.customerId)).toBe(Number(id));
      expect(row.frequency).toBe(Number(x));
      expect(row.recency.toFixed(2)).toBe(Number(tx).toFixed(2));
      expect(row.T.toFixed(2)).toBe(Number(t).toFixed(2));
    });
  });

  it('gives Σx 2,457, 946 repeaters and mean repeat spend 35.078', () => {
    const repeaters = summary.filter((r) => r.frequency > 0);
    expect(summary.reduce((a, r) => a + r.frequency, 0)).toBe(2457);
    expect(repeaters).toHaveLength(946);
    expect(repeaters.reduce((a, r) => a + r.monetary, 0) / 946).toBeCloseTo(35.078, 3);
  });

  it('equals BTYD cdnowSummary cbs exactly, with the holdout counts (Σx* = 1,882)', () => {
    const cbs = cdnowCbs(read('btyd__cdnowSummary_cbs.csv'));
    const split = customerSummary(transactions, {
      observationEnd: '1998-06-30',
      calibrationEnd: '1997-09-30',
      timeUnit: 'week',
    });
    expect(split).toHaveLength(cbs.length);
    split.forEach((row, i) => {
      const ref = cbs[i] as (typeof cbs)[number];
      expect(row.frequency).toBe(ref.frequency);
      expect(row.recency).toBeCloseTo(ref.recency, 12);
      expect(row.T).toBeCloseTo(ref.T, 12);
      expect(row.monetary).toBeCloseTo(ref.monetary, 9);
      expect(row.frequencyHoldout).toBe(ref.xStar);
      expect(row.durationHoldout).toBe(273 / 7);
    });
    expect(split.reduce((a, r) => a + (r.frequencyHoldout ?? 0), 0)).toBe(1882);
  });

  it('counts several orders on one day as one purchase and the first day as no repeat', () => {
    const rows = customerSummary(
      [
        { customerId: 'b', date: '2024-01-03', amount: 5 },
        { customerId: 'a', date: '2024-01-01', amount: 10 },
        { customerId: 'a', date: '20240101', amount: 99 },
        { customerId: 'a', date: '2024-01-08', amount: 30 },
        { customerId: 'a', date: '2024-01-08', amount: 12 },
        { customerId: 'a', date: '2024-01-20', amount: 1000 },
      ],
      { observationEnd: '2024-01-15', timeUnit: 'day' },
    );
    expect(rows).toEqual([
      { customerId: 'a', frequency: 1, recency: 7, T: 14, monetary: 42, firstPurchaseDate: '2024-01-01' },
      { customerId: 'b', frequency: 0, recency: 0, T: 12, monetary: 0, firstPurchaseDate: '2024-01-03' },
    ]);
  });

  it('accepts epoch days and custom units, and leaves out customers born after the calibration end', () => {
    const day = 19_723; // 2024-01-01
    const rows = customerSummary(
      [
        { customerId: 'a', date: day },
        { customerId: 'a', date: day + 10 },
        { customerId: 'late', date: day + 20 },
      ],
      { observationEnd: day + 30, calibrationEnd: day + 15, timeUnit: { days: 30 } },
    );
    expect(rows).toEqual([
      {
        customerId: 'a',
        frequency: 1,
        recency: 10 / 30,
        T: 15 / 30,
        monetary: 0,
        firstPurchaseDate: '2024-01-01',
        frequencyHoldout: 0,
        monetaryHoldout: 0,
        durationHoldout: 0.5,
      },
    ]);
  });

  it('reproduces the lifetimes Quickstart fit on example_transactions (5,000 subjects, days)', () => {
    const tx = csvRows(read('lifetimes__example_transactions.csv')).map(([date, id]) => ({
      customerId: id as string,
      date: (date as string).slice(0, 10),
    }));
    const rows = customerSummary(tx, { observationEnd: '2014-12-31', timeUnit: 'day' });
    expect(rows).toHaveLength(5000);
    const fit = fitBgNbd(rows);
    expect(fit.converged).toBe(true);
    const p = fit.params;
    expect([p.r, p.alpha, p.a, p.b].map((v) => v.toFixed(2))).toEqual(['0.16', '1.86', '1.85', '3.18']);
    for (const [got, ref] of [
      [p.r, 0.163851],
      [p.alpha, 1.864281],
      [p.a, 1.850343],
      [p.b, 3.181059],
    ] as const) {
      expect(Math.abs(got / ref - 1)).toBeLessThan(1e-3);
    }
  });
});

describe('customerSummary rejects bad input, naming the row', () => {
  const options = { observationEnd: '2024-01-31', timeUnit: 'day' } as const;
  it('bad transactions', () => {
    expect(codeOf(() => customerSummary([{ customerId: '', date: '2024-01-01' }], options))).toBe(
      'INVALID_ROW@transactions[0].customerId',
    );
    expect(
      codeOf(() =>
        customerSummary(
          [
            { customerId: 'a', date: '2024-01-01' },
            { customerId: 'a', date: '2024-02-30' },
          ],
          options,
        ),
      ),
    ).toBe('INVALID_ROW@transactions[1].date');
    expect(codeOf(() => customerSummary([{ customerId: 'a', date: 1_704_067_200_000 }], options))).toBe(
      'INVALID_ROW@transactions[0].date',
    );
    expect(codeOf(() => customerSummary([{ customerId: 'a', date: '2024-01-01', amount: Number.NaN }], options))).toBe(
      'INVALID_ROW@transactions[0].amount',
    );
    expect(codeOf(() => customerSummary([{ customerId: 'a', date: '2024-01-01T10:00:00Z' }], options))).toBe(
      'INVALID_ROW@transactions[0].date',
    );
  });
  it('bad options', () => {
    expect(codeOf(() => customerSummary([], { observationEnd: '2024-13-01', timeUnit: 'day' }))).toBe(
      'INVALID_DATE@options.observationEnd',
    );
    expect(codeOf(() => customerSummary([], { ...options, calibrationEnd: '2024-02-01' }))).toBe(
      'INVALID_DATE@options.calibrationEnd',
    );
    expect(codeOf(() => customerSummary([], { observationEnd: '2024-01-01', timeUnit: { days: 0 } }))).toBe(
      'INVALID_ARGUMENT@options.timeUnit',
    );
    expect(customerSummary([], options)).toEqual([]);
  });
  it('mentions epoch milliseconds when it sees them', () => {
    expect(() => customerSummary([{ customerId: 'a', date: 1_704_067_200_000 }], options)).toThrow(/milliseconds/);
  });
});
