import type { SegmentFieldType } from './catalogTypes.js';
import type { SegmentOperator } from './types.js';

/** Internal: operators per field type (segmentation.md §4; ordering only where JS and SQL agree). */
export const OPERATORS_BY_TYPE: { readonly [T in SegmentFieldType]: readonly SegmentOperator[] } = {
  number: ['=', '!=', '<', '>', '<=', '>=', 'null', 'notNull', 'in', 'notIn', 'between', 'notBetween'],
  string: [
    '=',
    '!=',
    'contains',
    'beginsWith',
    'endsWith',
    'doesNotContain',
    'doesNotBeginWith',
    'doesNotEndWith',
    'null',
    'notNull',
    'in',
    'notIn',
  ],
  boolean: ['=', '!=', 'null', 'notNull'],
  instant: [
    '=',
    '!=',
    '<',
    '>',
    '<=',
    '>=',
    'null',
    'notNull',
    'between',
    'notBetween',
    'withinLast',
    'notWithinLast',
    'olderThan',
    'jalaliMonthIs',
  ],
  date: [
    '=',
    '!=',
    '<',
    '>',
    '<=',
    '>=',
    'null',
    'notNull',
    'in',
    'notIn',
    'between',
    'notBetween',
    'withinLast',
    'notWithinLast',
    'olderThan',
    'jalaliMonthIs',
    'birthdayWithinNext',
  ],
  'string[]': ['contains', 'doesNotContain', 'null', 'notNull', 'hasAny', 'hasAll', 'hasNone'],
};

/**
 * Every operator, in documentation order: react-querybuilder's 18 defaults, then moshtari's relative
 * time, Jalali calendar and array operators.
 *
 * @example
 * ```ts
 * SEGMENT_OPERATORS.includes('withinLast'); // true
 * ```
 * @category Segment
 */
export const SEGMENT_OPERATORS: readonly SegmentOperator[] = [
  '=',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  'contains',
  'beginsWith',
  'endsWith',
  'doesNotContain',
  'doesNotBeginWith',
  'doesNotEndWith',
  'null',
  'notNull',
  'in',
  'notIn',
  'between',
  'notBetween',
  'withinLast',
  'notWithinLast',
  'olderThan',
  'jalaliMonthIs',
  'birthdayWithinNext',
  'hasAny',
  'hasAll',
  'hasNone',
];

/** Internal: the largest `amount` per relative-time unit (about 100 years). */
export const MAX_RELATIVE: {
  readonly day: number;
  readonly week: number;
  readonly month: number;
  readonly year: number;
} = { day: 36_525, week: 5_218, month: 1_200, year: 100 };

/** Internal: the largest `birthdayWithinNext` window in days. */
export const MAX_BIRTHDAY_WINDOW = 366;
