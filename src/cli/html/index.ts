// The HTML report of `moshtari report`: one self-contained document per language.

export { escapeHtml } from './escape.js';
export type { ReportFormatter, ReportLang } from './format.js';
export { createReportFormatter } from './format.js';
export type { RenderReportHtmlOptions } from './render.js';
export { renderReportHtml } from './render.js';
export { REPORT_SECTIONS } from './sectionHeader.js';
