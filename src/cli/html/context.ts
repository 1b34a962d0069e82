import { createReportFormatter, type ReportFormatter, type ReportLang } from './format.js';
import { keyLabel, type ReportKeyGroup } from './keyLabels.js';
import { type ReportLabelKey, reportLabel } from './labels.js';

/**
 * What every section renderer needs: the language, its formatter and label lookups.
 * @example
 * ```ts
 * const ctx: RenderContext = createRenderContext('en');
 * ctx.t('customers'); // 'Customers'
 * ```
 * @category CLI
 */
export type RenderContext = {
  readonly lang: ReportLang;
  readonly rtl: boolean;
  readonly f: ReportFormatter;
  /** A UI label, placeholders filled. */
  readonly t: (key: ReportLabelKey, values?: Readonly<Record<string, string>>) => string;
  /** The label of a machine key, or the key itself when unknown. */
  readonly k: (group: ReportKeyGroup, key: string) => string;
};

/**
 * Builds the {@link RenderContext} of a language.
 *
 * @param lang - `'fa'` or `'en'`
 * @returns the context
 * @example
 * ```ts
 * createRenderContext('fa').k('tier', 'gold'); // 'طلایی'
 * ```
 * @category CLI
 */
export function createRenderContext(lang: ReportLang): RenderContext {
  return {
    lang,
    rtl: lang === 'fa',
    f: createReportFormatter(lang),
    t: (key, values) => reportLabel(lang, key, values),
    k: (group, key) => keyLabel(lang, group, key) ?? key,
  };
}
