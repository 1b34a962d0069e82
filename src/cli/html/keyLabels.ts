import type { ReportLang } from './format.js';

/**
 * The families of machine keys the report labels.
 * @example
 * ```ts
 * const group: ReportKeyGroup = 'rfm';
 * ```
 * @category CLI
 */
export type ReportKeyGroup = 'lifecycle' | 'rfm' | 'pyramid' | 'tier' | 'priority' | 'source';

type Pair = readonly [en: string, fa: string];

// Keys are matched after lowercasing and dropping everything but a–z and 0–9, so `loyalCustomers`,
// `Loyal Customers` and `loyal_customers` share one entry. Persian RFM and pyramid labels are those
// of moshtari/segment (RFM_DEFAULT_MAP, METAL_PYRAMID_LEVELS, ZEITHAML_PYRAMID_LEVELS).
const KEYS: Readonly<Record<ReportKeyGroup, Readonly<Record<string, Pair>>>> = {
  lifecycle: {
    lead: ['Lead', 'سرنخ'],
    prospect: ['Prospect', 'مشتری احتمالی'],
    newcustomer: ['New customer', 'مشتری تازه'],
    repeat: ['Repeat customer', 'مشتری تکرارخرید'],
    loyal: ['Loyal', 'وفادار'],
    atrisk: ['At risk', 'در معرض ریزش'],
    churned: ['Churned', 'ریزش‌کرده'],
    wonback: ['Won back', 'بازگشته'],
  },
  rfm: {
    champions: ['Champions', 'قهرمانان'],
    loyalcustomers: ['Loyal customers', 'مشتریان وفادار'],
    potentialloyalists: ['Potential loyalists', 'وفاداران بالقوه'],
    potentialloyalist: ['Potential loyalists', 'وفاداران بالقوه'],
    newcustomers: ['New customers', 'مشتریان تازه'],
    promising: ['Promising', 'امیدبخش'],
    needattention: ['Need attention', 'نیازمند توجه'],
    abouttosleep: ['About to sleep', 'در آستانه خواب'],
    atrisk: ['At risk', 'در معرض ریزش'],
    cantlose: ["Can't lose them", 'نباید از دست برود'],
    cantlosethem: ["Can't lose them", 'نباید از دست برود'],
    hibernating: ['Hibernating', 'خفته'],
    lost: ['Lost', 'از دست رفته'],
    others: ['Others', 'سایر'],
  },
  pyramid: {
    platinum: ['Platinum', 'پلاتینی'],
    gold: ['Gold', 'طلایی'],
    silver: ['Silver', 'نقره‌ای'],
    bronze: ['Bronze', 'برنزی'],
    tin: ['Tin', 'قلعی'],
    iron: ['Iron', 'آهنی'],
    lead: ['Lead', 'سربی'],
  },
  tier: {
    red: ['Red', 'قرمز'],
    bronze: ['Bronze', 'برنزی'],
    silver: ['Silver', 'نقره‌ای'],
    gold: ['Gold', 'طلایی'],
    platinum: ['Platinum', 'پلاتینی'],
  },
  priority: {
    urgent: ['Urgent', 'فوری'],
    high: ['High', 'بالا'],
    normal: ['Normal', 'عادی'],
    low: ['Low', 'پایین'],
  },
  source: {
    sample: ['Built-in sample store (synthetic data)', 'فروشگاه نمونه (داده‌ی ساختگی)'],
    csv: ['CSV files', 'فایل‌های CSV'],
  },
};

/**
 * Normalises a machine key for lookup: lower case, only `a–z` and `0–9`.
 *
 * @param key - a key such as `'Loyal Customers'` or `"Can't Lose"`
 * @returns the lookup form (`'loyalcustomers'`, `'cantlose'`)
 * @example
 * ```ts
 * normalizeReportKey('loyalCustomers'); // 'loyalcustomers'
 * ```
 * @category CLI
 */
export function normalizeReportKey(key: string): string {
  return String(key)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The display label of a machine key (RFM segment, lifecycle stage, pyramid level, tier, ticket
 * priority), or `undefined` for a key the report does not know (callers then show the key itself,
 * escaped).
 *
 * @param lang - `'fa'` or `'en'`
 * @param group - the key family
 * @param key - the key
 * @returns the label, or `undefined`
 * @example
 * ```ts
 * keyLabel('fa', 'rfm', 'champions'); // 'قهرمانان'
 * keyLabel('en', 'lifecycle', 'wonBack'); // 'Won back'
 * keyLabel('en', 'rfm', 'mystery'); // undefined
 * ```
 * @category CLI
 */
export function keyLabel(lang: ReportLang, group: ReportKeyGroup, key: string): string | undefined {
  const pair = KEYS[group][normalizeReportKey(key)];
  return pair === undefined ? undefined : pair[lang === 'fa' ? 1 : 0];
}
