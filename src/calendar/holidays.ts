import { hijriMonthStartDays } from './hijri.js';
import { HIJRI_FIRST_EPOCH_DAY, HIJRI_FIRST_MONTH, HIJRI_FIRST_YEAR } from './hijriData.js';
import { checkHolidayOptions, type HolidayOptionsChecked, type IranHolidaysOptions } from './holidaysOptions.js';
import { type HolidayName, type IranHolidayId, LUNAR_HOLIDAYS, SOLAR_HOLIDAYS } from './holidaysRules.js';
import { checkedEpochDay, jalaliOfEpochDay } from './jalaliDays.js';
import { checkYear, nowruzEpochDay } from './jalaliRule.js';
import type { JalaliDate } from './types.js';

/**
 * One public holiday in a Jalali year (see {@link iranHolidays}).
 *
 * @example
 * ```ts
 * const fitr: IranHoliday = {
 *   id: 'eid-al-fitr', date: { year: 1404, month: 1, day: 11 }, epochDay: 20178,
 *   name: { fa: 'عید فطر', en: 'Eid al-Fitr' }, kind: 'lunar', source: 'official-hijri-table',
 *   estimated: false, hijri: { year: 1446, month: 10, day: 1 },
 * };
 * ```
 * @category Calendar
 */
export type IranHoliday = {
  /** The rule's id (an {@link IranHolidayId}), or the `id` of an added day (default `'added'`). */
  readonly id: IranHolidayId | (string & {});
  /** The Jalali date. */
  readonly date: JalaliDate;
  /** The same day as days since 1970-01-01, for sorting and set lookups. */
  readonly epochDay: number;
  /** Persian and English name. */
  readonly name: HolidayName;
  /** `'solar'`: a fixed Jalali date; `'lunar'`: a date of Iran's Hijri calendar; `'company'`: from `add`. */
  readonly kind: 'solar' | 'lunar' | 'company';
  /** `'fixed'` (solar), `'official-hijri-table'` (lunar, from the official table), `'estimated'` (lunar, beyond it) or `'added'`. */
  readonly source: 'fixed' | 'official-hijri-table' | 'estimated' | 'added';
  /** `true` when the date rests on an estimated Hijri month start (may be a day off). */
  readonly estimated: boolean;
  /** The Hijri date of a lunar holiday (Iran's calendar). */
  readonly hijri?: {
    /** Hijri (AH) year. */
    readonly year: number;
    /** 1 (Muharram) … 12 (Dhu al-Hijja). */
    readonly month: number;
    /** Day of the month, 1–30. */
    readonly day: number;
  };
};

const MEAN_MONTH = 29.530588861;
const FIRST_INDEX = 12 * (HIJRI_FIRST_YEAR - 1) + HIJRI_FIRST_MONTH - 1;
const KIND_ORDER = { solar: 0, lunar: 1, company: 2 } as const;

