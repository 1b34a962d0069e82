import { compareJalaliDates, type JalaliDate, jalaliAge } from '../calendar/index.js';
import { fail } from './checks.js';
import type { Customer } from './types.js';

/**
 * An age group: the band's bounds and label, and the exact age.
 *
 * @example
 * ```ts
 * // { label: '25–34', min: 25, max: 34, age: 33 }
 * ```
 * @category Customer
 */
export type AgeGroup = {
  /** `'25–34'`, or `'65+'` for the open last band. */
  readonly label: string;
  /** Lowest age of the band. */
  readonly min: number;
  /** Highest age of the band; absent for the open last band. */
  readonly max?: number | undefined;
  /** Age in whole years on `asOf`. */
  readonly age: number;
};

/**
 * Options of {@link customerAgeGroup}.
 *
 * @example
 * ```ts
 * const options: CustomerAgeGroupOptions = { bandStarts: [0, 20, 30, 40, 50, 60] };
 * ```
 * @category Customer
 */
export interface CustomerAgeGroupOptions {
  /** Ascending lower bounds of the bands, starting at 0; default `[0, 18, 25, 35, 45, 55, 65]`. */
  readonly bandStarts?: readonly number[];
}

const DEFAULT_BANDS: readonly number[] = [0, 18, 25, 35, 45, 55, 65];

/**
 * The age group of a person, derived from the Jalali birth date on `asOf` (never stored, so it is
 * always current). Organizations, people without a birth date and birth dates after `asOf` give `undefined`.
 *
 * @param customer - the customer
 * @param asOf - the day to measure on (a Jalali date; the function never reads the clock)
 * @param options - `bandStarts`
 * @returns the group, or `undefined`
 * @throws {MoshtariError} INVALID_POLICY for band starts that are not ascending integers from 0;
 *   the calendar's INVALID_DATE for an impossible date
 * @example
 * ```ts
 * const person: Customer = { kind: 'person', id: customerId('c-1'), name: { first: 'علی' }, birthDate: { year: 1370, month: 5, day: 12 } };
 * customerAgeGroup(person, { year: 1404, month: 6, day: 1 }); // { label: '25–34', min: 25, max: 34, age: 34 }
 * ```
 * @category Customer
 */
export function customerAgeGroup(
  customer: Customer<unknown>,
  asOf: JalaliDate,
  options: CustomerAgeGroupOptions = {},
): AgeGroup | undefined {
  const bands = options.bandStarts ?? DEFAULT_BANDS;
  if (bands[0] !== 0 || bands.some((b, i) => !Number.isSafeInteger(b) || (i > 0 && b <= (bands[i - 1] as number)))) {
    fail('INVALID_POLICY', 'options.bandStarts: expected ascending integers starting at 0', 'options.bandStarts');
  }
  if (customer.kind !== 'person' || customer.birthDate === undefined) return undefined;
  const born = customer.birthDate;
  if (compareJalaliDates(born, asOf) > 0) return undefined;
  const age = jalaliAge(born, asOf);
  let i = bands.length - 1;
  while ((bands[i] as number) > age) i--;
  const min = bands[i] as number;
  const next = bands[i + 1];
  return next === undefined ? { label: `${min}+`, min, age } : { label: `${min}–${next - 1}`, min, max: next - 1, age };
}
