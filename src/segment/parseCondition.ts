import type { CheckedCatalog } from './catalog.js';
import { OPERATORS_BY_TYPE, SEGMENT_OPERATORS } from './operators.js';
import {
  betweenOperand,
  daysOperand,
  issue,
  listOperand,
  monthsOperand,
  type ParseContext,
  relativeOperand,
  scalarOperand,
  textOperand,
} from './parseValue.js';
import type { SegmentCondition, SegmentOperator } from './types.js';
import { describeValue } from './values.js';

/** Internal: reads an own property only (never the prototype chain). */
export function own(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** Internal: validates one `{ field, operator, value }` rule against the catalog. */
export function parseCondition(
  ctx: ParseContext,
  catalog: CheckedCatalog,
  raw: object,
  path: string,
): SegmentCondition | undefined {
  const field = own(raw, 'field');
  if (typeof field !== 'string')
    return issue(ctx, 'MALFORMED_RULE', `${path}.field`, `expected a field name, got ${describeValue(field)}`);
  const def = catalog[field];
  if (def === undefined) {
    const known = Object.keys(catalog);
    const list = known.length > 12 ? `${known.slice(0, 12).join(', ')}, …` : known.join(', ');
    return issue(ctx, 'UNKNOWN_FIELD', `${path}.field`, `unknown field ${describeValue(field)} (known: ${list})`);
  }
  const op = own(raw, 'operator');
  if (typeof op !== 'string' || !SEGMENT_OPERATORS.includes(op as SegmentOperator)) {
    return issue(ctx, 'UNKNOWN_OPERATOR', `${path}.operator`, `unknown operator ${describeValue(op)}`);
  }
  const operator = op as SegmentOperator;
  const allowed = OPERATORS_BY_TYPE[def.type];
  if (!allowed.includes(operator)) {
    const message = `operator "${operator}" does not apply to ${def.type} field "${field}" (use ${allowed.join(' ')})`;
    return issue(ctx, 'TYPE_MISMATCH', `${path}.operator`, message);
  }
  if (own(raw, 'valueSource') === 'field') {
    return issue(ctx, 'INVALID_VALUE', `${path}.valueSource`, 'comparing a field with another field is not supported');
  }
  const value = own(raw, 'value');
  const at = `${path}.value`;
  switch (operator) {
    case 'null':
    case 'notNull':
      return { field, operator, value: null };
    case '=':
    case '!=': {
      const v = scalarOperand(ctx, def, value, at);
      return v === undefined ? undefined : { field, operator, value: v };
    }
    case '<':
    case '>':
    case '<=':
    case '>=': {
      const v = scalarOperand(ctx, def, value, at);
      return v === undefined || typeof v === 'boolean' ? undefined : { field, operator, value: v };
    }
    case 'in':
    case 'notIn': {
      const v = listOperand(ctx, value, at, operator, (e, p) => {
        const s = scalarOperand(ctx, def, e, p);
        return typeof s === 'boolean' ? undefined : s;
      });
      return v === undefined ? undefined : { field, operator, value: v };
    }
    case 'between':
    case 'notBetween': {
      const v = betweenOperand(ctx, def, value, at);
      return v === undefined ? undefined : { field, operator, value: v };
    }
    case 'contains':
    case 'doesNotContain':
    case 'beginsWith':
    case 'endsWith':
    case 'doesNotBeginWith':
    case 'doesNotEndWith': {
      const v = textOperand(ctx, def, value, at);
      return v === undefined ? undefined : { field, operator, value: v };
    }
    case 'withinLast':
    case 'notWithinLast':
    case 'olderThan': {
      const v = relativeOperand(ctx, value, at);
      return v === undefined ? undefined : { field, operator, value: v };
    }
    case 'jalaliMonthIs': {
      const v = monthsOperand(ctx, value, at);
      return v === undefined ? undefined : { field, operator, value: v };
    }
    case 'birthdayWithinNext': {
      const v = daysOperand(ctx, value, at);
      return v === undefined ? undefined : { field, operator, value: v };
    }
    case 'hasAny':
    case 'hasAll':
    case 'hasNone': {
      const v = listOperand(ctx, value, at, operator, (e, p) => textOperand(ctx, def, e, p));
      return v === undefined ? undefined : { field, operator, value: v };
    }
  }
}
