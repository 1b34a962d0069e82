import { formatJalali, type JalaliDate } from '../calendar/index.js';
import type { RoundingMode } from '../core/index.js';
import { formatMoney, type Money, type MoneyUnit } from '../money/index.js';
import { toPersianDigits } from '../text/index.js';
import { describe, fail } from './check.js';

/**
 * A value for a `{name}` in an SMS template: text (inserted as it is), an integer (`number` or `bigint`, in
 * the locale's digits), a Rial amount (`Money<'IRR'>`, through `formatMoney`), or a date (`Date` read in
 * the time zone, or a Jalali date, through `formatJalali`).
 *
 * @example
 * ```ts
 * const variables: Readonly<Record<string, SmsVariable>> = {
 *   name: 'سارا', points: 1200, amount: toman(250_000), due: { year: 1404, month: 1, day: 15 },
 * };
 * ```
 * @category Support
 */
export type SmsVariable = string | number | bigint | Money<'IRR'> | JalaliDate | Date;

/**
 * How SMS variables are written; shared by {@link renderSmsTemplate} and {@link composeSms}.
 *
 * @example
 * ```ts
 * const format: SmsFormatOptions = { locale: 'fa', money: { unit: 'toman' }, datePattern: 'EEEE d MMMM' };
 * ```
 * @category Support
 */
export interface SmsFormatOptions {
  /** `'fa'` (default): Persian digits, `۱۲٬۵۰۰ تومان`, Persian month names; `'en'`: Latin digits and names (GSM-7 friendly). */
  readonly locale?: 'fa' | 'en';
  /** Zone in which `Date` values are read (default `'Asia/Tehran'`). */
  readonly timeZone?: string;
  /** `formatJalali` pattern of dates without their own `{name|pattern}` (default `'d MMMM yyyy'`). */
  readonly datePattern?: string;
  /** How amounts are written: `unit` (default `'toman'`, as customers read prices), `rounding`, `showUnit`, `grouping`. */
  readonly money?: {
    /** Display unit (default `'toman'`). */
    readonly unit?: MoneyUnit;
    /** Round to whole units (default: exact, so 125 Rial is `۱۲٫۵ تومان`). */
    readonly rounding?: RoundingMode;
    /** Append the unit word (default `true`). */
    readonly showUnit?: boolean;
    /** Group thousands (default `true`). */
    readonly grouping?: boolean;
  };
}

function isMoney(value: object): value is Money<'IRR'> {
  return 'amount' in value && 'currency' in value;
}

function isJalaliDate(value: object): value is JalaliDate {
  return 'year' in value && 'month' in value && 'day' in value;
}

/** Internal: one variable as text, per `options`; `pattern` from `{name|pattern}`. */
export function formatSmsVariable(
  name: string,
  value: SmsVariable,
  pattern: string | undefined,
  options: SmsFormatOptions,
): string {
  const locale = options.locale ?? 'fa';
  const isDate = value instanceof Date || (typeof value === 'object' && value !== null && isJalaliDate(value));
  if (pattern !== undefined && !isDate) {
    fail(
      'INVALID_TEMPLATE',
      `variables.${name}`,
      `{${name}|${pattern}}: a pattern applies only to dates, got ${describe(value)}`,
    );
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'number') {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      fail('INVALID_TEMPLATE', `variables.${name}`, `expected a safe integer (pass decimals as text), got ${value}`);
    }
    return locale === 'fa' ? toPersianDigits(value) : String(value);
  }
  if (isDate) {
    const timeZone = options.timeZone ?? 'Asia/Tehran';
    return formatJalali(value as Date | JalaliDate, pattern ?? options.datePattern ?? 'd MMMM yyyy', {
      locale,
      timeZone,
    });
  }
  if (typeof value === 'object' && value !== null && isMoney(value)) {
    const { unit = 'toman', ...rest } = options.money ?? {};
    return formatMoney(value, { ...rest, unit, locale });
  }
  return fail(
    'INVALID_TEMPLATE',
    `variables.${name}`,
    `expected text, an integer, Money<'IRR'>, a Date or a Jalali date, got ${describe(value)}`,
  );
}

/** Internal: a parsed template: literal text and `{name}` / `{name|pattern}` slots. */
export type SmsTemplatePart = string | { readonly name: string; readonly pattern: string | undefined };

const NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** Internal: parses `{name}`, `{name|pattern}`, `{{` and `}}` (literal braces); throws INVALID_TEMPLATE. */
export function parseSmsTemplate(template: string): readonly SmsTemplatePart[] {
  if (typeof template !== 'string')
    fail('INVALID_TEMPLATE', 'template', `expected a string, got ${describe(template)}`);
  const parts: SmsTemplatePart[] = [];
  let text = '';
  let i = 0;
  const literal = (s: string): string => s.replaceAll('}}', '}');
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      text += literal(template.slice(i));
      break;
    }
    text += literal(template.slice(i, open));
    if (template[open + 1] === '{') {
      text += '{';
      i = open + 2;
      continue;
    }
    const close = template.indexOf('}', open);
    if (close < 0)
      fail('INVALID_TEMPLATE', 'template', `unclosed '{' at position ${open} (write '{{' for a literal brace)`);
    const body = template.slice(open + 1, close);
    const bar = body.indexOf('|');
    const name = (bar < 0 ? body : body.slice(0, bar)).trim();
    if (!NAME.test(name)) fail('INVALID_TEMPLATE', 'template', `bad variable name {${body}} at position ${open}`);
    if (text !== '') parts.push(text);
    text = '';
    parts.push({ name, pattern: bar < 0 ? undefined : body.slice(bar + 1) });
    i = close + 1;
  }
  if (text !== '') parts.push(text);
  return parts;
}
