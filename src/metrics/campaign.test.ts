import { describe, expect, it } from 'vitest';
import { rial, toman } from '../money/index.js';
import { codeOf } from './codeOf.test-util.js';
import { fnv1a32 } from './holdout.js';
import {
  assignHoldout,
  campaignRoi,
  campaignSampleSize,
  campaignUplift,
  conversionRate,
  holdoutBucket,
  responseRate,
} from './index.js';

const treatment = { size: 10_000, conversions: 520 };
const control = { size: 10_000, conversions: 450 };

describe('campaign uplift: crm.md §5 worked example (520/10,000 vs 450/10,000)', () => {
  const result = campaignUplift(treatment, control);
  if (!result.ok) throw new Error('expected a result');
  const r = result.value;

  it('crm.md §5: p_t 0.052, p_c 0.045, lift 0.70 pp, relative 15.6 %, 70 incremental conversions', () => {
    expect(r.treatmentRate).toBe(0.052);
    expect(r.controlRate).toBe(0.045);
    expect((r.absoluteLift * 100).toFixed(2)).toBe('0.70');
    expect((100 * (r.relativeLift as number)).toFixed(1)).toBe('15.6');
    expect(r.incrementalConversions).toBe(70);
  });

  it('crm.md §5: pooled p̂ 0.0485, SE 0.003038, z 2.304, two-sided p 0.0212', () => {
    expect(r.pooledRate).toBe(0.0485);
    expect(r.standardError.toFixed(6)).toBe('0.003038');
    expect(r.z.toFixed(3)).toBe('2.304');
    expect(r.pValue.toFixed(4)).toBe('0.0212');
    // 2·(1 − Φ(2.304134234005453)) from mpmath: 0.02121510955328952
    expect(r.pValue).toBeCloseTo(0.02121510955328952, 15);
    expect(r.significant).toBe(true);
  });

  it('crm.md §5: 95 % CI of the difference (unpooled SE 0.003038) is [0.10, 1.30] pp', () => {
    expect(r.interval.standardError.toFixed(6)).toBe('0.003038');
    expect((r.interval.lower * 100).toFixed(2)).toBe('0.10');
    expect((r.interval.upper * 100).toFixed(2)).toBe('1.30');
    expect(r.interval.level).toBe(0.95);
  });

  it('crm.md §5: continuity correction ½(1/n_t + 1/n_c) matches the Yates χ² of prop.test(correct = TRUE)', () => {
    const c = campaignUplift(treatment, control, { continuityCorrection: true });
    if (!c.ok) throw new Error('expected a result');
    const chi2 = (0.007 - 0.5 * (2 / 10_000)) ** 2 / (0.0485 * 0.9515 * (2 / 10_000));
    expect(c.value.z).toBeCloseTo(Math.sqrt(chi2), 12);
    expect(c.value.pValue).toBeGreaterThan(r.pValue);
    expect(c.value.interval.upper - c.value.interval.lower).toBeCloseTo(
      r.interval.upper - r.interval.lower + 2 * 0.5 * (2 / 10_000),
      12,
    );
  });

  it('reports no relative lift when the control group never converted', () => {
    const z = campaignUplift({ size: 100, conversions: 3 }, { size: 100, conversions: 0 });
    expect(z.ok && z.value.relativeLift).toBe(null);
  });

  it('returns EMPTY_GROUP / NO_VARIANCE as Result errors', () => {
    const empty = campaignUplift(treatment, { size: 0, conversions: 0 });
    expect(empty.ok ? undefined : empty.error).toMatchObject({ code: 'EMPTY_GROUP', group: 'control' });
    const emptyT = campaignUplift({ size: 0, conversions: 0 }, control);
    expect(emptyT.ok ? undefined : emptyT.error).toMatchObject({ code: 'EMPTY_GROUP', group: 'treatment' });
    const none = campaignUplift({ size: 50, conversions: 0 }, { size: 80, conversions: 0 });
    expect(none.ok ? undefined : none.error.code).toBe('NO_VARIANCE');
    const all = campaignUplift({ size: 50, conversions: 50 }, { size: 80, conversions: 80 });
    expect(all.ok ? undefined : all.error.code).toBe('NO_VARIANCE');
  });

  it('throws on bad counts and options, naming the field', () => {
    expect(codeOf(() => campaignUplift({ size: -1, conversions: 0 }, control))).toBe('INVALID_COUNT@treatment.size');
    expect(codeOf(() => campaignUplift(treatment, { size: 10, conversions: 1.5 }))).toBe(
      'INVALID_COUNT@control.conversions',
    );
    expect(codeOf(() => campaignUplift(treatment, { size: 10, conversions: 11 }))).toBe(
      'INCONSISTENT_COUNTS@control.conversions',
    );
    expect(codeOf(() => campaignUplift(treatment, control, { confidenceLevel: 95 }))).toBe(
      'INVALID_OPTION@options.confidenceLevel',
    );
    // @ts-expect-error: a group is required
    expect(codeOf(() => campaignUplift(treatment, null))).toBe('INVALID_ARGUMENT@control');
  });
});

