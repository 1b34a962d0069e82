// Field builders shared by the customer schemas: Persian/English messages that name the field, and
// normalisation on parse (digits, ی/ک, spaces). Nothing here runs until a schema factory is called.
import * as z from 'zod';
import { MoshtariError } from '../core/index.js';
import { toLatinDigits, toPersianDigits } from '../text/index.js';
import type { CustomerErrorCode } from './errors.js';
import { FIELD_LABELS_FA, type FieldKey } from './fieldLabels.js';
import { normalizeEmail, normalizeLandline, normalizeText } from './normalizeFields.js';
import type { CustomerId, Email, PhoneNumber } from './typesContact.js';
import type { CustomerValue } from './typesProfile.js';
import { CUSTOMER_VALUE_LABELS } from './values.js';

/** Message language of the customer schemas. */
export type Locale = 'fa' | 'en';

type Issue = z.core.$ZodRawIssue;
type Param = { readonly error: (issue: Issue) => string };

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : value === null ? 'null' : typeof value;
}

/** The allowed discriminator values of a failed discriminated union (empty for other unions). */
function optionsOf(issue: object): readonly unknown[] {
  const options = (issue as { readonly options?: unknown }).options;
  return Array.isArray(options) ? options : [];
}

/** The discriminator's value in a failed discriminated union, or the input itself. */
function discriminant(issue: { readonly discriminator?: string | undefined }, input: unknown): unknown {
  const key = issue.discriminator;
  return key !== undefined && typeof input === 'object' && input !== null
    ? (input as Record<string, unknown>)[key]
    : input;
}

function english(field: string, issue: Issue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${field}: required`;
      if (issue.expected === 'int') return `${field}: must be a whole number, got ${String(input)}`;
      return `${field}: expected ${issue.expected}, got ${show(input)}`;
    case 'invalid_value':
      if (input === undefined) return `${field}: required`;
      return `${field}: unknown value ${show(input)}; expected one of ${issue.values.join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return `${field}: must not be empty`;
      return `${field}: must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${field}: at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `${field}: at most ${issue.maximum} items`;
      return `${field}: must be at most ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'regex') return `${field}: ${show(input)} is not in the expected format`;
      return `${field}: ${show(input)} is not a valid ${issue.format}`;
    case 'invalid_union':
      if (input === undefined) return `${field}: required`;
      if (optionsOf(issue).length > 0) {
        return `${field}: unknown value ${show(discriminant(issue, input))}; expected one of ${optionsOf(issue).join(', ')}`;
      }
      return `${field}: not a valid value (${show(input)})`;
    default:
      return `${field}: invalid value`;
  }
}

function persian(field: string, issue: Issue): string {
  const input = issue.input;
  const fa = (n: number | bigint) => toPersianDigits(String(n));
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `«${field}» را وارد کنید`;
      if (issue.expected === 'int') return `«${field}» باید عدد صحیح باشد`;
      return `«${field}» نوع نادرستی دارد`;
    case 'invalid_value':
      if (input === undefined) return `«${field}» را وارد کنید`;
      return `«${field}»: مقدار ${show(input)} مجاز نیست؛ مقدارهای مجاز: ${issue.values.join('، ')}`;
    case 'too_small':
      if (issue.origin === 'string') return `«${field}» نباید خالی باشد`;
      return `«${field}» باید دست‌کم ${fa(issue.minimum)} باشد`;
    case 'too_big':
      if (issue.origin === 'string') return `«${field}» حداکثر ${fa(issue.maximum)} نویسه است`;
      if (issue.origin === 'array') return `«${field}» حداکثر ${fa(issue.maximum)} مورد دارد`;
      return `«${field}» باید حداکثر ${fa(issue.maximum)} باشد`;
    case 'invalid_union':
      if (input === undefined) return `«${field}» را وارد کنید`;
      if (optionsOf(issue).length > 0) {
        return `«${field}»: مقدار ${show(discriminant(issue, input))} مجاز نیست؛ مقدارهای مجاز: ${optionsOf(issue).join('، ')}`;
      }
      return `«${field}» معتبر نیست`;
    default:
      return `«${field}» معتبر نیست`;
  }
}

/** The locale of schema options, checked. */
export function localeOf(options: { readonly locale?: Locale }): Locale {
  const locale = options.locale ?? 'fa';
  if (locale !== 'fa' && locale !== 'en') {
    throw new MoshtariError<CustomerErrorCode>('INVALID_ARGUMENT', `locale: expected 'fa' or 'en'`, {
      path: 'options.locale',
    });
  }
  return locale;
}

