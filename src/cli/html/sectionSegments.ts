import type { ClubReport, ReportCount } from '../report/types.js';
import { htmlBars } from './bars.js';
import { keyColor } from './colors.js';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { htmlTable, moneyNum, num, reportSection } from './html.js';
import type { ReportKeyGroup } from './keyLabels.js';
import { lifecyclePolicyText } from './policyText.js';

/**
 * Bars of labelled counts (count and share beside each bar), coloured by key.
 *
 * @param title - chart title
 * @param group - the key family (for labels and colours)
 * @param items - the counts, in display order
 * @param ctx - language context
 * @returns HTML
 * @example
 * ```ts
 * countBars('Stages', 'lifecycle', report.lifecycle.stages, createRenderContext('en'));
 * ```
 * @category CLI
 */
export function countBars(
  title: string,
  group: ReportKeyGroup,
  items: readonly ReportCount[],
  ctx: RenderContext,
): string {
  if (items.length === 0) return `<p class="muted">${escapeHtml(ctx.t('noData'))}</p>`;
  return htmlBars(
    title,
    items.map((c) => ({
      label: ctx.k(group, c.key),
      value: c.count,
      valueHtml: `${num(ctx.f.integer(c.count))} <span class="muted">${num(ctx.f.percent(c.share))}</span>`,
      color: keyColor(group, c.key),
    })),
  );
}

/**
 * A table of labelled counts with revenue: label, count, share, revenue (exact toman) and share of
 * the revenue of all rows.
 *
 * @param head - the first column's heading
 * @param group - the key family
 * @param items - the counts
 * @param ctx - language context
 * @returns HTML
 * @example
 * ```ts
 * revenueTable('Segment', 'rfm', report.rfm.segments, createRenderContext('en'));
 * ```
 * @category CLI
 */
export function revenueTable(
  head: string,
  group: ReportKeyGroup,
  items: readonly ReportCount[],
  ctx: RenderContext,
): string {
  const { f, t } = ctx;
  const total = items.reduce((s, c) => s + BigInt(c.revenue ?? '0'), 0n);
  const rows = items.map((c) => {
    const rev = c.revenue === undefined ? undefined : BigInt(c.revenue);
    const revShare = rev === undefined || total === 0n ? '—' : f.percent(Number((rev * 100_000n) / total) / 100_000);
    const dot = `<i class="dot" style="background:${keyColor(group, c.key)}"></i>`;
    return [
      `${dot}${escapeHtml(ctx.k(group, c.key))}`,
      num(f.integer(c.count)),
      num(f.percent(c.share)),
      c.revenue === undefined ? '—' : moneyNum(f, c.revenue),
      num(revShare),
    ];
  });
  const n = (key: Parameters<typeof t>[0]) => ({ head: escapeHtml(t(key)), numeric: true });
  return htmlTable([{ head: escapeHtml(head) }, n('count'), n('share'), n('revenue'), n('revenueShare')], rows);
}

/**
 * The lifecycle section (`#lifecycle`): customers per stage and the policy used, as a sentence.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderLifecycle(report, createRenderContext('en'));
 * ```
 * @category CLI
 */
export function renderLifecycle(report: ClubReport, ctx: RenderContext): string {
  const { t } = ctx;
  const policy = `<p class="muted">${escapeHtml(t('policy'))}: ${escapeHtml(lifecyclePolicyText(report.lifecycle.policy, ctx))}</p>`;
  return reportSection(
    'lifecycle',
    t('lifecycle'),
    countBars(t('lifecycleBars'), 'lifecycle', report.lifecycle.stages, ctx) + policy,
  );
}

/**
 * The RFM section (`#rfm`): bars per named segment and a table with revenue.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderRfm(report, createRenderContext('fa'));
 * ```
 * @category CLI
 */
export function renderRfm(report: ClubReport, ctx: RenderContext): string {
  const { t, f } = ctx;
  const r = report.rfm;
  const note = `<p class="muted">${escapeHtml(t('scored'))}: ${num(f.integer(r.scored))} · ${escapeHtml(t('prospects'))}: ${num(f.integer(r.prospects))}</p>`;
  const body = `<div class="cols">${countBars(t('rfmBars'), 'rfm', r.segments, ctx)}${revenueTable(t('segment'), 'rfm', r.segments, ctx)}</div>${note}`;
  return reportSection('rfm', t('rfm'), body);
}
