/**
 * Every operator a rule may use: react-querybuilder's defaults plus relative time, Jalali calendar
 * and array operators (segmentation.md §2.4, §3).
 *
 * @example
 * ```ts
 * const op: SegmentOperator = 'withinLast';
 * ```
 * @category Segment
 */
export type SegmentOperator =
  | '='
  | '!='
  | '<'
  | '>'
  | '<='
  | '>='
  | 'contains'
  | 'beginsWith'
  | 'endsWith'
  | 'doesNotContain'
  | 'doesNotBeginWith'
  | 'doesNotEndWith'
  | 'null'
  | 'notNull'
  | 'in'
  | 'notIn'
  | 'between'
  | 'notBetween'
  | 'withinLast'
  | 'notWithinLast'
  | 'olderThan'
  | 'jalaliMonthIs'
  | 'birthdayWithinNext'
  | 'hasAny'
  | 'hasAll'
  | 'hasNone';

/**
 * A relative time span: `amount` whole units back from `now`. Months and years are Jalali
 * calendar months (same day of month, clamped to the month's length; same wall-clock time).
 *
 * @example
 * ```ts
 * const lastQuarter: RelativeTime = { amount: 3, unit: 'month' };
 * ```
 * @category Segment
 */
export type RelativeTime = {
  /** A whole number ≥ 0 (at most 36,525 days, 5,218 weeks, 1,200 months or 100 years). */
  readonly amount: number;
  /** The unit; days and weeks are 24 h and 7 × 24 h for instants and civil days for dates. */
  readonly unit: 'day' | 'week' | 'month' | 'year';
};

/**
 * A Jalali month: 1 (Farvardin) … 12 (Esfand), or a month relative to `now` in the time zone.
 *
 * @example
 * ```ts
 * const birthdayMonth: JalaliMonthRef = 'current';
 * ```
 * @category Segment
 */
export type JalaliMonthRef = number | 'current' | 'next' | 'previous';

/** A scalar operand: number, text or boolean. */
type Scalar = string | number | boolean;

/**
 * One validated condition. `value` is normalised: numbers are numbers, lists are arrays, text of a
 * `'search'` field is already normalised, a date-time is epoch milliseconds (a bare `'YYYY-MM-DD'`
 * for an instant stays text and means the start of that day in the compile-time zone).
 *
 * @example
 * ```ts
 * const c: SegmentCondition = { field: 'age', operator: 'between', value: [25, 40] };
 * ```
 * @category Segment
 */
export type SegmentCondition =
  | { readonly field: string; readonly operator: '=' | '!='; readonly value: Scalar }
  | { readonly field: string; readonly operator: '<' | '>' | '<=' | '>='; readonly value: number | string }
  | {
      readonly field: string;
      readonly operator:
        | 'contains'
        | 'beginsWith'
        | 'endsWith'
        | 'doesNotContain'
        | 'doesNotBeginWith'
        | 'doesNotEndWith';
      readonly value: string;
    }
  | { readonly field: string; readonly operator: 'null' | 'notNull'; readonly value: null }
  | { readonly field: string; readonly operator: 'in' | 'notIn'; readonly value: readonly (string | number)[] }
  | {
      readonly field: string;
      readonly operator: 'between' | 'notBetween';
      readonly value: readonly [number | string, number | string];
    }
  | {
      readonly field: string;
      readonly operator: 'withinLast' | 'notWithinLast' | 'olderThan';
      readonly value: RelativeTime;
    }
  | { readonly field: string; readonly operator: 'jalaliMonthIs'; readonly value: readonly JalaliMonthRef[] }
  | { readonly field: string; readonly operator: 'birthdayWithinNext'; readonly value: number }
  | { readonly field: string; readonly operator: 'hasAny' | 'hasAll' | 'hasNone'; readonly value: readonly string[] };

/**
 * A validated group: react-querybuilder's `RuleGroupType` shape with `not` always present. A
 * validated rule is itself valid input, so it can be stored and parsed again.
 *
 * @example
 * ```ts
 * const g: SegmentGroup = { combinator: 'or', not: false, rules: [{ field: 'vip', operator: '=', value: true }] };
 * ```
 * @category Segment
 */
export type SegmentGroup = {
  /** `'and'`: every rule must match; `'or'`: at least one. */
  readonly combinator: 'and' | 'or';
  /** Negates the group (unknown values count as "not matching" before negation, as in JS). */
  readonly not: boolean;
  /** At least one condition or group. */
  readonly rules: readonly (SegmentCondition | SegmentGroup)[];
};

/**
 * What the segment functions accept as a rule: a validated {@link SegmentGroup} or
 * react-querybuilder's `RuleGroupType` JSON as the UI produced it (validated on every call).
 *
 * @example
 * ```ts
 * const fromUi: SegmentRuleInput = { combinator: 'and', rules: [{ field: 'age', operator: '>=', value: '18' }] };
 * ```
 * @category Segment
 */
export type SegmentRuleInput =
  | SegmentGroup
  | {
      readonly combinator: string;
      readonly not?: boolean;
      readonly rules: readonly (
        | SegmentRuleInput
        | { readonly field: string; readonly operator: string; readonly value?: unknown }
      )[];
    };
