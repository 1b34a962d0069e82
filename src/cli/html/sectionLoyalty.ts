import type { ClubReport } from '../report/types.js';
import { htmlStack } from './bars.js';
import { REPORT_COLORS } from './colors.js';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { figureCard, moneyAmount, moneyNum, num, reportSection } from './html.js';
import { loyaltyProgramText } from './policyText.js';

/**
 * The loyalty section (`#loyalty`): points earned, redeemed, expired and open, points expiring by
 * the end of the Jalali year, the liability, breakage, members with points and rejected
 * redemptions, where the earned points went, and the program as a sentence.
 *
 * @param report - the report
 * @param ctx - language context
 * @returns the section HTML
 * @example
 * ```ts
 * renderLoyalty(report, createRenderContext('en'));
 * ```
 * @category CLI
 */
export function renderLoyalty(report: ClubReport, ctx: RenderContext): string {
  const { f, t } = ctx;
  const l = report.loyalty;
  const pts = (n: number) => `${num(f.integer(n))} <span class="unit">${escapeHtml(t('points'))}</span>`;
  const ofEarned = (n: number) =>
    l.earned > 0 ? `${num(f.percent(n / l.earned))} ${escapeHtml(t('ofEarned'))}` : undefined;
  const cards = [
    figureCard(t('earned'), pts(l.earned)),
    figureCard(t('redeemed'), pts(l.redeemed), ofEarned(l.redeemed)),
    figureCard(t('expired'), pts(l.expired), ofEarned(l.expired)),
    figureCard(t('balance'), pts(l.balance)),
    figureCard(t('expiring'), pts(l.expiringByYearEnd), num(f.date(l.yearEnd))),
    figureCard(t('faceValue'), moneyAmount(f, l.faceValue), moneyNum(f, l.faceValue)),
    figureCard(t('liability'), moneyAmount(f, l.liability), moneyNum(f, l.liability)),
    figureCard(t('breakage'), num(f.percent(l.breakageRate))),
    figureCard(t('membersWithPoints'), num(f.integer(l.membersWithPoints))),
    figureCard(t('rejected'), num(f.integer(l.rejectedRedemptions))),
  ];
  const part = (label: string, value: number, color: string) => ({
    label,
    value,
    color,
    valueHtml: num(f.integer(value)),
  });
  const flow = htmlStack(t('pointsFlow'), [
    part(t('redeemed'), l.redeemed, REPORT_COLORS.accent),
    part(t('expired'), l.expired, REPORT_COLORS.risk),
    part(t('balance'), l.balance, '#c9a227'),
  ]);
  const program = `<p class="muted">${escapeHtml(t('program'))}: ${escapeHtml(loyaltyProgramText(l.program, ctx))}</p>`;
  return reportSection('loyalty', t('loyalty'), `<div class="figures">${cards.join('')}</div>${flow}${program}`);
}
