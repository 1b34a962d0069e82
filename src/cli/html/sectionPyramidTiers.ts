import type { ClubReport } from '../report/types.js';
import { keyColor } from './colors.js';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { figureCard, htmlTable, num, reportSection } from './html.js';
import { tierEntryHtml } from './policyText.js';
import { countBars, revenueTable } from './sectionSegments.js';
import { svgPyramid } from './svgPyramid.js';

/**
 * The value-pyramid section (`#pyramid`): an SVG trapezoid stack (top level first) with counts,
 * shares of buyers and of revenue, and the exact table.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderPyramid(report, createRenderContext('en'));
 * ```
 * @category CLI
 */
export function renderPyramid(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const levels = report.rfm.pyramid;
  const total = levels.reduce((s, l) => s + BigInt(l.revenue ?? '0'), 0n);
  const revShare = (rev: string | undefined) =>
    rev === undefined || total === 0n ? undefined : Number((BigInt(rev) * 100_000n) / total) / 100_000;
  const svg = svgPyramid(
    levels.map((l) => {
      const rs = revShare(l.revenue);
      const revText = rs === undefined ? '' : ` · ${t('ofRevenueShare', { p: f.percent(rs) })}`;
      return {
        label: ctx.k('pyramid', l.key),
        color: keyColor('pyramid', l.key),
        line1: t('nBuyers', { n: f.integer(l.count) }),
        line2: `${t('ofBuyersShare', { p: f.percent(l.share) })}${revText}`,
        tooltip: `${ctx.k('pyramid', l.key)}: ${f.integer(l.count)} · ${l.revenue === undefined ? '' : f.money(l.revenue)}`,
      };
    }),
    { id: 'chart-pyramid', title: t('pyramid'), rtl: ctx.rtl },
  );
  const body =
    levels.length === 0
      ? `<p class="muted">${escapeHtml(t('noData'))}</p>`
      : `<figure class="chart-box">${svg}<figcaption class="muted">${escapeHtml(t('pyramidNote'))}</figcaption></figure>${revenueTable(t('level'), 'pyramid', levels, ctx)}`;
  return reportSection('pyramid', t('pyramid'), body);
}

/**
 * The tiers section (`#tiers`): members per tier, the ladder (entry rules as text), members close
 * to the next tier and projected downgrades.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderTiers(report, createRenderContext('fa'));
 * ```
 * @category CLI
 */
export function renderTiers(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const tiers = report.tiers;
  const members = new Map(tiers.distribution.map((d) => [d.key, d]));
  const tierName = (id: string, name: string) => {
    const known = ctx.k('tier', id);
    return known !== id ? escapeHtml(known) : `<bdi>${escapeHtml(name)}</bdi>`;
  };
  const rows = tiers.ladder.map((l) => {
    const d = members.get(l.id);
    return [
      `<i class="dot" style="background:${keyColor('tier', l.id)}"></i>${tierName(l.id, l.name)}`,
      tierEntryHtml(l.entry, ctx),
      num(`×${f.digits(f.lang === 'fa' ? l.earnMultiplier.replace('.', '٫') : l.earnMultiplier)}`),
      d === undefined ? '—' : num(f.integer(d.count)),
      d === undefined ? '—' : num(f.percent(d.share)),
    ];
  });
  const ladder = htmlTable(
    [
      { head: escapeHtml(t('tier')) },
      { head: escapeHtml(t('entryRule')) },
      { head: escapeHtml(t('earnMultiplier')), numeric: true },
      { head: escapeHtml(t('members')), numeric: true },
      { head: escapeHtml(t('share')), numeric: true },
    ],
    rows,
    t('ladder'),
  );
  const cards = `<div class="figures small">${figureCard(t('closeToNext'), num(f.integer(tiers.closeToNext)))}${figureCard(
    t('projectedDowngrades'),
    num(f.integer(tiers.projectedDowngrades)),
  )}</div>`;
  const body = `<div class="cols">${countBars(t('tierBars'), 'tier', tiers.distribution, ctx)}${ladder}</div>${cards}`;
  return reportSection('tiers', t('tiers'), body);
}
