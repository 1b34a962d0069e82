/**
 * Every `code` the segment module throws through `MoshtariError` (from `moshtari/core`), for input
 * that breaks a function's contract (programmer errors; the error's `path` names the bad value):
 *
 * - `INVALID_RULE`: `compileSegment`, `explainSegment` or `segmentToSql` got a rule that
 *   {@link parseSegmentRule} rejects; the message and `path` are those of the first issue
 *   (e.g. `$.rules[1].operator`). Call `parseSegmentRule` first to get every issue as data.
 * - `INVALID_CATALOG`: a field catalog entry is malformed (unknown type, reserved name such as
 *   `__proto__` or `constructor`, bad SQL column name, `text` on a non-text field, …).
 * - `INVALID_OPTION`: an option is missing or out of range (`now` needed by a relative-time rule,
 *   `bins`, `k`, `seed`, level shares, limits, …).
 * - `NOT_PUSHABLE`: `segmentToSql` was asked for a condition PostgreSQL cannot evaluate exactly like
 *   the JS predicate (Persian-normalised text on a column not declared as holding search keys, or a
 *   field with a JS-only `get` accessor and no SQL column). Never approximated.
 * - `INVALID_IDENTIFIER`: an SQL table or column name that cannot be quoted safely.
 * - `INVALID_VALUE`: a customer row value out of contract in RFM, pyramids or k-means (negative or
 *   fractional order count, non-finite money, a purchase after `asOf`, …).
 * - `INVALID_RFM_MAP`: an RFM segment map with a score box outside `1…bins` or an empty name.
 * - `INVALID_ARGUMENT`: an argument of the wrong type (not an array, not an object, …).
 *
 * Calendar codes (`INVALID_TIME_ZONE`, `OUT_OF_RANGE`) may also surface from `now` / `asOf`.
 *
 * @example
 * ```ts
 * import { isMoshtariError } from 'moshtari/core';
 * import { compileSegment, type SegmentErrorCode } from 'moshtari/segment';
 *
 * try {
 *   compileSegment({ combinator: 'and', rules: [] }, { catalog: {} });
 * } catch (error) {
 *   if (isMoshtariError(error)) console.log(error.code as SegmentErrorCode, error.path); // 'INVALID_RULE' '$.rules'
 * }
 * ```
 * @category Segment
 */
export type SegmentErrorCode =
  | 'INVALID_RULE'
  | 'INVALID_CATALOG'
  | 'INVALID_OPTION'
  | 'NOT_PUSHABLE'
  | 'INVALID_IDENTIFIER'
  | 'INVALID_VALUE'
  | 'INVALID_RFM_MAP'
  | 'INVALID_ARGUMENT';

/**
 * Why {@link parseSegmentRule} rejected a rule (one issue each):
 *
 * - `MALFORMED_RULE`: not a group `{ combinator, rules }` or a rule `{ field, operator, value }`,
 *   invalid JSON text, a non-boolean `not`, or an RQB "independent combinators" array.
 * - `UNKNOWN_COMBINATOR`: a combinator other than `'and'` / `'or'` (`xor` included).
 * - `UNKNOWN_FIELD`: a field the catalog does not declare (never looked up on the prototype).
 * - `UNKNOWN_OPERATOR`: an operator outside the closed operator set.
 * - `TYPE_MISMATCH`: an operator that does not apply to the field's type, or a value of the wrong
 *   type (text for a number field, a number for a text field, …).
 * - `INVALID_VALUE`: a value of the right type but unusable: empty text, a bad date, a month
 *   outside 1–12, a non-finite number, `valueSource: 'field'`.
 * - `EMPTY_LIST`: `in`, `notIn`, `hasAny`, `hasAll`, `hasNone` or `jalaliMonthIs` with no element.
 * - `MALFORMED_BETWEEN`: `between` / `notBetween` without exactly two values, or low > high.
 * - `BAD_RELATIVE_TIME`: a relative time that is not `{ amount, unit }` with a whole `amount`
 *   in range and `unit` day, week, month or year.
 * - `EMPTY_GROUP`: a group with no rule left (fails closed; never "match everyone").
 * - `TOO_DEEP`: nesting deeper than `limits.maxDepth` (checked before descending).
 * - `TOO_LARGE`: more conditions, list elements or text characters than the limits allow.
 *
 * @example
 * ```ts
 * const code: SegmentRuleIssueCode = 'UNKNOWN_FIELD';
 * ```
 * @category Segment
 */
export type SegmentRuleIssueCode =
  | 'MALFORMED_RULE'
  | 'UNKNOWN_COMBINATOR'
  | 'UNKNOWN_FIELD'
  | 'UNKNOWN_OPERATOR'
  | 'TYPE_MISMATCH'
  | 'INVALID_VALUE'
  | 'EMPTY_LIST'
  | 'MALFORMED_BETWEEN'
  | 'BAD_RELATIVE_TIME'
  | 'EMPTY_GROUP'
  | 'TOO_DEEP'
  | 'TOO_LARGE';

/**
 * One problem found in a segment rule, with the JSON path of the offending part.
 *
 * @example
 * ```ts
 * const issue: SegmentRuleIssue = {
 *   code: 'EMPTY_LIST',
 *   path: '$.rules[0].value',
 *   message: '$.rules[0].value: "in" needs at least one value',
 * };
 * ```
 * @category Segment
 */
export type SegmentRuleIssue = {
  /** What kind of problem it is. */
  readonly code: SegmentRuleIssueCode;
  /** JSON path of the offending part, from `$` (the root group), e.g. `$.rules[1].rules[2].value`. */
  readonly path: string;
  /** An English sentence that starts with the path. */
  readonly message: string;
};

/**
 * The failure of {@link parseSegmentRule}: the first issue's `code`, `path` and `message`, plus
 * every issue found (at most 50), so a query-builder UI can mark each offending rule.
 *
 * @example
 * ```ts
 * function show(e: SegmentRuleError): string {
 *   return e.issues.map((i) => i.message).join('\n');
 * }
 * ```
 * @category Segment
 */
export type SegmentRuleError = SegmentRuleIssue & {
  /** All issues found, in document order (the first one is repeated at the top level). */
  readonly issues: readonly SegmentRuleIssue[];
};
