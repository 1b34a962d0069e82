import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../core/index.js';
import { type Money, rial } from '../money/index.js';
import {
  assignHoldout,
  averageOrderValue,
  type CampaignUplift,
  type CohortRetentionMatrix,
  campaignRoi,
  campaignUplift,
  cohortRetentionMatrix,
  type EmptyDenominatorError,
  type EmptyGroupError,
  type FunnelStep,
  lifecycleFunnel,
  type MetricRatio,
  metricByJalaliPeriod,
  type NoVarianceError,
  type NpsResult,
  netPromoterScore,
  type PeriodValue,
  retentionRate,
  surveyResponseSchema,
  type UndefinedMetricError,
} from './index.js';

describe('metrics types', () => {
  it('ratios are Results of exact fractions; undefined metrics are typed errors', () => {
    expectTypeOf(retentionRate({ customersAtStart: 1, customersAtEnd: 1, newCustomers: 0 })).toEqualTypeOf<
      Result<MetricRatio, EmptyDenominatorError>
    >();
    expectTypeOf(netPromoterScore([{ score: 9 }])).toEqualTypeOf<Result<NpsResult, EmptyDenominatorError>>();
    expectTypeOf(campaignUplift({ size: 1, conversions: 0 }, { size: 1, conversions: 1 })).toEqualTypeOf<
      Result<CampaignUplift, EmptyGroupError | NoVarianceError>
    >();
    expectTypeOf<UndefinedMetricError['code']>().toEqualTypeOf<'EMPTY_DENOMINATOR' | 'EMPTY_GROUP' | 'NO_VARIANCE'>();
  });

  it('money metrics keep the currency in the type and need a rounding mode', () => {
    expectTypeOf(averageOrderValue({ revenue: rial(10), orders: 3 }, 'halfEven')).toEqualTypeOf<
      Result<Money<'IRR'>, EmptyDenominatorError>
    >();
    expectTypeOf(campaignRoi({ incrementalMargin: rial(1), cost: rial(1) })).toEqualTypeOf<
      Result<MetricRatio<Money<'IRR'>>, EmptyDenominatorError>
    >();
    const usd = { amount: '1', currency: 'USD' } as Money<'USD'>;
    // @ts-expect-error: margin and cost must share a currency
    campaignRoi({ incrementalMargin: rial(1), cost: usd });
    // @ts-expect-error: rounding is required
    averageOrderValue({ revenue: rial(10), orders: 3 });
    // @ts-expect-error: a float is not money
    averageOrderValue({ revenue: 10.5, orders: 3 }, 'down');
  });

  it('per-period values carry the compute function type; funnels carry the stage names', () => {
    const byMonth = metricByJalaliPeriod([{ score: 9, at: 0 }], netPromoterScore, { unit: 'month' });
    expectTypeOf(byMonth).toEqualTypeOf<PeriodValue<Result<NpsResult, EmptyDenominatorError>>[]>();
    // @ts-expect-error: rows need an `at`
    metricByJalaliPeriod([{ score: 9 }], netPromoterScore, { unit: 'month' });
    const steps = lifecycleFunnel([{ customerId: 1, stage: 'lead' }], { stages: ['lead', 'customer'] });
    expectTypeOf(steps).toEqualTypeOf<FunnelStep<'lead' | 'customer'>[]>();
    // @ts-expect-error: not a default stage
    lifecycleFunnel([{ customerId: 1, stage: 'lead' }]);
  });

  it('matrix, hold-out and schema outputs', () => {
    expectTypeOf(cohortRetentionMatrix([])).toEqualTypeOf<CohortRetentionMatrix>();
    expectTypeOf(assignHoldout('c', 'k', 0.1)).toEqualTypeOf<'holdout' | 'treatment'>();
    expectTypeOf(surveyResponseSchema().parse({})).toEqualTypeOf<{ score: number; at: number }>();
    // @ts-expect-error: matrix rows are read-only
    cohortRetentionMatrix([]).cohorts[0].active[0] = 1;
  });
});
