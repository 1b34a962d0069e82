// A complete, realistic ClubReport for the renderer's tests (20k customers, 42 Jalali months):
// figures are consistent with one another (month revenue sums to the total, lifecycle stages to
// the customers, pyramid and RFM segments to the buyers, points earned = redeemed + expired + balance).
import type { ClubReport, ReportCount } from '../report/types.js';

const CITIES: readonly [string, number][] = [
  ['تهران', 6120],
  ['مشهد', 2010],
  ['اصفهان', 1630],
  ['شیراز', 1410],
  ['تبریز', 1290],
  ['کرج', 1180],
  ['اهواز', 930],
  ['قم', 780],
  ['کرمانشاه', 640],
  ['رشت', 590],
];

const NAMES = [
  'مریم احمدی',
  'علی رضایی',
  'زهرا حسینی',
  'محمد کریمی',
  'فاطمه موسوی',
  'حسین محمدی',
  'سارا جعفری',
  'رضا قاسمی',
  'نرگس صادقی',
  'امیر حیدری',
];

function counts(
  rows: readonly [string, number][],
  total: number,
  revenue?: bigint,
  weights?: readonly number[],
): ReportCount[] {
  const w = weights ?? rows.map(() => 0);
  const wSum = w.reduce((s, x) => s + x, 0);
  return rows.map(([key, count], i) => ({
    key,
    count,
    share: Math.round((count / total) * 10_000) / 10_000,
    ...(revenue === undefined
      ? {}
      : { revenue: ((revenue * BigInt(Math.round(((w[i] ?? 0) / wSum) * 1e6))) / 1_000_000n).toString() }),
  }));
}

/** Monthly revenue 1401/01 … 1404/06: growth, an Esfand peak before Nowruz and a Farvardin dip. */
function months(): { month: string; revenue: string; orders: number }[] {
  const out: { month: string; revenue: string; orders: number }[] = [];
  for (let i = 0; i < 42; i++) {
    const year = 1401 + Math.floor(i / 12);
    const m = (i % 12) + 1;
    const season = m === 12 ? 1.45 : m === 1 ? 0.78 : m === 11 ? 1.12 : 1 + 0.05 * Math.sin(i);
    const orders = Math.round((3600 + 62 * i) * season);
    const aov = 21_800_000 + 245_000 * i; // Rial; prices rise with inflation
    out.push({ month: `${year}/${String(m).padStart(2, '0')}`, revenue: String(orders * aov), orders });
  }
  return out;
}

/** A report whose CLV models were fitted (`clv` is not null), as the fixture's. */
export type FittedClubReport = ClubReport & { readonly clv: NonNullable<ClubReport['clv']> };

/**
 * A full report of the sample store as of 1404/06/31 (the sample club's ladder and program).
 * @returns a fresh report value
 */
