import type { ClubReport } from '../report/types.js';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { figureCard, htmlTable, num, raw, reportSection, subheading } from './html.js';

/**
 * The data-quality section (`#data-quality`): rows read and rejected, the listed problems with
 * file and line, and the time of each step when present.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderDataQuality(report, createRenderContext('en'));
 * ```
 * @category CLI
 */
export function renderDataQuality(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const m = report.meta;
  const rejectedShare = m.rowsRead > 0 ? num(f.percent(m.rowsRejected / m.rowsRead)) : undefined;
  const cards = `<div class="figures small">${figureCard(t('rowsRead'), num(f.integer(m.rowsRead)))}${figureCard(
    t('rowsRejected'),
    num(f.integer(m.rowsRejected)),
    rejectedShare,
  )}</div>`;
  const problems =
    m.problems.length === 0
      ? `<p class="muted">${escapeHtml(t('noProblems'))}</p>`
      : htmlTable(
          [
            { head: escapeHtml(t('file')) },
            { head: escapeHtml(t('line')), numeric: true },
            { head: escapeHtml(t('message')) },
          ],
          m.problems.map((p) => [raw(p.file), num(f.integer(p.line)), raw(p.message)]),
          t('problems', { n: f.integer(m.problems.length), m: f.integer(m.rowsRejected) }),
        );
  const steps = Object.entries(m.timings);
  const timings =
    steps.length === 0
      ? ''
      : `${subheading(t('timings'))}${htmlTable(
          [{ head: escapeHtml(t('step')) }, { head: escapeHtml(t('seconds')), numeric: true }],
          steps.map(([step, seconds]) => [raw(step), num(f.decimal(seconds, 2))]),
          undefined,
          'compact',
        )}`;
  return reportSection('data-quality', t('dataQuality'), cards + problems + timings);
}
