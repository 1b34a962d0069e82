import { MoshtariError } from '../../core/index.js';
import type { ClubReport } from '../report/types.js';
import { createRenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import type { ReportLang } from './format.js';
import { renderClv } from './sectionClv.js';
import { renderCohorts } from './sectionCohorts.js';
import { renderHeader } from './sectionHeader.js';
import { renderLoyalty } from './sectionLoyalty.js';
import { renderOverview } from './sectionOverview.js';
import { renderPyramid, renderTiers } from './sectionPyramidTiers.js';
import { renderDataQuality } from './sectionQuality.js';
import { renderLifecycle, renderRfm } from './sectionSegments.js';
import { renderNps, renderSla } from './sectionSupport.js';
import { REPORT_CSS } from './style.js';

/**
 * Options of {@link renderReportHtml}.
 * @example
 * ```ts
 * const options: RenderReportHtmlOptions = { lang: 'fa' };
 * ```
 * @category CLI
 */
export interface RenderReportHtmlOptions {
  /** `'fa'`: right to left, Persian labels and digits; `'en'`: left to right, English, Latin digits. */
  readonly lang: ReportLang;
}

// Nothing may be fetched or run: the policy blocks every request and every script, so even a
// mistake in escaping could not execute data from an input file.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Renders a club report as one self-contained HTML5 document: inline CSS and SVG charts, no
 * scripts, fonts, images or links to fetch. Sections (each with an `id`): `overview`, `lifecycle`,
 * `rfm`, `pyramid`, `tiers`, `loyalty`, `clv`, `cohorts`, `nps`, `sla`, `data-quality`. Money is
 * shown in toman, exact (moshtari/money `formatMoney`), with compact forms for large totals; every
 * string from the input is HTML-escaped.
 *
 * @param report - the report numbers
 * @param options - `lang`: `'fa'` (right to left, Persian digits) or `'en'`
 * @returns the HTML document
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown language; INVALID_AMOUNT for a money field that is not an integer string
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('report.html', renderReportHtml(report, { lang: 'fa' }));
 * ```
 * @category CLI
 */
export function renderReportHtml(report: ClubReport, options: RenderReportHtmlOptions): string {
  const lang = options?.lang;
  if (lang !== 'fa' && lang !== 'en') {
    throw new MoshtariError('INVALID_ARGUMENT', `options.lang: expected 'fa' or 'en', got ${String(lang)}`, {
      path: 'options.lang',
    });
  }
  const ctx = createRenderContext(lang);
  const sections = [
    renderOverview,
    renderLifecycle,
    renderRfm,
    renderPyramid,
    renderTiers,
    renderLoyalty,
    renderClv,
    renderCohorts,
    renderNps,
    renderSla,
    renderDataQuality,
  ].map((render) => render(report, ctx));
  const title = `${ctx.t('title')} · ${ctx.f.date(report.meta.asOf)}`;
  const head = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="${CSP}"><meta name="color-scheme" content="light"><meta name="generator" content="moshtari"><title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style>`;
  const body = `<main>${renderHeader(report, ctx)}${sections.join('\n')}<footer>${escapeHtml(ctx.t('footer'))}</footer></main>`;
  return `<!doctype html>\n<html lang="${lang}" dir="${ctx.rtl ? 'rtl' : 'ltr'}"><head>${head}</head><body>${body}</body></html>\n`;
}
