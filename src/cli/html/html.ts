import { escapeHtml } from './escape.js';
import type { ReportFormatter } from './format.js';

/**
 * A formatted number (already in the report's digits) in a `<span class="num">`, the element the
 * tests scan for stray Latin or Persian digits.
 *
 * @param text - display text from the report formatter
 * @param title - optional tooltip (for example the exact amount behind a compact one)
 * @returns HTML
 * @example
 * ```ts
 * num('۱۲٬۳۴۵'); // '<span class="num">۱۲٬۳۴۵</span>'
 * ```
 * @category CLI
 */
export function num(text: string, title?: string): string {
  const t = title === undefined ? '' : ` title="${escapeHtml(title)}"`;
  return `<span class="num"${t}>${escapeHtml(text)}</span>`;
}

/**
 * Verbatim data from the input (names, ids, file names, messages) in a bidi-isolated, escaped
 * `<bdi class="raw">`: shown exactly as in the file, in either language.
 *
 * @param text - data text
 * @param nowrap - keep it on one line (ids, names)
 * @returns HTML
 * @example
 * ```ts
 * raw('<b>'); // '<bdi class="raw">&lt;b&gt;</bdi>'
 * ```
 * @category CLI
 */
export function raw(text: string, nowrap = false): string {
  return `<bdi class="raw${nowrap ? ' nowrap' : ''}">${escapeHtml(text)}</bdi>`;
}

/**
 * An amount from the report formatter (`'27,306,518 Toman'`, `'5.8 trillion Toman'`) with its
 * figure in a {@link num} span and the unit words after the first space in a smaller
 * `<span class="unit">`, so long amounts fit a card.
 *
 * @param text - formatted amount: figure, a space, unit words
 * @param title - optional tooltip (the exact amount behind a compact one)
 * @returns HTML
 * @example
 * ```ts
 * amount('12 Toman'); // '<span class="num">12</span> <span class="unit">Toman</span>'
 * ```
 * @category CLI
 */
export function amount(text: string, title?: string): string {
  const space = text.indexOf(' ');
  if (space < 0) return num(text, title);
  return `${num(text.slice(0, space), title)} <span class="unit">${escapeHtml(text.slice(space + 1))}</span>`;
}

/**
 * A Rial amount as whole toman in a {@link num} span; when it is not a whole toman (rounded
 * half-even for display), the exact Rial figure is its `title`.
 *
 * @param f - the report formatter
 * @param rialAmount - integer Rial string
 * @returns HTML
 * @example
 * ```ts
 * moneyNum(createReportFormatter('en'), '125'); // '<span class="num" title="125 Rial">12 Toman</span>'
 * ```
 * @category CLI
 */
export function moneyNum(f: ReportFormatter, rialAmount: string): string {
  return num(f.money(rialAmount), f.exactRial(rialAmount));
}

/**
 * A Rial amount for a figure card: compact (or whole toman below a million toman) via {@link amount},
 * with the exact amount as its `title` (toman, or Rial when it is not a whole toman).
 *
 * @param f - the report formatter
 * @param rialAmount - integer Rial string
 * @returns HTML
 * @example
 * ```ts
 * moneyAmount(createReportFormatter('en'), '5750070020000');
 * // '<span class="num" title="575,007,002,000 Toman">575</span> <span class="unit">billion Toman</span>'
 * ```
 * @category CLI
 */
export function moneyAmount(f: ReportFormatter, rialAmount: string): string {
  return amount(f.moneyCompact(rialAmount), f.exactRial(rialAmount) ?? f.money(rialAmount));
}

/**
 * One table column: header HTML and whether it holds numbers (aligned to the end).
 * @example
 * ```ts
 * const col: HtmlColumn = { head: 'Count', numeric: true };
 * ```
 * @category CLI
 */
export type HtmlColumn = { readonly head: string; readonly numeric?: boolean };

/**
 * A `<table>` from columns and rows of cell HTML (cells must already be escaped).
 *
 * @param columns - the columns (header HTML)
 * @param rows - rows of cell HTML
 * @param caption - optional caption text (escaped here)
 * @param className - optional class of the table (`compact`: as narrow as its content)
 * @returns HTML
 * @example
 * ```ts
 * htmlTable([{ head: 'City' }, { head: 'Count', numeric: true }], [['Tehran', '12']]);
 * ```
 * @category CLI
 */
export function htmlTable(
  columns: readonly HtmlColumn[],
  rows: readonly (readonly string[])[],
  caption?: string,
  className?: string,
): string {
  const cls = (i: number) => (columns[i]?.numeric === true ? ' class="n"' : '');
  const head = columns.map((c, i) => `<th scope="col"${cls(i)}>${c.head}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell, i) => `<td${cls(i)}>${cell}</td>`).join('')}</tr>`).join('');
  const cap = caption === undefined ? '' : `<caption>${escapeHtml(caption)}</caption>`;
  return `<div class="table-wrap"><table${className === undefined ? '' : ` class="${escapeHtml(className)}"`}>${cap}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/**
 * A key-figure card: label, big value and an optional note.
 *
 * @param label - label text (escaped here)
 * @param value - value HTML (usually {@link num})
 * @param note - optional note HTML
 * @returns HTML
 * @example
 * ```ts
 * figureCard('Customers', num('20,000'));
 * ```
 * @category CLI
 */
export function figureCard(label: string, value: string, note?: string): string {
  const n = note === undefined ? '' : `<div class="note">${note}</div>`;
  return `<div class="figure"><div class="label">${escapeHtml(label)}</div><div class="value">${value}</div>${n}</div>`;
}

/**
 * A report section card with an `id`, a heading and a body.
 *
 * @param id - the section id (`overview`, `rfm`, …)
 * @param title - heading text (escaped here)
 * @param body - body HTML
 * @returns HTML
 * @example
 * ```ts
 * reportSection('nps', 'NPS', '<p>…</p>');
 * ```
 * @category CLI
 */
export function reportSection(id: string, title: string, body: string): string {
  const h = `${escapeHtml(id)}-title`;
  return `<section id="${escapeHtml(id)}" aria-labelledby="${h}"><h2 id="${h}">${escapeHtml(title)}</h2>${body}</section>`;
}

/**
 * A sub-heading inside a section.
 *
 * @param text - heading text (escaped here)
 * @returns HTML
 * @example
 * ```ts
 * subheading('Top cities'); // '<h3>Top cities</h3>'
 * ```
 * @category CLI
 */
export function subheading(text: string): string {
  return `<h3>${escapeHtml(text)}</h3>`;
}
