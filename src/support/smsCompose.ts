import { type MobileNumber, normalizeMobile } from '../iran/index.js';
import { type Money, moneyToBigInt, rial } from '../money/index.js';
import type { SmsSegments } from '../text/index.js';
import { arrayOf, describe, fail, objectOf, textOf } from './check.js';
import type { SmsSkipReason } from './errors.js';
import { parseSmsTemplate, type SmsTemplatePart, type SmsVariable } from './smsFormat.js';
import { checkPricing, previewSms, type RenderSmsTemplateOptions } from './smsTemplate.js';

/**
 * A customer to message: the number as stored, the SMS consent and this customer's template variables.
 *
 * @example
 * ```ts
 * const r: SmsRecipient = { customerId: 'C-7', mobile: '۰۹۱۲ ۳۴۵ ۶۷۸۹', smsOptIn: true, variables: { name: 'سارا' } };
 * ```
 * @category Support
 */
export type SmsRecipient = {
  /** The customer's id (reported with every message and skip). */
  readonly customerId: string;
  /** Mobile number as typed (Persian digits, `+98`, spaces allowed); normalized with `normalizeMobile`. */
  readonly mobile: string;
  /** `true` only when the customer opted in to SMS; absent or `false` means no message (explicit opt-in). */
  readonly smsOptIn?: boolean;
  /** Variables for this customer; they override `options.variables`. */
  readonly variables?: Readonly<Record<string, SmsVariable>>;
};

/**
 * Options of {@link composeSms}: those of {@link renderSmsTemplate} plus variables shared by all recipients.
 *
 * @example
 * ```ts
 * const options: ComposeSmsOptions = { variables: { club: 'باشگاه مشتری' }, maxParts: 2 };
 * ```
 * @category Support
 */
export interface ComposeSmsOptions extends RenderSmsTemplateOptions {
  /** Variables common to every message. */
  readonly variables?: Readonly<Record<string, SmsVariable>>;
}

/**
 * One message ready for the SMS gateway.
 *
 * @example
 * ```ts
 * // { customerId: 'C-7', to: '+989123456789', text: 'سارا عزیز…', segments: { parts: 1, … }, cost: { amount: '1150', currency: 'IRR' } }
 * ```
 * @category Support
 */
export type SmsMessage = {
  /** The customer. */
  readonly customerId: string;
  /** The normalized number, `+989XXXXXXXXX`. */
  readonly to: MobileNumber;
  /** The filled text. */
  readonly text: string;
  /** Encoding, units and parts. */
  readonly segments: SmsSegments;
  /** The message's cost, when `pricing` was given. */
  readonly cost: Money<'IRR'> | undefined;
};

/**
 * A recipient {@link composeSms} sent nothing to, and why.
 *
 * @example
 * ```ts
 * const skip: SmsSkip = { customerId: 'C-8', reason: { code: 'NO_CONSENT', message: 'customer C-8 has not opted in to SMS' } };
 * ```
 * @category Support
 */
export type SmsSkip = {
  /** The customer. */
  readonly customerId: string;
  /** Why no message: consent, number, variable or length. */
  readonly reason: SmsSkipReason;
};

/**
 * What {@link composeSms} returns: messages to send, recipients skipped with the reason, and totals.
 *
 * @example
 * ```ts
 * const { messages, skipped, parts, cost } = composeSms(recipients, template, options);
 * ```
 * @category Support
 */
export type SmsBatch = {
  /** Messages to send, in recipient order. */
  readonly messages: readonly SmsMessage[];
  /** Recipients who get nothing, in recipient order, with why. */
  readonly skipped: readonly SmsSkip[];
  /** Total SMS parts of `messages`. */
  readonly parts: number;
  /** Total cost of `messages`, when `pricing` was given. */
  readonly cost: Money<'IRR'> | undefined;
};

type Variables = Readonly<Record<string, SmsVariable>>;

