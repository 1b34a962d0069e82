import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { type BusinessCalendar, type BusinessCalendarConfig, createBusinessCalendar } from './businessCalendar.js';
import { addBusinessTime, businessTimeBetween, isWorkingTime, nextWorkingTime } from './businessTime.js';

const errorOf = (fn: () => unknown): { code: string; path: string | undefined } | undefined => {
  try {
    fn();
  } catch (error) {
    if (isMoshtariError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  return undefined;
};
const create = (hours: unknown, extra: object = {}) =>
  errorOf(() => createBusinessCalendar({ hours, ...extra } as BusinessCalendarConfig));
const nine = [['08:00', '17:00']] as const;

describe('createBusinessCalendar', () => {
  it('normalizes and freezes the configuration', () => {
    const config = {
      hours: {
        sat: [
          ['08:00', '12:00'],
          ['12:00', '17:00'],
        ],
        thu: [['08:00', '13:00']],
      },
      holidays: [{ year: 1404, month: 1, day: 5 }, { date: { year: 1404, month: 1, day: 6 } }],
    } as const;
    const calendar = createBusinessCalendar(config);
    expect(calendar).toEqual({
      timeZone: 'Asia/Tehran',
      hours: { sat: [['08:00', '17:00']], sun: [], mon: [], tue: [], wed: [], thu: [['08:00', '13:00']], fri: [] },
      holidays: [
        { year: 1404, month: 1, day: 5 },
        { year: 1404, month: 1, day: 6 },
      ],
      includeIranHolidays: true,
      weeklyMinutes: 14 * 60,
    });
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.hours)).toBe(true);
    expect(Object.isFrozen(calendar.hours.sat)).toBe(true);
    expect(Object.isFrozen(calendar.holidays)).toBe(true);
    expect(Object.isFrozen(config.hours.sat)).toBe(false); // input untouched
    expect(JSON.parse(JSON.stringify(calendar))).toEqual(calendar);
  });

  it('accepts 24:00 as an end, time zones and holiday options', () => {
    expect(createBusinessCalendar({ hours: { fri: [['00:00', '24:00']] } }).weeklyMinutes).toBe(1440);
    expect(createBusinessCalendar({ timeZone: '+03:30', hours: { sat: nine } }).timeZone).toBe('+03:30');
    expect(createBusinessCalendar({ hours: { sat: nine }, includeIranHolidays: { remove: ['tasua'] } })).toBeDefined();
  });

  it('rejects malformed times (INVALID_TIME)', () => {
    expect(create({ sat: [['8:00', '17:00']] })).toEqual({ code: 'INVALID_TIME', path: 'config.hours.sat[0][0]' });
    expect(create({ sat: [['08:00', '24:30']] })).toEqual({ code: 'INVALID_TIME', path: 'config.hours.sat[0][1]' });
    expect(create({ sat: [['24:00', '24:00']] })).toEqual({ code: 'INVALID_TIME', path: 'config.hours.sat[0][0]' });
    expect(create({ sun: [['08:00', '12:60']] })).toEqual({ code: 'INVALID_TIME', path: 'config.hours.sun[0][1]' });
    expect(create({ sun: [['08:00', 1700]] })).toEqual({ code: 'INVALID_TIME', path: 'config.hours.sun[0][1]' });
  });

  it('rejects impossible, unsorted or overlapping intervals (INVALID_ARGUMENT)', () => {
    expect(create({ sat: [['17:00', '08:00']] })).toEqual({ code: 'INVALID_ARGUMENT', path: 'config.hours.sat[0]' });
    expect(create({ sat: [['08:00', '08:00']] })).toEqual({ code: 'INVALID_ARGUMENT', path: 'config.hours.sat[0]' });
    expect(
      create({
        mon: [
          ['13:00', '17:00'],
          ['08:00', '12:00'],
        ],
      }),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'config.hours.mon[1]',
    });
    expect(
      create({
        mon: [
          ['08:00', '13:00'],
          ['12:00', '17:00'],
        ],
      })?.path,
    ).toBe('config.hours.mon[1]');
    expect(create({ mon: [['08:00']] })?.path).toBe('config.hours.mon[0]');
    expect(create({ mon: '08:00-17:00' })?.path).toBe('config.hours.mon');
  });

  it('rejects unknown fields and weekdays, and calendars that never open', () => {
    expect(create({ friday: nine })).toEqual({ code: 'INVALID_ARGUMENT', path: 'config.hours.friday' });
    expect(create({ sat: nine }, { weekend: ['fri'] })).toEqual({ code: 'INVALID_ARGUMENT', path: 'config.weekend' });
    expect(create({})).toEqual({ code: 'INVALID_ARGUMENT', path: 'config.hours' });
    expect(create({ sat: [], fri: [] })?.path).toBe('config.hours');
    expect(create(undefined)?.path).toBe('config.hours');
    expect(errorOf(() => createBusinessCalendar(null as unknown as BusinessCalendarConfig))?.path).toBe('config');
  });

  it('rejects a bad time zone or holiday', () => {
    expect(create({ sat: nine }, { timeZone: 'Asia/Tehrann' })).toEqual({
      code: 'INVALID_TIME_ZONE',
      path: 'config.timeZone',
    });
    expect(create({ sat: nine }, { holidays: [{ year: 1404, month: 12, day: 30 }] })).toEqual({
      code: 'INVALID_DATE',
      path: 'config.holidays[0].day',
    });
    expect(create({ sat: nine }, { includeIranHolidays: { remove: ['tasoua'] } })?.path).toBe(
      'config.includeIranHolidays.remove[0]',
    );
  });
});