export function clubReportFixture(): FittedClubReport {
  const byMonth = months();
  const revenue = byMonth.reduce((s, m) => s + BigInt(m.revenue), 0n);
  const transactions = byMonth.reduce((s, m) => s + m.orders, 0);
  const buyers = 17_412;
  const cohortSizes = [412, 388, 451, 397, 365, 520, 298, 344, 371, 402, 436, 389];
  return {
    meta: {
      source: 'sample',
      asOf: '1404/06/31',
      asOfIso: '2025-09-22T20:29:59.999Z',
      timeZone: 'Asia/Tehran',
      firstTransaction: '1401/01/01',
      lastTransaction: '1404/06/31',
      rowsRead: transactions + 20_000 + 3,
      rowsRejected: 3,
      problems: [
        { file: 'transactions.csv', line: 1187, message: 'amount: expected a positive amount, got "-"' },
        { file: 'transactions.csv', line: 40_215, message: 'date: 1403/13/02 is not a Jalali date' },
        { file: 'customers.csv', line: 77, message: 'nationalCode: check digit does not match' },
      ],
      timings: { load: 1.42, lifecycle: 0.31, rfm: 0.52, tiers: 0.88, loyalty: 1.07, clv: 3.61, cohorts: 0.29 },
    },
    overview: {
      customers: 20_000,
      buyers,
      transactions,
      revenue: revenue.toString(),
      averageOrder: (revenue / BigInt(transactions)).toString(),
      ordersPerBuyer: Math.round((transactions / buyers) * 100) / 100,
      repeatRate: 0.7231,
      activeLast90Days: 6304,
      revenueByMonth: byMonth,
      topCities: counts(CITIES, 20_000),
    },
    lifecycle: {
      policy: { atRiskAfterDays: 90, churnedAfterDays: 365, loyalMinPurchases: 4, loyalWindowDays: 365 },
      stages: counts(
        [
          ['lead', 1210],
          ['prospect', 1378],
          ['newCustomer', 1620],
          ['repeat', 5480],
          ['loyal', 3910],
          ['atRisk', 2930],
          ['churned', 2870],
          ['wonBack', 602],
        ],
        20_000,
      ),
    },
    rfm: {
      scored: buyers,
      prospects: 20_000 - buyers,
      segments: counts(
        [
          ['loyalCustomers', 2895],
          ['hibernating', 2767],
          ['champions', 2310],
          ['atRisk', 2260],
          ['potentialLoyalists', 2140],
          ['aboutToSleep', 1480],
          ['needAttention', 1350],
          ['newCustomers', 880],
          ['promising', 720],
          ['cantLose', 610],
        ],
        buyers,
        revenue,
        [24, 4, 31, 11, 9, 3, 6, 1.5, 1, 9.5],
      ),
      pyramid: counts(
        [
          ['platinum', 871],
          ['gold', 2612],
          ['silver', 5224],
          ['bronze', 5223],
          ['tin', 3482],
        ],
        buyers,
        revenue,
        [31, 30, 24, 11, 4],
      ),
    },
    tiers: {
      ladder: [
        { id: 'red', name: 'Red', entry: null, earnMultiplier: '1' },
        {
          id: 'silver',
          name: 'Silver',
          entry: {
            mode: 'any',
            thresholds: [
              { metric: 'spendRial', value: '100000000' },
              { metric: 'purchases', value: '8' },
            ],
          },
          earnMultiplier: '1.5',
        },
        {
          id: 'gold',
          name: 'Gold',
          entry: {
            mode: 'any',
            thresholds: [
              { metric: 'spendRial', value: '400000000' },
              { metric: 'purchases', value: '24' },
            ],
          },
          earnMultiplier: '2',
        },
      ],
      distribution: counts(
        [
          ['red', 13_120],
          ['silver', 5210],
          ['gold', 1670],
        ],
        20_000,
      ),
      closeToNext: 1840,
      projectedDowngrades: 412,
    },
    loyalty: {
      program: { spendPerPoint: '100000', pointValue: '5000', maxCartShare: 0.2, expiry: 'endOfJalaliYear' },
      earned: 4_812_330,
      redeemed: 2_104_870,
      expired: 611_250,
      balance: 2_096_210,
      expiringByYearEnd: 734_900,
      yearEnd: '1404/12/29',
      faceValue: '10481050000',
      liability: '8259067400',
      breakageRate: 0.212,
      membersWithPoints: 11_904,
      rejectedRedemptions: 37,
    },
    clvUnavailable: null,
    clv: {
      timeUnit: 'week',
      bgNbd: {
        r: 0.7412,
        alpha: 6.183,
        a: 0.8127,
        b: 2.4471,
        logLikelihood: -183_422.57,
        iterations: 41,
        converged: true,
      },
      gammaGamma: {
        p: 6.112,
        q: 3.921,
        gamma: 11_708_331.2,
        logLikelihood: -2_301_887.1,
        iterations: 63,
        converged: true,
        customers: 12_590,
      },
      truth: { bgNbd: { r: 0.75, alpha: 6, a: 0.8, b: 2.5 }, gammaGamma: { p: 6, q: 4, gamma: 12_000_000 } },
      horizonMonths: 12,
      monthlyDiscount: 0.01,
      totalClv: '2412318807420',
      top: NAMES.map((name, i) => ({
        id: `C-${String(10_421 + i * 977).padStart(6, '0')}`,
        name,
        frequency: 61 - i * 3,
        recencyWeeks: 180 - i * 2,
        ageWeeks: 183 - i,
        pAlive: Math.round((0.991 - i * 0.004) * 10_000) / 10_000,
        expectedPurchases: Math.round((17.8 - i * 0.9) * 100) / 100,
        expectedSpend: String(96_400_000 - i * 3_100_000),
        clv: String((96_400_000 - i * 3_100_000) * Math.round(17.8 - i * 0.9)),
      })),
      pAliveHistogram: [2980, 910, 640, 590, 610, 720, 890, 1250, 2630, 6192].map((count, i) => ({
        from: i / 10,
        to: (i + 1) / 10,
        count,
      })),
    },
    cohorts: {
      rows: cohortSizes.map((size, i) => ({
        cohort: `${i < 6 ? 1403 : 1404}/${String(((i + 6) % 12) + 1).padStart(2, '0')}`,
        size,
        retention: Array.from({ length: 12 }, (_, k) =>
          k > 11 - i ? null : k === 0 ? 1 : Math.round((0.34 * k ** -0.38 + 0.012 * Math.sin(i + k)) * 10_000) / 10_000,
        ),
      })),
    },
    nps: { score: 32.7, responses: 2140, promoters: 1120, passives: 600, detractors: 420, low: 29.4, high: 36 },
    sla: {
      tickets: 1840,
      firstResponseMet: 0.912,
      resolutionMet: 0.846,
      open: 57,
      byPriority: [
        { priority: 'urgent', tickets: 120, firstResponseMet: 0.958, resolutionMet: 0.875 },
        { priority: 'high', tickets: 410, firstResponseMet: 0.93, resolutionMet: 0.861 },
        { priority: 'normal', tickets: 980, firstResponseMet: 0.905, resolutionMet: 0.843 },
        { priority: 'low', tickets: 330, firstResponseMet: 0.897, resolutionMet: 0.833 },
      ],
    },
  };
}
