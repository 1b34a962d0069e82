/**
 * The Jalali calendar, exact for 1178–3000 AP; Tehran (or any) time; periods; Iranian holidays and
 * business hours. No function reads the process time zone or the clock.
 * @module calendar
 */

export type { JalaliBirthdayOptions, LeapDayBirthday } from './arithmetic.js';
export {
  addJalaliDays,
  addJalaliMonths,
  addJalaliYears,
  compareJalaliDates,
  differenceInJalaliDays,
  differenceInJalaliMonths,
  differenceInJalaliYears,
  jalaliAge,
} from './arithmetic.js';
export type { JalaliYearMonth } from './birthdays.js';
export {
  daysUntilJalaliBirthday,
  isJalaliBirthdayInMonth,
  isJalaliBirthdayInPeriod,
  isJalaliBirthdayWithin,
  jalaliAnniversary,
  nextJalaliBirthday,
} from './birthdays.js';
export type { BusinessCalendar, BusinessCalendarConfig } from './businessCalendar.js';
export { createBusinessCalendar } from './businessCalendar.js';
export type { BusinessHours, BusinessWeekHours } from './businessHours.js';
export type { BusinessDuration, BusinessPause, BusinessTimeOptions } from './businessOptions.js';
export { addBusinessTime, businessTimeBetween, isWorkingTime, nextWorkingTime } from './businessTime.js';
export { createCivilDayOf } from './civilDay.js';
export {
  gregorianToJalali,
  isJalaliLeapYear,
  isValidJalaliDate,
  jalaliMonthLength,
  jalaliToGregorian,
} from './convert.js';
export type { CalendarErrorCode } from './errors.js';
export type { FormatJalaliOptions } from './format.js';
export { formatJalali } from './format.js';
export type { IranianHijriMonthStart, IranianHijriTableInfo } from './hijri.js';
export { IRANIAN_HIJRI_TABLE, iranianHijriMonthStart } from './hijri.js';
export type { IranHoliday } from './holidays.js';
export { iranHolidays, isIranHoliday } from './holidays.js';
export type { IranHolidayAddition, IranHolidaysOptions } from './holidaysOptions.js';
export type { HolidayName, IranHolidayId } from './holidaysRules.js';
export { epochDayToJalali, jalaliToEpochDay } from './jalaliDays.js';
export type { ParseJalaliError } from './parse.js';
export { parseJalali, parseJalaliDateTime } from './parse.js';
export type {
  JalaliInstantRange,
  JalaliPeriod,
  JalaliPeriodInstantsOptions,
  JalaliPeriodOptions,
  JalaliPeriodRangeOptions,
  JalaliPeriodUnit,
} from './periods.js';
export { jalaliPeriod, jalaliPeriodInstants, jalaliPeriodRange, shiftJalaliPeriod } from './periods.js';
export type { Disambiguation } from './timeZone.js';
export type { GregorianDate, Instant, JalaliDate, JalaliDateTime, TimeOfDay, Weekday } from './types.js';
export { jalaliWeekday, WEEKDAYS } from './weekday.js';
export type { IsWorkingDayOptions, JalaliDayOff, JalaliWeekendOptions } from './weekend.js';
export { isJalaliWeekend, isWorkingDay } from './weekend.js';
export type { FromJalaliOptions, ToJalaliOptions } from './zoned.js';
export { fromJalali, toJalali } from './zoned.js';
