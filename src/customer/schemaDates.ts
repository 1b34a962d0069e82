// The Jalali date field: accepts '1370/05/12', '۱۳۷۰/۵/۱۲', '12 مرداد 1370' or { year, month, day }.
import * as z from 'zod';
import {
  compareJalaliDates,
  isValidJalaliDate,
  type JalaliDate,
  jalaliAge,
  jalaliMonthLength,
  parseJalali,
} from '../calendar/index.js';
import { toPersianDigits } from '../text/index.js';
import type { FieldKey } from './fieldLabels.js';
import { fieldMessage, type Locale, param } from './schemaFields.js';

const show = (d: JalaliDate) => `${d.year}/${d.month}/${d.day}`;

/** Why `{ year, month, day }` of integers is not a Jalali date, in English and Persian. */
function objectProblem(d: JalaliDate): readonly [string, string] {
  const fa = (n: number) => toPersianDigits(n);
  if (d.year < 1178 || d.year > 3000) return ['year outside 1178–3000', 'سال باید بین ۱۱۷۸ و ۳۰۰۰ باشد'];
  if (d.month < 1 || d.month > 12) return ['month must be 1–12', 'ماه باید بین ۱ تا ۱۲ باشد'];
  const length = jalaliMonthLength(d.year, d.month);
  return [
    `month ${d.month} of ${d.year} has ${length} days`,
    `ماه ${fa(d.month)} سال ${fa(d.year)} ${fa(length)} روز دارد`,
  ];
}

/** Options of {@link jalaliField}. */
export type JalaliFieldOptions = {
  /** Refuse dates after this day. */
  readonly notAfter?: JalaliDate | undefined;
  /** Refuse dates more than this many years before `notAfter` (impossible ages). */
  readonly maxYears?: number | undefined;
};

/** A Jalali date from text or an object; invalid days ("1404/12/30") get a message naming the field. */
export function jalaliField(
  locale: Locale,
  field: FieldKey,
  options: JalaliFieldOptions = {},
): z.ZodType<JalaliDate, JalaliDate | string> {
  const p = param(locale, field);
  const int = () => z.number(p).int(p);
  const shape = () => z.object({ year: int(), month: int(), day: int() }, p);
  return z
    .union([z.string(p), shape()], p)
    .transform((value, ctx): JalaliDate => {
      const fail = (en: string, fa: string): never => {
        ctx.issues.push({ code: 'custom', message: fieldMessage(locale, field, en, fa), input: value });
        return z.NEVER;
      };
      let date: JalaliDate;
      if (typeof value === 'string') {
        const parsed = parseJalali(value);
        if (!parsed.ok)
          return fail(
            `"${value}" is not a Jalali date (${parsed.error.message})`,
            `«${toPersianDigits(value)}» تاریخ شمسی معتبری نیست`,
          );
        date = parsed.value;
      } else {
        date = { year: value.year, month: value.month, day: value.day };
        if (!isValidJalaliDate(date)) {
          const [en, fa] = objectProblem(date);
          return fail(
            `${show(date)} is not a valid Jalali date (${en})`,
            `تاریخ ${toPersianDigits(show(date))} معتبر نیست (${fa})`,
          );
        }
      }
      const { notAfter, maxYears } = options;
      if (notAfter !== undefined) {
        if (compareJalaliDates(date, notAfter) > 0) {
          return fail(`${show(date)} is after ${show(notAfter)}`, `تاریخ ${toPersianDigits(show(date))} در آینده است`);
        }
        if (maxYears !== undefined && jalaliAge(date, notAfter) > maxYears) {
          return fail(
            `${show(date)} is more than ${maxYears} years before ${show(notAfter)}`,
            `تاریخ ${toPersianDigits(show(date))} بیش از ${toPersianDigits(maxYears)} سال پیش است`,
          );
        }
      }
      return date;
    })
    .pipe(z.object({ year: z.int(), month: z.int(), day: z.int() }));
}
