import { err, MoshtariError, ok, type Result } from '../core/index.js';
import { type CheckedCatalog, checkCatalog } from './catalog.js';
import type { SegmentCatalog } from './catalogTypes.js';
import type { SegmentErrorCode, SegmentRuleError } from './errors.js';
import { own, parseCondition } from './parseCondition.js';
import { issue, type ParseContext } from './parseValue.js';
import type { SegmentCondition, SegmentGroup } from './types.js';
import { describeValue } from './values.js';

/**
 * Size limits that make hostile rules fail fast (segmentation.md §5.7). Defaults in brackets.
 *
 * @example
 * ```ts
 * const strict: SegmentLimits = { maxDepth: 8, maxConditions: 200 };
 * ```
 * @category Segment
 */
export interface SegmentLimits {
  /** Deepest group nesting, the root group being level 1 [32; at most 256]. */
  readonly maxDepth?: number;
  /** Most conditions in the whole rule [1,000]. */
  readonly maxConditions?: number;
  /** Most values in one list (`in`, `hasAny`, …) [10,000]. */
  readonly maxListLength?: number;
  /** Longest text operand in characters [1,000]. */
  readonly maxTextLength?: number;
}

/**
 * Options of {@link parseSegmentRule}.
 *
 * @example
 * ```ts
 * const options: ParseSegmentRuleOptions = { limits: { maxDepth: 8 } };
 * ```
 * @category Segment
 */
export interface ParseSegmentRuleOptions {
  /** Size limits; see {@link SegmentLimits}. */
  readonly limits?: SegmentLimits;
}

const MAX_JSON_TEXT = 10_000_000;

type State = ParseContext & {
  readonly catalog: CheckedCatalog;
  readonly maxDepth: number;
  readonly maxConditions: number;
  conditions: number;
};

function limit(value: number | undefined, fallback: number, name: string, max = 10_000_000): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new MoshtariError<SegmentErrorCode>(
      'INVALID_OPTION',
      `options.limits.${name}: expected a whole number 1–${max}`,
      {
        path: `options.limits.${name}`,
      },
    );
  }
  return value;
}

/** A muted rule (skipped, as RQB's exporters skip it). */
const MUTED: { readonly muted: true } = { muted: true };

function parseGroup(s: State, raw: object, path: string, depth: number): SegmentGroup | undefined {
  if (depth > s.maxDepth) return issue(s, 'TOO_DEEP', path, `groups nested deeper than ${s.maxDepth} levels`);
  const combinator = own(raw, 'combinator');
  const lower = typeof combinator === 'string' ? combinator.toLowerCase() : undefined;
  let bad = false;
  if (lower !== 'and' && lower !== 'or') {
    bad = true;
    issue(s, 'UNKNOWN_COMBINATOR', `${path}.combinator`, `expected "and" or "or", got ${describeValue(combinator)}`);
  }
  const not = own(raw, 'not');
  if (not !== undefined && typeof not !== 'boolean') {
    bad = true;
    issue(s, 'MALFORMED_RULE', `${path}.not`, `expected true or false, got ${describeValue(not)}`);
  }
  const rules = own(raw, 'rules') as unknown[];
  if (rules.length > s.maxConditions) {
    return issue(s, 'TOO_LARGE', `${path}.rules`, `more than ${s.maxConditions} rules`);
  }
  const out: (SegmentCondition | SegmentGroup)[] = [];
  for (let i = 0; i < rules.length && s.conditions <= s.maxConditions; i++) {
    const child = parseNode(s, rules[i], `${path}.rules[${i}]`, depth + 1);
    if (child === undefined) bad = true;
    else if (child !== MUTED) out.push(child as SegmentCondition | SegmentGroup);
  }
  if (!bad && out.length === 0) return issue(s, 'EMPTY_GROUP', `${path}.rules`, 'a group needs at least one rule');
  if (bad) return undefined;
  return { combinator: lower as 'and' | 'or', not: not === true, rules: out };
}

