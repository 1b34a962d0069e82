import { describe, expect, it } from 'vitest';
import { toJalali } from '../calendar/index.js';
import { codeOf } from './codeOf.test-util.js';
import {
  customerEffortScore,
  customerSatisfactionScore,
  metricByJalaliPeriod,
  netPromoterScore,
  npsFromCounts,
  surveyResponseSchema,
} from './index.js';

const scores = (...values: number[]) => values.map((score) => ({ score }));

describe('NPS (crm.md §4, Reichheld HBR 2003)', () => {
  it('crm.md §4: 30 % promoters, 20 % detractors → +10', () => {
    const r = npsFromCounts({ promoters: 30, passives: 50, detractors: 20 });
    expect(r.ok && r.value.score).toBe(10);
    const raw = netPromoterScore(scores(...Array(30).fill(9), ...Array(50).fill(8), ...Array(20).fill(6)));
    expect(raw.ok && raw.value).toMatchObject({
      score: 10,
      promoters: 30,
      passives: 50,
      detractors: 20,
      responses: 100,
    });
  });

  it('crm.md §4: 9–10 promote, 7–8 are passive (denominator only), 0–6 detract: the boundaries', () => {
    const r = netPromoterScore(scores(0, 6, 7, 8, 9, 10));
    expect(r.ok && r.value).toMatchObject({ promoters: 2, passives: 2, detractors: 2, score: 0 });
    expect(netPromoterScore(scores(10, 10)).ok && netPromoterScore(scores(10)).ok).toBe(true);
    const all = netPromoterScore(scores(3, 0));
    expect(all.ok && all.value.score).toBe(-100);
  });

  it('interval: Wald, SE = 100·√((p_P + p_D − (p_P − p_D)²)/n) = the SD of +1/0/−1 scores / √n', () => {
    const r = npsFromCounts({ promoters: 30, passives: 50, detractors: 20 });
    if (!r.ok) throw new Error('expected a result');
    // variance of the +1/0/−1 scores around their mean 0.1
    const variance = (30 * (1 - 0.1) ** 2 + 50 * 0.1 ** 2 + 20 * (-1 - 0.1) ** 2) / 100;
    expect(r.value.standardError).toBeCloseTo(100 * Math.sqrt(variance / 100), 12);
    expect(r.value.standardError).toBeCloseTo(7, 12);
    expect(r.value.interval.lower).toBeCloseTo(10 - 1.959963984540054 * 7, 10); // −3.72
    expect(r.value.interval.upper).toBeCloseTo(10 + 1.959963984540054 * 7, 10); // 23.72
    const r90 = npsFromCounts({ promoters: 30, passives: 50, detractors: 20 }, { confidenceLevel: 0.9 });
    expect(r90.ok && r90.value.interval.upper).toBeCloseTo(10 + 1.6448536269514722 * 7, 10);
  });

  it('clips the interval to −100…+100', () => {
    const r = npsFromCounts({ promoters: 9, passives: 0, detractors: 1 });
    expect(r.ok && r.value.interval.upper).toBe(100);
  });

  it('has no score without responses (EMPTY_DENOMINATOR, not 0)', () => {
    expect(netPromoterScore([])).toEqual({
      ok: false,
      error: { code: 'EMPTY_DENOMINATOR', field: 'responses', message: 'responses: is 0, the NPS is undefined' },
    });
  });

  it('throws INVALID_SCORE naming the row for scores outside 0–10 or not integers', () => {
    expect(codeOf(() => netPromoterScore(scores(9, 11)))).toBe('INVALID_SCORE@responses[1].score');
    expect(codeOf(() => netPromoterScore(scores(-1)))).toBe('INVALID_SCORE@responses[0].score');
    expect(codeOf(() => netPromoterScore(scores(9, 9, 7.5)))).toBe('INVALID_SCORE@responses[2].score');
    expect(codeOf(() => netPromoterScore([{ score: '9' as unknown as number }]))).toBe(
      'INVALID_SCORE@responses[0].score',
    );
    expect(codeOf(() => netPromoterScore([null as unknown as { score: number }]))).toBe(
      'INVALID_SCORE@responses[0].score',
    );
    expect(codeOf(() => npsFromCounts({ promoters: -1, passives: 0, detractors: 0 }))).toBe(
      'INVALID_COUNT@counts.promoters',
    );
    expect(codeOf(() => netPromoterScore(scores(9), { confidenceLevel: 1 }))).toBe(
      'INVALID_OPTION@options.confidenceLevel',
    );
  });
});

