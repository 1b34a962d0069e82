import { MoshtariError, type RoundingMode } from '../core/index.js';
import { persianDigits } from '../internal/digits.js';
import { divRound } from '../internal/rounding.js';
import { checkRounding } from './applyRate.js';
import { amountOf, type Money } from './money.js';
import { type MoneyUnit, RIAL_PER } from './units.js';

/**
 * Options of {@link formatMoney}.
 * @category Money
 */
export interface FormatMoneyOptions {
  /** `'fa'`: Persian digits, `٬` separator, `٫` decimal point, `ریال`/`تومان`; `'en'`: ASCII, `,`, `.`, `Rial`/`Toman`. Default `'fa'`. */
  readonly locale?: 'fa' | 'en';
  /** Unit to display (default `'rial'`, the unit of account). */
  readonly unit?: MoneyUnit;
  /** Append the unit word (default `true`). */
  readonly showUnit?: boolean;
  /** Group thousands (default `true`). */
  readonly grouping?: boolean;
  /**
   * Round to whole units of `unit` with this mode. Without it the value is exact: Toman amounts
   * that are not a multiple of 10 Rial show one decimal (`۱۲٫۵ تومان`).
   */
  readonly rounding?: RoundingMode;
}

const WORDS = { fa: { rial: 'ریال', toman: 'تومان' }, en: { rial: 'Rial', toman: 'Toman' } } as const;

function group(digits: string, separator: string): string {
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) {
    out = digits.slice(Math.max(0, i - 3), i) + (out === '' ? '' : separator + out);
  }
  return out;
}

/**
 * Formats a Rial amount for display, exactly by default. {@link parseMoney} reads every output back
 * to the same amount.
 *
 * @param value - a `Money<'IRR'>`
 * @param options - locale, unit, unit word, grouping, rounding to whole units
 * @returns the display string; negatives start with `−` (U+2212) in `fa` and `-` in `en`
 * @throws {MoshtariError} INVALID_AMOUNT; INVALID_ARGUMENT for a non-IRR amount or unknown option
 * @example
 * ```ts
 * formatMoney(toman(12_500_000), { unit: 'toman' });           // '۱۲٬۵۰۰٬۰۰۰ تومان'
 * formatMoney(rial(125), { unit: 'toman', locale: 'en' });     // '12.5 Toman'
 * formatMoney(rial(125), { unit: 'toman', rounding: 'down' }); // '۱۲ تومان'
 * ```
 * @category Money
 */
export function formatMoney(value: Money<'IRR'>, options: FormatMoneyOptions = {}): string {
  const locale = options.locale ?? 'fa';
  const unit = options.unit ?? 'rial';
  if (value?.currency !== 'IRR') {
    throw new MoshtariError(
      'INVALID_ARGUMENT',
      `value.currency: formatMoney formats IRR, got ${String(value?.currency)}`,
      {
        path: 'value.currency',
      },
    );
  }
  if (locale !== 'fa' && locale !== 'en') {
    throw new MoshtariError('INVALID_ARGUMENT', `options.locale: expected 'fa' or 'en', got ${String(locale)}`, {
      path: 'options.locale',
    });
  }
  if (unit !== 'rial' && unit !== 'toman') {
    throw new MoshtariError('INVALID_ARGUMENT', `options.unit: expected 'rial' or 'toman', got ${String(unit)}`, {
      path: 'options.unit',
    });
  }
  let amount = amountOf(value, 'value');
  const per = RIAL_PER[unit];
  let fraction = '';
  if (options.rounding !== undefined) {
    checkRounding(options.rounding, 'options.rounding');
    amount = divRound(amount, per, options.rounding) * per;
  }
  const negative = amount < 0n;
  const magnitude = negative ? -amount : amount;
  const whole = (magnitude / per).toString();
  const rest = magnitude % per;
  if (rest !== 0n) fraction = rest.toString().padStart(per.toString().length - 1, '0');
  const fa = locale === 'fa';
  let text = options.grouping === false ? whole : group(whole, fa ? '\u066c' : ',');
  if (fraction !== '') text += (fa ? '\u066b' : '.') + fraction;
  if (fa) text = persianDigits(text);
  if (negative) text = (fa ? '\u2212' : '-') + text;
  return options.showUnit === false ? text : `${text} ${WORDS[locale][unit]}`;
}
