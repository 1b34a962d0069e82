import { REPORT_COLORS } from './colors.js';
import { escapeHtml } from './escape.js';

/**
 * One column of {@link svgColumns}.
 * @example
 * ```ts
 * const col: SvgColumn = { value: 12, tooltip: 'Farvardin 1403: 12', label: 'Farvardin', sublabel: '1403' };
 * ```
 * @category CLI
 */
export type SvgColumn = {
  readonly value: number;
  /** Tooltip and accessible text of the column (escaped here). */
  readonly tooltip: string;
  /** Tick label under the column; omitted for unlabelled columns. */
  readonly label?: string;
  /** Second tick line (for example the year). */
  readonly sublabel?: string;
  /** Figure printed above the column. */
  readonly valueLabel?: string;
};

/**
 * Options of {@link svgColumns}.
 * @example
 * ```ts
 * const o: SvgColumnsOptions = { id: 'rev', title: 'Revenue', xAxis: 'Month', yAxis: 'Toman', rtl: false, tick: String };
 * ```
 * @category CLI
 */
export type SvgColumnsOptions = {
  /** Unique id prefix for the `<title>`/`<desc>` elements. */
  readonly id: string;
  readonly title: string;
  readonly xAxis: string;
  readonly yAxis: string;
  /** Right to left: first column at the right, value axis on the right. */
  readonly rtl: boolean;
  /** Formats a value-axis tick. */
  readonly tick: (value: number) => string;
  readonly color?: string;
  readonly width?: number;
  readonly height?: number;
};

/**
 * A rounded step for about `count` ticks up to `max` (1, 2, 2.5 or 5 times a power of ten).
 *
 * @param max - the largest value (> 0)
 * @param count - the wanted number of steps
 * @returns the step
 * @example
 * ```ts
 * niceStep(93, 4); // 25
 * ```
 * @category CLI
 */
export function niceStep(max: number, count: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

const f1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/**
 * A vertical column chart as inline SVG with a value axis, grid lines, tick labels, axis titles
 * and a `<title>` per column. In right-to-left mode the first column is drawn at the right and the
 * value axis on the right; text anchors are chosen so labels stay on the correct side.
 *
 * @param columns - the columns, first (oldest) first
 * @param options - ids, titles, direction and tick format
 * @returns the `<svg>` element
 * @example
 * ```ts
 * svgColumns([{ value: 3, tooltip: 'a: 3', label: 'a' }], {
 *   id: 'demo', title: 'Demo', xAxis: 'x', yAxis: 'y', rtl: false, tick: String,
 * });
 * ```
 * @category CLI
 */
export function svgColumns(columns: readonly SvgColumn[], options: SvgColumnsOptions): string {
  const W = options.width ?? 960;
  const H = options.height ?? 300;
  const axisSide = 96;
  const [left, right, top, bottom] = options.rtl ? [12, axisSide, 34, 62] : [axisSide, 12, 34, 62];
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const max = Math.max(0, ...columns.map((c) => (Number.isFinite(c.value) ? c.value : 0)));
  const step = niceStep(max, 4);
  const yMax = max > 0 ? Math.ceil(max / step) * step : step;
  const y = (v: number) => top + plotH - (Math.max(0, v) / yMax) * plotH;
  const axisX = options.rtl ? W - right : left;
  const out: string[] = [];
  const e = escapeHtml;
  for (let v = 0; v <= yMax + step / 1e6; v += step) {
    const yy = f1(y(v));
    out.push(`<line x1="${left}" x2="${W - right}" y1="${yy}" y2="${yy}" stroke="${REPORT_COLORS.grid}"/>`);
    const tx = options.rtl ? axisX + 8 : axisX - 8;
    out.push(`<text x="${tx}" y="${yy}" dy="0.35em" text-anchor="end" class="tick">${e(options.tick(v))}</text>`);
  }
  const band = columns.length > 0 ? plotW / columns.length : plotW;
  const barW = Math.max(1, band * 0.72);
  columns.forEach((c, i) => {
    const cx = options.rtl ? W - right - band * (i + 0.5) : left + band * (i + 0.5);
    const y0 = y(c.value);
    const h = Math.max(0, top + plotH - y0);
    const color = e(options.color ?? REPORT_COLORS.accent);
    out.push(
      `<rect x="${f1(cx - barW / 2)}" y="${f1(y0)}" width="${f1(barW)}" height="${f1(h)}" rx="2" fill="${color}"><title>${e(c.tooltip)}</title></rect>`,
    );
    if (c.valueLabel !== undefined) {
      out.push(`<text x="${f1(cx)}" y="${f1(y0 - 5)}" text-anchor="middle" class="tick">${e(c.valueLabel)}</text>`);
    }
    if (c.label !== undefined) {
      const ty = top + plotH + 16;
      out.push(`<line x1="${f1(cx)}" x2="${f1(cx)}" y1="${top + plotH}" y2="${top + plotH + 4}" stroke="#9ca3af"/>`);
      out.push(`<text x="${f1(cx)}" y="${ty}" text-anchor="middle" class="tick">${e(c.label)}</text>`);
      if (c.sublabel !== undefined) {
        out.push(`<text x="${f1(cx)}" y="${ty + 14}" text-anchor="middle" class="tick sub">${e(c.sublabel)}</text>`);
      }
    }
  });
  out.push(`<line x1="${left}" x2="${W - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="#9ca3af"/>`);
  out.push(
    `<text x="${options.rtl ? W - 8 : 8}" y="16" text-anchor="start" class="axis-title">${e(options.yAxis)}</text>`,
  );
  out.push(
    `<text x="${f1(left + plotW / 2)}" y="${H - 6}" text-anchor="middle" class="axis-title">${e(options.xAxis)}</text>`,
  );
  const id = e(options.id);
  const dir = options.rtl ? 'rtl' : 'ltr';
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" direction="${dir}" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${e(options.title)}</title><desc id="${id}-d">${e(`${options.xAxis} / ${options.yAxis}`)}</desc>${out.join('')}</svg>`;
}
