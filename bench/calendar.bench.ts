// Calendar anchors (issue #3), 100k conversions per call on the same seeded dates (1950–2050):
//  - Gregorian → Jalali and Jalali → Gregorian at least as fast as jalaali-js (date-fns-jalali alongside);
//  - instant → Tehran civil date at least 20× faster than Intl.DateTimeFormat#formatToParts.
import { getDate, getMonth, getYear, newDate } from 'date-fns-jalali';
import { toGregorian, toJalaali } from 'jalaali-js';
import {
  addBusinessTime,
  businessTimeBetween,
  createBusinessCalendar,
  gregorianToJalali,
  isWorkingTime,
  jalaliToGregorian,
  toJalali,
} from '../src/calendar/index.js';
import { compare, type SuiteResult } from './harness.js';

const N = 100_000;

export default async function calendarBench(): Promise<SuiteResult[]> {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const from = Date.UTC(1950, 0, 1);
  const span = Date.UTC(2050, 11, 31) - from;
  const instants = Array.from({ length: N }, () => from + Math.floor(next() * span));
  const gregorian = instants.map((ms) => {
    const d = new Date(ms);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  });
  const jalali = gregorian.map((g) => gregorianToJalali(g));
  const dates = gregorian.map((g) => new Date(g.year, g.month - 1, g.day, 12));
  const intl = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
    timeZone: 'Asia/Tehran',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const options = { iterations: 10, time: 300 } as const;

  const g2j = await compare({
    module: 'calendar',
    title: 'Gregorian → Jalali, 100k dates',
    subject: 'moshtari gregorianToJalali',
    budget: { anchor: 'jalaali-js toJalaali(gy, gm, gd)', maxRatio: 1 },
    ...options,
    tasks: {
      'moshtari gregorianToJalali': () => gregorian.map((g) => gregorianToJalali(g)),
      'jalaali-js toJalaali(gy, gm, gd)': () => gregorian.map((g) => toJalaali(g.year, g.month, g.day)),
      'date-fns-jalali getYear + getMonth + getDate': () =>
        dates.map((d) => ({ year: getYear(d), month: getMonth(d) + 1, day: getDate(d) })),
    },
  });
  const j2g = await compare({
    module: 'calendar',
    title: 'Jalali → Gregorian, 100k dates',
    subject: 'moshtari jalaliToGregorian',
    budget: { anchor: 'jalaali-js toGregorian', maxRatio: 1 },
    ...options,
    tasks: {
      'moshtari jalaliToGregorian': () => jalali.map((j) => jalaliToGregorian(j)),
      'jalaali-js toGregorian': () => jalali.map((j) => toGregorian(j.year, j.month, j.day)),
      'date-fns-jalali newDate (→ Date)': () => jalali.map((j) => newDate(j.year, j.month - 1, j.day)),
    },
  });
  const tehran = await compare({
    module: 'calendar',
    title: 'instant → Tehran civil Jalali date, 100k instants',
    subject: 'moshtari toJalali (Asia/Tehran)',
    budget: { anchor: 'Intl formatToParts (one formatter reused)', maxRatio: 1 / 20 },
    ...options,
    tasks: {
      'moshtari toJalali (Asia/Tehran)': () => instants.map((ms) => toJalali(ms)),
      'Intl formatToParts (one formatter reused)': () =>
        instants.map((ms) => {
          const parts = intl.formatToParts(ms);
          return { year: parts[4]?.value, month: parts[0]?.value, day: parts[2]?.value };
        }),
      'jalaali-js toJalaali(Date) (process time zone, not Tehran)': () => instants.map((ms) => toJalaali(new Date(ms))),
    },
  });
  // SLA: due time of 2 business hours on the default support calendar (Sat–Wed 08–17, Thu 08–13, Iranian
  // holidays), for 1,000 tickets opened over 1403–1405; anchor: a naive walk minute by minute.
  const support = createBusinessCalendar({
    hours: {
      sat: [['08:00', '17:00']],
      sun: [['08:00', '17:00']],
      mon: [['08:00', '17:00']],
      tue: [['08:00', '17:00']],
      wed: [['08:00', '17:00']],
      thu: [['08:00', '13:00']],
    },
  });
  const opened = instants.slice(0, 1000).map((ms) => Date.UTC(2024, 2, 20) + (ms % (2 * 365 * 86_400_000)));
  const twoHours = 2 * 3_600_000;
  const naive = (start: number) => {
    let t = Math.ceil(start / 60_000) * 60_000;
    let left = twoHours;
    while (left > 0) {
      if (isWorkingTime(t, support)) left -= 60_000;
      t += 60_000;
    }
    return t;
  };
  const sla = await compare({
    module: 'calendar',
    title: 'SLA due time: start + 2 business hours (Sat–Wed 08–17, Thu 08–13, holidays), 1,000 tickets',
    subject: 'moshtari addBusinessTime',
    ...options,
    iterations: 5,
    tasks: {
      'moshtari addBusinessTime': () => opened.map((t) => addBusinessTime(t, twoHours, support)),
      'moshtari businessTimeBetween (open → due)': () =>
        opened.map((t) => businessTimeBetween(t, t + 3 * 86_400_000, support)),
      'naive minute-by-minute walk': () => opened.map(naive),
    },
  });
  return [g2j, j2g, tehran, sla];
}
