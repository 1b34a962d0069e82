/**
 * Tier ladders (e.g. Red → Silver → Gold) on Jalali qualification windows: entry and retention rules
 * over qualifying points, Rial spend, purchases and visits; rolling, calendar, anniversary or lifetime
 * windows; immediate or next-period upgrades; soft landing, grace periods, lifetime and assigned tiers;
 * benefits for `moshtari/loyalty`; progress, projections and history. No function reads the clock.
 * @module tiers
 */
export type { TiersErrorCode } from './errors.js';
export type { EvaluateTierOptions, TierEvaluator } from './evaluate.js';
export { createTierEvaluator, evaluateTier } from './evaluate.js';
export type {
  TierChangeReason,
  TierCurrent,
  TierEvaluation,
  TierExplanationLine,
  TierMetricProgress,
  TierRef,
  TierRequirement,
} from './evaluation.js';
export type { TierHistoryOptions, TierSpan } from './history.js';
export { createTierHistory, tierHistory, tierOnDate } from './history.js';
export type { TierLadderIssue, TierLadderIssueCode } from './issues.js';
export type { TierDowngrade, TierLadder, TierValidity, TierWindow } from './ladder.js';
export type {
  TierAssignment,
  TierEvent,
  TierMember,
  TierPointsEvent,
  TierPurchaseEvent,
  TierRedemptionEvent,
  TierReturnEvent,
  TierVisitEvent,
} from './member.js';
export { tierLadderSchema } from './schema.js';
export type { TierBenefits, TierDefinition, TierMetric, TierRule, TierThresholds } from './types.js';
export { validateTierLadder } from './validate.js';
