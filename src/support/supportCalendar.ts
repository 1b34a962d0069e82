import {
  type BusinessCalendar,
  type BusinessCalendarConfig,
  type BusinessHours,
  createBusinessCalendar,
} from '../calendar/index.js';
import { objectOf } from './check.js';

/**
 * The support desk's default opening hours (issue #9): Saturday–Wednesday 08:00–17:00; Thursday and Friday
 * closed.
 *
 * @example
 * ```ts
 * SUPPORT_BUSINESS_HOURS.sat; // [['08:00', '17:00']]
 * SUPPORT_BUSINESS_HOURS.thu; // undefined (closed)
 * ```
 * @category Support
 */
export const SUPPORT_BUSINESS_HOURS: BusinessHours = {
  sat: [['08:00', '17:00']],
  sun: [['08:00', '17:00']],
  mon: [['08:00', '17:00']],
  tue: [['08:00', '17:00']],
  wed: [['08:00', '17:00']],
};

/**
 * The default support calendar as a {@link BusinessCalendarConfig}: {@link SUPPORT_BUSINESS_HOURS} in
 * `'Asia/Tehran'`, closed on Iran's official holidays (including estimated lunar ones).
 *
 * @example
 * ```ts
 * const calendar = createBusinessCalendar({ ...SUPPORT_CALENDAR_CONFIG, holidays: [{ year: 1404, month: 1, day: 5 }] });
 * ```
 * @category Support
 */
export const SUPPORT_CALENDAR_CONFIG: BusinessCalendarConfig = {
  timeZone: 'Asia/Tehran',
  hours: SUPPORT_BUSINESS_HOURS,
  includeIranHolidays: true,
};

/**
 * Creates the support desk's business calendar: {@link SUPPORT_CALENDAR_CONFIG} with optional changes.
 * `hours` are merged per weekday (a day given replaces that day, `[]` closes it), so
 * `{ hours: { thu: [['08:00', '13:00']] } }` adds Thursday mornings; the other fields replace the defaults.
 * Create it once and reuse it (it caches holidays per Jalali year).
 *
 * @param changes - `hours` per weekday to replace, `timeZone`, extra `holidays`, `includeIranHolidays`
 * @returns a calendar for {@link evaluateSla}, {@link promiseCompliance} and the calendar module's functions
 * @throws {MoshtariError} INVALID_ARGUMENT when `changes` is not an object; the calendar's codes (INVALID_TIME, INVALID_ARGUMENT, INVALID_TIME_ZONE, INVALID_DATE)
 *   for bad changes
 * @example
 * ```ts
 * const desk = createSupportCalendar();
 * const withThursday = createSupportCalendar({ hours: { thu: [['08:00', '13:00']] } });
 * withThursday.weeklyMinutes; // 2_700 + 300 = 3_000
 * ```
 * @category Support
 */
export function createSupportCalendar(changes: Partial<BusinessCalendarConfig> = {}): BusinessCalendar {
  objectOf(changes, 'INVALID_ARGUMENT', 'changes');
  const hours = changes.hours === undefined ? SUPPORT_BUSINESS_HOURS : { ...SUPPORT_BUSINESS_HOURS, ...changes.hours };
  return createBusinessCalendar({ ...SUPPORT_CALENDAR_CONFIG, ...changes, hours });
}
