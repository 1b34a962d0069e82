import { describe, expect, it } from 'vitest';
import type { ClubReport } from '../report/types.js';
import { clubReportFixture, type FittedClubReport } from './fixture.test-util.js';
import { REPORT_SECTIONS, renderReportHtml } from './index.js';

const IDS = REPORT_SECTIONS.map(([id]) => id);
const LATIN = /[0-9]/;
const PERSIAN = /[\u06F0-\u06F9\u0660-\u0669]/;

const numberSpans = (html: string): string[] =>
  [...html.matchAll(/<span class="num"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1] ?? '');

/** The text a reader sees, without verbatim input data (`<bdi class="raw">`), which keeps its own digits. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<bdi class="raw[^"]*">[^<]*<\/bdi>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const titles = (html: string): string[] => [...html.matchAll(/ title="([^"]*)"/g)].map((m) => m[1] ?? '');

function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('renderReportHtml', () => {
  const report = clubReportFixture();
  const fa = renderReportHtml(report, { lang: 'fa' });
  const en = renderReportHtml(report, { lang: 'en' });

  it('renders every section, in order, in both languages', () => {
    for (const html of [fa, en]) {
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect([...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1])).toEqual(IDS);
    }
    expect(IDS).toEqual([
      'overview',
      'lifecycle',
      'rfm',
      'pyramid',
      'tiers',
      'loyalty',
      'clv',
      'cohorts',
      'nps',
      'sla',
      'data-quality',
    ]);
  });

  it('sets the language and direction', () => {
    expect(fa).toContain('<html lang="fa" dir="rtl">');
    expect(en).toContain('<html lang="en" dir="ltr">');
    expect(fa).toContain('<title>گزارش باشگاه مشتریان · ۳۱ شهریور ۱۴۰۴</title>');
  });

  it('writes every figure in Persian digits in fa and Latin digits in en', () => {
    const faNumbers = numberSpans(fa);
    expect(faNumbers.length).toBeGreaterThan(300);
    expect(faNumbers.filter((n) => LATIN.test(n))).toEqual([]);
    expect(faNumbers.filter((n) => PERSIAN.test(n)).length).toBe(faNumbers.length);
    expect(visibleText(fa).match(/.{0,20}[0-9].{0,20}/g) ?? []).toEqual([]);
    expect(titles(fa).filter((t) => LATIN.test(t))).toEqual([]);
    const enNumbers = numberSpans(en);
    expect(enNumbers.filter((n) => PERSIAN.test(n))).toEqual([]);
    expect(visibleText(en).match(/.{0,20}[\u06F0-\u06F9].{0,20}/g) ?? []).toEqual([]);
  });

  it('shows the exact figures in each language', () => {
    expect(fa).toContain('<span class="num">۲۰٬۰۰۰</span>');
    expect(en).toContain('<span class="num">20,000</span>');
    // revenue: compact in the card, exact in its title and note
    const exactFa = '۵۷۵٬۰۰۷٬۰۰۲٬۰۰۰ تومان';
    const exactEn = '575,007,002,000 Toman';
    expect(report.overview.revenue).toBe('5750070020000');
    expect(fa).toContain(`<span class="num" title="${exactFa}">۵۷۵</span> <span class="unit">میلیارد تومان</span>`);
    expect(fa).toContain(`<span class="num">${exactFa}</span>`);
    expect(en).toContain(`<span class="num" title="${exactEn}">575</span> <span class="unit">billion Toman</span>`);
    expect(fa).toContain('<span class="num">۳۲٫۷</span>');
    expect(en).toContain('<span class="num">72.3%</span>');
    expect(en).toContain('>Farvardin</text>');
    expect(fa).toContain('>فروردین</text>');
    expect(fa).toContain('فروردین ۱۴۰۱: ');
    expect(en).toContain('Farvardin 1401: ');
    expect(fa).toContain('قهرمانان');
    expect(fa).toContain('پلاتینی');
    expect(en).toContain('Loyal customers');
    expect(en).toContain('Won back');
  });

  it('draws the month bars right to left in fa and left to right in en', () => {
    const xs = (html: string) =>
      [...section(html, 'overview').matchAll(/<rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
    const faX = xs(fa);
    const enX = xs(en);
    expect(faX).toHaveLength(report.overview.revenueByMonth.length);
    expect(faX.every((x, i) => i === 0 || x < (faX[i - 1] ?? 0))).toBe(true);
    expect(enX.every((x, i) => i === 0 || x > (enX[i - 1] ?? 0))).toBe(true);
    expect(section(fa, 'overview')).toContain('direction="rtl"');
  });

  it('needs nothing from the network and runs no script', () => {
    for (const html of [fa, en]) {
      expect(html).not.toMatch(/https?:/i);
      expect(html).not.toMatch(/<link|@import|<script|<img|<iframe|\bsrc=|url\(/i);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
      expect(html.match(/<svg /g)?.length).toBe(3);
      expect(html.match(/<title id=/g)?.length).toBe(3);
    }
  });

  it('escapes every string from the input', () => {
    const evil = '<script>alert(1)</script>';
    const hostile: ClubReport = {
      ...report,
      meta: {
        ...report.meta,
        timeZone: '"><b>tz',
        problems: [{ file: '<x.csv>', line: 3, message: `</td>${evil}` }],
        timings: { '<i>step': 1 },
      },
      overview: { ...report.overview, topCities: [{ key: '<img src=x onerror=alert(1)>', count: 1, share: 1 }] },
      lifecycle: { ...report.lifecycle, stages: [{ key: '"><svg onload=alert(1)>', count: 1, share: 1 }] },
      tiers: {
        ...report.tiers,
        ladder: [
          {
            id: "x' onmouseover='alert(1)",
            name: evil,
            entry: { mode: 'all', thresholds: [{ metric: evil, value: '<1>' }] },
            earnMultiplier: '<1>',
          },
        ],
      },
      clv: {
        ...report.clv,
        top: [{ ...(report.clv.top[0] as FittedClubReport['clv']['top'][number]), name: evil, id: '&<>' }],
      },
      cohorts: { rows: [{ cohort: evil, size: 1, retention: [1] }] },
      sla:
        report.sla === null
          ? null
          : { ...report.sla, byPriority: [{ priority: evil, tickets: 1, firstResponseMet: 1, resolutionMet: 1 }] },
    };
    for (const lang of ['fa', 'en'] as const) {
      const html = renderReportHtml(hostile, { lang });
      expect(html).not.toMatch(/<script|<img|<svg onload|<b>|<i>|<x\.csv>|onmouseover='/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&amp;&lt;&gt;');
      expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
      expect(section(html, 'tiers')).toContain(
        '<bdi class="raw nowrap">&lt;script&gt;alert(1)&lt;/script&gt; ≥ &lt;1&gt;</bdi>',
      );
      const unfitted = renderReportHtml({ ...hostile, clv: null, clvUnavailable: evil }, { lang });
      expect(unfitted).not.toMatch(/<script/i);
      expect(section(unfitted, 'clv')).toContain('<bdi class="raw">&lt;script&gt;alert(1)&lt;/script&gt;</bdi>');
    }
  });

  it('writes the lifecycle policy as a sentence', () => {
    expect(section(fa, 'lifecycle')).toContain(
      '<p class="muted">سیاست: در معرض ریزش پس از ۹۰ روز بدون خرید و ریزش‌کرده پس از ۳۶۵ روز؛ وفادار: ۴ خرید یا بیشتر در ۳۶۵ روز گذشته؛ عضو باشگاه بدون خرید: مشتری احتمالی.</p>',
    );
    expect(section(en, 'lifecycle')).toContain(
      '<p class="muted">Policy: At risk after 90 days without a purchase, churned after 365 days; loyal: 4 or more purchases in the last 365 days; a club member with no purchase is a prospect.</p>',
    );
  });

  it('writes the tier entry rules, spend in toman, and names the base tier', () => {
    const tiersFa = section(fa, 'tiers');
    const tiersEn = section(en, 'tiers');
    expect(tiersFa).toContain('<td>سطح پایه</td>');
    expect(tiersFa).toContain('<td>خرید دست‌کم ۱۰٬۰۰۰٬۰۰۰ تومان یا ۸ خرید در سال شمسی</td>');
    expect(tiersFa).toContain('<td>خرید دست‌کم ۴۰٬۰۰۰٬۰۰۰ تومان یا ۲۴ خرید در سال شمسی</td>');
    expect(tiersEn).toContain('<td>base tier</td>');
    expect(tiersEn).toContain('<td>spend ≥ 10,000,000 Toman or 8 purchases in the Jalali year</td>');
    expect(tiersEn).toContain('<td>spend ≥ 40,000,000 Toman or 24 purchases in the Jalali year</td>');
    const allOf: ClubReport = {
      ...report,
      tiers: {
        ...report.tiers,
        ladder: [
          {
            id: 'gold',
            name: 'Gold',
            entry: {
              mode: 'all',
              thresholds: [
                { metric: 'qualifyingPoints', value: '5000' },
                { metric: 'visits', value: '12' },
              ],
            },
            earnMultiplier: '2',
          },
        ],
      },
    };
    expect(section(renderReportHtml(allOf, { lang: 'fa' }), 'tiers')).toContain(
      '<td>۵٬۰۰۰ امتیاز ارتقای سطح و ۱۲ مراجعه در سال شمسی</td>',
    );
    expect(section(renderReportHtml(allOf, { lang: 'en' }), 'tiers')).toContain(
      '<td>5,000 qualifying points and 12 visits in the Jalali year</td>',
    );
  });

  it('writes the loyalty program as a sentence', () => {
    expect(section(fa, 'loyalty')).toContain(
      '<p class="muted">برنامه: به ازای هر ۱۰٬۰۰۰ تومان خرید، ۱ امتیاز داده می‌شود (گرد به پایین و ضرب در ضریب کسب امتیاز سطح عضو)؛ هر امتیاز هنگام خرج کردن ۵۰۰ تومان ارزش دارد و با امتیاز حداکثر ۲۰٪ مبلغ هر خرید را می‌توان پرداخت؛ امتیازهای هر سال شمسی در پایان اسفند همان سال منقضی می‌شوند.</p>',
    );
    expect(section(en, 'loyalty')).toContain(
      '<p class="muted">Program: Every 10,000 Toman of purchases earns 1 point (rounded down, then multiplied by the earn multiplier of the member’s tier); 1 point is worth 500 Toman when redeemed, and points can pay at most 20% of a purchase; points expire at the end of the Jalali year they were earned in (end of Esfand).</p>',
    );
  });

  it('rounds an amount that is not a whole toman half-even, with the exact Rial amount as its title', () => {
    expect(report.overview.averageOrder).toBe('27306517');
    expect(section(fa, 'overview')).toContain(
      '<span class="num" title="۲۷٬۳۰۶٬۵۱۷ ریال">۲٬۷۳۰٬۶۵۲</span> <span class="unit">تومان</span>',
    );
    expect(section(en, 'overview')).toContain(
      '<span class="num" title="27,306,517 Rial">2,730,652</span> <span class="unit">Toman</span>',
    );
    const odd: ClubReport = {
      ...report,
      overview: { ...report.overview, averageOrder: '125' },
      rfm: { ...report.rfm, segments: [{ key: 'champions', count: 1, share: 1, revenue: '135' }] },
      loyalty: { ...report.loyalty, faceValue: '12345678905' },
    };
    const htmlEn = renderReportHtml(odd, { lang: 'en' });
    expect(section(htmlEn, 'overview')).toContain(
      '<span class="num" title="125 Rial">12</span> <span class="unit">Toman</span>',
    );
    expect(section(htmlEn, 'rfm')).toContain('<span class="num" title="135 Rial">14 Toman</span>');
    expect(section(htmlEn, 'loyalty')).toContain(
      '<span class="num" title="12,345,678,905 Rial">1.2</span> <span class="unit">billion Toman</span>',
    );
    expect(section(htmlEn, 'loyalty')).toContain(
      '<span class="num" title="12,345,678,905 Rial">1,234,567,890 Toman</span>',
    );
    // whole toman: exact, no title
    expect(section(en, 'loyalty')).toContain('<span class="num">1,048,105,000 Toman</span>');
  });

  it('says when the CLV models could not be fitted, with the reason', () => {
    const reason = 'fitBgNbd: needs at least one repeat buyer, got 0';
    const unfitted: ClubReport = { ...report, clv: null, clvUnavailable: reason };
    const htmlFa = renderReportHtml(unfitted, { lang: 'fa' });
    const htmlEn = renderReportHtml(unfitted, { lang: 'en' });
    for (const html of [htmlFa, htmlEn]) {
      expect([...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1])).toEqual(IDS);
      expect(html).not.toMatch(/NaN|Infinity|undefined/);
      expect(section(html, 'clv')).not.toContain('<table');
    }
    expect(section(htmlFa, 'clv')).toContain(
      `<h2 id="clv-title">ارزش طول عمر مشتری</h2><p class="missing">مدل‌های ارزش طول عمر برازش نشدند: <bdi class="raw">${reason}</bdi></p>`,
    );
    expect(section(htmlEn, 'clv')).toContain(
      `<p class="missing">The lifetime-value models could not be fitted: <bdi class="raw">${reason}</bdi></p>`,
    );
    expect(visibleText(htmlFa).match(/.{0,20}[0-9].{0,20}/g) ?? []).toEqual([]);
    expect(htmlFa.match(/<svg /g)?.length).toBe(2);
    const noReason = renderReportHtml({ ...unfitted, clvUnavailable: null }, { lang: 'en' });
    expect(section(noReason, 'clv')).toContain('<p class="missing">The lifetime-value models could not be fitted</p>');
  });

  it('shows unknown keys as they are', () => {
    const odd: ClubReport = {
      ...report,
      rfm: { ...report.rfm, segments: [{ key: 'mysterySegment', count: 3, share: 1, revenue: '10' }] },
    };
    expect(section(renderReportHtml(odd, { lang: 'fa' }), 'rfm')).toContain('mysterySegment');
  });

  it('says when NPS and SLA are not in the input', () => {
    const none: ClubReport = { ...report, nps: null, sla: null };
    const htmlFa = renderReportHtml(none, { lang: 'fa' });
    const htmlEn = renderReportHtml(none, { lang: 'en' });
    expect(section(htmlEn, 'nps')).toContain('Not in the input: there are no survey answers, so no NPS.');
    expect(section(htmlEn, 'sla')).toContain('Not in the input: there are no support tickets, so no SLA figures.');
    expect(section(htmlFa, 'nps')).toContain('در داده‌ی ورودی نیست');
    expect(section(htmlFa, 'sla')).toContain('class="missing"');
    expect(section(en, 'nps')).not.toContain('class="missing"');
  });

  it('shows the fit-vs-truth table only when the truth is known', () => {
    expect(section(en, 'clv')).toContain('Fit vs. the parameters the sample was drawn from');
    expect(section(en, 'clv')).toContain('class="truth-table"');
    const csv = renderReportHtml({ ...report, clv: { ...report.clv, truth: null } }, { lang: 'en' });
    expect(section(csv, 'clv')).not.toContain('truth-table');
    expect(section(csv, 'clv')).not.toContain('Fit vs.');
  });

  it('renders an empty report', () => {
    const empty: ClubReport = {
      ...report,
      meta: {
        ...report.meta,
        firstTransaction: null,
        lastTransaction: null,
        rowsRead: 0,
        rowsRejected: 0,
        problems: [],
        timings: {},
      },
      overview: {
        ...report.overview,
        customers: 0,
        buyers: 0,
        transactions: 0,
        revenue: '0',
        averageOrder: '0',
        revenueByMonth: [],
        topCities: [],
      },
      lifecycle: { ...report.lifecycle, stages: [] },
      rfm: { segments: [], pyramid: [], scored: 0, prospects: 0 },
      tiers: { ...report.tiers, distribution: [] },
      clv: { ...report.clv, top: [], pAliveHistogram: [], totalClv: '0' },
      cohorts: { rows: [] },
      nps: null,
      sla: null,
    };
    for (const lang of ['fa', 'en'] as const) {
      const html = renderReportHtml(empty, { lang });
      expect([...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1])).toEqual(IDS);
      expect(html).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('rejects an unknown language', () => {
    expect(() => renderReportHtml(report, { lang: 'de' as 'en' })).toThrow(/options\.lang/);
  });
});
