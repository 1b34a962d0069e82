import { MoshtariError } from '../core/index.js';
import { instantMs } from './instant.js';
import { checkEpochDay, checkedEpochDay, jalaliOfEpochDay } from './jalaliDays.js';
import { type Disambiguation, localToInstant, offsetResolver } from './timeZone.js';
import type { Instant, JalaliDate, JalaliDateTime } from './types.js';

const DAY_MS = 86_400_000;

/**
 * Options of {@link toJalali}.
 * @category Calendar
 */
export interface ToJalaliOptions {
  /**
   * IANA zone (`'Europe/Berlin'`), `'UTC'` or a fixed offset (`'+03:30'`); default `'Asia/Tehran'`,
   * whose history (DST until 1401/2022) is built in and needs no Intl. Never the process time zone.
   */
  readonly timeZone?: string;
  /** Also return the wall-clock time (a {@link JalaliDateTime}); default `false`. */
  readonly withTime?: boolean;
}

/**
 * Options of {@link fromJalali}.
 * @category Calendar
 */
export interface FromJalaliOptions {
  /** Zone of the wall-clock time (default `'Asia/Tehran'`); see {@link ToJalaliOptions.timeZone}. */
  readonly timeZone?: string;
  /** How to read a time skipped or repeated by a clock change (default `'compatible'`). */
  readonly disambiguation?: Disambiguation;
}

/**
 * The Jalali civil date (and, with `withTime`, the wall-clock time) of an instant in a time zone.
 *
 * @param instant - a `Date` or epoch milliseconds
 * @param options - `timeZone` (default `'Asia/Tehran'`) and `withTime`
 * @returns the Jalali date, or date and time
 * @throws {MoshtariError} INVALID_ARGUMENT for an invalid instant; INVALID_TIME_ZONE; OUT_OF_RANGE
 * @example
 * ```ts
 * toJalali(new Date('2025-03-20T20:31:00Z'));           // { year: 1404, month: 1, day: 1 }
 * toJalali(new Date('2022-06-01T20:00:00Z'), { withTime: true });
 * // { year: 1401, month: 3, day: 12, hour: 0, minute: 30, second: 0, millisecond: 0 } (DST, +04:30)
 * toJalali(Date.UTC(2025, 2, 20, 20, 31), { timeZone: 'UTC' }); // { year: 1403, month: 12, day: 30 }
 * ```
 * @category Calendar
 */
export function toJalali(instant: Instant, options?: ToJalaliOptions & { readonly withTime?: false }): JalaliDate;
export function toJalali(instant: Instant, options: ToJalaliOptions & { readonly withTime: true }): JalaliDateTime;
export function toJalali(instant: Instant, options?: ToJalaliOptions): JalaliDate | JalaliDateTime;
export function toJalali(instant: Instant, options: ToJalaliOptions = {}): JalaliDate | JalaliDateTime {
  const ms = instantMs(instant, 'instant');
  const local = ms + offsetResolver(options.timeZone)(ms);
  const epochDay = Math.floor(local / DAY_MS);
  checkEpochDay(epochDay, 'instant');
  const date = jalaliOfEpochDay(epochDay);
  if (options.withTime !== true) return date;
  let rest = local - epochDay * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  return { ...date, hour, minute, second, millisecond: Math.floor(rest - second * 1000) };
}

function timePart(value: number | undefined, max: number, name: string): number {
  if (value === undefined) return 0;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new MoshtariError('INVALID_TIME', `date.${name}: expected an integer 0–${max}, got ${String(value)}`, {
      path: `date.${name}`,
    });
  }
  return value;
}

/**
 * The instant at which a Jalali wall-clock time happens in a time zone. Missing time fields are 0
 * (so a bare date gives the start of that day). Times skipped or repeated by a clock change follow
 * `disambiguation`.
 *
 * @param date - a Jalali date, optionally with `hour`, `minute`, `second`, `millisecond`
 * @param options - `timeZone` (default `'Asia/Tehran'`) and `disambiguation`
 * @returns the instant as a new `Date`
 * @throws {MoshtariError} INVALID_DATE, INVALID_TIME, INVALID_TIME_ZONE, OUT_OF_RANGE; NONEXISTENT_TIME / AMBIGUOUS_TIME with `'reject'`
 * @example
 * ```ts
 * fromJalali({ year: 1404, month: 1, day: 1 }).toISOString();            // '2025-03-20T20:30:00.000Z'
 * fromJalali({ year: 1401, month: 3, day: 12, hour: 0, minute: 30 }).toISOString(); // '2022-06-01T20:00:00.000Z'
 * ```
 * @category Calendar
 */
export function fromJalali(date: JalaliDate & Partial<JalaliDateTime>, options: FromJalaliOptions = {}): Date {
  const epochDay = checkedEpochDay(date, 'date');
  const local =
    epochDay * DAY_MS +
    timePart(date.hour, 23, 'hour') * 3_600_000 +
    timePart(date.minute, 59, 'minute') * 60_000 +
    timePart(date.second, 59, 'second') * 1000 +
    timePart(date.millisecond, 999, 'millisecond');
  const disambiguation = options.disambiguation ?? 'compatible';
  if (!['compatible', 'earlier', 'later', 'reject'].includes(disambiguation)) {
    throw new MoshtariError(
      'INVALID_ARGUMENT',
      `options.disambiguation: expected compatible, earlier, later or reject, got ${String(disambiguation)}`,
      { path: 'options.disambiguation' },
    );
  }
  return new Date(localToInstant(local, offsetResolver(options.timeZone), disambiguation));
}
