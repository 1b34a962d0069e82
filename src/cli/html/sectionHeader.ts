import type { ClubReport } from '../report/types.js';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { raw } from './html.js';
import type { ReportLabelKey } from './labels.js';

/**
 * The section ids of the report, in order, with their heading label keys.
 * @example
 * ```ts
 * REPORT_SECTIONS[0]; // ['overview', 'overview']
 * ```
 * @category CLI
 */
export const REPORT_SECTIONS: readonly (readonly [id: string, label: ReportLabelKey])[] = [
  ['overview', 'overview'],
  ['lifecycle', 'lifecycle'],
  ['rfm', 'rfm'],
  ['pyramid', 'pyramid'],
  ['tiers', 'tiers'],
  ['loyalty', 'loyalty'],
  ['clv', 'clv'],
  ['cohorts', 'cohorts'],
  ['nps', 'nps'],
  ['sla', 'sla'],
  ['data-quality', 'dataQuality'],
];

/**
 * The report header: title, as-of date, source, period covered, time zone and a table of contents.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the `<header>` HTML
 * @example
 * ```ts
 * renderHeader(report, createRenderContext('en'));
 * ```
 * @category CLI
 */
export function renderHeader(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const m = report.meta;
  const date = (d: string) => `<span class="num">${escapeHtml(f.date(d))}</span>`;
  const period =
    m.firstTransaction === null || m.lastTransaction === null
      ? escapeHtml('—')
      : `${date(m.firstTransaction)} ${escapeHtml(t('periodTo'))} ${date(m.lastTransaction)}`;
  const item = (label: string, value: string) => `<div><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>`;
  const nav = REPORT_SECTIONS.map(([id, key]) => `<a href="#${id}">${escapeHtml(t(key))}</a>`).join('');
  return `<header class="report-head"><div class="brand">moshtari</div><h1>${escapeHtml(t('title'))}</h1><dl class="meta">${[
    item(t('asOf'), date(m.asOf)),
    item(t('source'), escapeHtml(ctx.k('source', m.source))),
    item(t('period'), period),
    item(t('timeZone'), raw(m.timeZone)),
  ].join('')}</dl><nav aria-label="${escapeHtml(t('contents'))}">${nav}</nav></header>`;
}
