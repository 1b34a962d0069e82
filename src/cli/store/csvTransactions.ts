import { createCsvDateParser } from './csvDate.js';
import type { CsvColumnSpec } from './csvHeader.js';
import { parseCsvAmount, parseCsvCount } from './csvNumber.js';
import { type CsvCellIssue, checkReadStoreCsvOptions, readCsvTable } from './csvTable.js';
import { cleanCsvText, cleanCsvValue } from './csvText.js';
import type { ReadStoreCsvOptions, ReadStoreCsvResult } from './csvTypes.js';
import type { StoreTransaction } from './types.js';

const COLUMNS: readonly CsvColumnSpec[] = [
  { name: 'id', aliases: ['transaction_id', 'order_id'], required: false },
  { name: 'customer_id', aliases: ['customer', 'customerId'], required: true },
  { name: 'date', aliases: ['at', 'datetime', 'timestamp'], required: true },
  { name: 'amount', aliases: ['total'], required: true },
  { name: 'points_redeemed', required: false },
  { name: 'channel', required: false },
];

const EMPTY = 'required value is empty';

/**
 * Reads a transactions CSV. Columns (header names are case-insensitive; `_`, `-` and spaces are
 * ignored): `id` (optional: without the column a row's id is `line-<n>`, its line number),
 * `customer_id` (or `customer`, `customerId`), `date` (or `at`, `datetime`, `timestamp`), `amount`
 * (or `total`), and optional `points_redeemed` and `channel`; other columns are ignored. Persian and
 * Arabic-Indic digits, thousands separators (`,`, `٬`, spaces), Jalali or ISO dates (see
 * {@link createCsvDateParser}) and Toman (`currency: 'toman'`, ×10) are accepted. Every data row is
 * either returned or reported with its line number; duplicate ids are problems.
 *
 * @param text - the whole file (a leading BOM is fine)
 * @param options - `currency` (default `'rial'`), `strict`, `timeZone` (default `'Asia/Tehran'`)
 * @returns rows (amounts in Rial, instants in epoch ms), problems and the number of data rows
 * @throws {MoshtariError} INVALID_ARGUMENT for bad options; INVALID_TIME_ZONE for an unknown zone
 * @example
 * ```ts
 * const r = readTransactionsCsv('customer,date,amount\nC1,۱۴۰۴/۰۱/۰۱,"۱۲٬۵۰۰٬۰۰۰"\n', { currency: 'toman' });
 * r.rows[0]; // { id: 'line-2', customerId: 'C1', at: 1742502600000, amount: 125000000 }
 * ```
 * @category CLI
 */
export function readTransactionsCsv(
  text: string,
  options: ReadStoreCsvOptions = {},
): ReadStoreCsvResult<StoreTransaction> {
  checkReadStoreCsvOptions(options);
  const currency = options.currency ?? 'rial';
  const dates = createCsvDateParser(options.timeZone ?? 'Asia/Tehran');
  return readCsvTable<StoreTransaction>(
    text,
    {
      file: 'transactions',
      columns: COLUMNS,
      idColumn: 'id',
      prepare: ({ index, label }) => {
        const idAt = index['id'] as number;
        const customerAt = index['customer_id'] as number;
        const dateAt = index['date'] as number;
        const amountAt = index['amount'] as number;
        const pointsAt = index['points_redeemed'] as number;
        const channelAt = index['channel'] as number;
        return (fields, line, issues: CsvCellIssue[]) => {
          const id = idAt < 0 ? `line-${line}` : cleanCsvValue(fields[idAt] ?? '');
          if (id === '') issues.push({ column: label['id'] as string, message: EMPTY });
          const customerId = cleanCsvValue(fields[customerAt] ?? '');
          if (customerId === '') issues.push({ column: label['customer_id'] as string, message: EMPTY });
          const dateCell = fields[dateAt] ?? '';
          const at = dateCell === '' ? EMPTY : dates.instant(dateCell);
          if (typeof at === 'string') issues.push({ column: label['date'] as string, message: at });
          const amountCell = fields[amountAt] ?? '';
          const amount = amountCell === '' ? EMPTY : parseCsvAmount(amountCell, currency);
          if (typeof amount === 'string') issues.push({ column: label['amount'] as string, message: amount });
          let points: number | string = 0;
          const pointsCell = pointsAt < 0 ? '' : (fields[pointsAt] ?? '');
          if (pointsCell !== '' && cleanCsvValue(pointsCell) !== '') {
            points = parseCsvCount(pointsCell);
            if (typeof points === 'string') {
              issues.push({ column: label['points_redeemed'] as string, message: points });
            }
          }
          const channel = channelAt < 0 ? '' : cleanCsvText(fields[channelAt] ?? '');
          if (issues.length > 0 || typeof at === 'string' || typeof amount === 'string') return undefined;
          const pointsRedeemed = points as number;
          if (pointsRedeemed === 0) {
            return channel === '' ? { id, customerId, at, amount } : { id, customerId, at, amount, channel };
          }
          return channel === ''
            ? { id, customerId, at, amount, pointsRedeemed }
            : { id, customerId, at, amount, pointsRedeemed, channel };
        };
      },
    },
    options.strict === true,
  );
}
