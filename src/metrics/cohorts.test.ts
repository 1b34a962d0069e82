import { describe, expect, it } from 'vitest';
import { codeOf } from './codeOf.test-util.js';
import { cohortRetentionMatrix } from './index.js';
import { naiveCohortMatrix } from './naiveCohorts.test-util.js';

const DAY = 86_400_000;
const nowruz1404 = Date.UTC(2025, 2, 20, 20, 30); // 1404/1/1 00:00 Tehran

// Six customers over four Jalali months (1404-01 … 1404-04, Tehran)
const t = (customerId: string, day: number) => ({ customerId, at: nowruz1404 + day * DAY + 3_600_000 });
const transactions = [
  t('a', 0),
  t('a', 2), // same month: counted once
  t('a', 35), // month 1
  t('a', 100), // month 3
  t('b', 10),
  t('b', 70), // month 2
  t('c', 20),
  t('d', 31), // cohort 1404-02
  t('d', 65), // month 1
  t('e', 40),
  t('f', 94), // cohort 1404-04 (day 93 = 1404/4/1)
];

describe('cohort retention matrix (crm.md §4: r_c(k) = active in period k / cohort size)', () => {
  it('crm.md §4: bracket retention by Jalali month of first purchase (Tehran)', () => {
    const m = cohortRetentionMatrix(transactions);
    expect(m.timeZone).toBe('Asia/Tehran');
    expect(m.columns).toBe(4);
    expect(m.cohorts.map((r) => [r.cohort.key, r.size, r.active])).toEqual([
      ['1404-01', 3, [3, 1, 1, 1]],
      ['1404-02', 2, [2, 1, 0]],
      ['1404-04', 1, [1]],
    ]);
    expect(m.cohorts[0]?.rates).toEqual([1, 1 / 3, 1 / 3, 1 / 3]);
    expect(m.cohorts[1]?.rates).toEqual([1, 0.5, 0]);
  });

  it('crm.md §4: unbounded retention counts "returned in month k or later"', () => {
    const m = cohortRetentionMatrix(transactions, { retention: 'unbounded' });
    expect(m.cohorts.map((r) => r.active)).toEqual([[3, 2, 2, 1], [2, 1, 0], [1]]);
  });

  it('extends every row to the asOf month and rejects transactions after it', () => {
    const asOf = nowruz1404 + 130 * DAY; // 1404-05
    const m = cohortRetentionMatrix(transactions, { asOf });
    expect(m.columns).toBe(5);
    expect(m.cohorts.map((r) => r.active.length)).toEqual([5, 4, 2]);
    expect(m.cohorts[0]?.active[4]).toBe(0);
    expect(codeOf(() => cohortRetentionMatrix(transactions, { asOf: nowruz1404 + 50 * DAY }))).toBe(
      'INVALID_INSTANT@transactions[3].at',
    );
  });

  it('crm.md §4 "time zone matters": a purchase at 22:00 UTC on 30 Esfand is Farvardin in Tehran', () => {
    const rows = [
      { customerId: 'x', at: new Date('2025-03-20T22:00:00Z') },
      { customerId: 'x', at: new Date('2025-04-20T22:00:00Z') },
    ];
    expect(cohortRetentionMatrix(rows).cohorts[0]?.cohort.key).toBe('1404-01');
    expect(cohortRetentionMatrix(rows, { timeZone: 'UTC' }).cohorts[0]?.cohort.key).toBe('1403-12');
  });

  it('equals the naive Map-of-Sets reference across Tehran DST changes (1399–1402)', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const start = Date.UTC(2020, 0, 1);
    const rows = Array.from({ length: 5_000 }, () => ({
      customerId: `c${Math.floor(rand() * 400)}`,
      at: start + Math.floor(rand() * 4 * 365 * DAY),
    }));
    for (const timeZone of ['Asia/Tehran', 'UTC', 'Europe/Berlin', '+03:30']) {
      const fast = cohortRetentionMatrix(rows, { timeZone }).cohorts.map((r) => ({
        key: r.cohort.year * 12 + r.cohort.index - 1,
        size: r.size,
        active: r.active,
      }));
      expect(fast, timeZone).toEqual(naiveCohortMatrix(rows, timeZone));
    }
  });

  it('accepts numeric ids, Dates and an empty input', () => {
    const m = cohortRetentionMatrix([
      { customerId: 1, at: new Date(nowruz1404) },
      { customerId: '1', at: nowruz1404 },
    ]);
    expect(m.cohorts[0]?.size).toBe(2); // 1 and '1' are different customers
    expect(cohortRetentionMatrix([])).toEqual({
      timeZone: 'Asia/Tehran',
      retention: 'bracket',
      columns: 0,
      cohorts: [],
    });
  });

  it('throws naming the row for bad instants and ids, and for bad options', () => {
    expect(codeOf(() => cohortRetentionMatrix([t('a', 0), { customerId: 'b', at: Number.POSITIVE_INFINITY }]))).toBe(
      'INVALID_INSTANT@transactions[1].at',
    );
    expect(codeOf(() => cohortRetentionMatrix([t('a', 0), { customerId: 'b', at: Date.UTC(3700, 0, 1) }]))).toBe(
      'INVALID_INSTANT@transactions[1].at',
    );
    expect(codeOf(() => cohortRetentionMatrix([t('a', 0), { at: 0 } as never]))).toBe(
      'INVALID_ARGUMENT@transactions[1].customerId',
    );
    // @ts-expect-error: unknown retention definition
    expect(codeOf(() => cohortRetentionMatrix([], { retention: 'rolling' }))).toBe('INVALID_OPTION@options.retention');
    expect(codeOf(() => cohortRetentionMatrix([], { asOf: Number.NaN }))).toBe('INVALID_INSTANT@options.asOf');
    expect(codeOf(() => cohortRetentionMatrix([], { timeZone: 'Nowhere/City' }))).toBe(
      'INVALID_TIME_ZONE@options.timeZone',
    );
    // @ts-expect-error: an array is required
    expect(codeOf(() => cohortRetentionMatrix({}))).toBe('INVALID_ARGUMENT@transactions');
  });
});