function parseNode(
  s: State,
  raw: unknown,
  path: string,
  depth: number,
): SegmentCondition | SegmentGroup | typeof MUTED | undefined {
  if (typeof raw === 'string') {
    return issue(
      s,
      'MALFORMED_RULE',
      path,
      'independent combinators (RuleGroupTypeIC) are not supported; convert with convertFromIC',
    );
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return issue(s, 'MALFORMED_RULE', path, `expected a rule or a group, got ${describeValue(raw)}`);
  }
  if (own(raw, 'muted') === true) return MUTED;
  if (Array.isArray(own(raw, 'rules'))) return parseGroup(s, raw, path, depth);
  if (own(raw, 'rules') !== undefined || own(raw, 'combinator') !== undefined) {
    return issue(s, 'MALFORMED_RULE', `${path}.rules`, 'a group needs a rules array');
  }
  if (++s.conditions > s.maxConditions) return issue(s, 'TOO_LARGE', path, `more than ${s.maxConditions} conditions`);
  return parseCondition(s, s.catalog, raw, path);
}

/** Internal: parses against an already checked catalog. */
export function parseChecked(
  json: unknown,
  catalog: CheckedCatalog,
  options: ParseSegmentRuleOptions | undefined,
): Result<SegmentGroup, SegmentRuleError> {
  const limits = options?.limits;
  const s: State = {
    issues: [],
    catalog,
    maxDepth: limit(limits?.maxDepth, 32, 'maxDepth', 256),
    maxConditions: limit(limits?.maxConditions, 1000, 'maxConditions'),
    maxListLength: limit(limits?.maxListLength, 10_000, 'maxListLength'),
    maxTextLength: limit(limits?.maxTextLength, 1000, 'maxTextLength'),
    conditions: 0,
  };
  let input = json;
  if (typeof json === 'string') {
    if (json.length > MAX_JSON_TEXT) issue(s, 'TOO_LARGE', '$', `JSON text longer than ${MAX_JSON_TEXT} characters`);
    else {
      try {
        input = JSON.parse(json);
      } catch (e) {
        issue(s, 'MALFORMED_RULE', '$', `invalid JSON (${e instanceof Error ? e.message : 'parse error'})`);
      }
    }
  }
  let root: SegmentGroup | undefined;
  if (s.issues.length === 0) {
    const isGroup = input !== null && typeof input === 'object' && Array.isArray(own(input, 'rules'));
    if (!isGroup) issue(s, 'MALFORMED_RULE', '$', 'expected a group { combinator, rules: [...] }');
    else if (own(input as object, 'muted') === true) issue(s, 'EMPTY_GROUP', '$', 'the whole rule is muted');
    else root = parseGroup(s, input as object, '$', 1);
  }
  const first = s.issues[0];
  if (first !== undefined) return err({ ...first, issues: s.issues });
  if (root === undefined)
    throw new MoshtariError('ASSERTION', 'segment rule parse returned neither a rule nor an issue');
  return ok(root);
}

/**
 * Validates a segment rule (react-querybuilder `RuleGroupType` JSON, as an object or JSON text)
 * against a field catalog, strictly: unknown fields, operators or combinators, type mismatches,
 * empty lists, malformed `between`, bad relative times, empty groups, too deep or too large rules
 * are all reported with the JSON path of the offending part. Nothing is dropped silently (only
 * rules RQB marks `muted`, as its own exporters do), and nothing falls back to "match everyone".
 * Text operands of `'search'` fields come back Persian-normalised (`normalizePersian`, search mode).
 *
 * @param json - the rule: an object or its JSON text (untrusted input)
 * @param catalog - the fields rules may use (trusted; see {@link SegmentCatalog})
 * @param options - size `limits` (defaults: depth 32, 1,000 conditions, 10,000 list values, 1,000 characters)
 * @returns `ok` with the normalised rule (itself valid input), or `err` with every issue found
 * @throws {MoshtariError} INVALID_CATALOG for a malformed catalog; INVALID_OPTION for bad limits
 * @example
 * ```ts
 * const catalog = { age: { type: 'number' }, city: { type: 'string' } } as const;
 * parseSegmentRule({ combinator: 'and', rules: [{ field: 'age', operator: 'between', value: '25,40' }] }, catalog);
 * // ok: { combinator: 'and', not: false, rules: [{ field: 'age', operator: 'between', value: [25, 40] }] }
 * parseSegmentRule({ combinator: 'and', rules: [{ field: 'agee', operator: '=', value: 1 }] }, catalog);
 * // err: { code: 'UNKNOWN_FIELD', path: '$.rules[0].field', message: '$.rules[0].field: unknown field "agee" …', issues: [...] }
 * ```
 * @category Segment
 */
export function parseSegmentRule(
  json: unknown,
  catalog: SegmentCatalog,
  options?: ParseSegmentRuleOptions,
): Result<SegmentGroup, SegmentRuleError> {
  return parseChecked(json, checkCatalog(catalog), options);
}
