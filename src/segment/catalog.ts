import { MoshtariError } from '../core/index.js';
import type { SegmentCatalog, SegmentField, SegmentFieldType } from './catalogTypes.js';
import type { SegmentErrorCode } from './errors.js';

/** Internal: a catalog field after validation. */
export type CheckedField = {
  readonly name: string;
  readonly type: SegmentFieldType;
  /** Text compared after Persian search normalisation. */
  readonly search: boolean;
  readonly get: ((record: unknown) => unknown) | undefined;
  readonly def: SegmentField;
};

/** Internal: a validated catalog, a null-prototype map from field name to field. */
export type CheckedCatalog = { readonly [name: string]: CheckedField | undefined };

const TYPES: readonly SegmentFieldType[] = ['number', 'string', 'boolean', 'instant', 'date', 'string[]'];
const MAX_NAME = 128;

function fail(path: string, message: string): never {
  throw new MoshtariError<SegmentErrorCode>('INVALID_CATALOG', `${path}: ${message}`, { path });
}

/** Internal: whether a name may be a field (never a prototype member, so `record[name]` is own data). */
export function isSafeFieldName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_NAME && !(name in Object.prototype) && name !== 'prototype';
}

function checkSql(field: SegmentField, path: string): void {
  const sql = field.sql;
  if (sql === undefined) return;
  if (sql === null || typeof sql !== 'object') fail(`${path}.sql`, 'expected an object');
  const { column, expression, searchKey, instant } = sql;
  if (column !== undefined) {
    const parts = typeof column === 'string' ? [column] : column;
    if (!Array.isArray(parts) || parts.length === 0 || parts.length > 3 || !parts.every((p) => typeof p === 'string')) {
      fail(`${path}.sql.column`, 'expected a column name or 1–3 name parts');
    }
  }
  if (expression !== undefined && (typeof expression !== 'string' || expression.trim() === '')) {
    fail(`${path}.sql.expression`, 'expected a non-empty SQL expression');
  }
  if (typeof expression === 'string' && expression.includes('\u0000')) fail(`${path}.sql.expression`, 'contains NUL');
  if (column !== undefined && expression !== undefined) fail(`${path}.sql`, 'give either column or expression');
  if (searchKey !== undefined && typeof searchKey !== 'boolean') fail(`${path}.sql.searchKey`, 'expected a boolean');
  if (instant !== undefined) {
    if (field.type !== 'instant') fail(`${path}.sql.instant`, 'only for instant fields');
    if (instant !== 'timestamptz' && instant !== 'epochMs')
      fail(`${path}.sql.instant`, "expected 'timestamptz' or 'epochMs'");
  }
}

/**
 * Internal: validates a catalog (programmer input) and returns it as a null-prototype map.
 * Throws INVALID_CATALOG naming `catalog.<field>`.
 */
export function checkCatalog(catalog: SegmentCatalog): CheckedCatalog {
  if (catalog === null || typeof catalog !== 'object' || Array.isArray(catalog)) {
    fail('catalog', 'expected an object mapping field names to { type }');
  }
  const out: Record<string, CheckedField> = Object.create(null);
  for (const name of Object.keys(catalog)) {
    const path = `catalog.${name}`;
    if (!isSafeFieldName(name)) {
      fail(path, `field name ${JSON.stringify(name)} is reserved or empty or longer than ${MAX_NAME} characters`);
    }
    const field = catalog[name];
    if (field === null || typeof field !== 'object') fail(path, 'expected { type, … }');
    if (!TYPES.includes(field.type))
      fail(`${path}.type`, `expected one of ${TYPES.join(', ')}, got ${String(field.type)}`);
    const text = field.text;
    if (text !== undefined) {
      if (field.type !== 'string' && field.type !== 'string[]')
        fail(`${path}.text`, 'only for string and string[] fields');
      if (text !== 'search' && text !== 'exact') fail(`${path}.text`, "expected 'search' or 'exact'");
    }
    if (field.get !== undefined && typeof field.get !== 'function') fail(`${path}.get`, 'expected a function');
    checkSql(field, path);
    out[name] = {
      name,
      type: field.type,
      search: (field.type === 'string' || field.type === 'string[]') && text !== 'exact',
      get: field.get as ((record: unknown) => unknown) | undefined,
      def: field,
    };
  }
  return out;
}
