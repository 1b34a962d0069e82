// moshtari/calendar: the Jalali calendar in Tehran time. Nothing reads the clock or the process time
// zone: "now" is an argument, and civil dates are taken in Asia/Tehran unless you name another zone.
import assert from 'node:assert/strict';
import {
  addBusinessTime,
  addJalaliMonths,
  createBusinessCalendar,
  formatJalali,
  fromJalali,
  iranHolidays,
  isJalaliLeapYear,
  isWorkingDay,
  jalaliPeriodRange,
  nextJalaliBirthday,
  parseJalali,
  toJalali,
} from 'moshtari/calendar';

const now = new Date('2026-11-22T08:00:00Z');

// Today in Tehran, formatted in Persian.
const today = toJalali(now);
assert.deepEqual(today, { year: 1405, month: 9, day: 1 });
const label = formatJalali(now, 'EEEE d MMMM yyyy');
assert.equal(label, 'یکشنبه ۱ آذر ۱۴۰۵');

// The same instant can be a different Jalali day: 20:31 UTC on 20 March 2025 is Nowruz in Tehran.
assert.deepEqual(toJalali(new Date('2025-03-20T20:31:00Z')), { year: 1404, month: 1, day: 1 });
assert.deepEqual(toJalali(new Date('2025-03-20T20:31:00Z'), { timeZone: 'UTC' }), { year: 1403, month: 12, day: 30 });
// Tehran had daylight saving time until 1401: the offset history is built in.
assert.equal(
  fromJalali({ year: 1401, month: 3, day: 12, hour: 0, minute: 30 }).toISOString(),
  '2022-06-01T20:00:00.000Z',
);

// Periods are half-open [start, end): the end of this Jalali year is the first instant of the next.
assert.equal(jalaliPeriodRange(now, 'year').end.toISOString(), '2027-03-20T20:30:00.000Z');

// 30 Esfand exists only in leap years. A member born on 1370/12/30 celebrates on 29 Esfand 1405.
assert.ok(isJalaliLeapYear(1403) && !isJalaliLeapYear(1404));
const birthday = nextJalaliBirthday({ year: 1370, month: 12, day: 30 }, today);
assert.deepEqual(birthday, { year: 1405, month: 12, day: 29 });
assert.deepEqual(nextJalaliBirthday({ year: 1370, month: 12, day: 30 }, today, { leapDayBirthday: 'farvardin1' }), {
  year: 1406,
  month: 1,
  day: 1,
});
assert.deepEqual(addJalaliMonths({ year: 1403, month: 6, day: 31 }, 1), { year: 1403, month: 7, day: 30 }); // clamped

// Parsing user input returns a Result: 1404 is not leap, so 1404/12/30 does not exist.
assert.deepEqual(parseJalali('۱ فروردین ۱۴۰۴'), { ok: true, value: { year: 1404, month: 1, day: 1 } });
const invalid = parseJalali('1404/12/30');
assert.equal(invalid.ok ? undefined : invalid.error.code, 'INVALID_DAY');

// Official holidays, lunar ones from Iran's own Hijri table; Friday is the weekend by default.
const holidays = iranHolidays(1404);
assert.equal(holidays.length, 28);
assert.equal(isWorkingDay({ year: 1404, month: 1, day: 11 }), false); // Eid al-Fitr
assert.equal(isWorkingDay({ year: 1404, month: 1, day: 7 }, { weekend: ['thu', 'fri'] }), false);

// Business time: 2 working hours from Wednesday 16:30 Tehran land on Thursday morning.
const open = [['08:00', '17:00']] as const;
const office = createBusinessCalendar({
  hours: { sat: open, sun: open, mon: open, tue: open, wed: open, thu: [['08:00', '13:00']] },
});
const due = addBusinessTime(new Date('2026-11-25T13:00:00Z'), { hours: 2 }, office);
assert.deepEqual(toJalali(due, { withTime: true }), {
  year: 1405,
  month: 9,
  day: 5,
  hour: 9,
  minute: 30,
  second: 0,
  millisecond: 0,
});

assert.equal(formatJalali(due, 'EEEE yyyy/MM/dd HH:mm', { locale: 'en' }), 'Thursday 1405/09/05 09:30');

console.log(`today in Tehran: ${label} (${formatJalali(today, 'yyyy/MM/dd')})`);
console.log(`next birthday of a 30 Esfand baby: ${formatJalali(birthday, 'd MMMM yyyy', { locale: 'en' })}`);
console.log(
  `1404 has ${holidays.length} holiday entries; first: ${formatJalali(holidays[0]?.date ?? today, 'd MMMM')}`,
);
console.log(`SLA due: ${formatJalali(due, 'EEEE yyyy/MM/dd HH:mm', { locale: 'en' })} Tehran`);
