import { MoshtariError } from '../core/index.js';
import type { SegmentErrorCode } from './errors.js';

/**
 * A value bound to a `$n` placeholder of a generated query.
 *
 * @example
 * ```ts
 * const v: SegmentSqlValue = ['tehran', 'isfahan'];
 * ```
 * @category Segment
 */
export type SegmentSqlValue = string | number | boolean | readonly string[] | readonly number[];

/**
 * A parameterized PostgreSQL fragment or query: run it as `client.query(text, values)`
 * (node-postgres, PGlite). Every rule value is in `values`; `text` holds only catalog identifiers,
 * fixed operators and `$n` placeholders.
 *
 * @example
 * ```ts
 * const q: SegmentSql = { text: '("age" IS NOT NULL AND "age" >= $1::numeric)', values: [18] };
 * ```
 * @category Segment
 */
export type SegmentSql = {
  /** The SQL text with `$1`, `$2`, … placeholders. */
  readonly text: string;
  /** The parameter values, in placeholder order. */
  readonly values: readonly SegmentSqlValue[];
};

/**
 * Internal: quotes an SQL identifier: a non-empty name without NUL of at most 63 bytes (PostgreSQL
 * would silently truncate a longer one), in double quotes with inner quotes doubled.
 */
export function quoteIdent(name: unknown, path: string): string {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.includes('\u0000') ||
    new TextEncoder().encode(name).length > 63
  ) {
    throw new MoshtariError<SegmentErrorCode>(
      'INVALID_IDENTIFIER',
      `${path}: expected a non-empty identifier of at most 63 bytes without NUL, got ${JSON.stringify(name)}`,
      { path },
    );
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/** Internal: quotes a table given as a name or `{ schema, name }`. */
export function quoteTable(table: string | { readonly schema: string; readonly name: string }, path: string): string {
  if (typeof table === 'string') return quoteIdent(table, path);
  if (table === null || typeof table !== 'object') return quoteIdent(table, path);
  return `${quoteIdent(table.schema, `${path}.schema`)}.${quoteIdent(table.name, `${path}.name`)}`;
}

/** Internal: a LIKE pattern matching `text` literally, with `#` as the escape character. */
export function likeLiteral(text: string): string {
  return text.replace(/[#%_]/g, '#$&');
}

/** Internal: collects bind parameters and hands out `$n` placeholders. */
export class SqlParams {
  readonly values: SegmentSqlValue[] = [];
  readonly #first: number;
  constructor(first: number) {
    this.#first = first;
  }
  /** Adds a value and returns its placeholder with a cast, e.g. `$3::numeric`. */
  add(value: SegmentSqlValue, cast: string): string {
    this.values.push(value);
    return `$${this.#first + this.values.length - 1}::${cast}`;
  }
}
