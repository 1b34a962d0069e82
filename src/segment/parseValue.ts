import { normalizePersian } from '../text/index.js';
import type { CheckedField } from './catalog.js';
import type { SegmentRuleIssueCode } from './errors.js';
import { MAX_BIRTHDAY_WINDOW, MAX_RELATIVE } from './operators.js';
import type { JalaliMonthRef, RelativeTime } from './types.js';
import { describeValue, isoDay, toInstantOperand, toList, toNumber } from './values.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Internal: validation state shared by one parse. */
export type ParseContext = {
  readonly issues: { code: SegmentRuleIssueCode; path: string; message: string }[];
  readonly maxListLength: number;
  readonly maxTextLength: number;
};

/** Internal: records an issue and returns undefined, so validators can `return issue(…)`. */
export function issue(ctx: ParseContext, code: SegmentRuleIssueCode, path: string, message: string): undefined {
  if (ctx.issues.length < 50) ctx.issues.push({ code, path, message: `${path}: ${message}` });
  return undefined;
}

/** Internal: a text operand, normalised for search fields; undefined (with an issue) when unusable. */
export function textOperand(ctx: ParseContext, field: CheckedField, value: unknown, path: string): string | undefined {
  if (typeof value !== 'string') return issue(ctx, 'TYPE_MISMATCH', path, `expected text, got ${describeValue(value)}`);
  if (value.length > ctx.maxTextLength) {
    return issue(ctx, 'TOO_LARGE', path, `text longer than ${ctx.maxTextLength} characters`);
  }
  if (value.includes('\u0000') || LONE_SURROGATE.test(value)) {
    return issue(ctx, 'INVALID_VALUE', path, 'text contains NUL or a lone surrogate (not storable in PostgreSQL)');
  }
  const text = field.search ? normalizePersian(value, { mode: 'search' }) : value;
  if (text.trim() === '') return issue(ctx, 'INVALID_VALUE', path, 'empty text never makes a meaningful condition');
  return text;
}