describe('sample size per group (crm.md §5, Fleiss, Tytun & Ury 1980)', () => {
  it('crm.md §5: 4.5 % → 5.2 % at α 0.05 two-sided, power 0.8 needs 14,783 per group', () => {
    expect(campaignSampleSize({ baselineRate: 0.045, expectedRate: 0.052 })).toBe(14_783);
    expect(campaignSampleSize({ baselineRate: 0.052, expectedRate: 0.045 })).toBe(14_783);
    expect(
      campaignSampleSize({ baselineRate: 0.045, expectedRate: 0.052 }, { alpha: 0.05, power: 0.8, sides: 2 }),
    ).toBe(14_783);
  });

  it('crm.md §5: the formula with the rounded z values 1.9600 and 0.8416 also rounds up to 14,783', () => {
    const [p1, p2] = [0.045, 0.052];
    const m = (p1 + p2) / 2;
    const n =
      (1.96 * Math.sqrt(2 * m * (1 - m)) + 0.8416 * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p1 - p2) ** 2;
    expect(Math.ceil(n)).toBe(14_783);
  });

  it('needs more customers for more power, a smaller alpha or two sides, and fewer for a bigger lift', () => {
    const base = { baselineRate: 0.045, expectedRate: 0.052 };
    expect(campaignSampleSize(base, { power: 0.9 })).toBeGreaterThan(14_783);
    expect(campaignSampleSize(base, { alpha: 0.01 })).toBeGreaterThan(14_783);
    expect(campaignSampleSize(base, { sides: 1 })).toBeLessThan(14_783);
    expect(campaignSampleSize({ baselineRate: 0.045, expectedRate: 0.06 })).toBeLessThan(14_783);
  });

  it('rejects rates outside (0, 1), equal rates and bad options', () => {
    expect(codeOf(() => campaignSampleSize({ baselineRate: 0, expectedRate: 0.1 }))).toBe(
      'INVALID_OPTION@rates.baselineRate',
    );
    expect(codeOf(() => campaignSampleSize({ baselineRate: 0.1, expectedRate: 0.1 }))).toBe(
      'INVALID_OPTION@rates.expectedRate',
    );
    expect(codeOf(() => campaignSampleSize({ baselineRate: 0.1, expectedRate: 0.2 }, { power: 1 }))).toBe(
      'INVALID_OPTION@options.power',
    );
    // @ts-expect-error: sides is 1 or 2
    expect(codeOf(() => campaignSampleSize({ baselineRate: 0.1, expectedRate: 0.2 }, { sides: 3 }))).toBe(
      'INVALID_OPTION@options.sides',
    );
  });
});

