import { createCsvDateParser } from './csvDate.js';
import type { CsvColumnSpec } from './csvHeader.js';
import { type CsvCellIssue, checkReadStoreCsvOptions, readCsvTable } from './csvTable.js';
import { cleanCsvText, cleanCsvValue, quoteCsvValue } from './csvText.js';
import type { ReadStoreCsvOptions, ReadStoreCsvResult } from './csvTypes.js';
import type { StoreTicket } from './types.js';

const COLUMNS: readonly CsvColumnSpec[] = [
  { name: 'id', aliases: ['ticket_id'], required: true },
  { name: 'customer_id', aliases: ['customer', 'customerId'], required: true },
  { name: 'priority', required: true },
  { name: 'opened_at', aliases: ['opened', 'created_at'], required: true },
  { name: 'first_response_at', aliases: ['first_response', 'responded_at'], required: false },
  { name: 'resolved_at', aliases: ['resolved', 'closed_at'], required: false },
];

const PRIORITIES: Readonly<Record<string, StoreTicket['priority']>> = {
  low: 'low',
  normal: 'normal',
  medium: 'normal',
  high: 'high',
  urgent: 'urgent',
  کم: 'low',
  عادی: 'normal',
  متوسط: 'normal',
  زیاد: 'high',
  بالا: 'high',
  فوری: 'urgent',
};

const EMPTY = 'required value is empty';

/**
 * Reads a support tickets CSV: `id`, `customer_id`, `priority` (`low`, `normal` (or `medium`),
 * `high`, `urgent`, or Persian `کم`, `عادی`, `زیاد`, `فوری`), `opened_at`, and optional
 * `first_response_at` and `resolved_at` (neither may be before `opened_at`). Duplicate ids are problems.
 *
 * @param text - the whole file
 * @param options - `strict`, `timeZone` (default `'Asia/Tehran'`)
 * @returns rows, problems and the number of data rows
 * @throws {MoshtariError} INVALID_ARGUMENT for bad options; INVALID_TIME_ZONE for an unknown zone
 * @example
 * ```ts
 * readTicketsCsv('id,customer_id,priority,opened_at\nK1,C1,high,2025-03-21T06:30:00Z\n').rows;
 * // [{ id: 'K1', customerId: 'C1', priority: 'high', openedAt: 1742538600000 }]
 * ```
 * @category CLI
 */
export function readTicketsCsv(text: string, options: ReadStoreCsvOptions = {}): ReadStoreCsvResult<StoreTicket> {
  checkReadStoreCsvOptions(options);
  const dates = createCsvDateParser(options.timeZone ?? 'Asia/Tehran');
  return readCsvTable<StoreTicket>(
    text,
    {
      file: 'tickets',
      columns: COLUMNS,
      idColumn: 'id',
      prepare: ({ index, label }) => {
        const col = (name: string): string => label[name] as string;
        return (fields, _line, issues: CsvCellIssue[]) => {
          const value = (name: string): string => {
            const i = index[name] as number;
            return i < 0 ? '' : cleanCsvValue(fields[i] ?? '');
          };
          const instant = (name: string, required: boolean): number | undefined => {
            const v = value(name);
            if (v === '') {
              if (required) issues.push({ column: col(name), message: EMPTY });
              return undefined;
            }
            const t = dates.instant(v);
            if (typeof t === 'number') return t;
            issues.push({ column: col(name), message: t });
            return undefined;
          };
          const id = value('id');
          if (id === '') issues.push({ column: col('id'), message: EMPTY });
          const customerId = value('customer_id');
          if (customerId === '') issues.push({ column: col('customer_id'), message: EMPTY });
          const priorityText = cleanCsvText(fields[index['priority'] as number] ?? '');
          const priority = PRIORITIES[priorityText.toLowerCase()];
          if (priority === undefined) {
            issues.push({
              column: col('priority'),
              message:
                priorityText === ''
                  ? EMPTY
                  : `expected low, normal, high or urgent, got ${quoteCsvValue(priorityText)}`,
            });
          }
          const openedAt = instant('opened_at', true);
          const firstResponseAt = instant('first_response_at', false);
          const resolvedAt = instant('resolved_at', false);
          if (openedAt !== undefined) {
            if (firstResponseAt !== undefined && firstResponseAt < openedAt) {
              issues.push({
                column: col('first_response_at'),
                message: 'first response is before the ticket was opened',
              });
            }
            if (resolvedAt !== undefined && resolvedAt < openedAt) {
              issues.push({ column: col('resolved_at'), message: 'resolved before the ticket was opened' });
            }
          }
          if (issues.length > 0 || openedAt === undefined || priority === undefined) return undefined;
          const ticket: StoreTicket = { id, customerId, priority, openedAt };
          if (firstResponseAt === undefined) return resolvedAt === undefined ? ticket : { ...ticket, resolvedAt };
          return resolvedAt === undefined ? { ...ticket, firstResponseAt } : { ...ticket, firstResponseAt, resolvedAt };
        };
      },
    },
    options.strict === true,
  );
}
