import { type BusinessCalendar, engineOf } from './businessCalendar.js';
import { addOpenPaused, isOpenAt, nextOpen, openBetweenPaused } from './businessCore.js';
import { type BusinessDuration, type BusinessTimeOptions, durationMs, pausesOf } from './businessOptions.js';
import { instantMs } from './instant.js';
import type { Instant } from './types.js';

/**
 * Tells whether an instant is within opening hours: on a day that is not a holiday, inside one of that
 * weekday's intervals (start inclusive, end exclusive) in the calendar's time zone.
 *
 * @param instant - a `Date` or epoch milliseconds
 * @param calendar - from {@link createBusinessCalendar}
 * @returns `true` when open
 * @throws {MoshtariError} INVALID_ARGUMENT for an invalid instant or calendar; OUT_OF_RANGE outside 1178–3000 AP
 * @example
 * ```ts
 * const office = createBusinessCalendar({ hours: { wed: [['08:00', '17:00']] } });
 * isWorkingTime(new Date('2025-10-29T13:00:00Z'), office); // true  (Wednesday 16:30 Tehran)
 * isWorkingTime(new Date('2025-10-29T13:30:00Z'), office); // false (17:00: closed)
 * ```
 * @category Calendar
 */
export function isWorkingTime(instant: Instant, calendar: BusinessCalendar): boolean {
  return isOpenAt(engineOf(calendar, 'calendar'), instantMs(instant, 'instant'));
}

/**
 * The first instant at or after `instant` that is within opening hours: `instant` itself when open,
 * otherwise the next opening (after closed hours, weekends and holidays).
 *
 * @param instant - a `Date` or epoch milliseconds
 * @param calendar - from {@link createBusinessCalendar}
 * @returns a new `Date` at which {@link isWorkingTime} is `true`
 * @throws {MoshtariError} INVALID_ARGUMENT for an invalid instant or calendar; OUT_OF_RANGE past 3000 AP
 * @example
 * ```ts
 * const office = createBusinessCalendar({ hours: { sat: [['08:00', '17:00']], wed: [['08:00', '17:00']] } });
 * nextWorkingTime(new Date('2025-10-29T14:00:00Z'), office).toISOString();
 * // '2025-11-01T04:30:00.000Z' (Wednesday 17:30 → Saturday 08:00 Tehran)
 * ```
 * @category Calendar
 */
export function nextWorkingTime(instant: Instant, calendar: BusinessCalendar): Date {
  return new Date(nextOpen(engineOf(calendar, 'calendar'), instantMs(instant, 'instant')));
}

/**
 * Adds business time: the earliest instant by which `duration` of open time (minus `pauses`) has passed
 * since `start` (an SLA due time). A start outside opening hours begins at the next opening. The result is
 * inside an open interval or exactly at its closing time (a due time of "Wednesday 17:00", not "Saturday
 * 08:00"); a zero duration gives the next working instant. Only forwards: a negative duration throws.
 *
 * @param start - a `Date` or epoch milliseconds
 * @param duration - milliseconds or `{ hours?, minutes?, seconds?, milliseconds? }`, ≥ 0
 * @param calendar - from {@link createBusinessCalendar}
 * @param options - `pauses`: spans that do not count
 * @returns a new `Date`; `businessTimeBetween(start, result) === duration` (in whole milliseconds)
 * @throws {MoshtariError} INVALID_ARGUMENT for a negative or malformed duration, an invalid instant,
 *   calendar or pause; OUT_OF_RANGE past 3000 AP
 * @example
 * ```ts
 * const office = createBusinessCalendar({
 *   hours: { sat: [['08:00', '17:00']], sun: [['08:00', '17:00']], mon: [['08:00', '17:00']],
 *            tue: [['08:00', '17:00']], wed: [['08:00', '17:00']] },
 * });
 * // Wednesday 1404/08/07 16:30 Tehran + 2 business hours → Saturday 1404/08/10 09:30
 * addBusinessTime(new Date('2025-10-29T13:00:00Z'), { hours: 2 }, office).toISOString(); // '2025-11-01T06:00:00.000Z'
 * ```
 * @category Calendar
 */
export function addBusinessTime(
  start: Instant,
  duration: BusinessDuration,
  calendar: BusinessCalendar,
  options?: BusinessTimeOptions,
): Date {
  const engine = engineOf(calendar, 'calendar');
  const from = instantMs(start, 'start');
  const ms = durationMs(duration, 'duration');
  return new Date(addOpenPaused(engine, from, ms, pausesOf(options, 'options')));
}

/**
 * Business time between two instants in milliseconds: open time in [a, b) minus `pauses`. Negative when
 * `b` is before `a` (−businessTimeBetween(b, a)), so it is additive for any order:
 * `between(a, c) = between(a, b) + between(b, c)`.
 *
 * @param a - a `Date` or epoch milliseconds (e.g. a ticket's creation)
 * @param b - a `Date` or epoch milliseconds (e.g. its first reply)
 * @param calendar - from {@link createBusinessCalendar}
 * @param options - `pauses`: spans that do not count
 * @returns milliseconds of business time (an integer)
 * @throws {MoshtariError} INVALID_ARGUMENT for an invalid instant, calendar or pause; OUT_OF_RANGE outside 1178–3000 AP
 * @example
 * ```ts
 * const office = createBusinessCalendar({ hours: { wed: [['08:00', '17:00']], sat: [['08:00', '17:00']] } });
 * businessTimeBetween(new Date('2025-10-29T13:00:00Z'), new Date('2025-11-01T06:00:00Z'), office); // 7_200_000 (2 h)
 * ```
 * @category Calendar
 */
export function businessTimeBetween(
  a: Instant,
  b: Instant,
  calendar: BusinessCalendar,
  options?: BusinessTimeOptions,
): number {
  const engine = engineOf(calendar, 'calendar');
  const from = instantMs(a, 'a');
  const to = instantMs(b, 'b');
  const pauses = pausesOf(options, 'options');
  return from <= to ? openBetweenPaused(engine, from, to, pauses) : 0 - openBetweenPaused(engine, to, from, pauses);
}
