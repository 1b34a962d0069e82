import { epochDayToJalali } from '../../calendar/index.js';
import { divRound } from '../../internal/rounding.js';
import type { StoreTransaction } from '../store/types.js';
import { type ReportContext, share } from './context.js';
import { jalaliMonthLabel } from './days.js';
import type { ClubReport, ReportCount } from './types.js';

/** Customer base overview: counts, revenue, order value, repeat rate, activity, months and cities. */
export function overviewSection(ctx: ReportContext): ClubReport['overview'] {
  const { index, store, asOfDay } = ctx;
  const txs = store.transactions;
  let revenue = 0n;
  const monthOfDay = new Map<number, string>();
  const months = new Map<string, { revenue: bigint; orders: number }>();
  for (let i = 0; i < txs.length; i++) {
    const amount = BigInt((txs[i] as StoreTransaction).amount);
    revenue += amount;
    const day = index.day[i] as number;
    let key = monthOfDay.get(day);
    if (key === undefined) {
      key = jalaliMonthLabel(epochDayToJalali(day));
      monthOfDay.set(day, key);
    }
    const m = months.get(key) ?? { revenue: 0n, orders: 0 };
    m.revenue += amount;
    m.orders++;
    months.set(key, m);
  }
  let buyers = 0;
  let repeaters = 0;
  let active = 0;
  const cities = new Map<string, { count: number; revenue: bigint }>();
  for (let c = 0; c < index.customers.length; c++) {
    const from = index.first[c] as number;
    const to = index.first[c + 1] as number;
    const spend = index.spend[c] as bigint;
    if (to > from) {
      buyers++;
      if (to - from >= 2) repeaters++;
      if ((index.day[index.order[to - 1] as number] as number) > asOfDay - 90) active++;
    }
    const city = index.customers[c]?.city;
    if (city !== undefined && city !== '') {
      const entry = cities.get(city) ?? { count: 0, revenue: 0n };
      entry.count++;
      entry.revenue += spend;
      cities.set(city, entry);
    }
  }
  const customers = index.customers.length;
  const topCities: ReportCount[] = [...cities]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([key, v]) => ({ key, count: v.count, share: share(v.count, customers), revenue: v.revenue.toString() }));
  return {
    customers,
    buyers,
    transactions: txs.length,
    revenue: revenue.toString(),
    averageOrder: txs.length === 0 ? '0' : divRound(revenue, BigInt(txs.length), 'halfEven').toString(),
    ordersPerBuyer: buyers === 0 ? 0 : Math.round((txs.length / buyers) * 100) / 100,
    repeatRate: share(repeaters, buyers),
    activeLast90Days: active,
    revenueByMonth: [...months]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([month, m]) => ({ month, revenue: m.revenue.toString(), orders: m.orders })),
    topCities,
  };
}
