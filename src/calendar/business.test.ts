import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from './businessCalendar.js';
import { addBusinessTime, businessTimeBetween, isWorkingTime, nextWorkingTime } from './businessTime.js';
import { iranHolidays } from './holidays.js';
import { jalaliToEpochDay } from './jalaliDays.js';
import type { JalaliDateTime } from './types.js';
import { weekdayOfEpochDay } from './weekday.js';
import { fromJalali, toJalali } from './zoned.js';

const HOUR = 3_600_000;
const d = (year: number, month: number, day: number) => ({ year, month, day });
const nine = [['08:00', '17:00']] as const;
const satWed = { sat: nine, sun: nine, mon: nine, tue: nine, wed: nine };
const office = createBusinessCalendar({ hours: satWed });
const officeThu = createBusinessCalendar({ hours: { ...satWed, thu: [['08:00', '13:00']] } });
/** A Tehran wall-clock time. */
const at = (year: number, month: number, day: number, hour = 0, minute = 0): Date =>
  fromJalali({ year, month, day, hour, minute });
const wall = (t: Date, timeZone = 'Asia/Tehran'): string => {
  const j: JalaliDateTime = toJalali(t, { withTime: true, timeZone });
  const p = (n: number) => String(n).padStart(2, '0');
  return `${j.year}/${p(j.month)}/${p(j.day)} ${p(j.hour)}:${p(j.minute)}`;
};

describe('addBusinessTime (Asia/Tehran, Saturday–Wednesday 08:00–17:00)', () => {
  it('Wednesday 16:30 + 2 h → Saturday 09:30; with Thursday 08:00–13:00 → Thursday 09:30', () => {
    const opened = at(1404, 8, 7, 16, 30); // Wednesday 2025-10-29
    expect(opened.toISOString()).toBe('2025-10-29T13:00:00.000Z');
    expect(wall(addBusinessTime(opened, { hours: 2 }, office))).toBe('1404/08/10 09:30');
    expect(wall(addBusinessTime(opened, 2 * HOUR, officeThu))).toBe('1404/08/08 09:30');
  });

  it('reproduces moment-business-time (crm.md §6.3)', () => {
    expect(wall(addBusinessTime(at(1404, 8, 7, 16), { hours: 4 }, office))).toBe('1404/08/10 11:00');
    const mondayOff = createBusinessCalendar({ hours: satWed, holidays: [{ year: 1404, month: 8, day: 12 }] });
    expect(wall(addBusinessTime(at(1404, 8, 11, 16), { hours: 2 }, mondayOff))).toBe('1404/08/13 09:00');
    const split = createBusinessCalendar({
      hours: {
        sun: [
          ['08:00', '12:00'],
          ['13:00', '17:00'],
        ],
      },
    });
    expect(wall(addBusinessTime(at(1404, 8, 11, 11), { hours: 2 }, split))).toBe('1404/08/11 14:00');
  });

  it('skips Iran’s official holidays: Wednesday 1404/04/11 16:00 + 2 h passes Tasua and Ashura', () => {
    expect(wall(addBusinessTime(at(1404, 4, 11, 16), { hours: 2 }, office))).toBe('1404/04/16 09:00');
    const noIran = createBusinessCalendar({ hours: satWed, includeIranHolidays: false });
    expect(wall(addBusinessTime(at(1404, 4, 11, 16), { hours: 2 }, noIran))).toBe('1404/04/14 09:00');
    const noTasua = createBusinessCalendar({ hours: satWed, includeIranHolidays: { remove: ['tasua'] } });
    expect(wall(addBusinessTime(at(1404, 4, 11, 16), { hours: 2 }, noTasua))).toBe('1404/04/14 09:00');
  });

  it('ends at a closing time rather than the next opening; zero gives the next working instant', () => {
    const due = addBusinessTime(at(1404, 8, 7, 16), { minutes: 60 }, office);
    expect(wall(due)).toBe('1404/08/07 17:00');
    expect(isWorkingTime(due, office)).toBe(false);
    expect(wall(addBusinessTime(at(1404, 8, 7, 17), 0, office))).toBe('1404/08/10 08:00');
    expect(wall(addBusinessTime(at(1404, 8, 7, 12), 0, office))).toBe('1404/08/07 12:00');
  });

  it('starts a ticket opened out of hours at the next opening', () => {
    expect(wall(addBusinessTime(at(1404, 8, 9, 10), { hours: 1, minutes: 30 }, office))).toBe('1404/08/10 09:30');
    expect(wall(addBusinessTime(at(1404, 8, 7, 6), { seconds: 3600 }, office))).toBe('1404/08/07 09:00');
  });

  it('handles long spans: 45 business days of 9 h in 1404', () => {
    const due = addBusinessTime(at(1404, 7, 1, 8), { hours: 45 * 9 }, office);
    expect(businessTimeBetween(at(1404, 7, 1, 8), due, office)).toBe(45 * 9 * HOUR);
  });

  it('stops the clock during pauses (crm.md §6.2)', () => {
    const opened = at(1404, 8, 7, 16);
    const pauses = [{ start: at(1404, 8, 7, 16, 30), end: at(1404, 8, 10, 9) }];
    const due = addBusinessTime(opened, { hours: 2 }, office, { pauses });
    expect(wall(due)).toBe('1404/08/10 10:30');
    expect(businessTimeBetween(opened, due, office, { pauses })).toBe(2 * HOUR);
    expect(businessTimeBetween(opened, due, office)).toBe(3.5 * HOUR); // Wed 16–17, Sat 08–10:30
    expect(wall(addBusinessTime(at(1404, 8, 10, 8), 0, office, { pauses }))).toBe('1404/08/10 09:00');
  });
});

