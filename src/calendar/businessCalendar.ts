import { type Brand, MoshtariError } from '../core/index.js';
import { type BusinessEngine, createEngine, memoizeOffsets } from './businessEngine.js';
import { type BusinessHours, type BusinessWeekHours, checkBusinessHours } from './businessHours.js';
import type { IranHolidaysOptions } from './holidaysOptions.js';
import { jalaliOfEpochDay } from './jalaliDays.js';
import { offsetResolver } from './timeZone.js';
import type { JalaliDate } from './types.js';
import { holidayEpochDays, iranHolidaySetting, type JalaliDayOff } from './weekend.js';

/**
 * What {@link createBusinessCalendar} takes: a time zone, weekly opening hours and days off.
 *
 * @example
 * ```ts
 * const config: BusinessCalendarConfig = {
 *   hours: { sat: [['08:00', '17:00']], sun: [['08:00', '17:00']], mon: [['08:00', '17:00']],
 *            tue: [['08:00', '17:00']], wed: [['08:00', '17:00']], thu: [['08:00', '13:00']] },
 * };
 * ```
 * @category Calendar
 */
export interface BusinessCalendarConfig {
  /** Zone of the opening hours and of the holidays' civil days (default `'Asia/Tehran'`); IANA, `'UTC'` or `±HH:MM`. */
  readonly timeZone?: string;
  /** Opening hours per weekday (a missing day is closed); see {@link BusinessHours}. */
  readonly hours: BusinessHours;
  /** Extra whole days off (company holidays): Jalali dates or entries with a `date`. */
  readonly holidays?: readonly JalaliDayOff[];
  /**
   * Close on Iran's official holidays ({@link iranHolidays}): `true` (default), `false`, or holiday options
   * (`add`, `remove`, `includeEstimated`). Estimated lunar holidays count unless `includeEstimated: false`.
   */
  readonly includeIranHolidays?: boolean | IranHolidaysOptions;
}

/**
 * A validated, immutable business calendar from {@link createBusinessCalendar}: the normalized
 * configuration, plus precomputed state the business-time functions use (holiday flags are computed per
 * Jalali year on first use and kept; results never change).
 *
 * @example
 * ```ts
 * const office: BusinessCalendar = createBusinessCalendar({ hours: { sat: [['08:00', '17:00']] } });
 * office.weeklyMinutes; // 540
 * ```
 * @category Calendar
 */
export type BusinessCalendar = Brand<
  {
    /** The time zone of the hours. */
    readonly timeZone: string;
    /** Opening hours for all seven days (closed days empty), touching intervals merged. */
    readonly hours: BusinessWeekHours;
    /** The extra days off, as Jalali dates. */
    readonly holidays: readonly JalaliDate[];
    /** Whether (and how) Iran's official holidays close the calendar. */
    readonly includeIranHolidays: boolean | IranHolidaysOptions;
    /** Open minutes in a week without holidays or clock changes. */
    readonly weeklyMinutes: number;
  },
  'BusinessCalendar'
>;

const KEYS = ['timeZone', 'hours', 'holidays', 'includeIranHolidays'];
/** Zones with a built-in offset table or a fixed offset (no Intl, nothing to memoize). */
const BUILT_IN_ZONE = /^(?:Asia\/Tehran|Iran|UTC|Etc\/UTC|Z|GMT|[+-]\d{2}:?\d{2})$/;

/**
 * Validates a business-hours configuration and returns a ready-to-use, frozen calendar for
 * {@link isWorkingTime}, {@link nextWorkingTime}, {@link addBusinessTime} and {@link businessTimeBetween}.
 * Create it once and reuse it: it caches each Jalali year's holidays.
 *
 * @param config - `hours` per weekday (`'HH:MM'` intervals, sorted, not overlapping, `'24:00'` allowed as an
 *   end), `timeZone` (default `'Asia/Tehran'`), `holidays`, `includeIranHolidays` (default `true`)
 * @returns the calendar
 * @throws {MoshtariError} INVALID_TIME for a malformed `'HH:MM'`; INVALID_ARGUMENT for an unknown field or
 *   weekday, an interval whose end is not after its start, unsorted or overlapping intervals, or no opening
 *   hours at all; INVALID_TIME_ZONE; INVALID_DATE / OUT_OF_RANGE for a bad holiday
 * @example
 * ```ts
 * const office = createBusinessCalendar({
 *   hours: { sat: [['08:00', '17:00']], sun: [['08:00', '17:00']], mon: [['08:00', '17:00']],
 *            tue: [['08:00', '17:00']], wed: [['08:00', '17:00']], thu: [['08:00', '13:00']] },
 *   holidays: [{ year: 1404, month: 1, day: 5 }],
 * });
 * createBusinessCalendar({ hours: { sat: [['17:00', '08:00']] } }); // throws INVALID_ARGUMENT
 * ```
 * @category Calendar
 */
export function createBusinessCalendar(config: BusinessCalendarConfig): BusinessCalendar {
  if (config === null || typeof config !== 'object') {
    throw new MoshtariError(
      'INVALID_ARGUMENT',
      `config: expected { hours, timeZone?, holidays? }, got ${String(config)}`,
      { path: 'config' },
    );
  }
  for (const key of Object.keys(config)) {
    if (!KEYS.includes(key)) {
      throw new MoshtariError('INVALID_ARGUMENT', `config.${key}: unknown field (expected ${KEYS.join(', ')})`, {
        path: `config.${key}`,
      });
    }
  }
  const hours = checkBusinessHours(config.hours, 'config.hours');
  const timeZone = config.timeZone ?? 'Asia/Tehran';
  const resolved = offsetResolver(timeZone, 'config.timeZone');
  const offsetAt = BUILT_IN_ZONE.test(timeZone) ? resolved : memoizeOffsets(resolved);
  const holidays = holidayEpochDays(config.holidays, 'config.holidays');
  const iran = iranHolidaySetting(config.includeIranHolidays, 'config.includeIranHolidays');
  const calendar = {
    timeZone,
    hours: hours.week,
    holidays: Object.freeze(holidays.map((day) => Object.freeze(jalaliOfEpochDay(day)))),
    includeIranHolidays: config.includeIranHolidays ?? true,
    weeklyMinutes: hours.weeklyMinutes,
  };
  Object.defineProperty(calendar, 'engine', { value: createEngine(offsetAt, hours.spans, holidays, iran) });
  return Object.freeze(calendar) as BusinessCalendar;
}

/** Internal: the engine of a calendar made by {@link createBusinessCalendar}. */
export function engineOf(calendar: BusinessCalendar, path: string): BusinessEngine {
  const engine = (calendar as unknown as { readonly engine?: BusinessEngine } | null)?.engine;
  if (engine === undefined) {
    throw new MoshtariError('INVALID_ARGUMENT', `${path}: expected a calendar made by createBusinessCalendar`, {
      path,
    });
  }
  return engine;
}
