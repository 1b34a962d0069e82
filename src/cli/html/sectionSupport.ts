import type { ClubReport } from '../report/types.js';
import { htmlStack } from './bars.js';
import { REPORT_COLORS } from './colors.js';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { figureCard, htmlTable, num, reportSection } from './html.js';

const missing = (text: string): string => `<p class="missing">${escapeHtml(text)}</p>`;

/**
 * The NPS section (`#nps`): the score with its 95 % interval, the answer count and a stacked bar
 * of promoters, passives and detractors; a short note when the input had no survey answers.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderNps({ ...report, nps: null }, createRenderContext('en')); // contains the "not in the input" note
 * ```
 * @category CLI
 */
export function renderNps(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const n = report.nps;
  if (n === null) return reportSection('nps', t('nps'), missing(t('npsMissing')));
  const whole = [n.score, n.low, n.high].every(Number.isInteger);
  const score = (v: number) => f.decimal(v, whole ? 0 : 1);
  const total = n.responses > 0 ? n.responses : n.promoters + n.passives + n.detractors;
  const part = (key: 'promoters' | 'passives' | 'detractors', value: number, color: string) => ({
    label: t(key),
    value,
    color,
    valueHtml: `${num(f.integer(value))} <span class="muted">${num(total > 0 ? f.percent(value / total) : '—')}</span>`,
  });
  const cards = `<div class="figures">${[
    figureCard(
      t('score'),
      `<span class="nps-score">${num(score(n.score))}</span>`,
      `${escapeHtml(t('ci95'))}: ${num(score(n.low))} – ${num(score(n.high))}`,
    ),
    figureCard(t('responses'), num(f.integer(n.responses))),
  ].join('')}</div>`;
  const stack = htmlStack(t('npsAnswers'), [
    part('promoters', n.promoters, REPORT_COLORS.good),
    part('passives', n.passives, '#cbd5e1'),
    part('detractors', n.detractors, REPORT_COLORS.risk),
  ]);
  return reportSection('nps', t('nps'), cards + stack);
}

/**
 * The SLA section (`#sla`): tickets, shares of first responses and resolutions on time, overall
 * and by priority, and tickets still open; a short note when the input had no tickets.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderSla(report, createRenderContext('fa'));
 * ```
 * @category CLI
 */
export function renderSla(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const s = report.sla;
  if (s === null) return reportSection('sla', t('sla'), missing(t('slaMissing')));
  const meter = (share: number) =>
    `<span class="meter"><span style="width:${(Math.max(0, Math.min(1, share)) * 100).toFixed(1)}%"></span></span>${num(f.percent(share))}`;
  const cards = `<div class="figures">${[
    figureCard(t('tickets'), num(f.integer(s.tickets))),
    figureCard(t('firstResponseMet'), num(f.percent(s.firstResponseMet))),
    figureCard(t('resolutionMet'), num(f.percent(s.resolutionMet))),
    figureCard(t('open'), num(f.integer(s.open))),
  ].join('')}</div>`;
  const rows = s.byPriority.map((p) => [
    escapeHtml(ctx.k('priority', p.priority)),
    num(f.integer(p.tickets)),
    meter(p.firstResponseMet),
    meter(p.resolutionMet),
  ]);
  const h = (key: 'tickets' | 'firstResponseMet' | 'resolutionMet') => ({ head: escapeHtml(t(key)), numeric: true });
  const table =
    rows.length === 0
      ? ''
      : htmlTable([{ head: escapeHtml(t('priority')) }, h('tickets'), h('firstResponseMet'), h('resolutionMet')], rows);
  return reportSection('sla', t('sla'), cards + table);
}