describe('campaign rates and ROI (crm.md §5)', () => {
  it('crm.md §5: response rate = responders / reached; conversion rate = conversions / reached', () => {
    expect(responseRate({ reached: 48_000, responders: 1_920 })).toEqual({
      ok: true,
      value: { numerator: 1_920, denominator: 48_000, value: 0.04 },
    });
    expect(conversionRate({ reached: 10_000, conversions: 520 })).toMatchObject({ ok: true, value: { value: 0.052 } });
    const none = responseRate({ reached: 0, responders: 0 });
    expect(none.ok ? undefined : none.error).toMatchObject({ code: 'EMPTY_DENOMINATOR', field: 'counts.reached' });
    expect(codeOf(() => responseRate({ reached: 10, responders: 11 }))).toBe('INCONSISTENT_COUNTS@counts.responders');
    expect(codeOf(() => conversionRate({ reached: -5, conversions: 0 }))).toBe('INVALID_COUNT@counts.reached');
  });

  it('crm.md §5: ROI = (incremental margin − cost) / cost, exact Money parts', () => {
    const r = campaignRoi({ incrementalMargin: toman(150_000_000), cost: toman(100_000_000) });
    expect(r).toEqual({
      ok: true,
      value: {
        numerator: { amount: '500000000', currency: 'IRR' },
        denominator: { amount: '1000000000', currency: 'IRR' },
        value: 0.5,
      },
    });
    expect(campaignRoi({ incrementalMargin: rial(-10), cost: rial(100) })).toMatchObject({ value: { value: -1.1 } });
    const free = campaignRoi({ incrementalMargin: rial(5), cost: rial(0) });
    expect(free.ok ? undefined : free.error.code).toBe('EMPTY_DENOMINATOR');
    expect(codeOf(() => campaignRoi({ incrementalMargin: rial(5), cost: rial(-1) }))).toBe(
      'NEGATIVE_AMOUNT@input.cost.amount',
    );
    expect(codeOf(() => campaignRoi({ incrementalMargin: rial(5), cost: { amount: '1.5', currency: 'IRR' } }))).toBe(
      'INVALID_AMOUNT@input.cost.amount',
    );
    const usd = { amount: '5', currency: 'USD' } as unknown as ReturnType<typeof rial>;
    expect(codeOf(() => campaignRoi({ incrementalMargin: rial(5), cost: usd }))).toBe(
      'CURRENCY_MISMATCH@input.cost.currency',
    );
  });
});

describe('hold-out assignment', () => {
  it('hashes with 32-bit FNV-1a over UTF-8 (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    const encoder = new TextEncoder();
    for (const text of ['مشتری', 'c-۱۲۳', '😀x', '\ud800', 'a\udc00b']) {
      let h = 0x811c9dc5;
      for (const b of encoder.encode(text)) h = Math.imul(h ^ b, 16_777_619) >>> 0;
      expect(fnv1a32(text), text).toBe(h);
    }
  });

  it('is a fixed function of (campaignId, customerId): a regression vector', () => {
    expect(holdoutBucket('c-1042', 'nowruz-1404')).toBe(0.19346037018112838);
    expect(assignHoldout('c-1042', 'nowruz-1404', 0.1)).toBe('treatment');
    expect(assignHoldout('c-1042', 'nowruz-1404', 0.2)).toBe('holdout');
    expect(holdoutBucket(42, 7)).toBe(holdoutBucket('42', '7'));
    expect(assignHoldout('anyone', 'x', 0)).toBe('treatment');
    expect(assignHoldout('anyone', 'x', 1)).toBe('holdout');
  });

  it('rejects a fraction outside 0…1 and ids that are not strings or numbers', () => {
    expect(codeOf(() => assignHoldout('c', 'k', 1.5))).toBe('INVALID_OPTION@fraction');
    expect(codeOf(() => assignHoldout('c', 'k', Number.NaN))).toBe('INVALID_OPTION@fraction');
    // @ts-expect-error: ids are strings or numbers
    expect(codeOf(() => holdoutBucket(undefined, 'k'))).toBe('INVALID_ARGUMENT@customerId');
  });
});