describe('CSAT (crm.md §4, Delighted)', () => {
  it('crm.md §4: answers 4 or 5 on 1–5 / all answers; 3 is not satisfied', () => {
    expect(customerSatisfactionScore(scores(5, 4, 3, 1))).toEqual({
      ok: true,
      value: { numerator: 2, denominator: 4, value: 0.5 },
    });
    const r = customerSatisfactionScore(scores(5, 5, 4, 3, 3, 2));
    expect(r.ok && Math.round(r.value.value * 100)).toBe(50); // Delighted shows a whole percentage
  });

  it('is configurable: top-1 box, another scale', () => {
    expect(customerSatisfactionScore(scores(5, 4, 3, 1), { topBoxes: 1 })).toMatchObject({ value: { value: 0.25 } });
    expect(customerSatisfactionScore(scores(10, 8, 7, 1), { scaleMin: 1, scaleMax: 10, topBoxes: 3 })).toMatchObject({
      value: { numerator: 2 },
    });
  });

  it('rejects off-scale answers and bad options', () => {
    expect(codeOf(() => customerSatisfactionScore(scores(5, 0)))).toBe('INVALID_SCORE@responses[1].score');
    expect(codeOf(() => customerSatisfactionScore(scores(6)))).toBe('INVALID_SCORE@responses[0].score');
    expect(codeOf(() => customerSatisfactionScore(scores(5), { topBoxes: 6 }))).toBe('INVALID_OPTION@options.topBoxes');
    expect(codeOf(() => customerSatisfactionScore(scores(5), { scaleMin: 5, scaleMax: 5 }))).toBe(
      'INVALID_OPTION@options.scaleMax',
    );
    expect(customerSatisfactionScore([]).ok).toBe(false);
  });
});

describe('CES (crm.md §4, CES 2.0)', () => {
  it('crm.md §4: CES 2.0 = mean of 1–7 answers; alternative % agree (5–7) − % disagree (1–3)', () => {
    const answers = scores(7, 6, 4, 2);
    expect(customerEffortScore(answers)).toEqual({
      ok: true,
      value: { method: 'mean', value: 4.75, responses: 4, sum: 19, agree: 2, disagree: 1 },
    });
    expect(customerEffortScore(answers, { method: 'netAgree' })).toMatchObject({ value: { value: 25 } });
  });

  it('crm.md §4: the 2010 1–5 scale is a separate setting', () => {
    expect(customerEffortScore(scores(1, 2, 5), { scaleMax: 5 })).toMatchObject({ value: { value: 8 / 3 } });
    expect(codeOf(() => customerEffortScore(scores(6), { scaleMax: 5 }))).toBe('INVALID_SCORE@responses[0].score');
    // @ts-expect-error: unknown method
    expect(codeOf(() => customerEffortScore(scores(6), { method: 'median' }))).toBe('INVALID_OPTION@options.method');
    expect(customerEffortScore([]).ok).toBe(false);
  });
});

