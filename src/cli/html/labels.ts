import type { ReportLang } from './format.js';
import { EN, type ReportLabelKey } from './labelsEn.js';
import { FA } from './labelsFa.js';

export type { ReportLabelKey } from './labelsEn.js';

/**
 * The label of a key in a report language; `{n}`-style placeholders are filled from `values`
 * (already formatted by the caller). The result is plain text, still to be HTML-escaped.
 *
 * @param lang - `'fa'` or `'en'`
 * @param key - the label key
 * @param values - placeholder values
 * @returns the label text
 * @example
 * ```ts
 * reportLabel('fa', 'customers'); // 'مشتریان'
 * reportLabel('en', 'problems', { n: '2', m: '3' }); // 'Problems (first 2 of 3 rejected rows)'
 * ```
 * @category CLI
 */
export function reportLabel(lang: ReportLang, key: ReportLabelKey, values?: Readonly<Record<string, string>>): string {
  const text: string = (lang === 'fa' ? FA : EN)[key];
  if (values === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
