import { formatJalali } from '../../calendar/index.js';
import { formatMoney, rial } from '../../money/index.js';
import { toPersianDigits } from '../../text/index.js';

/**
 * The two report languages: `'fa'` (right-to-left, Persian digits) and `'en'` (left-to-right).
 * @example
 * ```ts
 * const lang: ReportLang = 'fa';
 * ```
 * @category CLI
 */
export type ReportLang = 'fa' | 'en';

/**
 * Number, money and date formatting of one report language. Every function returns display text
 * (not yet HTML-escaped; none of it contains markup characters).
 * @example
 * ```ts
 * const f: ReportFormatter = createReportFormatter('en');
 * f.percent(0.1234); // '12.3%'
 * ```
 * @category CLI
 */
export type ReportFormatter = {
  readonly lang: ReportLang;
  /** Writes the digits of a text in the language's digits (Persian for `fa`). */
  readonly digits: (text: string) => string;
  /** An integer with thousands separators (`12٬345` / `12,345`). */
  readonly integer: (n: number) => string;
  /** A number with a fixed count of decimals and thousands separators. */
  readonly decimal: (n: number, fractionDigits: number) => string;
  /** A model parameter: 4 significant digits below 1000, one decimal above. */
  readonly param: (n: number) => string;
  /** A share 0–1 as a percent with one decimal (`12.3%` / `۱۲٫۳٪`); tiny non-zero shares as `<0.1%`. */
  readonly percent: (share: number) => string;
  /**
   * An integer Rial string as whole toman with separators and the unit word: exact for a multiple
   * of 10 Rial, otherwise rounded half-even (the exact figure is {@link ReportFormatter.exactRial}).
   */
  readonly money: (rialAmount: string) => string;
  /**
   * The exact amount in Rial (`۱۲۵ ریال` / `125 Rial`) when {@link ReportFormatter.money} rounds it
   * (not a whole toman), else `undefined`: the `title` of a rounded amount.
   */
  readonly exactRial: (rialAmount: string) => string | undefined;
  /** A number in thousands/millions/billions with one decimal (`12.3 billion`), for chart axes. */
  readonly compact: (n: number) => string;
  /** An integer Rial string as rounded toman in thousands/millions/billions (exact below a million). */
  readonly moneyCompact: (rialAmount: string) => string;
  /** A Jalali date `1404/06/31` as `31 Shahrivar 1404` / `۳۱ شهریور ۱۴۰۴`. */
  readonly date: (jalali: string) => string;
  /** A Jalali month `1403/01` as `Farvardin 1403` / `فروردین ۱۴۰۳`. */
  readonly month: (yearMonth: string) => string;
  /** Only the month name of `1403/01` (`Farvardin` / `فروردین`). */
  readonly monthName: (yearMonth: string) => string;
};

const SEPARATORS = {
  fa: { group: '\u066c', point: '\u066b', minus: '\u2212' },
  en: { group: ',', point: '.', minus: '-' },
};
const COMPACT = {
  fa: ['هزار', 'میلیون', 'میلیارد', 'هزار میلیارد'],
  en: ['thousand', 'million', 'billion', 'trillion'],
} as const;
const UNIT = { fa: 'تومان', en: 'Toman' } as const;

function group(whole: string, separator: string): string {
  let out = '';
  for (let i = whole.length; i > 0; i -= 3) {
    out = whole.slice(Math.max(0, i - 3), i) + (out === '' ? '' : separator + out);
  }
  return out;
}

function parseParts(text: string, pattern: RegExp): number[] | undefined {
  const m = pattern.exec(text);
  return m === null ? undefined : m.slice(1).map(Number);
}

/**
 * Builds the formatter of a report language. Money goes through moshtari/money's `formatMoney`
 * (whole toman, rounded half-even when the Rial amount is not a multiple of 10), Jalali names through moshtari/calendar's `formatJalali`.
 *
 * @param lang - `'fa'` or `'en'`
 * @returns the formatter
 * @example
 * ```ts
 * createReportFormatter('fa').money('123456780'); // '۱۲٬۳۴۵٬۶۷۸ تومان'
 * createReportFormatter('en').money('125'); // '12 Toman' (exactRial: '125 Rial')
 * createReportFormatter('en').month('1403/01'); // 'Farvardin 1403'
 * ```
 * @category CLI
 */