/** Internal: one operand of a field's own type (`=`, `in`, `between`, `<` …). */
export function scalarOperand(
  ctx: ParseContext,
  field: CheckedField,
  value: unknown,
  path: string,
): string | number | boolean | undefined {
  switch (field.type) {
    case 'number': {
      const n = toNumber(value);
      return n ?? issue(ctx, 'TYPE_MISMATCH', path, `expected a finite number, got ${describeValue(value)}`);
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      return issue(ctx, 'TYPE_MISMATCH', path, `expected true or false, got ${describeValue(value)}`);
    case 'instant': {
      const t = toInstantOperand(value);
      if (t !== undefined) return t;
      const hint = 'epoch milliseconds, an ISO date-time with Z or an offset, or a YYYY-MM-DD date';
      return issue(ctx, 'TYPE_MISMATCH', path, `expected ${hint}, got ${describeValue(value)}`);
    }
    case 'date':
      if (typeof value === 'string' && !Number.isNaN(isoDay(value.trim()))) return value.trim();
      return issue(ctx, 'TYPE_MISMATCH', path, `expected a date YYYY-MM-DD, got ${describeValue(value)}`);
    default:
      return textOperand(ctx, field, value, path);
  }
}

/** Internal: a non-empty, duplicate-free list of operands (`in`, `hasAny`, …). */
export function listOperand<T>(
  ctx: ParseContext,
  value: unknown,
  path: string,
  operator: string,
  each: (element: unknown, path: string) => T | undefined,
): T[] | undefined {
  if (Array.isArray(value) && value.length > ctx.maxListLength) {
    return issue(ctx, 'TOO_LARGE', path, `more than ${ctx.maxListLength} values`);
  }
  const list = toList(value, ctx.maxListLength);
  if (list === undefined) return issue(ctx, 'TYPE_MISMATCH', path, `expected a list, got ${describeValue(value)}`);
  if (list.length > ctx.maxListLength) return issue(ctx, 'TOO_LARGE', path, `more than ${ctx.maxListLength} values`);
  if (list.length === 0) return issue(ctx, 'EMPTY_LIST', path, `"${operator}" needs at least one value`);
  const out: T[] = [];
  const seen = new Set<T>();
  let bad = false;
  for (let i = 0; i < list.length; i++) {
    const v = each(list[i], `${path}[${i}]`);
    if (v === undefined) bad = true;
    else if (!seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return bad ? undefined : out;
}

/** Internal: `[low, high]` with low ≤ high where comparable now (instants given as bare dates: at compile). */
export function betweenOperand(
  ctx: ParseContext,
  field: CheckedField,
  value: unknown,
  path: string,
): [number | string, number | string] | undefined {
  const list = Array.isArray(value) || typeof value === 'string' ? toList(value, 3) : undefined;
  if (list === undefined || list.length !== 2) {
    return issue(ctx, 'MALFORMED_BETWEEN', path, `expected two values [low, high], got ${describeValue(value)}`);
  }
  const lo = scalarOperand(ctx, field, list[0], `${path}[0]`);
  const hi = scalarOperand(ctx, field, list[1], `${path}[1]`);
  if (lo === undefined || hi === undefined || typeof lo === 'boolean' || typeof hi === 'boolean') return undefined;
  if (typeof lo === typeof hi && lo > hi) {
    return issue(ctx, 'MALFORMED_BETWEEN', path, `low ${describeValue(lo)} is above high ${describeValue(hi)}`);
  }
  return [lo, hi];
}

const UNITS: Readonly<Record<string, RelativeTime['unit']>> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};

/** Internal: `{ amount, unit }` for withinLast / notWithinLast / olderThan. */
export function relativeOperand(ctx: ParseContext, value: unknown, path: string): RelativeTime | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return issue(ctx, 'BAD_RELATIVE_TIME', path, `expected { amount, unit }, got ${describeValue(value)}`);
  }
  const rawUnit = Object.hasOwn(value, 'unit') ? (value as { unit: unknown }).unit : undefined;
  const unit = typeof rawUnit === 'string' && Object.hasOwn(UNITS, rawUnit) ? UNITS[rawUnit] : undefined;
  if (unit === undefined) {
    return issue(
      ctx,
      'BAD_RELATIVE_TIME',
      `${path}.unit`,
      `expected day, week, month or year, got ${describeValue(rawUnit)}`,
    );
  }
  const rawAmount = Object.hasOwn(value, 'amount') ? (value as { amount: unknown }).amount : undefined;
  const amount = toNumber(rawAmount);
  if (amount === undefined || !Number.isInteger(amount) || amount < 0 || amount > MAX_RELATIVE[unit]) {
    const range = `a whole number 0–${MAX_RELATIVE[unit]}`;
    return issue(ctx, 'BAD_RELATIVE_TIME', `${path}.amount`, `expected ${range}, got ${describeValue(rawAmount)}`);
  }
  return { amount, unit };
}

/** Internal: Jalali months 1–12 or 'current' / 'next' / 'previous'. */
export function monthsOperand(ctx: ParseContext, value: unknown, path: string): JalaliMonthRef[] | undefined {
  return listOperand<JalaliMonthRef>(ctx, value, path, 'jalaliMonthIs', (v, p) => {
    if (v === 'current' || v === 'next' || v === 'previous') return v;
    const n = toNumber(v);
    if (n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12) return n;
    return issue(
      ctx,
      'INVALID_VALUE',
      p,
      `expected a Jalali month 1–12 or current/next/previous, got ${describeValue(v)}`,
    );
  });
}

/** Internal: a day count 0–366 for birthdayWithinNext. */
export function daysOperand(ctx: ParseContext, value: unknown, path: string): number | undefined {
  const n = toNumber(value);
  if (n !== undefined && Number.isInteger(n) && n >= 0 && n <= MAX_BIRTHDAY_WINDOW) return n;
  return issue(ctx, 'INVALID_VALUE', path, `expected whole days 0–${MAX_BIRTHDAY_WINDOW}, got ${describeValue(value)}`);
}
