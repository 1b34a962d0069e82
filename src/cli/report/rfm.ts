import { type RfmCustomer, rfmScores, rfmSegment, valuePyramid } from '../../segment/index.js';
import type { StoreTransaction } from '../store/types.js';
import { type ReportContext, share } from './context.js';
import type { ClubReport, ReportCount } from './types.js';

/** RFM quintile segments (moshtari/segment, default map) and the five-metal value pyramid by revenue. */
export function rfmSection(ctx: ReportContext): ClubReport['rfm'] {
  const { index, store, asOf } = ctx;
  const rows: RfmCustomer[] = [];
  const spendOf = index.spend;
  for (let c = 0; c < index.customers.length; c++) {
    const from = index.first[c] as number;
    const to = index.first[c + 1] as number;
    const spend = spendOf[c] as bigint;
    const last = to > from ? (store.transactions[index.order[to - 1] as number] as StoreTransaction).at : 0;
    rows.push({
      id: c,
      lastPurchaseAt: last,
      frequency: to - from,
      monetary: { amount: spend.toString(), currency: 'IRR' },
    });
  }
  const { scores, prospects } = rfmScores(rows, { asOf, timeZone: ctx.timeZone });
  const names = rfmSegment(scores);
  const segments = new Map<string, { count: number; revenue: bigint }>();
  scores.forEach((s, i) => {
    const name = names[i] as string;
    const entry = segments.get(name) ?? { count: 0, revenue: 0n };
    entry.count++;
    entry.revenue += spendOf[s.id as number] as bigint;
    segments.set(name, entry);
  });
  const buyers = scores.map((s) => ({ id: s.id as number, revenue: spendOf[s.id as number] as bigint }));
  const pyramid = valuePyramid(buyers, { value: (b) => ({ amount: b.revenue.toString(), currency: 'IRR' }) });
  const levelRevenue = new Map<string, bigint>();
  pyramid.assignments.forEach((level, i) => {
    levelRevenue.set(level, (levelRevenue.get(level) ?? 0n) + (buyers[i]?.revenue as bigint));
  });
  const segmentRows: ReportCount[] = [...segments]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .map(([key, v]) => ({ key, count: v.count, share: share(v.count, scores.length), revenue: v.revenue.toString() }));
  return {
    segments: segmentRows,
    pyramid: pyramid.levels.map((l) => ({
      key: l.name,
      count: l.customers,
      share: share(l.customers, scores.length),
      revenue: (levelRevenue.get(l.name) ?? 0n).toString(),
    })),
    scored: scores.length,
    prospects: prospects.length,
  };
}