export function createReportFormatter(lang: ReportLang): ReportFormatter {
  const sep = SEPARATORS[lang];
  const digits = lang === 'fa' ? (text: string) => toPersianDigits(text) : (text: string) => text;
  const decimal = (n: number, fractionDigits: number): string => {
    if (!Number.isFinite(n)) return '—';
    const fixed = Math.abs(n).toFixed(fractionDigits);
    const [whole = '0', fraction] = fixed.split('.');
    const zero = /^[0.]*$/.test(fixed);
    const body = group(whole, sep.group) + (fraction === undefined ? '' : sep.point + fraction);
    return digits((n < 0 && !zero ? sep.minus : '') + body);
  };
  const param = (n: number): string => {
    const abs = Math.abs(n);
    if (abs >= 1000 || abs === 0 || !Number.isFinite(n)) return decimal(n, abs >= 1000 ? 1 : 0);
    return decimal(n, Math.min(6, Math.max(0, 3 - Math.floor(Math.log10(abs)))));
  };
  const money = (rialAmount: string): string =>
    formatMoney(rial(rialAmount), { locale: lang, unit: 'toman', rounding: 'halfEven' });
  const exactRial = (rialAmount: string): string | undefined => {
    const amount = rial(rialAmount);
    return BigInt(amount.amount) % 10n === 0n ? undefined : formatMoney(amount, { locale: lang, unit: 'rial' });
  };
  const moneyCompact = (rialAmount: string): string => {
    const r = BigInt(rialAmount);
    const tomanAbs = (r < 0n ? -r : r) / 10n;
    if (tomanAbs < 1_000_000n) return money(rialAmount);
    let scale = 0;
    while (scale < 3 && tomanAbs >= 10n ** BigInt(3 * (scale + 2))) scale++;
    const unit = 10n ** BigInt(3 * (scale + 1));
    const tenths = (tomanAbs * 10n * 2n + unit) / (unit * 2n);
    const whole = group((tenths / 10n).toString(), sep.group);
    const text = `${whole}${tenths % 10n === 0n ? '' : sep.point + (tenths % 10n).toString()}`;
    return `${digits((r < 0n ? sep.minus : '') + text)} ${COMPACT[lang][scale]} ${UNIT[lang]}`;
  };
  const compact = (n: number): string => {
    const abs = Math.abs(n);
    if (!Number.isFinite(n) || abs < 1000) return decimal(n, abs < 10 && abs % 1 !== 0 ? 1 : 0);
    const scale = Math.min(3, Math.floor(Math.log10(abs) / 3) - 1);
    const value = n / 10 ** (3 * (scale + 1));
    const text = decimal(value, Math.abs(value) < 100 && Math.round(value * 10) % 10 !== 0 ? 1 : 0);
    return `${text} ${COMPACT[lang][scale]}`;
  };
  const jalaliName = (text: string, pattern: RegExp, format: string): string => {
    const parts = parseParts(text, pattern);
    if (parts === undefined) return digits(text);
    const [year = 0, month = 1, day = 1] = parts;
    try {
      return formatJalali({ year, month, day }, format, { locale: lang });
    } catch {
      return digits(text);
    }
  };
  return {
    lang,
    digits,
    integer: (n) => decimal(Math.round(n), 0),
    decimal,
    param,
    percent: (share) => {
      if (!Number.isFinite(share)) return '—';
      const sign = lang === 'fa' ? '٪' : '%';
      if (share !== 0 && Math.abs(share) < 0.0005) return `<${decimal(share < 0 ? -0.1 : 0.1, 1)}${sign}`;
      return decimal(share * 100, 1) + sign;
    },
    compact,
    money,
    exactRial,
    moneyCompact,
    date: (jalali) => jalaliName(jalali, /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, 'd MMMM yyyy'),
    month: (ym) => jalaliName(ym, /^(\d{4})\/(\d{1,2})$/, 'MMMM yyyy'),
    monthName: (ym) => jalaliName(ym, /^(\d{4})\/(\d{1,2})$/, 'MMMM'),
  };
}
