/**
 * The customer club's points: earn rules with an explainable breakdown, an append-only lot ledger
 * (idempotent, optimistic revision, earliest-expiry-first consumption, line-level returns, negative
 * balance policies), Jalali/Tehran expiry, points ↔ reward conversion, liability, IFRS 15 allocation
 * and breakage. Points are whole numbers; money is exact Rial (bigint inside); nothing reads the clock.
 * @module loyalty
 */
export { applyLedgerEvent, createLedger } from './applyLedgerEvent.js';
export type { BreakageEstimate, EstimateBreakageOptions, RedemptionCohort } from './breakage.js';
export { estimateBreakage } from './breakage.js';
export type { BonusAward, BonusContext, BonusError } from './calculateBonus.js';
export { calculateBonus } from './calculateBonus.js';
export { calculateEarn } from './calculateEarn.js';
export type { ConversionOptions, RewardPriceError } from './conversion.js';
export { pointsToReward, rewardPrice, rewardToPoints } from './conversion.js';
export type { EarnedReward, EarnLineResult, EarnMultiplier, EarnResult, EarnStep, ExactPoints } from './earnResult.js';
export type { EarnContext, Purchase, PurchaseLine } from './earnTypes.js';
export type { LoyaltyErrorCode } from './errors.js';
export { activateDue, expireDue } from './expireDue.js';
export type { LotExpiresAtOptions } from './expiry.js';
export { lotExpiresAt } from './expiry.js';
export type { PointsRevenueAllocation, PointsRevenuePeriod, PointsSale, RedemptionPeriod } from './ifrs15.js';
export { allocatePointsRevenue, pointsRevenueSchedule } from './ifrs15.js';
export type { ExpiringBatch, ExpiringPoints, LedgerBalance, PointsExpiringWithinOptions } from './ledgerBalance.js';
export { ledgerBalance, pointsExpiringWithin } from './ledgerBalance.js';
export type {
  LedgerActivateEvent,
  LedgerCancelRedemptionEvent,
  LedgerEvent,
  LedgerExpireEvent,
  LedgerRedeemEvent,
  LedgerReverseEvent,
} from './ledgerEvent.js';
export type {
  LedgerAdjustEvent,
  LedgerEarnEvent,
  LedgerEventBase,
  LedgerSource,
  LotLineInput,
  LotOrigin,
} from './ledgerEvents.js';
export type { LedgerEffect, LedgerError, LedgerErrorOf, LedgerUpdate } from './ledgerResults.js';
export type { LedgerState, LedgerTotals, LotAllocation, LotLine, PointsLot, Redemption } from './ledgerTypes.js';
export { pointsLiability } from './liability.js';
export type { LiabilityBucket, PointsLiability, PointsLiabilityOptions } from './liabilityTypes.js';
export type { MaxRedeemable } from './maxRedeemable.js';
export { maxRedeemable } from './maxRedeemable.js';
export type { ExpiryRule, LedgerPolicy, NegativeBalancePolicy, RedemptionRules, RewardItem } from './policyTypes.js';
export type { PreparedLoyaltyProgram } from './prepare.js';
export { prepareLoyaltyProgram } from './prepare.js';
export type { EarnCaps, EarnExclusions, EarnRate, EarnRules, LoyaltyProgram } from './programTypes.js';
export type { LedgerReplay, RejectedLedgerEvent, ReplayLedgerOptions } from './replayLedger.js';
export { replayLedger } from './replayLedger.js';
export type { BonusRule, ProgressReward, Promotion } from './ruleTypes.js';
export { ledgerEventSchema, loyaltyProgramSchema } from './schema.js';
