import { valueTest } from './leafTest.js';
import { prepare, type SegmentOptions } from './options.js';
import { type BoundGroup, type BoundLeaf, bindRule, type LeafTest } from './resolve.js';
import type { SegmentOperator, SegmentRuleInput } from './types.js';
import { isoOfEpochDay } from './values.js';

/**
 * How one condition decided, for "why is this customer (not) in the segment".
 *
 * @example
 * ```ts
 * const e: SegmentConditionExplanation = {
 *   kind: 'condition', path: '$.rules[0]', field: 'age', operator: '>=', value: 18, actual: 30, result: true,
 * };
 * ```
 * @category Segment
 */
export type SegmentConditionExplanation = {
  /** Always `'condition'`. */
  readonly kind: 'condition';
  /** JSON path of the condition in the rule, e.g. `$.rules[1].rules[0]`. */
  readonly path: string;
  /** The field name. */
  readonly field: string;
  /** The field's catalog label, when it has one. */
  readonly label?: string;
  /** The operator. */
  readonly operator: SegmentOperator;
  /** The normalised operand from the rule. */
  readonly value: unknown;
  /** The record's value as read (`undefined` when missing). */
  readonly actual: unknown;
  /** Whether the condition holds for this record. */
  readonly result: boolean;
  /** What a relative or calendar operand resolved to at compile time, e.g. `'2025-03-03T00:00:00.000Z … 2025-06-01T00:00:00.000Z'`. */
  readonly resolved?: string;
};

/**
 * How one group decided: its children's explanations and its own result (after `not`).
 *
 * @example
 * ```ts
 * const g: SegmentGroupExplanation = { kind: 'group', path: '$', combinator: 'and', not: false, result: true, rules: [] };
 * ```
 * @category Segment
 */
export type SegmentGroupExplanation = {
  /** Always `'group'`. */
  readonly kind: 'group';
  /** JSON path of the group (`$` for the root). */
  readonly path: string;
  /** The combinator. */
  readonly combinator: 'and' | 'or';
  /** Whether the group is negated. */
  readonly not: boolean;
  /** The group's result, `not` applied. */
  readonly result: boolean;
  /** Every child, evaluated even when an earlier one already decided. */
  readonly rules: readonly SegmentExplanation[];
};

/**
 * The rule tree with every condition's actual value and result.
 *
 * @example
 * ```ts
 * function failed(e: SegmentExplanation): string[] {
 *   return e.kind === 'condition' ? (e.result ? [] : [e.path]) : e.rules.flatMap(failed);
 * }
 * ```
 * @category Segment
 */
export type SegmentExplanation = SegmentGroupExplanation | SegmentConditionExplanation;

function describeTest(leaf: BoundLeaf): string | undefined {
  const t: LeafTest = leaf.test;
  const type = leaf.field.type;
  const show = (n: number): string =>
    type === 'date' ? isoOfEpochDay(n) : Number.isFinite(n) ? new Date(n).toISOString() : String(n);
  if (type === 'instant' || type === 'date') {
    if (t.k === 'range') return `${t.negate ? 'outside ' : ''}${show(t.lo)} … ${show(t.hi)}`;
    if (t.k === 'cmp') return `${t.op} ${show(t.v)}`;
    if (t.k === 'eq') return `${t.negate ? '≠' : '='} ${show(t.v as number)}`;
  }
  if (t.k === 'month') return `Jalali month ${t.months.join(', ')}`;
  if (t.k === 'birthday')
    return `Jalali month-day ${t.codes.map((c) => `${Math.floor(c / 100)}/${c % 100}`).join(', ')}`;
  return undefined;
}

function explainLeaf(leaf: BoundLeaf, record: object, timeZone: string): SegmentConditionExplanation {
  const { field, condition } = leaf;
  const actual = field.get !== undefined ? field.get(record) : (record as Record<string, unknown>)[field.name];
  const result = valueTest(leaf, timeZone)(actual);
  const resolved = describeTest(leaf);
  return {
    kind: 'condition',
    path: leaf.path,
    field: field.name,
    ...(field.def.label === undefined ? {} : { label: field.def.label }),
    operator: condition.operator,
    value: condition.value,
    actual,
    result,
    ...(resolved === undefined ? {} : { resolved }),
  };
}

/** Depth is bounded by the parser's `maxDepth` (≤ 256). */
function explainGroup(group: BoundGroup, record: object, timeZone: string): SegmentGroupExplanation {
  const rules = group.children.map((c) =>
    c.kind === 'leaf' ? explainLeaf(c, record, timeZone) : explainGroup(c, record, timeZone),
  );
  const raw = group.and ? rules.every((r) => r.result) : rules.some((r) => r.result);
  return {
    kind: 'group',
    path: group.path,
    combinator: group.and ? 'and' : 'or',
    not: group.not,
    result: raw !== group.not,
    rules,
  };
}

/**
 * Explains how a rule decides for one record: the rule tree with each condition's actual value,
 * resolved operand (cutoffs, Jalali months) and result, and each group's result. The root's
 * `result` always equals `compileSegment(rule, options)(record)`.
 *
 * @param rule - a validated rule or react-querybuilder JSON (validated here)
 * @param record - the customer record
 * @param options - the same options as {@link compileSegment}
 * @returns the explanation tree
 * @throws {MoshtariError} INVALID_RULE; INVALID_CATALOG; INVALID_OPTION
 * @example
 * ```ts
 * const why = explainSegment(
 *   { combinator: 'and', rules: [{ field: 'age', operator: '>=', value: 18 }, { field: 'city', operator: '=', value: 'تهران' }] },
 *   { age: 30, city: 'اصفهان' },
 *   { catalog: { age: { type: 'number' }, city: { type: 'string' } } },
 * );
 * why.result; // false
 * why.rules.map((r) => r.result); // [true, false]
 * ```
 * @category Segment
 */
export function explainSegment(rule: SegmentRuleInput, record: object, options: SegmentOptions): SegmentExplanation {
  const prepared = prepare(rule, options);
  return explainGroup(bindRule(prepared), record, prepared.timeZone);
}
