/**
 * A civil date in the Jalali (Solar Hijri) calendar: `month` 1 = Farvardin … 12 = Esfand.
 * A date has no time zone; it is the same day everywhere.
 *
 * @example
 * ```ts
 * const nowruz1404: JalaliDate = { year: 1404, month: 1, day: 1 };
 * ```
 * @category Calendar
 */
export type JalaliDate = {
  /** Jalali year, 1178–3000 supported. */
  readonly year: number;
  /** 1 (Farvardin) … 12 (Esfand). */
  readonly month: number;
  /** 1 … 31 (months 1–6), 30 (7–11), 29 or 30 (Esfand). */
  readonly day: number;
};

/**
 * A civil date in the (proleptic) Gregorian calendar: `month` 1 = January.
 *
 * @example
 * ```ts
 * const d: GregorianDate = { year: 2025, month: 3, day: 21 };
 * ```
 * @category Calendar
 */
export type GregorianDate = {
  /** Gregorian year. */
  readonly year: number;
  /** 1 (January) … 12 (December). */
  readonly month: number;
  /** 1 … 31. */
  readonly day: number;
};

/**
 * A wall-clock time of day.
 *
 * @example
 * ```ts
 * const opening: TimeOfDay = { hour: 8, minute: 0, second: 0, millisecond: 0 };
 * ```
 * @category Calendar
 */
export type TimeOfDay = {
  /** 0 … 23. */
  readonly hour: number;
  /** 0 … 59. */
  readonly minute: number;
  /** 0 … 59. */
  readonly second: number;
  /** 0 … 999. */
  readonly millisecond: number;
};

/**
 * A Jalali civil date with a wall-clock time, in some time zone.
 *
 * @example
 * ```ts
 * const t: JalaliDateTime = { year: 1404, month: 1, day: 1, hour: 9, minute: 30, second: 0, millisecond: 0 };
 * ```
 * @category Calendar
 */
export type JalaliDateTime = JalaliDate & TimeOfDay;

/**
 * Days of the week, Saturday first as in Iran.
 *
 * @example
 * ```ts
 * const weekend: readonly Weekday[] = ['fri'];
 * ```
 * @category Calendar
 */
export type Weekday = 'sat' | 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri';

/**
 * An instant: a `Date` or milliseconds since 1970-01-01T00:00:00Z.
 *
 * @example
 * ```ts
 * const a: Instant = new Date('2025-03-20T20:30:00Z');
 * const b: Instant = 1742502600000;
 * ```
 * @category Calendar
 */
export type Instant = Date | number;
