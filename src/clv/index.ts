/**
 * Customer lifetime value: heuristic formulas with exact money, BTYD models (BG/NBD, MBG/NBD,
 * Pareto/NBD, Gamma-Gamma, BG/BB, sBG) fitted by maximum likelihood, their predictions, and the
 * per-customer summary in JavaScript and in PostgreSQL.
 *
 * @example
 * ```ts
 * import { customerSummary, fitBgNbd, fitGammaGamma, rankCustomersByClv } from 'moshtari/clv';
 *
 * const summary = customerSummary(transactions, { observationEnd: '2024-03-19', timeUnit: 'week' });
 * const model = fitBgNbd(summary);
 * const spend = fitGammaGamma(summary);
 * if (!model.converged || !spend.converged) throw new Error(model.message);
 * const ranking = rankCustomersByClv(summary, { model, spend: spend.params, timeUnit: 'week', horizonMonths: 12 });
 * ranking.slice(0, 10); // [{ customerId, clv, expectedPurchases, probabilityAlive, expectedSpend, rank }, …]
 * ```
 * @module clv
 */
export type { BgBbCustomer, BgBbFit, BgBbFitRow } from './bgBb.js';
export { bgBbLogLikelihood, fitBgBb } from './bgBb.js';
export {
  bgBbConditionalExpectedPurchases,
  bgBbDert,
  bgBbExpectedPurchases,
  bgBbProbabilityAlive,
  bgBbPurchaseProbability,
} from './bgBbPredict.js';
export type { BgNbdFit } from './bgNbd.js';
export { bgNbdLogLikelihood, fitBgNbd } from './bgNbd.js';
export {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  bgNbdPurchaseProbability,
} from './bgNbdPredict.js';
export { predictClv } from './clv.js';
export { clvToMoney } from './clvMoney.js';
export type {
  ClvCustomer,
  ClvPrediction,
  ClvTimeUnit,
  PredictClvOptions,
  TransactionModel,
} from './clvTypes.js';
export type { ClvCohortInput } from './cohort.js';
export { clvCohort } from './cohort.js';
export type { ClvErrorCode } from './errors.js';
export type { ClvFit, ClvFitOptions, ClvFitStart } from './fitTypes.js';
export type { GammaGammaFit, SpendCustomer, SpendFitRow } from './gammaGamma.js';
export { fitGammaGamma } from './gammaGamma.js';
export { gammaGammaExpectedSpend, gammaGammaLogLikelihood } from './gammaGammaPredict.js';
export type { ClvDiscountedInput, ClvSimpleInput } from './heuristic.js';
export { clvDiscounted, clvHistoric, clvSimple } from './heuristic.js';
export type { MbgNbdFit } from './mbgNbd.js';
export { fitMbgNbd, mbgNbdLogLikelihood } from './mbgNbd.js';
export {
  mbgNbdConditionalExpectedPurchases,
  mbgNbdExpectedPurchases,
  mbgNbdProbabilityAlive,
  mbgNbdPurchaseProbability,
} from './mbgNbdPredict.js';
export type { ParetoNbdFit } from './paretoNbd.js';
export { fitParetoNbd, paretoNbdLogLikelihood } from './paretoNbd.js';
export {
  paretoNbdConditionalExpectedPurchases,
  paretoNbdDert,
  paretoNbdExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdPurchaseProbability,
} from './paretoNbdPredict.js';
export type { RankedClvPrediction } from './rankClv.js';
export { rankCustomersByClv } from './rankClv.js';
export type { SbgFit, SbgFitRow } from './sbg.js';
export {
  fitSbg,
  sbgChurnProbability,
  sbgDiscountedExpectedLifetime,
  sbgRetentionRate,
  sbgSurvival,
} from './sbg.js';
export { customerSummary } from './summary.js';
export type { CustomerSummarySqlOptions, SqlQuery } from './summarySql.js';
export { customerSummarySql } from './summarySql.js';
export type {
  ClvTransaction,
  CustomerSummaryOptions,
  CustomerSummaryRow,
  SummaryTimeUnit,
} from './summaryTypes.js';
export type {
  BgBbParams,
  BgNbdParams,
  BtydCustomer,
  GammaGammaParams,
  ParetoNbdParams,
  RfmFitRow,
  SbgParams,
} from './types.js';
export type { CustomerValueScores, CustomerValueWeights } from './valueIndex.js';
export { customerValueIndex } from './valueIndex.js';
