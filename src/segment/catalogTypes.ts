/**
 * The type of a catalog field, which decides the operators it accepts and how values compare:
 *
 * - `'number'`: a finite JS number (SQL: any numeric column; compared as `numeric`).
 * - `'string'`: text; compared after Persian search normalisation unless `text: 'exact'`.
 * - `'boolean'`: `true` / `false`.
 * - `'instant'`: a point in time: epoch milliseconds or a `Date` (SQL: `timestamptz`, or `bigint`
 *   epoch milliseconds with `sql.instant: 'epochMs'`).
 * - `'date'`: a civil date without time zone, an ISO `'YYYY-MM-DD'` (Gregorian) string (SQL: `date`).
 * - `'string[]'`: an array of texts, e.g. tags (SQL: `text[]`).
 *
 * @example
 * ```ts
 * const t: SegmentFieldType = 'instant';
 * ```
 * @category Segment
 */
export type SegmentFieldType = 'number' | 'string' | 'boolean' | 'instant' | 'date' | 'string[]';

/**
 * Where a field lives in PostgreSQL, for {@link segmentToSql}. Identifiers come only from here,
 * never from a rule.
 *
 * @example
 * ```ts
 * const sql: SegmentFieldSql = { column: ['c', 'city_key'], searchKey: true };
 * ```
 * @category Segment
 */
export interface SegmentFieldSql {
  /** Column name, or qualified name parts (`['customers', 'city']`); quoted. Default: the field name. */
  readonly column?: string | readonly string[];
  /**
   * A trusted SQL expression used instead of a column (written by the developer, never from a
   * rule), e.g. `"coalesce(total_spend, 0)"`. Wrapped in parentheses.
   */
  readonly expression?: string;
  /**
   * `true` when the column holds `normalizePersian(value, { mode: 'search' })` (a search key the
   * app writes, or a generated column). Required to push text comparisons of a `text: 'search'`
   * field to SQL, because PostgreSQL cannot apply moshtari's Persian normalisation.
   */
  readonly searchKey?: boolean;
  /** Storage of an `'instant'` field: `'timestamptz'` (default) or `'epochMs'` (a bigint column). */
  readonly instant?: 'timestamptz' | 'epochMs';
}

/**
 * One field a rule may use: its type, how JS reads it and where SQL finds it.
 *
 * @example
 * ```ts
 * const city: SegmentField = { type: 'string', label: 'شهر', sql: { column: 'city_key', searchKey: true } };
 * ```
 * @category Segment
 */
export interface SegmentField {
  /** The value type; see {@link SegmentFieldType}. */
  readonly type: SegmentFieldType;
  /** A display label (for UIs and explanations); not used for matching. */
  readonly label?: string;
  /**
   * Text matching of `'string'` / `'string[]'` fields: `'search'` (default) compares
   * `normalizePersian(·, { mode: 'search' })` of both sides (ي/ی, ك/ک, digits, case, ZWNJ…);
   * `'exact'` compares the strings as they are (codes such as `'F'`, `'vip'`).
   */
  readonly text?: 'search' | 'exact';
  /**
   * Reads the value from a record in JS (nested or derived data). Default: `record[name]` (names of
   * `Object.prototype` members are rejected, so no built-in is ever read). A field with `get` needs
   * `sql.column` or `sql.expression` to be used in SQL.
   */
  readonly get?: (record: never) => unknown;
  /** Where the field lives in PostgreSQL; see {@link SegmentFieldSql}. */
  readonly sql?: SegmentFieldSql;
}

/**
 * The fields rules may use, by name: the allow-list every rule is validated against. Names are
 * case-sensitive; `__proto__`, `prototype` and `Object.prototype` member names are rejected.
 *
 * @example
 * ```ts
 * const catalog: SegmentCatalog = {
 *   age: { type: 'number' },
 *   city: { type: 'string' },
 *   lastPurchaseAt: { type: 'instant', sql: { column: 'last_purchase_at' } },
 *   tags: { type: 'string[]', text: 'exact' },
 * };
 * ```
 * @category Segment
 */
export type SegmentCatalog = Readonly<Record<string, SegmentField>>;
