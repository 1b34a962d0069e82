import { addJalaliMonths, fromJalali, jalaliToEpochDay, toJalali } from '../calendar/index.js';
import { MoshtariError } from '../core/index.js';
import type { CheckedField } from './catalog.js';
import type { SegmentErrorCode } from './errors.js';
import { birthdayCodes, civilDayOf, startOfCivilDay } from './jalaliDays.js';
import type { Prepared } from './options.js';
import type { JalaliMonthRef, RelativeTime, SegmentCondition, SegmentGroup } from './types.js';
import { isoDay, MS_PER_DAY } from './values.js';

/**
 * Internal: a condition reduced to constants resolved once from `now` and the zone; the JS and SQL
 * back-ends both read these, so they cannot disagree on a cutoff. Instants are epoch ms, dates
 * epoch days.
 */
export type LeafTest =
  | { readonly k: 'null'; readonly negate: boolean }
  | { readonly k: 'eq'; readonly v: number | string | boolean; readonly negate: boolean }
  | { readonly k: 'cmp'; readonly op: '<' | '>' | '<=' | '>='; readonly v: number }
  | { readonly k: 'range'; readonly lo: number; readonly hi: number; readonly negate: boolean }
  | { readonly k: 'in'; readonly values: readonly (number | string)[]; readonly negate: boolean }
  | { readonly k: 'text'; readonly mode: 'contains' | 'begins' | 'ends'; readonly v: string; readonly negate: boolean }
  | { readonly k: 'month'; readonly months: readonly number[] }
  | { readonly k: 'birthday'; readonly codes: readonly number[] }
  | { readonly k: 'array'; readonly mode: 'any' | 'all' | 'none'; readonly values: readonly string[] };

/** Internal: a resolved condition. */
export type BoundLeaf = {
  readonly kind: 'leaf';
  readonly path: string;
  readonly field: CheckedField;
  readonly condition: SegmentCondition;
  readonly test: LeafTest;
};

/** Internal: a resolved group. */
export type BoundGroup = {
  readonly kind: 'group';
  readonly path: string;
  readonly and: boolean;
  readonly not: boolean;
  readonly children: readonly (BoundLeaf | BoundGroup)[];
};

function needNow(p: Prepared, path: string): number {
  if (p.now === undefined) {
    throw new MoshtariError<SegmentErrorCode>(
      'INVALID_OPTION',
      `options.now: required by the relative condition at ${path}`,
      {
        path: 'options.now',
      },
    );
  }
  return p.now;
}

/** Operand of an instant (ms) or date (epoch day) field as a number; others unchanged. */
function operand(p: Prepared, field: CheckedField, v: string | number | boolean): string | number | boolean {
  if (field.type === 'date') return isoDay(v as string);
  if (field.type === 'instant' && typeof v === 'string') return startOfCivilDay(isoDay(v), p.timeZone);
  return v;
}

function relativeStart(p: Prepared, field: CheckedField, rel: RelativeTime, now: number): number {
  const months = rel.unit === 'month' ? rel.amount : rel.unit === 'year' ? 12 * rel.amount : 0;
  const days = rel.unit === 'week' ? 7 * rel.amount : rel.unit === 'day' ? rel.amount : 0;
  if (field.type === 'date') {
    const today = toJalali(now, { timeZone: p.timeZone });
    return months === 0 ? jalaliToEpochDay(today) - days : jalaliToEpochDay(addJalaliMonths(today, -months));
  }
  if (months === 0) return now - days * MS_PER_DAY;
  const wall = toJalali(now, { timeZone: p.timeZone, withTime: true });
  const date = addJalaliMonths(wall, -months);
  return fromJalali({ ...wall, ...date }, { timeZone: p.timeZone }).getTime();
}

function monthNumbers(refs: readonly JalaliMonthRef[], p: Prepared, path: string): number[] {
  const out = new Set<number>();
  for (const ref of refs) {
    if (typeof ref === 'number') out.add(ref);
    else {
      const current = toJalali(needNow(p, path), { timeZone: p.timeZone }).month;
      out.add(ref === 'current' ? current : ref === 'next' ? (current % 12) + 1 : ((current + 10) % 12) + 1);
    }
  }
  return [...out].sort((a, b) => a - b);
}

function resolveLeaf(p: Prepared, field: CheckedField, c: SegmentCondition, path: string): LeafTest {
  switch (c.operator) {
    case 'null':
    case 'notNull':
      return { k: 'null', negate: c.operator === 'notNull' };
    case '=':
    case '!=':
      return { k: 'eq', v: operand(p, field, c.value), negate: c.operator === '!=' };
    case '<':
    case '>':
    case '<=':
    case '>=':
      return { k: 'cmp', op: c.operator, v: operand(p, field, c.value) as number };
    case 'in':
    case 'notIn':
      return {
        k: 'in',
        values: c.value.map((v) => operand(p, field, v) as number | string),
        negate: c.operator === 'notIn',
      };
    case 'between':
    case 'notBetween': {
      const lo = operand(p, field, c.value[0]) as number;
      const hi = operand(p, field, c.value[1]) as number;
      if (lo > hi) {
        const message = `${path}.value: between low is after high in ${p.timeZone}`;
        throw new MoshtariError<SegmentErrorCode>('INVALID_RULE', message, { path: `${path}.value` });
      }
      return { k: 'range', lo, hi, negate: c.operator === 'notBetween' };
    }
    case 'contains':
    case 'doesNotContain':
      if (field.type === 'string[]')
        return { k: 'array', mode: c.operator === 'contains' ? 'any' : 'none', values: [c.value] };
      return { k: 'text', mode: 'contains', v: c.value, negate: c.operator === 'doesNotContain' };
    case 'beginsWith':
    case 'doesNotBeginWith':
      return { k: 'text', mode: 'begins', v: c.value, negate: c.operator === 'doesNotBeginWith' };
    case 'endsWith':
    case 'doesNotEndWith':
      return { k: 'text', mode: 'ends', v: c.value, negate: c.operator === 'doesNotEndWith' };
    case 'withinLast':
    case 'notWithinLast':
    case 'olderThan': {
      const now = needNow(p, path);
      const lo = relativeStart(p, field, c.value, now);
      if (c.operator === 'olderThan') return { k: 'cmp', op: '<', v: lo };
      const hi = field.type === 'date' ? civilDayOf(now, p.timeZone) : now;
      return { k: 'range', lo, hi, negate: c.operator === 'notWithinLast' };
    }
    case 'jalaliMonthIs':
      return { k: 'month', months: monthNumbers(c.value, p, path) };
    case 'birthdayWithinNext':
      return { k: 'birthday', codes: birthdayCodes(civilDayOf(needNow(p, path), p.timeZone), c.value) };
    case 'hasAny':
    case 'hasAll':
    case 'hasNone':
      return {
        k: 'array',
        mode: c.operator === 'hasAny' ? 'any' : c.operator === 'hasAll' ? 'all' : 'none',
        values: c.value,
      };
  }
}

/** Internal: resolves a validated rule (depth already limited by the parser). */
export function bindRule(p: Prepared, group: SegmentGroup = p.rule, path = '$'): BoundGroup {
  const children = group.rules.map((child, i): BoundLeaf | BoundGroup => {
    const at = `${path}.rules[${i}]`;
    if ('rules' in child) return bindRule(p, child, at);
    const field = p.catalog[child.field] as CheckedField;
    return { kind: 'leaf', path: at, field, condition: child, test: resolveLeaf(p, field, child, at) };
  });
  return { kind: 'group', path, and: group.combinator === 'and', not: group.not, children };
}
