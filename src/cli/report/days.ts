// Jalali labels of the report.
import type { JalaliDate } from '../../calendar/index.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `1404/06/31`. */
export function jalaliLabel(d: JalaliDate): string {
  return `${d.year}/${pad(d.month)}/${pad(d.day)}`;
}

/** `1404/06`. */
export function jalaliMonthLabel(d: { readonly year: number; readonly month: number }): string {
  return `${d.year}/${pad(d.month)}`;
}
