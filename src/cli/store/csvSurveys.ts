import { createCsvDateParser } from './csvDate.js';
import type { CsvColumnSpec } from './csvHeader.js';
import { parseCsvCount } from './csvNumber.js';
import { type CsvCellIssue, checkReadStoreCsvOptions, readCsvTable } from './csvTable.js';
import { cleanCsvValue, quoteCsvValue } from './csvText.js';
import type { ReadStoreCsvOptions, ReadStoreCsvResult } from './csvTypes.js';
import type { StoreSurvey } from './types.js';

const COLUMNS: readonly CsvColumnSpec[] = [
  { name: 'customer_id', aliases: ['customer', 'customerId'], required: true },
  { name: 'date', aliases: ['at', 'datetime', 'timestamp', 'answered_at'], required: true },
  { name: 'score', aliases: ['nps', 'rating'], required: true },
];

const EMPTY = 'required value is empty';

/**
 * Reads an NPS survey CSV: `customer_id` (or `customer`), `date` (or `at`, `datetime`,
 * `timestamp`) and `score` (or `nps`, `rating`), a whole number 0–10; other columns are ignored.
 *
 * @param text - the whole file
 * @param options - `strict`, `timeZone` (default `'Asia/Tehran'`)
 * @returns rows, problems and the number of data rows
 * @throws {MoshtariError} INVALID_ARGUMENT for bad options; INVALID_TIME_ZONE for an unknown zone
 * @example
 * ```ts
 * readSurveysCsv('customer_id,date,score\nC1,1404/01/01,9\n').rows;
 * // [{ customerId: 'C1', at: 1742502600000, score: 9 }]
 * ```
 * @category CLI
 */
export function readSurveysCsv(text: string, options: ReadStoreCsvOptions = {}): ReadStoreCsvResult<StoreSurvey> {
  checkReadStoreCsvOptions(options);
  const dates = createCsvDateParser(options.timeZone ?? 'Asia/Tehran');
  return readCsvTable<StoreSurvey>(
    text,
    {
      file: 'surveys',
      columns: COLUMNS,
      prepare: ({ index, label }) => {
        const customerAt = index['customer_id'] as number;
        const dateAt = index['date'] as number;
        const scoreAt = index['score'] as number;
        return (fields, _line, issues: CsvCellIssue[]) => {
          const customerId = cleanCsvValue(fields[customerAt] ?? '');
          if (customerId === '') issues.push({ column: label['customer_id'] as string, message: EMPTY });
          const dateCell = fields[dateAt] ?? '';
          const at = cleanCsvValue(dateCell) === '' ? EMPTY : dates.instant(dateCell);
          if (typeof at === 'string') issues.push({ column: label['date'] as string, message: at });
          const scoreText = cleanCsvValue(fields[scoreAt] ?? '');
          let score = scoreText === '' ? EMPTY : parseCsvCount(scoreText);
          if (typeof score === 'number' && score > 10) score = `expected a score 0–10, got ${quoteCsvValue(scoreText)}`;
          if (typeof score === 'string') issues.push({ column: label['score'] as string, message: score });
          if (issues.length > 0 || typeof at === 'string' || typeof score === 'string') return undefined;
          return { customerId, at, score };
        };
      },
    },
    options.strict === true,
  );
}
