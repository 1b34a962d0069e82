/**
 * Support desk logic: ticket and complaint records (zod), SLA evaluation on business hours with pauses and
 * escalation, complaints handled in ISO 10002's stages, ISO 10001-style promises measured for compliance,
 * and SMS templates with Persian digits, amounts and Jalali dates, length and cost preview and consent.
 * Business time always comes from the calendar module (`addBusinessTime`, `businessTimeBetween`); the
 * default desk is Saturday–Wednesday 08:00–17:00 Tehran with Iran's holidays ({@link createSupportCalendar}).
 * Nothing reads the clock: every function that needs the time takes `now`.
 * @module support
 */
export type {
  Complaint,
  ComplaintSeverity,
  ComplaintStage,
  ComplaintStageChange,
  ReceiveComplaintInput,
} from './complaint.js';
export {
  COMPLAINT_SEVERITIES,
  COMPLAINT_STAGES,
  COMPLAINT_TRANSITIONS,
  receiveComplaint,
} from './complaint.js';
export { complaintPromiseEvents } from './complaintEvents.js';
export type { ComplaintMove } from './complaintMove.js';
export { moveComplaint } from './complaintMove.js';
export type { ComplaintMoveError, SmsSkipReason, SmsTemplateError, SupportErrorCode } from './errors.js';
export { promiseCompliance } from './promises.js';
export type {
  BrokenPromise,
  PromiseClock,
  PromiseComplianceOptions,
  PromiseComplianceReport,
  PromiseComplianceResult,
  PromiseDuration,
  PromiseEvent,
  ServicePromise,
} from './promiseTypes.js';
export type { SupportChannel, Ticket, TicketPriority, TicketStatus, TicketStatusChange } from './records.js';
export { SUPPORT_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES } from './records.js';
export type { SupportSchemaOptions } from './schema.js';
export { complaintSchema, ticketSchema } from './schema.js';
export { evaluateSla } from './sla.js';
export type { SlaEscalationLevel, SlaEscalationStep } from './slaEscalation.js';
export type { SlaPolicy, SlaPolicyConfig, SlaTargetDurations, SlaTargetName } from './slaPolicy.js';
export { createSlaPolicy, DEFAULT_SLA_POLICY_CONFIG } from './slaPolicy.js';
export type { SlaEvaluation, SlaTargetEvaluation } from './slaTypes.js';
export type { ComposeSmsOptions, SmsBatch, SmsMessage, SmsRecipient, SmsSkip } from './smsCompose.js';
export { composeSms } from './smsCompose.js';
export type { SmsFormatOptions, SmsVariable } from './smsFormat.js';
export type { RenderSmsTemplateOptions, SmsPreview, SmsPricing } from './smsTemplate.js';
export { renderSmsTemplate } from './smsTemplate.js';
export { createSupportCalendar, SUPPORT_BUSINESS_HOURS, SUPPORT_CALENDAR_CONFIG } from './supportCalendar.js';
