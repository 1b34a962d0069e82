import type { ClubReport } from '../report/types.js';
import { htmlBars } from './bars.js';
import { REPORT_COLORS } from './colors.js';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { amount, figureCard, htmlTable, moneyAmount, moneyNum, num, reportSection, subheading } from './html.js';
import { svgColumns } from './svgColumns.js';

function revenueChart(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const months = report.overview.revenueByMonth;
  if (months.length === 0) return `<p class="muted">${escapeHtml(t('noData'))}</p>`;
  const every = months.length <= 14 ? 1 : Math.ceil(months.length / 12);
  const columns = months.map((m, i) => {
    const labelled = i % every === 0;
    const year = m.month.slice(0, 4);
    return {
      value: Number(BigInt(m.revenue) / 10n),
      tooltip: `${f.month(m.month)}: ${f.money(m.revenue)} · ${f.integer(m.orders)} ${t('orders')}`,
      ...(labelled ? { label: f.monthName(m.month), sublabel: f.digits(year) } : {}),
    };
  });
  const chart = svgColumns(columns, {
    id: 'chart-revenue',
    title: t('revenueByMonth'),
    xAxis: t('axisMonth'),
    yAxis: t('axisRevenue'),
    rtl: ctx.rtl,
    tick: (v) => f.compact(v),
  });
  const rows = months.map((m) => [escapeHtml(f.month(m.month)), moneyNum(f, m.revenue), num(f.integer(m.orders))]);
  const table = htmlTable(
    [
      { head: escapeHtml(t('axisMonth')) },
      { head: escapeHtml(t('revenue')), numeric: true },
      { head: escapeHtml(t('transactions')), numeric: true },
    ],
    rows,
  );
  return `${subheading(t('revenueByMonth'))}<figure class="chart-box">${chart}</figure><details><summary>${escapeHtml(t('revenueByMonth'))}</summary>${table}</details>`;
}

/**
 * The customer-base section (`#overview`): key figure cards, revenue by Jalali month and top cities.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderOverview(report, createRenderContext('fa'));
 * ```
 * @category CLI
 */
export function renderOverview(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const o = report.overview;
  const share = (part: number, whole: number, label: string) =>
    whole > 0 ? `${num(f.percent(part / whole))} ${escapeHtml(label)}` : undefined;
  const cards = [
    figureCard(t('customers'), num(f.integer(o.customers))),
    figureCard(t('buyers'), num(f.integer(o.buyers)), share(o.buyers, o.customers, t('ofCustomers'))),
    figureCard(t('transactions'), num(f.integer(o.transactions))),
    figureCard(t('revenue'), moneyAmount(f, o.revenue), moneyNum(f, o.revenue)),
    figureCard(t('averageOrder'), amount(f.money(o.averageOrder), f.exactRial(o.averageOrder))),
    figureCard(t('ordersPerBuyer'), num(f.decimal(o.ordersPerBuyer, 2))),
    figureCard(t('repeatRate'), num(f.percent(o.repeatRate)), escapeHtml(t('repeatRateNote'))),
    figureCard(t('active90'), num(f.integer(o.activeLast90Days)), share(o.activeLast90Days, o.buyers, t('ofBuyers'))),
  ];
  const cities =
    o.topCities.length === 0
      ? ''
      : htmlBars(
          t('topCities'),
          o.topCities.map((c) => ({
            label: c.key,
            rawLabel: true,
            value: c.count,
            valueHtml: `${num(f.integer(c.count))} <span class="muted">${num(f.percent(c.share))}</span>`,
            color: REPORT_COLORS.accent,
          })),
        );
  return reportSection(
    'overview',
    t('overview'),
    `<div class="figures">${cards.join('')}</div>${revenueChart(report, ctx)}${cities}`,
  );
}
