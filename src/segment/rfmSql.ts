import { createCivilDayOf, type Instant } from '../calendar/index.js';
import { MoshtariError } from '../core/index.js';
import type { SegmentErrorCode } from './errors.js';
import { checkBins } from './rfm.js';
import { quoteIdent, quoteTable, type SegmentSql, SqlParams } from './sqlText.js';
import { instantOf, isoOfEpochDay } from './values.js';

/**
 * Options of {@link rfmToSql}: where the per-customer summaries live, and the scoring options.
 *
 * @example
 * ```ts
 * const options: RfmToSqlOptions = {
 *   table: { schema: 'crm', name: 'customer_totals' },
 *   columns: { id: 'customer_id', lastPurchaseAt: 'last_order_at', frequency: 'orders', monetary: 'revenue_rial' },
 *   asOf: new Date('2025-06-01T00:00:00Z'),
 * };
 * ```
 * @category Segment
 */
export interface RfmToSqlOptions {
  /** Table (or view) name, or `{ schema, name }`; quoted. */
  readonly table:
    | string
    | {
        /** Schema name (quoted as an identifier). */
        readonly schema: string;
        /** Table name (quoted as an identifier). */
        readonly name: string;
      };
  /** Column names (quoted); one row per customer. */
  readonly columns: {
    /** Customer id. */
    readonly id: string;
    /** Last purchase: `timestamptz` (default), `bigint` epoch ms or `date`; see `lastPurchaseAtType`. */
    readonly lastPurchaseAt: string;
    /** Number of orders (integer); rows with 0 are prospects and left out. */
    readonly frequency: string;
    /** Revenue (numeric); NULL counts as 0. */
    readonly monetary: string;
  };
  /** Storage of `lastPurchaseAt` (default `'timestamptz'`). */
  readonly lastPurchaseAtType?: 'timestamptz' | 'epochMs' | 'date';
  /** The analysis date (as {@link RfmScoresOptions.asOf}). */
  readonly asOf: Instant;
  /** Scores per dimension, 2–9 (default 5). */
  readonly bins?: number;
  /** Zone of civil days (default `'Asia/Tehran'`). */
  readonly timeZone?: string;
  /** Number of the first placeholder (default 1). */
  readonly firstParam?: number;
}

/**
 * The SQL twin of {@link rfmScores}: one parameterized PostgreSQL query returning `id`,
 * `"recencyDays"`, `frequency`, `monetary`, `r`, `f`, `m` and `cell` for every customer with
 * orders, computed with `RANK()` window functions and the same exact integer formula, so the
 * scores equal the JS ones (tested on PGlite and PostgreSQL). Rows with `frequency` 0 or NULL,
 * or without a last purchase, are left out (prospects); NULL monetary counts as 0. No order is imposed.
 *
 * @param options - table, columns, `asOf`, `bins`, `timeZone`, `lastPurchaseAtType`, `firstParam`
 * @returns `{ text, values }` for `client.query`
 * @throws {MoshtariError} INVALID_IDENTIFIER; INVALID_OPTION
 * @example
 * ```ts
 * const q = rfmToSql({
 *   table: 'customer_totals',
 *   columns: { id: 'id', lastPurchaseAt: 'last_order_at', frequency: 'orders', monetary: 'revenue' },
 *   asOf: new Date('2025-06-01T00:00:00Z'),
 * });
 * const { rows } = await client.query(q.text, [...q.values]); // [{ id, recencyDays, frequency, monetary, r, f, m, cell }, …]
 * ```
 * @category Segment
 */
export function rfmToSql(options: RfmToSqlOptions): SegmentSql {
  const bins = checkBins(options?.bins);
  const first = options.firstParam ?? 1;
  const asOfMs = instantOf(options.asOf);
  if (!Number.isSafeInteger(first) || first < 1 || !Number.isFinite(asOfMs)) {
    const path = Number.isFinite(asOfMs) ? 'options.firstParam' : 'options.asOf';
    throw new MoshtariError<SegmentErrorCode>('INVALID_OPTION', `${path}: invalid`, { path });
  }
  const timeZone = options.timeZone ?? 'Asia/Tehran';
  const cols = options.columns;
  if (cols === null || typeof cols !== 'object') {
    throw new MoshtariError<SegmentErrorCode>('INVALID_OPTION', 'options.columns: expected an object', {
      path: 'options.columns',
    });
  }
  const table = quoteTable(options.table, 'options.table');
  const id = quoteIdent(cols.id, 'options.columns.id');
  const last = quoteIdent(cols.lastPurchaseAt, 'options.columns.lastPurchaseAt');
  const frequency = quoteIdent(cols.frequency, 'options.columns.frequency');
  const monetary = quoteIdent(cols.monetary, 'options.columns.monetary');
  const params = new SqlParams(first);
  const asOf = params.add(isoOfEpochDay(createCivilDayOf(timeZone)(asOfMs)), 'date');
  const type = options.lastPurchaseAtType ?? 'timestamptz';
  let lastDay: string;
  if (type === 'date') lastDay = last;
  else {
    const ts = type === 'epochMs' ? `(TIMESTAMPTZ 'epoch' + ${last} * INTERVAL '1 millisecond')` : last;
    const fixed = /^[+-]\d{2}:\d{2}$/.test(timeZone);
    const zone = params.add(timeZone, fixed ? 'interval' : 'text');
    lastDay = fixed ? `((${ts} AT TIME ZONE 'UTC') + ${zone})::date` : `(${ts} AT TIME ZONE ${zone})::date`;
  }
  const b = params.add(bins, 'int');
  const score = (rank: string) =>
    `(CASE WHEN n = 1 THEN 1 ELSE LEAST(${b}, 1 + (${b} * (${rank} - 1)) / (n - 1)) END)::int`;
  const text =
    `WITH base AS (SELECT ${id} AS id, (${asOf} - ${lastDay}) AS recency_days, ${frequency} AS frequency, ` +
    `COALESCE(${monetary}, 0) AS monetary FROM ${table} WHERE ${frequency} > 0 AND ${last} IS NOT NULL), ` +
    'ranked AS (SELECT base.*, COUNT(*) OVER () AS n, RANK() OVER (ORDER BY recency_days DESC) AS rr, ' +
    'RANK() OVER (ORDER BY frequency) AS fr, RANK() OVER (ORDER BY monetary) AS mr FROM base), ' +
    `scored AS (SELECT id, recency_days, frequency, monetary, ${score('rr')} AS r, ${score('fr')} AS f, ${score('mr')} AS m FROM ranked) ` +
    'SELECT id, recency_days::int AS "recencyDays", frequency, monetary, r, f, m, (r::text || f::text || m::text) AS cell FROM scored';
  return { text, values: params.values };
}
