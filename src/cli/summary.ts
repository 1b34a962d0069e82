// The terminal summary printed after a report: the headline numbers in a few plain lines.
import { formatMoney } from '../money/index.js';
import type { ClubReport } from './report/types.js';

const toman = (amount: string) =>
  formatMoney({ amount, currency: 'IRR' }, { unit: 'toman', locale: 'en', rounding: 'halfEven' });
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const int = (n: number) => n.toLocaleString('en');

/** Plain-text summary lines of a report (English; the HTML carries the Persian). */
export function reportSummary(r: ClubReport, seconds: number): string[] {
  const o = r.overview;
  const top = r.rfm.segments[0];
  const tiers = r.tiers.distribution.map((t) => `${t.key} ${int(t.count)}`).join(', ');
  const clv = r.clv;
  const lines = [
    `moshtari report as of ${r.meta.asOf} (${r.meta.source}; ${r.meta.firstTransaction ?? '—'} → ${r.meta.lastTransaction ?? '—'})`,
    `  customers ${int(o.customers)}, buyers ${int(o.buyers)}, transactions ${int(o.transactions)}, active in 90 days ${int(o.activeLast90Days)}`,
    `  revenue ${toman(o.revenue)}, average order ${toman(o.averageOrder)}, repeat rate ${pct(o.repeatRate)}`,
    `  largest RFM segment: ${top === undefined ? '—' : `${top.key} (${int(top.count)})`}; tiers: ${tiers}`,
    `  points earned ${int(r.loyalty.earned)}, redeemed ${int(r.loyalty.redeemed)}, expired ${int(r.loyalty.expired)}, balance ${int(r.loyalty.balance)} (${int(r.loyalty.expiringByYearEnd)} expire by ${r.loyalty.yearEnd}); liability ${toman(r.loyalty.liability)}`,
    clv === null
      ? `  CLV models not fitted: ${r.clvUnavailable ?? 'unknown reason'}`
      : `  BG/NBD r=${clv.bgNbd.r.toFixed(3)} α=${clv.bgNbd.alpha.toFixed(3)} a=${clv.bgNbd.a.toFixed(3)} b=${clv.bgNbd.b.toFixed(3)} (${clv.bgNbd.converged ? 'converged' : 'NOT converged'}); ${clv.horizonMonths}-month CLV ${toman(clv.totalClv)}`,
  ];
  if (r.nps !== null)
    lines.push(`  NPS ${r.nps.score} (${int(r.nps.responses)} answers, 95 % CI ${r.nps.low}…${r.nps.high})`);
  if (r.sla !== null)
    lines.push(
      `  SLA: first response met ${pct(r.sla.firstResponseMet)}, resolution met ${pct(r.sla.resolutionMet)} of ${int(r.sla.tickets)} tickets`,
    );
  if (r.meta.rowsRejected > 0)
    lines.push(`  ${int(r.meta.rowsRejected)} input row(s) rejected: see the data-quality section`);
  lines.push(`  done in ${seconds.toFixed(1)} s`);
  return lines;
}