/** The `{ error }` parameter giving a field's messages in `locale`. */
export function param(locale: Locale, field: FieldKey): Param {
  return {
    error: (issue) => (locale === 'fa' ? persian(FIELD_LABELS_FA[field], issue) : english(field, issue)),
  };
}

/** A message naming `field`, in `locale`, for a custom issue. */
export function fieldMessage(locale: Locale, field: FieldKey, en: string, fa: string): string {
  return locale === 'fa' ? `«${FIELD_LABELS_FA[field]}»: ${fa}` : `${field}: ${en}`;
}

/** Normalised display text (Persian letters, spaces), 1…`max` characters. */
export function textField(locale: Locale, field: FieldKey, max = 200): z.ZodString {
  const p = param(locale, field);
  return z.string(p).overwrite(normalizeText).min(1, p).max(max, p);
}

/** One code of an enumerated field (see `CUSTOMER_VALUE_LABELS`). */
export function choiceField<F extends keyof typeof CUSTOMER_VALUE_LABELS>(
  locale: Locale,
  field: F & FieldKey,
): z.ZodType<CustomerValue<F>, CustomerValue<F>> {
  const values = Object.keys(CUSTOMER_VALUE_LABELS[field]) as [
    CustomerValue<F> & string,
    ...(CustomerValue<F> & string)[],
  ];
  return z.enum(values, param(locale, field)) as unknown as z.ZodType<CustomerValue<F>, CustomerValue<F>>;
}

/** An integer in `min`…`max`. */
export function intField(locale: Locale, field: FieldKey, min: number, max: number): z.ZodNumber {
  const p = param(locale, field);
  return z.number(p).int(p).min(min, p).max(max, p);
}

/** An instant as integer epoch milliseconds. */
export function instantField(locale: Locale, field: FieldKey): z.ZodNumber {
  return intField(locale, field, -8_640_000_000_000_000, 8_640_000_000_000_000);
}

/** A customer id: a non-empty string (trimmed). */
export function customerIdField(locale: Locale, field: FieldKey = 'id'): z.ZodType<CustomerId, string> {
  const p = param(locale, field);
  return z
    .string(p)
    .overwrite((s) => s.trim())
    .min(1, p)
    .max(200, p) as unknown as z.ZodType<CustomerId, string>;
}

/** An email, normalised (latin digits, no spaces, lower case) then checked. */
export function emailField(locale: Locale): z.ZodType<Email, string> {
  const p = param(locale, 'email');
  return z.string(p).overwrite(normalizeEmail).pipe(z.email(p)) as unknown as z.ZodType<Email, string>;
}

const PHONE = /^(?:\+98[1-9]\d{9}|\+(?!98)[1-9]\d{7,14})$/;

/** A landline or foreign phone number, normalised to E.164. */
export function phoneField(locale: Locale): z.ZodType<PhoneNumber, string> {
  const p = param(locale, 'phone');
  const message = fieldMessage(
    locale,
    'phone',
    'not a phone number (write it as 021-8877 6655, 0098… or +98…)',
    'شماره تلفن معتبر نیست (مانند ۰۲۱-۸۸۷۷۶۶۵۵)',
  );
  return z.string(p).overwrite(normalizeLandline).regex(PHONE, message) as unknown as z.ZodType<PhoneNumber, string>;
}

/** A string of 1…`max` digits after Persian digits and separators are folded (economic code, registration no.). */
export function digitsField(locale: Locale, field: FieldKey, min: number, max: number): z.ZodString {
  const p = param(locale, field);
  return z
    .string(p)
    .overwrite((s) => toLatinDigits(s).replace(/[\s\-\u200c\u200f\u200e]/g, ''))
    .regex(
      new RegExp(`^\\d{${min},${max}}$`),
      fieldMessage(
        locale,
        field,
        `expected ${min}–${max} digits`,
        `باید ${toPersianDigits(min)} تا ${toPersianDigits(max)} رقم باشد`,
      ),
    );
}

/** An iran schema (which transforms) piped into a plain string, so its output also has a JSON Schema. */
export function wireIdentifier<T extends string>(schema: z.ZodType<T, string>): z.ZodType<T, string> {
  return schema.pipe(z.string() as unknown as z.ZodType<T, T>);
}
