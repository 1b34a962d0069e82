import { MoshtariError } from '../core/index.js';
import { type HolidayName, IRAN_HOLIDAY_IDS, type IranHolidayId } from './holidaysRules.js';
import { checkedEpochDay } from './jalaliDays.js';
import type { JalaliDate } from './types.js';

/**
 * An extra day off to add to Iran's official list (a company holiday, a one-off government closure).
 *
 * @example
 * ```ts
 * const closure: IranHolidayAddition = { date: { year: 1404, month: 1, day: 5 }, name: 'تعطیلی شرکت', id: 'company' };
 * ```
 * @category Calendar
 */
export type IranHolidayAddition = {
  /** The Jalali date of the day off. */
  readonly date: JalaliDate;
  /** Its name: a string (used for both languages) or `{ fa, en }`. */
  readonly name: string | HolidayName;
  /** An id for the entry (default `'added'`), returned as the entry's `id`. */
  readonly id?: string;
};

/**
 * Options of {@link iranHolidays} and {@link isIranHoliday}.
 * @category Calendar
 */
export interface IranHolidaysOptions {
  /** Extra days off, returned with `kind: 'company'` and `source: 'added'`; only those in the requested year appear. */
  readonly add?: readonly IranHolidayAddition[];
  /**
   * Official holidays to drop, by rule id (every occurrence of that rule, e.g. `'tasua'`) or by date (every
   * official entry on that day). Applies to official entries only, never to `add`.
   */
  readonly remove?: readonly (IranHolidayId | JalaliDate)[];
  /** Keep lunar holidays whose Hijri month is only estimated (default `true`; they carry `estimated: true`). */
  readonly includeEstimated?: boolean;
}

/** Internal: validated options. */
export type HolidayOptionsChecked = {
  readonly removeIds: ReadonlySet<string>;
  readonly removeDays: ReadonlySet<number>;
  readonly add: readonly { readonly epochDay: number; readonly name: HolidayName; readonly id: string }[];
  readonly includeEstimated: boolean;
};

const KEYS = ['add', 'remove', 'includeEstimated'];

function fail(path: string, message: string): never {
  throw new MoshtariError('INVALID_ARGUMENT', `${path}: ${message}`, { path });
}

function checkName(name: unknown, path: string): HolidayName {
  if (typeof name === 'string' && name.trim() !== '') return { fa: name, en: name };
  if (name !== null && typeof name === 'object') {
    const { fa, en } = name as Record<string, unknown>;
    if (typeof fa === 'string' && fa.trim() !== '' && typeof en === 'string' && en.trim() !== '') return { fa, en };
  }
  return fail(path, `expected a non-empty string or { fa, en } strings, got ${JSON.stringify(name)}`);
}

/** Internal: validates {@link IranHolidaysOptions}; `path` names the options argument in messages. */
export function checkHolidayOptions(options: IranHolidaysOptions | undefined, path: string): HolidayOptionsChecked {
  if (options === undefined) {
    return { removeIds: new Set(), removeDays: new Set(), add: [], includeEstimated: true };
  }
  if (options === null || typeof options !== 'object') fail(path, `expected an options object, got ${String(options)}`);
  for (const key of Object.keys(options)) {
    if (!KEYS.includes(key)) fail(`${path}.${key}`, `unknown option (expected ${KEYS.join(', ')})`);
  }
  const removeIds = new Set<string>();
  const removeDays = new Set<number>();
  if (options.remove !== undefined) {
    if (!Array.isArray(options.remove)) fail(`${path}.remove`, 'expected an array of rule ids or Jalali dates');
    options.remove.forEach((item: IranHolidayId | JalaliDate, i: number) => {
      if (typeof item === 'string') {
        if (!(IRAN_HOLIDAY_IDS as readonly string[]).includes(item)) {
          fail(`${path}.remove[${i}]`, `unknown holiday id ${JSON.stringify(item)} (e.g. 'tasua', 'nowruz')`);
        }
        removeIds.add(item);
      } else removeDays.add(checkedEpochDay(item, `${path}.remove[${i}]`));
    });
  }
  const add: { epochDay: number; name: HolidayName; id: string }[] = [];
  if (options.add !== undefined) {
    if (!Array.isArray(options.add)) fail(`${path}.add`, 'expected an array of { date, name }');
    options.add.forEach((item: IranHolidayAddition, i: number) => {
      if (item === null || typeof item !== 'object') fail(`${path}.add[${i}]`, 'expected { date, name, id? }');
      const epochDay = checkedEpochDay(item.date, `${path}.add[${i}].date`);
      const name = checkName(item.name, `${path}.add[${i}].name`);
      if (item.id !== undefined && (typeof item.id !== 'string' || item.id === '')) {
        fail(`${path}.add[${i}].id`, `expected a non-empty string, got ${JSON.stringify(item.id)}`);
      }
      add.push({ epochDay, name, id: item.id ?? 'added' });
    });
  }
  const includeEstimated = options.includeEstimated ?? true;
  if (typeof includeEstimated !== 'boolean') {
    fail(`${path}.includeEstimated`, `expected a boolean, got ${String(includeEstimated)}`);
  }
  return { removeIds, removeDays, add, includeEstimated };
}
