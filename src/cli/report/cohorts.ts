import { cohortRetentionMatrix, netPromoterScore } from '../../metrics/index.js';
import type { ReportContext } from './context.js';
import type { ClubReport } from './types.js';

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Retention by Jalali month of acquisition (the last 12 cohorts), from moshtari/metrics. */
export function cohortSection(ctx: ReportContext): ClubReport['cohorts'] {
  const m = cohortRetentionMatrix(ctx.store.transactions, { asOf: ctx.asOf, timeZone: ctx.timeZone });
  const rows = m.cohorts.slice(-12);
  const width = rows.reduce((w, r) => Math.max(w, r.rates.length), 0);
  return {
    rows: rows.map((r) => ({
      cohort: r.cohort.key.replace('-', '/'),
      size: r.size,
      retention: Array.from({ length: width }, (_, k) => (k < r.rates.length ? round4(r.rates[k] as number) : null)),
    })),
  };
}

/** NPS with its 95 % interval, when the input has survey answers. */
export function npsSection(ctx: ReportContext): ClubReport['nps'] {
  const surveys = ctx.store.surveys?.filter((s) => s.at <= ctx.asOf) ?? [];
  const r = netPromoterScore(surveys);
  if (!r.ok) return null;
  const v = r.value;
  const one = (x: number) => Math.round(x * 10) / 10;
  return {
    score: one(v.score),
    responses: v.responses,
    promoters: v.promoters,
    passives: v.passives,
    detractors: v.detractors,
    low: one(v.interval.lower),
    high: one(v.interval.upper),
  };
}
