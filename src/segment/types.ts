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

/**
 * A scalar operand: number, text or boolean.
 *
 * @example
 * ```ts
 * const v: SegmentScalar = 'تهران';
 * ```
 * @category Segment
 */
export type SegmentScalar = string | number | boolean;

/**
 * The shape every condition shares: a catalog field, an operator and its normalised operand.
 *
 * @example
 * ```ts
 * const c: SegmentConditionOf<'>=', number> = { field: 'age', operator: '>=', value: 18 };
 * ```
 * @category Segment
 */
export type SegmentConditionOf<TOperator extends string, TValue> = {
  /** A field of the catalog (never an SQL identifier taken from the rule). */
  readonly field: string;
  /** The operator. */
  readonly operator: TOperator;
  /** The operand, normalised for the operator. */
  readonly value: TValue;
};

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
  | SegmentConditionOf<'=' | '!=', SegmentScalar>
  | SegmentConditionOf<'<' | '>' | '<=' | '>=', number | string>
  | SegmentConditionOf<
      'contains' | 'beginsWith' | 'endsWith' | 'doesNotContain' | 'doesNotBeginWith' | 'doesNotEndWith',
      string
    >
  | SegmentConditionOf<'null' | 'notNull', null>
  | SegmentConditionOf<'in' | 'notIn', readonly (string | number)[]>
  | SegmentConditionOf<'between' | 'notBetween', readonly [number | string, number | string]>
  | SegmentConditionOf<'withinLast' | 'notWithinLast' | 'olderThan', RelativeTime>
  | SegmentConditionOf<'jalaliMonthIs', readonly JalaliMonthRef[]>
  | SegmentConditionOf<'birthdayWithinNext', number>
  | SegmentConditionOf<'hasAny' | 'hasAll' | 'hasNone', readonly string[]>;

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
export type SegmentRuleInput = SegmentGroup | SegmentRuleGroupInput;

/**
 * react-querybuilder's `RuleGroupType` JSON before validation.
 *
 * @example
 * ```ts
 * const g: SegmentRuleGroupInput = { combinator: 'or', rules: [{ field: 'city', operator: '=', value: 'تهران' }] };
 * ```
 * @category Segment
 */
export type SegmentRuleGroupInput = {
  /** `'and'` or `'or'` (validated). */
  readonly combinator: string;
  /** Negates the group. */
  readonly not?: boolean;
  /** Conditions and nested groups. */
  readonly rules: readonly (SegmentRuleInput | SegmentRuleConditionInput)[];
};

/**
 * One react-querybuilder rule before validation (`value` as the UI sent it, e.g. `'25, 40'`).
 *
 * @example
 * ```ts
 * const r: SegmentRuleConditionInput = { field: 'age', operator: 'between', value: '25, 40' };
 * ```
 * @category Segment
 */
export type SegmentRuleConditionInput = {
  /** A field of the catalog. */
  readonly field: string;
  /** An operator name. */
  readonly operator: string;
  /** The operand as sent. */
  readonly value?: unknown;
};