describe('business-time functions reject bad arguments', () => {
  const office = createBusinessCalendar({ hours: { sat: nine, sun: nine, mon: nine, tue: nine, wed: nine } });
  const t = Date.UTC(2025, 9, 29, 10);

  it('needs a calendar made by createBusinessCalendar', () => {
    const fake = { ...office } as BusinessCalendar;
    expect(errorOf(() => isWorkingTime(t, fake))).toEqual({ code: 'INVALID_ARGUMENT', path: 'calendar' });
    expect(errorOf(() => nextWorkingTime(t, null as unknown as BusinessCalendar))?.path).toBe('calendar');
  });

  it('rejects negative or malformed durations and invalid instants', () => {
    expect(errorOf(() => addBusinessTime(t, -1, office))).toEqual({ code: 'INVALID_ARGUMENT', path: 'duration' });
    expect(errorOf(() => addBusinessTime(t, { hours: -1 }, office))?.path).toBe('duration.hours');
    expect(errorOf(() => addBusinessTime(t, { hour: 1 } as object, office))?.path).toBe('duration.hour');
    expect(errorOf(() => addBusinessTime(t, Number.NaN, office))?.path).toBe('duration');
    expect(errorOf(() => addBusinessTime(t, '1h' as unknown as number, office))?.path).toBe('duration');
    expect(errorOf(() => addBusinessTime(new Date(Number.NaN), 1, office))?.path).toBe('start');
    expect(errorOf(() => businessTimeBetween(t, Number.POSITIVE_INFINITY, office))?.path).toBe('b');
  });

  it('rejects bad pauses', () => {
    expect(errorOf(() => addBusinessTime(t, 1, office, { pauses: [{ start: t, end: t - 1 }] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.pauses[0]',
    });
    expect(errorOf(() => businessTimeBetween(t, t, office, { pause: [] } as object))?.path).toBe('options.pause');
  });

  it('rounds fractional durations to milliseconds and stops at the end of the supported range', () => {
    const due = addBusinessTime(t, { hours: 1.1 }, office).getTime();
    expect(businessTimeBetween(t, due, office)).toBe(3_960_000);
    expect(errorOf(() => addBusinessTime(t, 1e15, office))?.code).toBe('OUT_OF_RANGE');
  });
});
