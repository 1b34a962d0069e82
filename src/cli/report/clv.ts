import {
  type ClvTransaction,
  clvToMoney,
  customerSummary,
  fitBgNbd,
  fitGammaGamma,
  rankCustomersByClv,
} from '../../clv/index.js';
import type { StoreTransaction } from '../store/types.js';
import { customerName, type ReportContext } from './context.js';
import { CLV_HORIZON_MONTHS, CLV_MONTHLY_DISCOUNT } from './program.js';
import type { ClubReport, ReportBin } from './types.js';

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * BG/NBD and Gamma-Gamma fitted on weekly customer summaries (Tehran civil days), CLV over 12 months
 * discounted 1 % a month, the top customers and the P(alive) histogram.
 */
export function clvSection(ctx: ReportContext): ClubReport['clv'] {
  const { index, store, asOfDay } = ctx;
  const txs: ClvTransaction[] = new Array(store.transactions.length);
  for (let i = 0; i < store.transactions.length; i++) {
    const t = store.transactions[i] as StoreTransaction;
    txs[i] = { customerId: t.customerId, date: index.day[i] as number, amount: t.amount };
  }
  const summary = customerSummary(txs, { observationEnd: asOfDay, timeUnit: 'week' });
  const model = fitBgNbd(summary);
  const spend = fitGammaGamma(summary);
  const ranking = rankCustomersByClv(summary, {
    model,
    spend: spend.params,
    timeUnit: 'week',
    horizonMonths: CLV_HORIZON_MONTHS,
    monthlyDiscountRate: CLV_MONTHLY_DISCOUNT,
  });
  const bins: ReportBin[] = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, count: 0 }));
  let total = 0;
  for (const p of ranking) {
    total += p.clv;
    const b = Math.min(9, Math.floor(p.probabilityAlive * 10));
    (bins[b] as { count: number }).count++;
  }
  const rowOf = new Map(summary.map((r) => [r.customerId, r]));
  const truth = store.truth;
  return {
    timeUnit: 'week',
    bgNbd: {
      ...model.params,
      logLikelihood: model.logLikelihood,
      iterations: model.iterations,
      converged: model.converged,
    },
    gammaGamma: {
      ...spend.params,
      logLikelihood: spend.logLikelihood,
      iterations: spend.iterations,
      converged: spend.converged,
      customers: spend.customers,
    },
    truth:
      truth === undefined
        ? null
        : truth.timeUnit === 'week'
          ? { bgNbd: truth.bgNbd, gammaGamma: truth.gammaGamma }
          : {
              bgNbd: { ...truth.bgNbd, alpha: truth.bgNbd.alpha / 7 },
              gammaGamma: truth.gammaGamma,
            },
    horizonMonths: CLV_HORIZON_MONTHS,
    monthlyDiscount: CLV_MONTHLY_DISCOUNT,
    totalClv: clvToMoney(total, 'down').amount,
    top: ranking.slice(0, 10).map((p) => {
      const id = p.customerId as string;
      const row = rowOf.get(id);
      const customer = index.customers[index.indexOf.get(id) as number];
      return {
        id,
        name: customer === undefined ? '' : customerName(customer),
        frequency: row?.frequency ?? 0,
        recencyWeeks: round(row?.recency ?? 0, 1),
        ageWeeks: round(row?.T ?? 0, 1),
        pAlive: round(p.probabilityAlive, 4),
        expectedPurchases: round(p.expectedPurchases, 2),
        expectedSpend: clvToMoney(p.expectedSpend, 'down').amount,
        clv: clvToMoney(p.clv, 'down').amount,
      };
    }),
    pAliveHistogram: bins,
  };
}