describe('metrics per Jalali period', () => {
  // 1404/1/1 00:00 Tehran (+03:30) = 2025-03-20T20:30:00Z
  const nowruz = Date.UTC(2025, 2, 20, 20, 30);
  const responses = [
    { score: 10, at: nowruz - 1 },
    { score: 0, at: nowruz },
    { score: 9, at: new Date(nowruz + 40 * 86_400_000) },
    { score: 6, at: nowruz + 100 * 86_400_000 },
  ];

  it('groups by Tehran month, oldest first, with the metric of each group', () => {
    const byMonth = metricByJalaliPeriod(responses, netPromoterScore, { unit: 'month' });
    expect(byMonth.map((p) => [p.period.key, p.rows])).toEqual([
      ['1403-12', 1],
      ['1404-01', 1],
      ['1404-02', 1],
      ['1404-04', 1],
    ]);
    expect(byMonth[0]?.period).toEqual({ unit: 'month', year: 1403, index: 12, key: '1403-12' });
    expect(byMonth[1]?.value).toMatchObject({ ok: true, value: { score: -100 } });
  });

  it('groups by season and year, and by another time zone', () => {
    const bySeason = metricByJalaliPeriod(responses, (rows) => rows.length, { unit: 'season' });
    expect(bySeason.map((p) => [p.period.key, p.value])).toEqual([
      ['1403-S4', 1],
      ['1404-S1', 2],
      ['1404-S2', 1],
    ]);
    const byYear = metricByJalaliPeriod(responses, (rows) => rows.map((r) => r.score), { unit: 'year' });
    expect(byYear.map((p) => [p.period.key, p.value])).toEqual([
      ['1403', [10]],
      ['1404', [0, 9, 6]],
    ]);
    const utc = metricByJalaliPeriod(responses.slice(0, 2), (rows) => rows.length, { unit: 'month', timeZone: 'UTC' });
    expect(utc.map((p) => [p.period.key, p.value])).toEqual([['1403-12', 2]]);
  });

  it('follows Tehran DST history at month starts (1 Mehr 1400, 1 Farvardin 1401)', () => {
    const edges = [
      Date.UTC(2021, 8, 22, 20, 29, 59, 999),
      Date.UTC(2021, 8, 22, 20, 30),
      Date.UTC(2022, 2, 20, 20, 29, 59, 999),
      Date.UTC(2022, 2, 20, 20, 30),
    ];
    const keys = metricByJalaliPeriod(
      edges.map((at) => ({ at })),
      (rows) => rows.length,
      { unit: 'month' },
    ).map((p) => p.period.key);
    expect(keys).toEqual(['1400-06', '1400-07', '1400-12', '1401-01']);
    for (const at of edges) {
      const d = toJalali(at);
      expect(keys).toContain(`${d.year}-${String(d.month).padStart(2, '0')}`);
    }
  });

  it('throws INVALID_INSTANT naming the row, INVALID_OPTION for a unit, INVALID_TIME_ZONE', () => {
    expect(codeOf(() => metricByJalaliPeriod([{ at: 0 }, { at: Number.NaN }], (r) => r, { unit: 'month' }))).toBe(
      'INVALID_INSTANT@rows[1].at',
    );
    expect(codeOf(() => metricByJalaliPeriod([{ at: new Date('x') }], (r) => r, { unit: 'month' }))).toBe(
      'INVALID_INSTANT@rows[0].at',
    );
    expect(codeOf(() => metricByJalaliPeriod([{ at: -1e15 }], (r) => r, { unit: 'month' }))).toBe(
      'INVALID_INSTANT@rows[0].at',
    );
    // @ts-expect-error: weeks are not a metric period
    expect(codeOf(() => metricByJalaliPeriod([], (r) => r, { unit: 'week' }))).toBe('INVALID_OPTION@options.unit');
    expect(codeOf(() => metricByJalaliPeriod([], (r) => r, { unit: 'month', timeZone: 'Mars/Olympus' }))).toBe(
      'INVALID_TIME_ZONE@options.timeZone',
    );
    expect(metricByJalaliPeriod([], (r) => r, { unit: 'year' })).toEqual([]);
  });
});

describe('surveyResponseSchema', () => {
  it('parses JSON responses into { score, at: epoch ms }', () => {
    const schema = surveyResponseSchema();
    expect(schema.parse({ score: 9, at: '2025-03-25T11:30:00+03:30' })).toEqual({ score: 9, at: 1742889600000 });
    expect(schema.parse({ score: 0, at: 1742889600000 })).toEqual({ score: 0, at: 1742889600000 });
    expect(schema.safeParse({ score: 11, at: 0 }).success).toBe(false);
    expect(schema.safeParse({ score: 7.5, at: 0 }).success).toBe(false);
    expect(schema.safeParse({ score: 5, at: '1404-01-01' }).success).toBe(false);
    expect(surveyResponseSchema({ scaleMin: 1, scaleMax: 5 }).safeParse({ score: 0, at: 0 }).success).toBe(false);
  });
});