describe('isWorkingTime, nextWorkingTime, businessTimeBetween', () => {
  it('treats opening as inside and closing as outside', () => {
    expect(isWorkingTime(at(1404, 8, 7, 8), office)).toBe(true);
    expect(isWorkingTime(at(1404, 8, 7, 16, 59), office)).toBe(true);
    expect(isWorkingTime(at(1404, 8, 7, 17), office)).toBe(false);
    expect(isWorkingTime(at(1404, 8, 8, 10), office)).toBe(false); // Thursday
    expect(isWorkingTime(at(1404, 8, 8, 10), officeThu)).toBe(true);
    expect(isWorkingTime(at(1404, 11, 22, 10), office)).toBe(false); // Revolution Day, a Wednesday
  });

  it('finds the next working instant', () => {
    const inside = at(1404, 8, 7, 10, 15);
    expect(nextWorkingTime(inside, office).getTime()).toBe(inside.getTime());
    expect(wall(nextWorkingTime(at(1404, 8, 7, 17), office))).toBe('1404/08/10 08:00');
    expect(wall(nextWorkingTime(at(1404, 8, 7, 7), office))).toBe('1404/08/07 08:00');
    expect(wall(nextWorkingTime(at(1404, 1, 1), office))).toBe('1404/01/05 08:00'); // Nowruz, 21 Ramadan
    expect(wall(nextWorkingTime(at(1404, 1, 1).getTime(), office))).toBe('1404/01/05 08:00');
  });

  it('measures business time, negative when b < a', () => {
    const a = at(1404, 8, 7, 16, 30);
    const b = at(1404, 8, 10, 9, 30);
    expect(businessTimeBetween(a, b, office)).toBe(2 * HOUR);
    expect(businessTimeBetween(b, a, office)).toBe(-2 * HOUR);
    expect(businessTimeBetween(a, a, office)).toBe(0);
    // the whole of 1403: 9 h on every Saturday–Wednesday that is not an official holiday
    const off = new Set(iranHolidays(1403).map((h) => h.epochDay));
    let days = 0;
    for (let day = jalaliToEpochDay(d(1403, 1, 1)); day < jalaliToEpochDay(d(1404, 1, 1)); day++) {
      if (!['thu', 'fri'].includes(weekdayOfEpochDay(day)) && !off.has(day)) days++;
    }
    expect(days).toBe(241);
    expect(businessTimeBetween(at(1403, 1, 1), at(1404, 1, 1), office)).toBe(days * 9 * HOUR);
  });

  it('supports "24:00" and intervals that continue across midnight', () => {
    const night = createBusinessCalendar({
      timeZone: 'UTC',
      hours: { sat: [['20:00', '24:00']], sun: [['00:00', '04:00']] },
      includeIranHolidays: false,
    });
    const sat23 = Date.UTC(2025, 10, 1, 23); // Saturday 2025-11-01
    expect(new Date(addBusinessTime(sat23, { hours: 2 }, night)).toISOString()).toBe('2025-11-02T01:00:00.000Z');
    expect(isWorkingTime(Date.UTC(2025, 10, 2), night)).toBe(true);
    expect(businessTimeBetween(Date.UTC(2025, 10, 1), Date.UTC(2025, 10, 3), night)).toBe(8 * HOUR);
  });
});

