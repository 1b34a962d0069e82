import { describe, expectTypeOf, it } from 'vitest';
import type { Money } from '../money/index.js';
import { money, rial } from '../money/index.js';
import {
  type BgNbdFit,
  type BgNbdParams,
  type ClvPrediction,
  type CustomerSummaryRow,
  clvCohort,
  clvDiscounted,
  clvHistoric,
  clvSimple,
  clvToMoney,
  customerSummary,
  customerSummarySql,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  type ParetoNbdParams,
  predictClv,
  type SqlQuery,
  type TransactionModel,
} from './index.js';

describe('clv types', () => {
  it('fits carry their kind and parameter names, and are transaction models', () => {
    const fit = fitBgNbd([]);
    expectTypeOf(fit).toEqualTypeOf<BgNbdFit>();
    expectTypeOf(fit.kind).toEqualTypeOf<'bgNbd'>();
    expectTypeOf(fit.params).toEqualTypeOf<BgNbdParams>();
    expectTypeOf(fitParetoNbd([]).params).toEqualTypeOf<ParetoNbdParams>();
    expectTypeOf(fit).toExtend<TransactionModel>();
    expectTypeOf(fitParetoNbd([])).toExtend<TransactionModel>();
    // @ts-expect-error: a spend model is not a transaction model
    predictClv([], { model: fitGammaGamma([]), spend: { p: 1, q: 2, gamma: 1 }, timeUnit: 'week' });
    // @ts-expect-error: parameters are readonly
    fit.params.r = 1;
  });

  it('the time unit is required and typed', () => {
    const spend = { p: 1, q: 2, gamma: 1 };
    expectTypeOf(predictClv([], { model: fitBgNbd([]), spend, timeUnit: 'week' })).toEqualTypeOf<
      readonly ClvPrediction[]
    >();
    // @ts-expect-error: no default time unit (lifetimes' "D" on weekly data pitfall)
    predictClv([], { model: fitBgNbd([]), spend });
    // @ts-expect-error: unknown unit
    predictClv([], { model: fitBgNbd([]), spend, timeUnit: 'fortnight' });
  });

  it('summaries take civil dates, not Date objects', () => {
    expectTypeOf(customerSummary([], { observationEnd: '2024-03-19', timeUnit: 'day' })).toEqualTypeOf<
      readonly CustomerSummaryRow[]
    >();
    // @ts-expect-error: a Date would need a time zone guess
    customerSummary([{ customerId: 'a', date: new Date(0) }], { observationEnd: '2024-03-19', timeUnit: 'day' });
    expectTypeOf(
      customerSummarySql({ table: 't', columns: { customerId: 'c', date: 'd' }, observationEnd: 1, timeUnit: 'week' }),
    ).toEqualTypeOf<SqlQuery>();
  });

  it('heuristic CLV keeps the currency and takes rates as strings', () => {
    expectTypeOf(clvHistoric([rial(1)])).toEqualTypeOf<Money<'IRR'>>();
    expectTypeOf(clvHistoric([money(1, 'USD')])).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(
      clvSimple({ averageOrderValue: money(1, 'EUR'), purchaseFrequency: '1', lifespan: '1', margin: '0.1' }),
    ).toEqualTypeOf<Money<'EUR'>>();
    // @ts-expect-error: rates are strings or ratios, never floats
    clvDiscounted({ margin: rial(1), retention: 0.8, discount: '0.1' });
    // @ts-expect-error: one currency per cohort
    clvCohort({ acquired: 1, margins: [rial(1)], acquisitionCost: money(1, 'USD') });
    expectTypeOf(clvToMoney(1.5, 'down')).toEqualTypeOf<Money<'IRR'>>();
    expectTypeOf(clvToMoney(1.5, 'down', 'USD')).toEqualTypeOf<Money<'USD'>>();
    // @ts-expect-error: rounding is required
    clvToMoney(1.5);
  });
});
