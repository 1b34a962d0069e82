import { escapeHtml } from './escape.js';

/**
 * One bar of {@link htmlBars} or one part of {@link htmlStack}.
 * @example
 * ```ts
 * const bar: HtmlBar = { label: 'Champions', value: 1200, valueHtml: '1,200', color: '#0f766e' };
 * ```
 * @category CLI
 */
export type HtmlBar = {
  /** Label text (escaped here). */
  readonly label: string;
  /** Length of the bar, any non-negative unit. */
  readonly value: number;
  /** The figure shown beside the bar (HTML, already escaped). */
  readonly valueHtml: string;
  /** Bar colour. */
  readonly color: string;
  /** Whether the label is verbatim input data (isolated with `<bdi>`). */
  readonly rawLabel?: boolean;
};

const width = (value: number, max: number): string =>
  `${max > 0 && Number.isFinite(value) ? Math.max(0, Math.min(100, (value / max) * 100)).toFixed(2) : '0'}%`;

/**
 * Horizontal bars in HTML and CSS: the longest bar fills the track. Being plain HTML they mirror
 * with the page direction (bars grow from the right in Persian).
 *
 * @param title - the chart title (escaped here), also its accessible name
 * @param bars - the bars, in display order
 * @returns HTML
 * @example
 * ```ts
 * htmlBars('Stages', [{ label: 'Loyal', value: 3, valueHtml: '3', color: '#0f766e' }]);
 * ```
 * @category CLI
 */
export function htmlBars(title: string, bars: readonly HtmlBar[]): string {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const rows = bars.map((b) => {
    const label = b.rawLabel === true ? `<bdi>${escapeHtml(b.label)}</bdi>` : escapeHtml(b.label);
    const fill = `<span class="bar-fill" style="width:${width(b.value, max)};background:${escapeHtml(b.color)}"></span>`;
    return `<div class="bar-row"><span class="bar-label">${label}</span><span class="bar-track">${fill}</span><span class="bar-value">${b.valueHtml}</span></div>`;
  });
  const t = escapeHtml(title);
  return `<figure class="bars" role="group" aria-label="${t}"><figcaption>${t}</figcaption>${rows.join('')}</figure>`;
}

/**
 * A 100 % stacked bar with a legend: each part's width is its share of the sum.
 *
 * @param title - the chart title (escaped here), also its accessible name
 * @param parts - the parts, in display order (start side first)
 * @returns HTML
 * @example
 * ```ts
 * htmlStack('Answers', [
 *   { label: 'Promoters', value: 60, valueHtml: '60%', color: '#0f766e' },
 *   { label: 'Detractors', value: 40, valueHtml: '40%', color: '#b91c1c' },
 * ]);
 * ```
 * @category CLI
 */
export function htmlStack(title: string, parts: readonly HtmlBar[]): string {
  const sum = parts.reduce((s, p) => s + (Number.isFinite(p.value) ? Math.max(0, p.value) : 0), 0);
  const segs = parts.map(
    (p) =>
      `<span style="width:${width(p.value, sum)};background:${escapeHtml(p.color)}" title="${escapeHtml(p.label)}"></span>`,
  );
  const legend = parts.map(
    (p) => `<li><i style="background:${escapeHtml(p.color)}"></i>${escapeHtml(p.label)} ${p.valueHtml}</li>`,
  );
  const t = escapeHtml(title);
  return `<figure class="stack-chart"><figcaption>${t}</figcaption><div class="stack" role="img" aria-label="${t}">${segs.join('')}</div><ul class="legend">${legend.join('')}</ul></figure>`;
}