describe('clock changes: wall-clock hours in the calendar’s zone', () => {
  const always = Object.fromEntries(
    (['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => [day, [['00:00', '24:00']] as const]),
  );
  const tehran247 = createBusinessCalendar({ hours: always, includeIranHolidays: false });

  it('Tehran 1401 (last DST year): 1 Farvardin–2 Farvardin lost an hour, 30 Shahrivar had 25 hours', () => {
    expect(businessTimeBetween(at(1401, 1, 2), at(1401, 1, 3), tehran247)).toBe(23 * HOUR);
    expect(businessTimeBetween(at(1401, 6, 30), at(1401, 6, 31), tehran247)).toBe(25 * HOUR);
    expect(businessTimeBetween(at(1401, 1, 1), at(1402, 1, 1), tehran247)).toBe(365 * 24 * HOUR);
  });

  it('opens at 08:00 Tehran summer time (+04:30) in 1401 and +03:30 from 1402', () => {
    // Wednesday evening; Saturday 03/14 and Sunday 03/15 are holidays
    expect(nextWorkingTime(at(1401, 3, 11, 20), office).toISOString()).toBe('2022-06-06T03:30:00.000Z');
    expect(wall(nextWorkingTime(at(1401, 3, 11, 20), office))).toBe('1401/03/16 08:00');
    expect(nextWorkingTime(at(1402, 3, 11, 20), office).toISOString()).toBe('2023-06-03T04:30:00.000Z');
  });

  it('Europe/Berlin (via Intl): 2025-03-30 has 23 hours, 2025-10-26 has 25', () => {
    const berlin = createBusinessCalendar({ timeZone: 'Europe/Berlin', hours: always, includeIranHolidays: false });
    expect(businessTimeBetween(Date.UTC(2025, 2, 29, 23), Date.UTC(2025, 2, 30, 22), berlin)).toBe(23 * HOUR);
    expect(businessTimeBetween(Date.UTC(2025, 9, 25, 22), Date.UTC(2025, 9, 26, 23), berlin)).toBe(25 * HOUR);
    const nineToFive = createBusinessCalendar({ timeZone: 'Europe/Berlin', hours: satWed, includeIranHolidays: false });
    // Friday noon → Saturday 08:00 CET; Saturday 18:00 → Sunday 08:00 CEST
    expect(nextWorkingTime(Date.UTC(2025, 2, 28, 12), nineToFive).toISOString()).toBe('2025-03-29T07:00:00.000Z');
    expect(nextWorkingTime(Date.UTC(2025, 2, 29, 17), nineToFive).toISOString()).toBe('2025-03-30T06:00:00.000Z');
    expect(wall(nextWorkingTime(Date.UTC(2025, 2, 29, 17), nineToFive), 'Europe/Berlin')).toBe('1404/01/10 08:00');
  });
});