/** One recipient: a message, or why none (consent first, then number, variables, length). */
function composeOne(
  recipient: SmsRecipient,
  customerId: string,
  path: string,
  parts: readonly SmsTemplatePart[],
  shared: Variables,
  options: ComposeSmsOptions,
): SmsMessage | SmsSkipReason {
  if (recipient.smsOptIn !== true) {
    const why = recipient.smsOptIn === false ? 'opted out of SMS' : 'has not opted in to SMS';
    return { code: 'NO_CONSENT', message: `customer ${customerId} ${why}` };
  }
  if (typeof recipient.mobile !== 'string') {
    fail('INVALID_ARGUMENT', `${path}.mobile`, `expected a string, got ${describe(recipient.mobile)}`);
  }
  const mobile = normalizeMobile(recipient.mobile);
  if (!mobile.ok) {
    const message = `customer ${customerId}: ${mobile.error.message}`;
    return { code: 'INVALID_MOBILE', mobileError: mobile.error.code, message };
  }
  const own: Variables =
    recipient.variables === undefined ? {} : objectOf(recipient.variables, 'INVALID_TEMPLATE', `${path}.variables`);
  const lookup = (name: string): SmsVariable | undefined =>
    Object.hasOwn(own, name) ? own[name] : Object.hasOwn(shared, name) ? shared[name] : undefined;
  const preview = previewSms(parts, lookup, options);
  if (!preview.ok) {
    const message = `customer ${customerId}: template variable {${preview.error}} has no value`;
    return { code: 'MISSING_VARIABLE', name: preview.error, message };
  }
  const { text, segments, cost } = preview.value;
  if (segments.exceedsMaxParts === true) {
    const message = `customer ${customerId}: the text needs ${segments.parts} parts, more than maxParts ${String(options.maxParts)}`;
    return { code: 'TOO_LONG', parts: segments.parts, message };
  }
  return { customerId, to: mobile.value, text, segments, cost };
}

/**
 * Fills one SMS template for many customers, respecting consent: a customer without SMS opt-in, with a number
 * that is not an Iranian mobile, without a needed variable, or whose text needs more than `maxParts` parts gets
 * no message and is listed in `skipped` with the reason. Consent is checked first, so nothing else is
 * processed for a customer who did not opt in. Totals give the parts and cost of the batch.
 *
 * @param recipients - customers with number, consent and variables
 * @param template - the text with `{name}` slots (see {@link renderSmsTemplate})
 * @param options - shared variables, format, pricing, part cap, normalization
 * @returns messages, skipped recipients with reasons, total parts and cost
 * @throws {MoshtariError} INVALID_TEMPLATE for a malformed template, value or pricing; INVALID_ARGUMENT when
 *   `recipients` is not an array or a recipient has no `customerId` or a non-string `mobile`
 * @example
 * ```ts
 * const batch = composeSms(
 *   [
 *     { customerId: 'C-7', mobile: '09123456789', smsOptIn: true, variables: { name: 'سارا' } },
 *     { customerId: 'C-8', mobile: '09121111111', variables: { name: 'علی' } },
 *   ],
 *   '{name} عزیز، تیکت شما پاسخ داده شد.',
 *   { pricing: { 'UCS-2': rial(1_150), 'GSM-7': rial(2_300) } },
 * );
 * batch.messages.length; // 1
 * batch.skipped[0]?.reason.code; // 'NO_CONSENT'
 * ```
 * @category Support
 */
export function composeSms(
  recipients: readonly SmsRecipient[],
  template: string,
  options: ComposeSmsOptions = {},
): SmsBatch {
  const parts = parseSmsTemplate(template);
  objectOf(options, 'INVALID_TEMPLATE', 'options');
  checkPricing(options.pricing);
  const shared =
    options.variables === undefined ? {} : objectOf(options.variables, 'INVALID_TEMPLATE', 'options.variables');
  const messages: SmsMessage[] = [];
  const skipped: SmsSkip[] = [];
  let total = 0;
  let cost = 0n;
  const list = arrayOf(recipients, 'INVALID_ARGUMENT', 'recipients');
  for (let i = 0; i < list.length; i++) {
    const path = `recipients[${i}]`;
    const recipient = objectOf(list[i], 'INVALID_ARGUMENT', path);
    const customerId = textOf(recipient.customerId, 'INVALID_ARGUMENT', `${path}.customerId`);
    const outcome = composeOne(recipient, customerId, path, parts, shared, options);
    if ('code' in outcome) {
      skipped.push({ customerId, reason: outcome });
      continue;
    }
    messages.push(outcome);
    total += outcome.segments.parts;
    if (outcome.cost !== undefined) cost += moneyToBigInt(outcome.cost);
  }
  return { messages, skipped, parts: total, cost: options.pricing === undefined ? undefined : rial(cost) };
}
