/**
 * CRM metrics: satisfaction (NPS with a confidence interval, CSAT, CES) overall and per Jalali
 * period, retention and value (retention, churn, repeat purchase, frequency, AOV and CAC as exact
 * Money, points redemption and breakage, share of wallet), cohort retention matrices, lifecycle
 * funnels, and campaign evaluation (rates, ROI, uplift with a two-proportion z-test, sample size,
 * deterministic hold-out assignment). Formulas and sources: crm.md §4–§5.
 *
 * Rates are {@link MetricRatio} fractions (0.25 = 25 %); NPS and net-agree CES are points in
 * −100…+100; money is exact `Money` rounded once with an explicit mode. A metric that does not exist
 * (zero denominator, empty group) comes back as a `Result` error; malformed input throws
 * `MoshtariError` with a code of {@link MetricsErrorCode} and the `path` of the bad field or row.
 * @module metrics
 */
export type { CampaignRoiInput, ConversionCounts, ResponseCounts } from './campaign.js';
export { campaignRoi, conversionRate, responseRate } from './campaign.js';
export type { CesOptions, CesResult } from './ces.js';
export { customerEffortScore } from './ces.js';
export type {
  CohortRetentionMatrix,
  CohortRetentionOptions,
  CohortRetentionRow,
  CohortTransaction,
} from './cohorts.js';
export { cohortRetentionMatrix } from './cohorts.js';
export type { CsatOptions } from './csat.js';
export { customerSatisfactionScore } from './csat.js';
export type {
  EmptyDenominatorError,
  EmptyGroupError,
  MetricsErrorCode,
  NoVarianceError,
  UndefinedMetricError,
} from './errors.js';
export type { FunnelStep, LifecycleFunnelOptions, LifecycleStage, StageEvent } from './funnel.js';
export { lifecycleFunnel } from './funnel.js';
export { assignHoldout, holdoutBucket } from './holdout.js';
export { standardNormalCdf, standardNormalQuantile } from './normal.js';
export type { NpsCounts, NpsOptions, NpsResult, SurveyResponse } from './nps.js';
export { netPromoterScore, npsFromCounts } from './nps.js';
export type { CustomerOrder } from './orders.js';
export { purchaseFrequency, repeatPurchaseRate } from './orders.js';
export type {
  MetricByJalaliPeriodOptions,
  MetricPeriod,
  MetricPeriodUnit,
  PeriodValue,
  TimedRow,
} from './periods.js';
export { metricByJalaliPeriod } from './periods.js';
export type { PointsActivity } from './points.js';
export { pointsBreakageRate, pointsRedemptionRate } from './points.js';
export type { MetricRatio } from './ratio.js';
export type { ChurnCounts, RetentionCounts } from './retention.js';
export { churnRate, retentionRate } from './retention.js';
export type { CampaignSampleSizeOptions, SampleSizeRates } from './sampleSize.js';
export { campaignSampleSize } from './sampleSize.js';
export type { SurveyResponseSchemaOptions } from './schema.js';
export { surveyResponseSchema } from './schema.js';
export type { CampaignGroup, CampaignUplift, CampaignUpliftOptions } from './uplift.js';
export { campaignUplift } from './uplift.js';
export type { AcquisitionCostInput, AverageOrderValueInput } from './value.js';
export { averageOrderValue, customerAcquisitionCost } from './value.js';
export type { WalletSpend } from './wallet.js';
export { shareOfWallet, walletAllocationShare } from './wallet.js';
