import type { RowProblem } from './types.js';

/**
 * Options of the CSV readers ({@link readTransactionsCsv}, {@link readCustomersCsv}, …).
 * @category CLI
 */
export interface ReadStoreCsvOptions {
  /** Unit of the amounts in a transactions file (default `'rial'`); Toman is multiplied by 10. */
  readonly currency?: 'rial' | 'toman';
  /** Stop at the first problem (default `false`: read everything, report every bad row). */
  readonly strict?: boolean;
  /** Zone of local times and date-only values (default `'Asia/Tehran'`). */
  readonly timeZone?: string;
}

/**
 * What a CSV reader found: the good rows, a problem for every bad one, and how many data rows it saw.
 *
 * @example
 * ```ts
 * const r: ReadStoreCsvResult<StoreTransaction> = readTransactionsCsv('customer_id,date,amount\nC1,1404/01/01,1000');
 * r.rowsRead; // 1
 * ```
 * @category CLI
 */
export type ReadStoreCsvResult<TRow> = {
  /** Rows read without a problem, in file order. */
  readonly rows: readonly TRow[];
  /** `lines[i]` is the 1-based line where `rows[i]` starts (for messages about a row found later). */
  readonly lines: readonly number[];
  /** One entry per problem (a bad row may have several, one per bad cell). */
  readonly problems: readonly RowProblem[];
  /** Data rows seen (header and wholly blank lines excluded), good or bad. */
  readonly rowsRead: number;
};
