import { describe, expect, it } from 'vitest';
import { createRenderContext } from './context.js';
import { lifecyclePolicyText, loyaltyProgramText, tierEntryHtml } from './policyText.js';

const fa = createRenderContext('fa');
const en = createRenderContext('en');

describe('lifecyclePolicyText', () => {
  const policy = { atRiskAfterDays: 90, churnedAfterDays: 365, loyalMinPurchases: 4, loyalWindowDays: 365 };

  it('writes the thresholds as one sentence in each language', () => {
    expect(lifecyclePolicyText(policy, fa)).toBe(
      'در معرض ریزش پس از ۹۰ روز بدون خرید و ریزش‌کرده پس از ۳۶۵ روز؛ وفادار: ۴ خرید یا بیشتر در ۳۶۵ روز گذشته؛ عضو باشگاه بدون خرید: مشتری احتمالی.',
    );
    expect(lifecyclePolicyText(policy, en)).toBe(
      'At risk after 90 days without a purchase, churned after 365 days; loyal: 4 or more purchases in the last 365 days; a club member with no purchase is a prospect.',
    );
  });

  it('uses the singular for one and separators for thousands', () => {
    const odd = { atRiskAfterDays: 1, churnedAfterDays: 1000, loyalMinPurchases: 1, loyalWindowDays: 1 };
    expect(lifecyclePolicyText(odd, en)).toBe(
      'At risk after 1 day without a purchase, churned after 1,000 days; loyal: 1 or more purchases in the last 1 day; a club member with no purchase is a prospect.',
    );
    expect(lifecyclePolicyText(odd, fa)).toContain('ریزش‌کرده پس از ۱٬۰۰۰ روز؛');
  });
});

describe('tierEntryHtml', () => {
  const silver = {
    mode: 'any' as const,
    thresholds: [
      { metric: 'spendRial', value: '100000000' },
      { metric: 'purchases', value: '8' },
    ],
  };

  it('joins any-thresholds with or, spend in toman, over the Jalali year', () => {
    expect(tierEntryHtml(silver, fa)).toBe('خرید دست‌کم ۱۰٬۰۰۰٬۰۰۰ تومان یا ۸ خرید در سال شمسی');
    expect(tierEntryHtml(silver, en)).toBe('spend ≥ 10,000,000 Toman or 8 purchases in the Jalali year');
  });

  it('joins all-thresholds with and', () => {
    const rule = {
      mode: 'all' as const,
      thresholds: [
        { metric: 'qualifyingPoints', value: '5000' },
        { metric: 'visits', value: '12' },
      ],
    };
    expect(tierEntryHtml(rule, fa)).toBe('۵٬۰۰۰ امتیاز ارتقای سطح و ۱۲ مراجعه در سال شمسی');
    expect(tierEntryHtml(rule, en)).toBe('5,000 qualifying points and 12 visits in the Jalali year');
  });

  it('lists three thresholds and writes one threshold alone, singular for one', () => {
    const three = {
      mode: 'any' as const,
      thresholds: [
        { metric: 'spendRial', value: '125' },
        { metric: 'purchases', value: '1' },
        { metric: 'visits', value: '1' },
      ],
    };
    expect(tierEntryHtml(three, en)).toBe('spend ≥ 12 Toman, 1 purchase or 1 visit in the Jalali year');
    expect(tierEntryHtml(three, fa)).toBe('خرید دست‌کم ۱۲ تومان، ۱ خرید یا ۱ مراجعه در سال شمسی');
    const one = { mode: 'all' as const, thresholds: [{ metric: 'qualifyingPoints', value: '1' }] };
    expect(tierEntryHtml(one, en)).toBe('1 qualifying point in the Jalali year');
  });

  it('names the base tier', () => {
    expect(tierEntryHtml(null, fa)).toBe('سطح پایه');
    expect(tierEntryHtml(null, en)).toBe('base tier');
    expect(tierEntryHtml({ mode: 'any', thresholds: [] }, en)).toBe('—');
  });

  it('shows an unknown metric or a value that is not a number verbatim and escaped', () => {
    const rule = {
      mode: 'any' as const,
      thresholds: [
        { metric: 'spendUsd', value: '100' },
        { metric: 'purchases', value: '<8>' },
      ],
    };
    expect(tierEntryHtml(rule, fa)).toBe(
      '<bdi class="raw nowrap">spendUsd ≥ 100</bdi> یا <bdi class="raw nowrap">purchases ≥ &lt;8&gt;</bdi> در سال شمسی',
    );
    expect(tierEntryHtml({ mode: 'any', thresholds: [{ metric: 'spendRial', value: '1e9' }] }, en)).toBe(
      '<bdi class="raw nowrap">spendRial ≥ 1e9</bdi> in the Jalali year',
    );
  });
});

describe('loyaltyProgramText', () => {
  const program = {
    spendPerPoint: '100000',
    pointValue: '5000',
    maxCartShare: 0.2,
    expiry: 'endOfJalaliYear' as const,
  };

  it('writes the program as one sentence in each language', () => {
    expect(loyaltyProgramText(program, fa)).toBe(
      'به ازای هر ۱۰٬۰۰۰ تومان خرید، ۱ امتیاز داده می‌شود (گرد به پایین و ضرب در ضریب کسب امتیاز سطح عضو)؛ هر امتیاز هنگام خرج کردن ۵۰۰ تومان ارزش دارد و با امتیاز حداکثر ۲۰٪ مبلغ هر خرید را می‌توان پرداخت؛ امتیازهای هر سال شمسی در پایان اسفند همان سال منقضی می‌شوند.',
    );
    expect(loyaltyProgramText(program, en)).toBe(
      'Every 10,000 Toman of purchases earns 1 point (rounded down, then multiplied by the earn multiplier of the member’s tier); 1 point is worth 500 Toman when redeemed, and points can pay at most 20% of a purchase; points expire at the end of the Jalali year they were earned in (end of Esfand).',
    );
  });

  it('keeps a fractional cart share', () => {
    expect(loyaltyProgramText({ ...program, maxCartShare: 0.125 }, en)).toContain('at most 12.5% of a purchase');
    expect(loyaltyProgramText({ ...program, maxCartShare: 1 }, fa)).toContain('حداکثر ۱۰۰٪ مبلغ');
  });
});
