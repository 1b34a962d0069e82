import type { JalaliDate } from '../calendar/index.js';

/**
 * Options of the customer schema factories (`customerSchema`, `contactPointsSchema`, …).
 *
 * @example
 * ```ts
 * const options: CustomerSchemaOptions = { locale: 'en', asOf: { year: 1404, month: 1, day: 1 } };
 * ```
 * @category Customer
 */
export interface CustomerSchemaOptions {
  /** Language of issue messages: `'fa'` (default) or `'en'`. Every message names the field. */
  readonly locale?: 'fa' | 'en';
  /**
   * "Today" for date checks (the schema never reads the clock): birth dates after it, or more than
   * 130 years before it, are refused. Without it only the calendar validity of dates is checked.
   */
  readonly asOf?: JalaliDate;
}
