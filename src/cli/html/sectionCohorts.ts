import type { ClubReport } from '../report/types.js';
import { heatColor, isDarkColor } from './colors.js';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { num, reportSection } from './html.js';

const hex = (rgb: string): string =>
  `#${(rgb.match(/\d+/g) ?? []).map((d) => Number(d).toString(16).padStart(2, '0')).join('')}`;

/**
 * The cohort retention heat map (`#cohorts`): one row per Jalali acquisition month, one column per
 * month offset, cells coloured on a teal scale whose top is the largest retention after month 0;
 * future cells (null) are blank. An HTML table, so it mirrors with the page direction.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderCohorts(report, createRenderContext('fa'));
 * ```
 * @category CLI
 */
export function renderCohorts(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const rows = report.cohorts.rows;
  if (rows.length === 0) {
    return reportSection('cohorts', t('cohorts'), `<p class="muted">${escapeHtml(t('noData'))}</p>`);
  }
  const width = Math.max(...rows.map((r) => r.retention.length));
  const later = rows.flatMap((r) => r.retention.slice(1)).filter((v): v is number => v !== null && Number.isFinite(v));
  const top = Math.max(0.01, ...later);
  const head = Array.from({ length: width }, (_, k) => `<th scope="col">${num(f.integer(k))}</th>`).join('');
  const body = rows
    .map((r) => {
      const cells = Array.from({ length: width }, (_, k) => {
        const v = r.retention[k];
        if (v === null || v === undefined || !Number.isFinite(v)) return '<td class="na"></td>';
        const bg = heatColor(v / top);
        const ink = isDarkColor(hex(bg)) ? ' dark' : '';
        const tip = `${f.month(r.cohort)} · ${t('month')} ${f.integer(k)}: ${f.percent(v)}`;
        return `<td class="cell${ink}" style="background:${bg}" title="${escapeHtml(tip)}">${num(f.percent(v))}</td>`;
      }).join('');
      const label = `<th scope="row">${escapeHtml(f.month(r.cohort))}</th>`;
      return `<tr>${label}<td class="n">${num(f.integer(r.size))}</td>${cells}</tr>`;
    })
    .join('');
  const ramp = `linear-gradient(to ${ctx.rtl ? 'left' : 'right'},${heatColor(0)},${heatColor(1)})`;
  const legend = `<div class="scale"><span>${escapeHtml(t('scale'))}:</span><span>${num(f.percent(0))}</span><span class="ramp" style="background:${ramp}"></span><span>${num(`${f.percent(top)}+`)}</span></div>`;
  const th = (key: 'cohort' | 'size') => `<th scope="col" rowspan="2">${escapeHtml(t(key))}</th>`;
  const group = `<th scope="colgroup" colspan="${width}">${escapeHtml(t('monthsAfter'))}</th>`;
  const thead = `<thead><tr>${th('cohort')}${th('size')}${group}</tr><tr>${head}</tr></thead>`;
  const table = `<div class="table-wrap"><table class="heat"><caption>${escapeHtml(t('cohorts'))}</caption>${thead}<tbody>${body}</tbody></table></div>`;
  const note = `<p class="muted">${escapeHtml(t('cohortNote'))}</p>`;
  return reportSection('cohorts', t('cohorts'), note + table + legend);
}
