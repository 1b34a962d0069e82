import { isDarkColor } from './colors.js';
import { escapeHtml } from './escape.js';

/**
 * One level of {@link svgPyramid}, top first.
 * @example
 * ```ts
 * const level: SvgPyramidLevel = { label: 'Gold', color: '#c9a227', line1: '3,000 buyers', line2: '15% · 31% of revenue', tooltip: 'Gold' };
 * ```
 * @category CLI
 */
export type SvgPyramidLevel = {
  /** Name written inside the layer. */
  readonly label: string;
  readonly color: string;
  /** First line beside the layer (bold). */
  readonly line1: string;
  /** Second line beside the layer. */
  readonly line2: string;
  /** Tooltip of the layer. */
  readonly tooltip: string;
};

const f1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/**
 * A value pyramid as inline SVG: one trapezoid per level, narrow at the top, coloured by metal,
 * the level name inside and two lines of figures beside it (on the left in right-to-left mode).
 *
 * @param levels - the levels, top first
 * @param options - `id` prefix, `title`, `rtl`
 * @returns the `<svg>` element
 * @example
 * ```ts
 * svgPyramid([{ label: 'Gold', color: '#c9a227', line1: '1', line2: '100%', tooltip: 'Gold' }], {
 *   id: 'p', title: 'Pyramid', rtl: false,
 * });
 * ```
 * @category CLI
 */
export function svgPyramid(
  levels: readonly SvgPyramidLevel[],
  options: { readonly id: string; readonly title: string; readonly rtl: boolean },
): string {
  const W = 900;
  const layer = 56;
  const gap = 4;
  const top = 8;
  const H = top * 2 + levels.length * (layer + gap);
  const totalH = Math.max(1, levels.length * (layer + gap) - gap);
  const [wMin, wMax] = [110, 500];
  const cx = options.rtl ? W - 260 : 260;
  const labelX = options.rtl ? W - 540 : 540;
  const widthAt = (y: number) => wMin + ((wMax - wMin) * y) / totalH;
  const e = escapeHtml;
  const out: string[] = [];
  levels.forEach((l, i) => {
    const y0 = i * (layer + gap);
    const y1 = y0 + layer;
    const [a, b] = [widthAt(y0) / 2, widthAt(y1) / 2];
    const points = [
      [cx - a, top + y0],
      [cx + a, top + y0],
      [cx + b, top + y1],
      [cx - b, top + y1],
    ]
      .map(([x, y]) => `${f1(x ?? 0)},${f1(y ?? 0)}`)
      .join(' ');
    const mid = top + y0 + layer / 2;
    const ink = isDarkColor(l.color) ? '#ffffff' : '#1f2937';
    out.push(`<polygon points="${points}" fill="${e(l.color)}"><title>${e(l.tooltip)}</title></polygon>`);
    out.push(
      `<text x="${cx}" y="${f1(mid)}" dy="0.35em" text-anchor="middle" fill="${ink}" class="layer">${e(l.label)}</text>`,
    );
    const edge = options.rtl ? cx - b - 8 : cx + b + 8;
    out.push(`<line x1="${f1(edge)}" x2="${labelX}" y1="${f1(mid)}" y2="${f1(mid)}" stroke="#d1d5db"/>`);
    out.push(
      `<text x="${labelX + (options.rtl ? -8 : 8)}" y="${f1(mid - 4)}" text-anchor="start" class="lead">${e(l.line1)}</text>`,
    );
    out.push(
      `<text x="${labelX + (options.rtl ? -8 : 8)}" y="${f1(mid + 14)}" text-anchor="start" class="tick">${e(l.line2)}</text>`,
    );
  });
  const id = e(options.id);
  const dir = options.rtl ? 'rtl' : 'ltr';
  return `<svg class="chart pyramid" viewBox="0 0 ${W} ${H}" direction="${dir}" role="img" aria-labelledby="${id}-t"><title id="${id}-t">${e(options.title)}</title>${out.join('')}</svg>`;
}