/** Internal: the holidays of a Jalali year with checked options, sorted. */
export function holidaysOfYear(year: number, options: HolidayOptionsChecked): IranHoliday[] {
  const first = nowruzEpochDay(year);
  const end = nowruzEpochDay(year + 1);
  const out: IranHoliday[] = [];
  const keep = (id: string, day: number): boolean => !options.removeIds.has(id) && !options.removeDays.has(day);
  for (const rule of SOLAR_HOLIDAYS) {
    const day = first + (rule.month <= 7 ? 31 * (rule.month - 1) : 30 * (rule.month - 1) + 6) + rule.day - 1;
    if (!keep(rule.id, day)) continue;
    const date = { year, month: rule.month, day: rule.day };
    const name = { fa: rule.fa, en: rule.en };
    out.push({ id: rule.id, date, epochDay: day, name, kind: 'solar', source: 'fixed', estimated: false });
  }
  // Hijri months overlapping the year (a mean-month guess is within one month of the truth).
  const from = FIRST_INDEX + Math.floor((first - HIJRI_FIRST_EPOCH_DAY) / MEAN_MONTH) - 1;
  const to = FIRST_INDEX + Math.floor((end - HIJRI_FIRST_EPOCH_DAY) / MEAN_MONTH) + 2;
  const starts = hijriMonthStartDays(from, to + 1);
  for (let index = from; index < to; index++) {
    const start = starts[index - from];
    const next = starts[index - from + 1];
    if (start === undefined || next === undefined) continue;
    const month = (index % 12) + 1;
    for (const rule of LUNAR_HOLIDAYS) {
      if (rule.month !== month) continue;
      const day = rule.day === 0 ? next.day - 1 : start.day + rule.day - 1;
      const estimated = start.estimated || (rule.day === 0 && next.estimated);
      if (day < first || day >= end || !keep(rule.id, day) || (estimated && !options.includeEstimated)) continue;
      out.push({
        id: rule.id,
        date: jalaliOfEpochDay(day),
        epochDay: day,
        name: { fa: rule.fa, en: rule.en },
        kind: 'lunar',
        source: estimated ? 'estimated' : 'official-hijri-table',
        estimated,
        hijri: { year: Math.floor(index / 12) + 1, month, day: day - start.day + 1 },
      });
    }
  }
  for (const added of options.add) {
    if (added.epochDay < first || added.epochDay >= end) continue;
    out.push({
      id: added.id,
      date: jalaliOfEpochDay(added.epochDay),
      epochDay: added.epochDay,
      name: added.name,
      kind: 'company',
      source: 'added',
      estimated: false,
    });
  }
  // Stable sort: by day, then solar, lunar, added (rule order within each).
  return out.sort((a, b) => a.epochDay - b.epochDay || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * Iran's official public holidays in a Jalali year: the 10 fixed solar days (1–4, 12, 13 Farvardin; 14, 15
 * Khordad; 22 Bahman; 29 Esfand) and the 17 lunar rules placed on Iran's own Hijri calendar (the official
 * table up to Shawwal 1447 AH = Farvardin 1405; astronomical estimates after it, flagged `estimated`). A lunar
 * holiday can occur twice in one Jalali year, and holidays on the same day are separate entries (1404 has 28
 * entries on 26 days). Weekly rest days (Friday) are not included: see {@link isWorkingDay}.
 * The rules are today's; for years before 1358 AP (1979) the list describes no real calendar.
 *
 * @param year - the Jalali year, 1178–3000
 * @param options - `add` company days off, `remove` official days (by id or date), `includeEstimated`
 * @returns a new array of entries sorted by date (solar before lunar before added on the same day)
 * @throws {MoshtariError} OUT_OF_RANGE / INVALID_DATE for a bad year; INVALID_ARGUMENT / INVALID_DATE for bad options
 * @example
 * ```ts
 * const list = iranHolidays(1404);
 * list.length; // 28
 * list.filter((h) => h.id === 'imam-ali-martyrdom').map((h) => h.date);
 * // [{ year: 1404, month: 1, day: 2 }, { year: 1404, month: 12, day: 20 }]
 * iranHolidays(1404, { remove: ['tasua'], add: [{ date: { year: 1404, month: 1, day: 5 }, name: 'Company day' }] });
 * ```
 * @category Calendar
 */
export function iranHolidays(year: number, options?: IranHolidaysOptions): readonly IranHoliday[] {
  checkYear(year, 'year');
  return holidaysOfYear(year, checkHolidayOptions(options, 'options'));
}

/**
 * Tells whether a Jalali date is one of Iran's public holidays (see {@link iranHolidays}; Fridays are not
 * holidays here).
 *
 * @param date - a valid Jalali date
 * @param options - the same `add`, `remove` and `includeEstimated` as {@link iranHolidays}
 * @returns `true` if at least one holiday falls on `date`
 * @throws {MoshtariError} INVALID_DATE / OUT_OF_RANGE for a bad date; INVALID_ARGUMENT for bad options
 * @example
 * ```ts
 * isIranHoliday({ year: 1404, month: 11, day: 22 }); // true (Revolution Day)
 * isIranHoliday({ year: 1404, month: 4, day: 14 }, { remove: ['tasua'] }); // false
 * ```
 * @category Calendar
 */
export function isIranHoliday(date: JalaliDate, options?: IranHolidaysOptions): boolean {
  const day = checkedEpochDay(date, 'date');
  return holidaysOfYear(date.year, checkHolidayOptions(options, 'options')).some((h) => h.epochDay === day);
}
