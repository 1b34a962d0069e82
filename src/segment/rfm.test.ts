import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { rial } from '../money/index.js';
import { checkRfmMap, RFM_DEFAULT_MAP, RFM_TABLE_11_MAP, rfmScores, rfmSegment } from './index.js';

const asOf = Date.UTC(2025, 5, 1, 8); // 1404/3/11 11:30 in Tehran
const DAY = 86_400_000;

const codeOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return isMoshtariError(error) ? [error.code, error.path] : error;
  }
  return 'no error';
};

describe('rfmScores', () => {
  it('scores by percent rank with ties sharing the lowest rank; recency reversed; prospects apart', () => {
    const { scores, prospects } = rfmScores(
      [
        { id: 'a', lastPurchaseAt: asOf - 1 * DAY, frequency: 10, monetary: 1000 },
        { id: 'b', lastPurchaseAt: asOf - 10 * DAY, frequency: 1, monetary: 50 },
        { id: 'p', frequency: 0 },
        { id: 'c', lastPurchaseAt: '2025-05-22', frequency: 1, monetary: rial(50) },
        { id: 'd', lastPurchaseAt: new Date(asOf - 400 * DAY), frequency: 3, monetary: null },
        { id: 'e', lastPurchaseAt: asOf, frequency: 5, monetary: 200 },
      ],
      { asOf },
    );
    expect(prospects).toEqual(['p']);
    // n = 5: score = min(5, 1 + floor(5 (rank − 1) / 4)); b and c tie on days (10), frequency and monetary
    expect(scores.map((s) => [s.id, s.recencyDays, s.cell])).toEqual([
      ['a', 1, '455'],
      ['b', 10, '212'],
      ['c', 10, '212'],
      ['d', 400, '131'],
      ['e', 0, '544'],
    ]);
  });

  it('counts civil days in the time zone', () => {
    const c = [{ id: 1, lastPurchaseAt: Date.UTC(2025, 4, 31, 21), frequency: 1 }]; // 1 June 00:30 in Tehran
    expect(rfmScores(c, { asOf }).scores[0]?.recencyDays).toBe(0);
    expect(rfmScores(c, { asOf, timeZone: 'UTC' }).scores[0]?.recencyDays).toBe(1);
  });

  it('gives heavy ties one score (the reason fixed thresholds suit frequency better)', () => {
    const customers = Array.from({ length: 10 }, (_, i) => ({
      id: i,
      lastPurchaseAt: asOf - i * DAY,
      frequency: i < 6 ? 1 : 2,
    }));
    const { scores } = rfmScores(customers, { asOf });
    expect(scores.map((s) => s.f)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 4, 4]);
    expect(scores.map((s) => s.r)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('ranks money beyond 2^53 exactly', () => {
    const { scores } = rfmScores(
      [
        { id: 1, lastPurchaseAt: asOf, frequency: 1, monetary: rial('9007199254740993') },
        { id: 2, lastPurchaseAt: asOf, frequency: 1, monetary: rial('9007199254740992') },
      ],
      { asOf, bins: 2 },
    );
    expect(scores.map((s) => s.m)).toEqual([2, 1]);
  });

  it('rejects malformed rows and options with the path', () => {
    expect(codeOf(() => rfmScores([{ id: 1, frequency: -1 }], { asOf }))).toEqual([
      'INVALID_VALUE',
      'customers[0].frequency',
    ]);
    expect(codeOf(() => rfmScores([{ id: 1, frequency: 2 }], { asOf }))).toEqual([
      'INVALID_VALUE',
      'customers[0].lastPurchaseAt',
    ]);
    expect(codeOf(() => rfmScores([{ id: 1, frequency: 1, lastPurchaseAt: asOf + DAY }], { asOf }))).toEqual([
      'INVALID_VALUE',
      'customers[0].lastPurchaseAt',
    ]);
    expect(
      codeOf(() => rfmScores([{ id: 1, frequency: 1, lastPurchaseAt: asOf, monetary: Number.NaN }], { asOf })),
    ).toEqual(['INVALID_VALUE', 'customers[0].monetary']);
    expect(codeOf(() => rfmScores([], { asOf, bins: 10 }))).toEqual(['INVALID_OPTION', 'options.bins']);
    expect(codeOf(() => rfmScores([], { asOf: Number.NaN }))).toEqual(['INVALID_OPTION', 'options.asOf']);
  });
});

describe('RFM segment maps', () => {
  it('the default map (10-segment R×F grid) covers each of the 125 cells exactly once', () => {
    const coverage = checkRfmMap(RFM_DEFAULT_MAP);
    expect(coverage.overlaps).toEqual([]);
    expect(coverage.gaps).toEqual([]);
    expect(Object.values(coverage.cells).reduce((a, b) => a + b, 0)).toBe(125);
    expect(coverage.cells).toEqual({
      Champions: 10,
      'Loyal Customers': 20,
      'Potential Loyalists': 20,
      'New Customers': 5,
      Promising: 5,
      'Need Attention': 5,
      'About to Sleep': 10,
      'At Risk': 20,
      "Can't Lose": 10,
      Hibernating: 20,
    });
  });

  it('the common 11-segment table is not a partition (segmentation.md §6.1, seg-bench --rfm)', () => {
    const { overlaps, gaps, cells } = checkRfmMap(RFM_TABLE_11_MAP);
    expect(gaps.join(' ')).toBe(
      '113 114 115 131 141 151 213 214 215 231 241 251 314 315 324 325 341 342 351 352 414 415 424 425 441 442 451 452 514 515 524 525 541 542 551 552',
    );
    expect(overlaps).toHaveLength(42);
    expect(cells).toEqual({
      Champions: 8,
      'Loyal Customers': 28,
      'Potential Loyalist': 24,
      'New Customers': 0,
      Promising: 0,
      'Need Attention': 3,
      'About To Sleep': 3,
      'At Risk': 20,
      "Can't Lose Them": 0,
      Hibernating: 3,
      Lost: 0,
    });
  });

  it('rfmSegment names each score (first match, then fallback)', () => {
    const scores = [
      { r: 5, f: 5, m: 1 },
      { r: 5, f: 1, m: 5 },
      { r: 1, f: 5, m: 5 },
      { r: 3, f: 3, m: 3 },
      { r: 1, f: 1, m: 1 },
    ];
    expect(rfmSegment(scores)).toEqual(['Champions', 'New Customers', "Can't Lose", 'Need Attention', 'Hibernating']);
    expect(rfmSegment([{ r: 1, f: 1, m: 3 }], RFM_TABLE_11_MAP)).toEqual(['Others']);
    expect(codeOf(() => rfmSegment([{ r: 6, f: 1, m: 1 }]))).toEqual(['INVALID_VALUE', 'scores[0]']);
    const gappy = { bins: 2, segments: [{ name: 'top', r: [2, 2], f: [1, 2], m: [1, 2] }] } as const;
    expect(codeOf(() => rfmSegment([], gappy))).toEqual(['INVALID_RFM_MAP', 'map']);
    expect(codeOf(() => checkRfmMap({ bins: 5, segments: [{ name: 'x', r: [0, 5], f: [1, 5], m: [1, 5] }] }))).toEqual([
      'INVALID_RFM_MAP',
      'map.segments[0].r',
    ]);
  });
});
