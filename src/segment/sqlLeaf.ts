import { MoshtariError } from '../core/index.js';
import type { CheckedField } from './catalog.js';
import type { SegmentErrorCode } from './errors.js';
import { jalaliDayBounds, nowruzDays } from './jalaliDays.js';
import type { BoundLeaf } from './resolve.js';
import { likeLiteral, quoteIdent, type SqlParams } from './sqlText.js';
import { isoOfEpochDay } from './values.js';

const FIXED_OFFSET = /^[+-]\d{2}:\d{2}$/;

/** Internal: state of one SQL generation. */
export type SqlState = { readonly params: SqlParams; readonly timeZone: string; nowruz?: string; zone?: string };

function notPushable(leaf: BoundLeaf, why: string): never {
  const path = leaf.path;
  throw new MoshtariError<SegmentErrorCode>('NOT_PUSHABLE', `${path}: field "${leaf.field.name}" ${why}`, { path });
}

/** Internal: the SQL of a catalog field: its trusted expression or its quoted column. */
export function columnSql(field: CheckedField, leaf: BoundLeaf): string {
  const sql = field.def.sql;
  if (sql?.expression !== undefined) return `(${sql.expression})`;
  if (field.get !== undefined && sql?.column === undefined) {
    notPushable(leaf, 'is read by a JS `get` accessor; give it sql.column or sql.expression');
  }
  const column = sql?.column ?? field.name;
  const parts = typeof column === 'string' ? [column] : column;
  return parts
    .map((p, i) => quoteIdent(p, `catalog.${field.name}.sql.column${parts.length > 1 ? `[${i}]` : ''}`))
    .join('.');
}

function cast(field: CheckedField): string {
  switch (field.type) {
    case 'number':
      return 'numeric';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'instant':
      return field.def.sql?.instant === 'epochMs' ? 'numeric' : 'timestamptz';
    default:
      return 'text';
  }
}

/** A bound operand as a parameter value: ISO text for dates and timestamptz, else as is. */
function operand(field: CheckedField, v: number | string | boolean): number | string | boolean {
  if (field.type === 'date') return isoOfEpochDay(v as number);
  if (field.type === 'instant' && field.def.sql?.instant !== 'epochMs') return new Date(v as number).toISOString();
  return v;
}

/** The civil date of the column in the zone (dates are civil already). */
function localDate(s: SqlState, field: CheckedField, c: string): string {
  if (field.type === 'date') return c;
  const ts = field.def.sql?.instant === 'epochMs' ? `(TIMESTAMPTZ 'epoch' + ${c} * INTERVAL '1 millisecond')` : c;
  s.zone ??= FIXED_OFFSET.test(s.timeZone) ? s.params.add(s.timeZone, 'interval') : s.params.add(s.timeZone, 'text');
  return FIXED_OFFSET.test(s.timeZone)
    ? `((${ts} AT TIME ZONE 'UTC') + ${s.zone})::date`
    : `(${ts} AT TIME ZONE ${s.zone})::date`;
}

/**
 * Month × 100 + day of the Jalali date of a civil date, exactly as the JS converter: the Nowruz
 * epoch day of each year comes in one int[] parameter (indexed by Gregorian year), the rest is
 * integer arithmetic. NULL outside 1178–3000 AP.
 */
function jalaliCode(s: SqlState, d: string): string {
  const { firstGregorianYear, days } = nowruzDays();
  s.nowruz ??= s.params.add(days, 'int[]');
  const [lo, hi] = jalaliDayBounds();
  const n = (i: string) => `(${s.nowruz})[s.g - ${firstGregorianYear - 1}${i}]`;
  const doy =
    `SELECT s.e - CASE WHEN s.e >= ${n('')} THEN ${n('')} ELSE ${n(' - 1')} END AS doy ` +
    `FROM (SELECT (x.d - DATE '1970-01-01') AS e, EXTRACT(YEAR FROM x.d)::int AS g FROM (SELECT ${d} AS d) AS x) AS s ` +
    `WHERE s.e >= ${lo} AND s.e < ${hi}`;
  return (
    '(SELECT CASE WHEN t.doy < 186 THEN (t.doy / 31 + 1) * 100 + t.doy % 31 + 1 ' +
    `ELSE ((t.doy - 186) / 30 + 7) * 100 + (t.doy - 186) % 30 + 1 END FROM (${doy}) AS t)`
  );
}

/** Internal: a two-valued (never NULL) SQL condition with the JS predicate's semantics. */
export function leafSql(s: SqlState, leaf: BoundLeaf): string {
  const { field, test: t } = leaf;
  const c = columnSql(field, leaf);
  if (t.k === 'null') return `${c} IS ${t.negate ? 'NOT ' : ''}NULL`;
  const textual = field.type === 'string' || field.type === 'string[]';
  if (textual && field.search && field.def.sql?.searchKey !== true) {
    notPushable(
      leaf,
      "compares Persian-normalised text, which PostgreSQL cannot reproduce: point sql.column at a column holding normalizePersian(value, { mode: 'search' }) and set sql.searchKey: true, or use text: 'exact'",
    );
  }
  const type = cast(field);
  const p = (v: number | string | boolean) => s.params.add(operand(field, v), type);
  const known = (sql: string) => `(${c} IS NOT NULL AND ${sql})`;
  switch (t.k) {
    case 'eq':
      return known(`${c} ${t.negate ? '<>' : '='} ${p(t.v)}`);
    case 'cmp':
      return known(`${c} ${t.op} ${p(t.v)}`);
    case 'range':
      return known(`${c} ${t.negate ? 'NOT ' : ''}BETWEEN ${p(t.lo)} AND ${p(t.hi)}`);
    case 'in': {
      const list = t.values.map((v) => operand(field, v)) as string[] | number[];
      const any = `${c} = ANY(${s.params.add(list, `${type}[]`)})`;
      return known(t.negate ? `NOT (${any})` : any);
    }
    case 'text': {
      const body = likeLiteral(t.v);
      const pattern = t.mode === 'contains' ? `%${body}%` : t.mode === 'begins' ? `${body}%` : `%${body}`;
      return known(`${c} ${t.negate ? 'NOT ' : ''}LIKE ${s.params.add(pattern, 'text')} ESCAPE '#'`);
    }
    case 'month':
      return `COALESCE(${jalaliCode(s, localDate(s, field, c))} / 100 = ANY(${s.params.add(t.months, 'int[]')}), FALSE)`;
    case 'birthday':
      return `COALESCE(${jalaliCode(s, localDate(s, field, c))} = ANY(${s.params.add(t.codes, 'int[]')}), FALSE)`;
    case 'array': {
      const list = s.params.add(t.values, 'text[]');
      if (t.mode === 'all') return known(`${c} @> ${list}`);
      return known(t.mode === 'any' ? `${c} && ${list}` : `NOT (${c} && ${list})`);
    }
  }
}
