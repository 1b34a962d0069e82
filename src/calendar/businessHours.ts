import { MoshtariError } from '../core/index.js';
import type { Weekday } from './types.js';
import { WEEKDAYS } from './weekday.js';

/**
 * Opening hours per weekday: a list of `['HH:MM', 'HH:MM']` wall-clock intervals (start inclusive, end
 * exclusive; `'24:00'` allowed as an end), sorted and not overlapping. A missing or empty day is closed.
 *
 * @example
 * ```ts
 * const hours: BusinessHours = {
 *   sat: [['08:00', '17:00']], sun: [['08:00', '17:00']], mon: [['08:00', '17:00']],
 *   tue: [['08:00', '17:00']], wed: [['08:00', '12:00'], ['13:00', '17:00']], thu: [['08:00', '13:00']],
 * };
 * ```
 * @category Calendar
 */
export type BusinessHours = {
  readonly [D in Weekday]?: readonly (readonly [string, string])[];
};

/**
 * Opening hours of a created calendar: every weekday present (closed days empty), touching intervals merged.
 *
 * @example
 * ```ts
 * const week: BusinessWeekHours = createBusinessCalendar({ hours: { sat: [['08:00', '17:00']] } }).hours;
 * week.fri; // []
 * ```
 * @category Calendar
 */
export type BusinessWeekHours = {
  readonly [D in Weekday]: readonly (readonly [string, string])[];
};

const START = /^([01]\d|2[0-3]):([0-5]\d)$/;
const END = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

function minutes(value: unknown, pattern: RegExp, path: string, what: string): number {
  const m = typeof value === 'string' ? pattern.exec(value) : null;
  if (m === null) {
    throw new MoshtariError(
      'INVALID_TIME',
      `${path}: expected ${what} as 'HH:MM' (00:00–${what === 'an end' ? '24:00' : '23:59'}), got ${JSON.stringify(value)}`,
      { path },
    );
  }
  return Number(m[1] ?? m[3]) * 60 + Number(m[2] ?? m[4]);
}

function fail(path: string, message: string): never {
  throw new MoshtariError('INVALID_ARGUMENT', `${path}: ${message}`, { path });
}

/** Internal: checked hours as minutes after local midnight per weekday (index 0 = Saturday), flattened [start, end, …]. */
export type CheckedHours = {
  readonly spans: readonly (readonly number[])[];
  readonly week: BusinessWeekHours;
  readonly weeklyMinutes: number;
};

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

/** Internal: validates {@link BusinessHours}; `path` names the field (e.g. `config.hours`). */
export function checkBusinessHours(hours: BusinessHours, path: string): CheckedHours {
  if (hours === null || typeof hours !== 'object' || Array.isArray(hours)) {
    fail(path, `expected an object such as { sat: [['08:00', '17:00']] }, got ${JSON.stringify(hours)}`);
  }
  for (const key of Object.keys(hours)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      fail(`${path}.${key}`, `unknown weekday (expected ${WEEKDAYS.join(', ')})`);
    }
  }
  const spans: number[][] = [];
  const week: Partial<Record<Weekday, readonly (readonly [string, string])[]>> = {};
  let weeklyMinutes = 0;
  for (const day of WEEKDAYS) {
    const list = hours[day];
    const here = `${path}.${day}`;
    if (list !== undefined && !Array.isArray(list)) fail(here, "expected an array of ['HH:MM', 'HH:MM'] intervals");
    const flat: number[] = [];
    (list ?? []).forEach((interval: readonly [string, string], i: number) => {
      if (!Array.isArray(interval) || interval.length !== 2) fail(`${here}[${i}]`, "expected ['HH:MM', 'HH:MM']");
      const start = minutes(interval[0], START, `${here}[${i}][0]`, 'a start');
      const end = minutes(interval[1], END, `${here}[${i}][1]`, 'an end');
      if (end <= start) fail(`${here}[${i}]`, `end ${interval[1]} must be after start ${interval[0]}`);
      const previousEnd = flat[flat.length - 1];
      if (previousEnd !== undefined && start < previousEnd) {
        fail(`${here}[${i}]`, `${interval[0]}–${interval[1]} overlaps or precedes the previous interval; sort them`);
      }
      if (previousEnd === start) flat[flat.length - 1] = end;
      else flat.push(start, end);
    });
    for (let i = 0; i < flat.length; i += 2) weeklyMinutes += (flat[i + 1] as number) - (flat[i] as number);
    spans.push(flat);
    const tuples: (readonly [string, string])[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      tuples.push(Object.freeze([clock(flat[i] as number), clock(flat[i + 1] as number)] as const));
    }
    week[day] = Object.freeze(tuples);
  }
  if (weeklyMinutes === 0) fail(path, 'no opening hours on any weekday');
  return { spans, week: Object.freeze(week) as BusinessWeekHours, weeklyMinutes };
}
