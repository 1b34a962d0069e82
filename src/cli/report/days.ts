// Jalali labels of the report (Latin digits: the HTML localises them).
import { formatJalali, type JalaliDate } from '../../calendar/index.js';

/** `1404/06/31`. */
export function jalaliLabel(d: JalaliDate): string {
  return formatJalali(d, 'yyyy/MM/dd', { locale: 'en' });
}

/** `1404/06`. */
export function jalaliMonthLabel(d: JalaliDate): string {
  return formatJalali(d, 'yyyy/MM', { locale: 'en' });
}
