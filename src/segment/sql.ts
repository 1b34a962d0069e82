import { MoshtariError } from '../core/index.js';
import type { SegmentErrorCode } from './errors.js';
import { prepare, type SegmentOptions } from './options.js';
import { type BoundGroup, bindRule } from './resolve.js';
import { leafSql, type SqlState } from './sqlLeaf.js';
import { type SegmentSql, SqlParams } from './sqlText.js';
import type { SegmentRuleInput } from './types.js';

/**
 * Options of {@link segmentToSql}: those of {@link compileSegment} and the first placeholder number.
 *
 * @example
 * ```ts
 * const options: SegmentToSqlOptions = { catalog: { age: { type: 'number' } }, firstParam: 3 };
 * ```
 * @category Segment
 */
export interface SegmentToSqlOptions extends SegmentOptions {
  /** Number of the first placeholder (default 1), to splice the condition into a query that already has `$1…$n`. */
  readonly firstParam?: number;
}

/** Depth is bounded by the parser's `maxDepth` (≤ 256). */
function groupSql(s: SqlState, group: BoundGroup): string {
  const parts = group.children.map((c) => (c.kind === 'leaf' ? leafSql(s, c) : groupSql(s, c)));
  const body = parts.length === 1 ? (parts[0] as string) : `(${parts.join(group.and ? ' AND ' : ' OR ')})`;
  return group.not ? `(NOT ${body})` : body;
}

/**
 * Compiles a segment rule into a parameterized PostgreSQL boolean expression (a WHERE condition)
 * with the same results as {@link compileSegment}. Identifiers come only from the catalog
 * (quoted), operators from a fixed table, every rule value is a bind parameter (lists as one array
 * parameter), LIKE wildcards are escaped, and each condition is two-valued (`col IS NOT NULL AND …`),
 * so `NOT` and `NULL` behave as in JS. Relative times, Jalali months and birthdays are resolved in
 * JS from `now` and bound; Jalali dates are computed in SQL from a bound table of Nowruz days.
 * A condition PostgreSQL cannot evaluate exactly throws NOT_PUSHABLE instead of being approximated.
 *
 * @param rule - a validated rule or react-querybuilder JSON (validated here)
 * @param options - `catalog` (with `sql` mappings), `now`, `timeZone`, `firstParam`, `limits`
 * @returns `{ text, values }`; use as `WHERE ${text}` with `client.query(sql, values)`
 * @throws {MoshtariError} INVALID_RULE; INVALID_CATALOG; INVALID_OPTION; INVALID_IDENTIFIER; NOT_PUSHABLE
 * @example
 * ```ts
 * const where = segmentToSql(
 *   { combinator: 'and', rules: [{ field: 'age', operator: 'between', value: '25,40' }] },
 *   { catalog: { age: { type: 'number', sql: { column: 'age_years' } } } },
 * );
 * // where.text   === '("age_years" IS NOT NULL AND "age_years" BETWEEN $1::numeric AND $2::numeric)'
 * // where.values → [25, 40]
 * await client.query(`SELECT id FROM customers WHERE ${where.text}`, [...where.values]);
 * ```
 * @category Segment
 */
export function segmentToSql(rule: SegmentRuleInput, options: SegmentToSqlOptions): SegmentSql {
  const first = options?.firstParam ?? 1;
  if (!Number.isSafeInteger(first) || first < 1) {
    throw new MoshtariError<SegmentErrorCode>('INVALID_OPTION', 'options.firstParam: expected a whole number ≥ 1', {
      path: 'options.firstParam',
    });
  }
  const prepared = prepare(rule, options);
  const state: SqlState = { params: new SqlParams(first), timeZone: prepared.timeZone };
  const text = groupSql(state, bindRule(prepared));
  return { text, values: state.params.values };
}
