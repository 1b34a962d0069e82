import * as z from 'zod';
import type { Money } from './money.js';
import { type ParseMoneyError, type ParseMoneyOptions, parseMoney } from './parseMoney.js';

/**
 * A zod schema for {@link Money} as JSON (`{ amount: '1250', currency: 'IRR' }`), for APIs and
 * storage. The amount must be a canonical integer string.
 *
 * @param currency - the only currency accepted (default `'IRR'`)
 * @returns a zod object schema
 * @example
 * ```ts
 * moneySchema().parse({ amount: '1250', currency: 'IRR' }); // ok
 * moneySchema().safeParse({ amount: 12.5, currency: 'IRR' }).success; // false
 * ```
 * @category Money
 */
export function moneySchema<TCurrency extends string = 'IRR'>(
  currency?: TCurrency,
): z.ZodObject<{
  /** Canonical integer string in the currency's smallest unit. */
  amount: z.ZodString;
  /** The one accepted currency code. */
  currency: z.ZodLiteral<TCurrency>;
}> {
  return z.object({
    amount: z
      .string()
      .regex(/^-?(?:0|[1-9]\d*)$/, 'amount must be an integer string such as "1250"')
      .refine((s) => s !== '-0', 'amount must not be -0'),
    currency: z.literal((currency ?? 'IRR') as TCurrency),
  });
}

/**
 * Options of {@link moneyInputSchema}: those of {@link parseMoney} plus the message language.
 * @category Money
 */
export interface MoneyInputSchemaOptions extends ParseMoneyOptions {
  /** Language of error messages (default `'fa'`). */
  readonly locale?: 'fa' | 'en';
}

const FA_MESSAGES: Readonly<Record<ParseMoneyError['code'], string>> = {
  EMPTY: 'مبلغ را وارد کنید',
  NOT_A_NUMBER: 'مبلغ عدد معتبری نیست',
  FRACTIONAL_RIAL: 'مبلغ باید عدد صحیحی از ریال باشد',
  NEGATIVE: 'مبلغ نمی‌تواند منفی باشد',
  TOO_LARGE: 'مبلغ بیش از حد مجاز است',
};

/**
 * A zod schema for a money form field: takes what a person typed (see {@link parseMoney}) and
 * outputs `Money<'IRR'>`, with error messages in Persian or English.
 *
 * @param options - default unit, negatives, maximum, message language
 * @returns a zod schema from string to `Money<'IRR'>`
 * @example
 * ```ts
 * const price = moneyInputSchema({ unit: 'toman' });
 * price.parse('۱۲٬۵۰۰'); // { amount: '125000', currency: 'IRR' }
 * price.safeParse('abc').error?.issues[0]?.message; // 'مبلغ عدد معتبری نیست'
 * ```
 * @category Money
 */
export function moneyInputSchema(options: MoneyInputSchemaOptions = {}): z.ZodType<Money<'IRR'>, string> {
  return z.string().transform((input, ctx): Money<'IRR'> => {
    const result = parseMoney(input, options);
    if (result.ok) return result.value;
    const message = options.locale === 'en' ? result.error.message : FA_MESSAGES[result.error.code];
    ctx.issues.push({ code: 'custom', message, input, params: { moneyError: result.error.code } });
    return z.NEVER;
  });
}
