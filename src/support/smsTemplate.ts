import { err, ok, type Result } from '../core/index.js';
import { type Money, moneyToBigInt, rial } from '../money/index.js';
import { normalizePersian, type SmsEncoding, type SmsSegments, smsSegments } from '../text/index.js';
import { describe, fail, objectOf } from './check.js';
import type { SmsTemplateError } from './errors.js';
import {
  formatSmsVariable,
  parseSmsTemplate,
  type SmsFormatOptions,
  type SmsTemplatePart,
  type SmsVariable,
} from './smsFormat.js';

/**
 * Price of one SMS part per encoding, in Rial. Iranian operators price a Persian (UCS-2) part at about half a
 * Latin (GSM-7) part (crm.md §9); take the numbers from your SMS panel.
 *
 * @example
 * ```ts
 * const pricing: SmsPricing = { 'UCS-2': rial(1_150), 'GSM-7': rial(2_300) };
 * ```
 * @category Support
 */
export type SmsPricing = { readonly [E in SmsEncoding]: Money<'IRR'> };

/**
 * Options of {@link renderSmsTemplate}: how variables are written, plus pricing, part cap and normalization.
 *
 * @example
 * ```ts
 * const options: RenderSmsTemplateOptions = { pricing: { 'UCS-2': rial(1_150), 'GSM-7': rial(2_300) }, maxParts: 3 };
 * ```
 * @category Support
 */
export interface RenderSmsTemplateOptions extends SmsFormatOptions {
  /** Price per part; without it `cost` is `undefined`. */
  readonly pricing?: SmsPricing;
  /** The gateway's cap on parts; sets `segments.exceedsMaxParts` ({@link composeSms} skips longer texts). */
  readonly maxParts?: number;
  /** Clean the filled text with `normalizePersian` (ی/ک, spaces, LF line breaks; default `true`). */
  readonly normalize?: boolean;
}

/**
 * A filled SMS with its length and cost preview.
 *
 * @example
 * ```ts
 * // renderSmsTemplate('کد پیگیری {code}', { code: 'A-81' }).value
 * // { text: 'کد پیگیری A-81', segments: { encoding: 'UCS-2', units: 14, parts: 1, … }, cost: undefined }
 * ```
 * @category Support
 */
export type SmsPreview = {
  /** The text to send. */
  readonly text: string;
  /** Encoding, units and parts from `smsSegments`. */
  readonly segments: SmsSegments;
  /** `parts × pricing[encoding]`, when `pricing` was given. */
  readonly cost: Money<'IRR'> | undefined;
};

/** Internal: checks the pricing option (non-negative IRR amounts). */
export function checkPricing(pricing: SmsPricing | undefined): void {
  if (pricing === undefined) return;
  objectOf(pricing, 'INVALID_TEMPLATE', 'options.pricing');
  for (const encoding of ['UCS-2', 'GSM-7'] as const) {
    const price = pricing[encoding];
    const path = `options.pricing.${encoding}`;
    if (price?.currency !== 'IRR') fail('INVALID_TEMPLATE', path, `expected Money<'IRR'>, got ${describe(price)}`);
    if (moneyToBigInt(price) < 0n) fail('INVALID_TEMPLATE', path, 'a price cannot be negative');
  }
}

/** Internal: fills parsed `parts` and previews the text; a missing variable comes back as its name. */
export function previewSms(
  parts: readonly SmsTemplatePart[],
  lookup: (name: string) => SmsVariable | undefined,
  options: RenderSmsTemplateOptions,
): Result<SmsPreview, string> {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const value = lookup(part.name);
    if (value === undefined || value === null) return err(part.name);
    text += formatSmsVariable(part.name, value, part.pattern, options);
  }
  if (options.normalize !== false) text = normalizePersian(text);
  const segments = smsSegments(text, options.maxParts === undefined ? undefined : { maxParts: options.maxParts });
  const price = options.pricing?.[segments.encoding];
  const cost = price === undefined ? undefined : rial(moneyToBigInt(price) * BigInt(segments.parts));
  return ok({ text, segments, cost });
}

/**
 * Fills an SMS template and previews its length and cost. `{name}` is replaced by a variable written for
 * Persian readers by default (integers in Persian digits, amounts through `formatMoney` in Toman, dates
 * through `formatJalali`, e.g. `۵ فروردین ۱۴۰۴`); `{name|pattern}` gives a date its own `formatJalali`
 * pattern; `{{` and `}}` are literal braces. Length and parts come from `smsSegments` (one Persian character makes the
 * whole message UCS-2: 70 characters per single part, 67 per part when concatenated).
 *
 * @param template - the text with `{name}` slots
 * @param variables - values by name (extra names are ignored)
 * @param options - locale, time zone, date pattern, money format, pricing, part cap, normalization
 * @returns the filled text, its segments and cost, or MISSING_VARIABLE naming the first slot without a value
 * @throws {MoshtariError} INVALID_TEMPLATE for an unclosed `{`, a bad variable name, a value of an unsupported
 *   type, a pattern on a non-date, a bad pricing; the money, text and calendar modules' codes for bad values
 * @example
 * ```ts
 * const r = renderSmsTemplate('{name} عزیز، سفارش {order} به مبلغ {amount} در {date} ارسال شد.', {
 *   name: 'سارا', order: 1403, amount: toman(1_250_000), date: { year: 1404, month: 1, day: 15 },
 * }, { pricing: { 'UCS-2': rial(1_150), 'GSM-7': rial(2_300) } });
 * // r.value.text: 'سارا عزیز، سفارش ۱۴۰۳ به مبلغ ۱٬۲۵۰٬۰۰۰ تومان در ۱۵ فروردین ۱۴۰۴ ارسال شد.'
 * // r.value.segments: { encoding: 'UCS-2', units: 74, parts: 2, partUnits: [67, 7], … }
 * // r.value.cost: { amount: '2300', currency: 'IRR' } (2 Persian parts at 1,150 Rial)
 * ```
 * @category Support
 */
export function renderSmsTemplate(
  template: string,
  variables: Readonly<Record<string, SmsVariable>>,
  options: RenderSmsTemplateOptions = {},
): Result<SmsPreview, SmsTemplateError> {
  const parts = parseSmsTemplate(template);
  objectOf(variables, 'INVALID_TEMPLATE', 'variables');
  objectOf(options, 'INVALID_TEMPLATE', 'options');
  checkPricing(options.pricing);
  const result = previewSms(parts, (name) => (Object.hasOwn(variables, name) ? variables[name] : undefined), options);
  if (result.ok) return result;
  return err({
    code: 'MISSING_VARIABLE',
    name: result.error,
    message: `template variable {${result.error}} has no value`,
  });
}
