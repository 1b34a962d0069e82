import { MoshtariError } from '../core/index.js';
import { isoFromEpochDay } from './civilDate.js';
import { daysPerUnit, summaryBounds } from './summary.js';
import type { CustomerSummaryOptions } from './summaryTypes.js';

/**
 * Where the transactions live, for {@link customerSummarySql}. Names are used exactly as written
 * (always double-quoted, so case matters: an unquoted `CREATE TABLE Tx` is named `tx`).
 * @example
 * ```ts
 * const options: CustomerSummarySqlOptions = {
 *   table: 'orders', columns: { customerId: 'customer_id', date: 'paid_at' }, timeZone: 'Asia/Tehran',
 *   observationEnd: '2024-03-19', timeUnit: 'day',
 * };
 * ```
 * @category CLV
 */
export type CustomerSummarySqlOptions = CustomerSummaryOptions & {
  /** Table name, or `{ schema, name }`. */
  readonly table:
    | string
    | {
        /** Schema name. */
        readonly schema: string;
        /** Table name. */
        readonly name: string;
      };
  /** Column names. */
  readonly columns: {
    /** Customer id column (any type; compared as text). */
    readonly customerId: string;
    /** Date column: a `date`, or a `timestamptz` together with `timeZone`. */
    readonly date: string;
    /** Amount column (numeric); omit to get `monetary` 0. */
    readonly amount?: string;
  };
  /** IANA zone that turns a `timestamptz` column into civil days (e.g. `'Asia/Tehran'`); sent as a parameter. */
  readonly timeZone?: string;
};

/**
 * A parameterized query: run it as `client.query(text, values)` (node-postgres, PGlite).
 * @example
 * ```ts
 * const { text, values }: SqlQuery = customerSummarySql(options);
 * await client.query(text, [...values]);
 * ```
 * @category CLV
 */
export type SqlQuery = {
  /** The SQL with `$1`, `$2`, … placeholders. */
  readonly text: string;
  /** The parameter values, in placeholder order. */
  readonly values: readonly (string | number)[];
};

/** Length of `s` in UTF-8 bytes (PostgreSQL's identifier limit is 63 bytes). */
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * Quotes an SQL identifier: any non-empty name without NUL of at most 63 bytes (PostgreSQL would
 * silently truncate a longer one), wrapped in double quotes with inner quotes doubled.
 */
function quoteIdentifier(name: unknown, path: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.includes('\u0000') || utf8Length(name) > 63) {
    throw new MoshtariError(
      'INVALID_IDENTIFIER',
      `${path}: expected a non-empty identifier of at most 63 bytes without NUL, got ${JSON.stringify(name)}`,
      {
        path,
      },
    );
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The SQL twin of {@link customerSummary}: a parameterized PostgreSQL query that computes the same
 * per-customer rows (same column names, same by-day convention, same order) inside the database,
 * so millions of transactions never leave it. Identifiers are validated and quoted, every value is
 * a parameter; nothing from the options is spliced into the SQL text unquoted.
 *
 * Result columns: `customerId` (text), `frequency` (int4), `recency`, `T`, `monetary` (float8),
 * `firstPurchaseDate` (text 'YYYY-MM-DD'), and with `calibrationEnd` also `frequencyHoldout`,
 * `monetaryHoldout`, `durationHoldout`. Ids sort by `COLLATE "C"` (byte order; equals the JS order
 * for ids without characters beyond U+FFFF). `monetary` averages exact `numeric` day totals.
 *
 * @param options - table and columns, observation end, time unit, optional calibration end and time zone
 * @returns `{ text, values }` for `client.query`
 * @throws {MoshtariError} INVALID_IDENTIFIER for a bad table/column name; INVALID_DATE / INVALID_ARGUMENT for bad options
 * @example
 * ```ts
 * const q = customerSummarySql({
 *   table: { schema: 'crm', name: 'orders' },
 *   columns: { customerId: 'customer_id', date: 'ordered_on', amount: 'total_rial' },
 *   observationEnd: '2024-03-19', timeUnit: 'week',
 * });
 * const { rows } = await client.query(q.text, [...q.values]);
 * ```
 * @category CLV
 */
export function customerSummarySql(options: CustomerSummarySqlOptions): SqlQuery {
  const { end, cal } = summaryBounds(options);
  const unit = daysPerUnit(options.timeUnit);
  const t = options.table;
  const table =
    typeof t === 'object' && t !== null
      ? `${quoteIdentifier(t.schema, 'options.table.schema')}.${quoteIdentifier(t.name, 'options.table.name')}`
      : quoteIdentifier(t, 'options.table');
  const columns = options.columns;
  if (typeof columns !== 'object' || columns === null) {
    throw new MoshtariError('INVALID_ARGUMENT', 'options.columns: expected { customerId, date, amount? }', {
      path: 'options.columns',
    });
  }
  const id = quoteIdentifier(columns.customerId, 'options.columns.customerId');
  const date = quoteIdentifier(columns.date, 'options.columns.date');
  const amount =
    columns.amount === undefined
      ? '0'
      : `CAST(${quoteIdentifier(columns.amount, 'options.columns.amount')} AS numeric)`;
  const values: (string | number)[] = [isoFromEpochDay(end), isoFromEpochDay(cal), unit];
  let day = `CAST(${date} AS date)`;
  if (options.timeZone !== undefined) {
    if (typeof options.timeZone !== 'string' || options.timeZone.length === 0) {
      throw new MoshtariError('INVALID_ARGUMENT', 'options.timeZone: expected an IANA zone name', {
        path: 'options.timeZone',
      });
    }
    values.push(options.timeZone);
    day = `CAST(CAST(${date} AS timestamptz) AT TIME ZONE $4 AS date)`;
  }
  const repeat = 'd.day > c.first_day AND d.day <= $2::date';
  const holdout =
    options.calibrationEnd === undefined
      ? ''
      : `,
  CAST(COUNT(*) FILTER (WHERE d.day > $2::date) AS int4) AS "frequencyHoldout",
  CAST(COALESCE(AVG(d.amount) FILTER (WHERE d.day > $2::date), 0) AS float8) AS "monetaryHoldout",
  ($1::date - $2::date) / $3::float8 AS "durationHoldout"`;
  const text = `WITH days AS (
  SELECT CAST(${id} AS text) AS customer_id, ${day} AS day, SUM(COALESCE(${amount}, 0)) AS amount
  FROM ${table}
  WHERE ${id} IS NOT NULL AND ${date} IS NOT NULL AND ${day} <= $1::date
  GROUP BY 1, 2
), firsts AS (
  SELECT customer_id, MIN(day) AS first_day FROM days GROUP BY customer_id HAVING MIN(day) <= $2::date
)
SELECT c.customer_id AS "customerId",
  CAST(COUNT(*) FILTER (WHERE ${repeat}) AS int4) AS "frequency",
  (MAX(d.day) FILTER (WHERE d.day <= $2::date) - c.first_day) / $3::float8 AS "recency",
  ($2::date - c.first_day) / $3::float8 AS "T",
  CAST(COALESCE(AVG(d.amount) FILTER (WHERE ${repeat}), 0) AS float8) AS "monetary",
  to_char(c.first_day, 'YYYY-MM-DD') AS "firstPurchaseDate"${holdout}
FROM firsts c JOIN days d ON d.customer_id = c.customer_id
GROUP BY c.customer_id, c.first_day
ORDER BY c.customer_id COLLATE "C"`;
  return { text, values };
}
