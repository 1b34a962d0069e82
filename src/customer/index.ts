/**
 * Customer records for an Iranian customer club: zod schemas for persons (حقیقی) and organizations
 * (حقوقی) with the identification profile, brand relationship, contact points and consent, typed
 * custom fields; lifecycle stages with history; an append-only timeline with follow-ups; fast search
 * by name (Persian spelling variants, typos) or any phone format; duplicate detection and merge.
 * Field tables, stage models and merge rules: crm.md §1–§3.
 *
 * Programmer errors throw `MoshtariError` with a code of {@link CustomerErrorCode}; expected failures
 * come back as a `Result`. Times are epoch milliseconds and dates Jalali; nothing reads the clock.
 * @module customer
 */
export type { AgeGroup, CustomerAgeGroupOptions } from './ageGroup.js';
export { customerAgeGroup } from './ageGroup.js';
export { hasMarketingConsent } from './consent.js';
export { customerId } from './customerId.js';
export type { LifecycleDerivation, LifecycleEvent, LifecyclePolicy } from './deriveLifecycle.js';
export { deriveLifecycleStage } from './deriveLifecycle.js';
export type { DuplicateBlock, DuplicateExactField } from './duplicateFields.js';
export type { CustomerErrorCode } from './errors.js';
export type { ExportCustomerOptions } from './exportCustomer.js';
export { exportCustomer, SENSITIVE_CUSTOMER_FIELDS } from './exportCustomer.js';
export { findDuplicates } from './findDuplicates.js';
export type { DuplicatePair, DuplicateReason, DuplicateReport, DuplicateRules } from './findDuplicatesTypes.js';
export type { DueFollowUp, DueFollowUpsOptions } from './followUps.js';
export { dueFollowUps } from './followUps.js';
export { customerNameSimilarity } from './jaroWinkler.js';
export { isBackwardLifecycleMove, LIFECYCLE_STAGES, lifecycleStageRank } from './lifecycleStages.js';
export type { CustomerMerge, MergeCustomersError, MergePolicy } from './mergeCustomers.js';
export { mergeCustomers } from './mergeCustomers.js';
export type { UnchosenValue } from './mergeValues.js';
export type { MoveLifecycleStageError, MoveLifecycleStageOptions } from './moveLifecycle.js';
export { moveLifecycleStage } from './moveLifecycle.js';
export { customerSchema } from './schema.js';
export type { CustomerRecordSchemaOptions } from './schemaBase.js';
export { contactPointsSchema } from './schemaContact.js';
export { activitySchema, customerLifecycleSchema } from './schemaLifecycle.js';
export type { CustomerSchemaOptions } from './schemaOptions.js';
export { organizationCustomerSchema } from './schemaOrganization.js';
export { personCustomerSchema } from './schemaPerson.js';
export { identificationProfileSchema } from './schemaProfile.js';
export { brandRelationshipSchema } from './schemaRelationship.js';
export type { CustomerSearchHit, SearchCustomersOptions } from './searchCustomers.js';
export { searchCustomers } from './searchCustomers.js';
export type { CustomerIndex } from './searchIndex.js';
export { addToCustomerIndex, createCustomerIndex, removeFromCustomerIndex } from './searchIndex.js';
export type { CustomerTimelineFilters } from './timeline.js';
export { appendActivity, customerTimeline } from './timeline.js';
export type {
  ContactPerson,
  Customer,
  CustomerBase,
  DefaultCustomFields,
  OrganizationCustomer,
  PersonCustomer,
  PersonName,
} from './types.js';
export type { Activity, ActivityBase, ActivityDirection, ActivityKind } from './typesActivity.js';
export type {
  Address,
  ContactChannel,
  ContactPoints,
  CustomerId,
  Email,
  IranProvince,
  MarketingConsent,
  PhoneNumber,
} from './typesContact.js';
export type { CustomerInput, CustomerWire, OrganizationCustomerInput, PersonCustomerInput } from './typesInput.js';
export type { CustomerLifecycle, CustomerLifecycleStage, LifecycleEntry } from './typesLifecycle.js';
export type {
  BrandRelationship,
  CustomerExperience,
  CustomerValue,
  Geography,
  IdentificationProfile,
  MoneyBand,
  Referral,
  SurveyAnswer,
} from './typesProfile.js';
export type { CustomerValueLabels } from './values.js';
export { CUSTOMER_VALUE_LABELS } from './values.js';
