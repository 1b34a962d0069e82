import { MoshtariError } from '../../core/index.js';
import { type CsvColumnSpec, type CsvHeader, mapCsvHeader } from './csvHeader.js';
import { scanCsvRecords } from './csvRecords.js';
import { cleanCsvValue } from './csvText.js';
import type { ReadStoreCsvOptions, ReadStoreCsvResult } from './csvTypes.js';
import type { RowProblem } from './types.js';

/** A bad cell of a row: the column (as the file spells it) and what is wrong. */
export type CsvCellIssue = { readonly column?: string; readonly message: string };

/**
 * Builds a row from its fields (missing trailing fields are `undefined`); pushes to `issues` and
 * returns `undefined` when a cell is bad.
 */
export type CsvRowBuilder<TRow> = (fields: readonly string[], line: number, issues: CsvCellIssue[]) => TRow | undefined;

/** What a reader of one kind of file needs. */
export type CsvTableSpec<TRow> = {
  /** File kind, for problems (`transactions`, …). */
  readonly file: string;
  /** Expected columns. */
  readonly columns: readonly CsvColumnSpec[];
  /** Canonical name of the id column, when ids must be unique. */
  readonly idColumn?: string;
  /** Makes the row builder once the header is known. */
  readonly prepare: (header: CsvHeader) => CsvRowBuilder<TRow>;
};

/**
 * Checks the options of a CSV reader.
 *
 * @param options - the options as given
 * @returns nothing
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown currency or a non-boolean `strict`
 * @example
 * ```ts
 * checkReadStoreCsvOptions({ currency: 'toman' }); // ok
 * ```
 * @category CLI
 */
export function checkReadStoreCsvOptions(options: ReadStoreCsvOptions): void {
  const { currency, strict, timeZone } = options;
  if (currency !== undefined && currency !== 'rial' && currency !== 'toman') {
    throw new MoshtariError(
      'INVALID_ARGUMENT',
      `options.currency: expected 'rial' or 'toman', got ${String(currency)}`,
      {
        path: 'options.currency',
      },
    );
  }
  if (strict !== undefined && typeof strict !== 'boolean') {
    throw new MoshtariError('INVALID_ARGUMENT', `options.strict: expected a boolean, got ${String(strict)}`, {
      path: 'options.strict',
    });
  }
  if (timeZone !== undefined && typeof timeZone !== 'string') {
    throw new MoshtariError('INVALID_ARGUMENT', `options.timeZone: expected a string, got ${String(timeZone)}`, {
      path: 'options.timeZone',
    });
  }
}

/**
 * Reads a CSV file of one kind: maps the header, builds every data row, reports each bad row with its
 * line (where the record starts), checks that ids are unique (`duplicate id X, first on line N`) and,
 * with `strict`, stops at the first problem. Nothing is dropped silently: every data row ends up in
 * `rows` or in `problems`; wholly blank lines are not data.
 *
 * @param text - the whole file
 * @param spec - columns and row builder
 * @param strict - stop at the first problem
 * @returns rows, problems and the number of data rows seen
 * @example
 * ```ts
 * readCsvTable('id\n1\n', { file: 'x', columns: [{ name: 'id', required: true }], prepare: () => (f) => f[0] }, false);
 * // { rows: ['1'], lines: [2], problems: [], rowsRead: 1 }
 * ```
 * @category CLI
 */
export function readCsvTable<TRow>(text: string, spec: CsvTableSpec<TRow>, strict: boolean): ReadStoreCsvResult<TRow> {
  const { file } = spec;
  const rows: TRow[] = [];
  const lines: number[] = [];
  const problems: RowProblem[] = [];
  const issues: CsvCellIssue[] = [];
  const ids = new Map<string, number>();
  let header: CsvHeader | undefined;
  let build: CsvRowBuilder<TRow> | undefined;
  let idIndex = -1;
  let idLabel = '';
  let rowsRead = 0;
  let failed = false;
  // Ids in ascending order cannot repeat: they are only listed until the first one out of order,
  // then moved into the map (a sorted million-row file never pays for a million-entry map).
  let ascending = true;
  let lastId = '';
  const seenIds: string[] = [];
  const seenLines: number[] = [];
  const ascend = (id: string, line: number): boolean => {
    if (id > lastId) {
      lastId = id;
      seenIds.push(id);
      seenLines.push(line);
      return true;
    }
    ascending = false;
    for (let i = 0; i < seenIds.length; i++) ids.set(seenIds[i] as string, seenLines[i] as number);
    seenIds.length = 0;
    seenLines.length = 0;
    return false;
  };

  const report = (line: number, issue: CsvCellIssue): boolean => {
    problems.push(issue.column === undefined ? { file, line, message: issue.message } : { file, line, ...issue });
    if (strict) failed = true;
    return !strict;
  };

  scanCsvRecords(
    text,
    (fields, line) => {
      if (header === undefined) {
        const mapped = mapCsvHeader(fields, spec.columns);
        if (!mapped.ok) {
          for (const p of strict ? mapped.problems.slice(0, 1) : mapped.problems) problems.push({ file, line, ...p });
          failed = true;
          return false;
        }
        header = mapped.header;
        build = spec.prepare(header);
        if (spec.idColumn !== undefined) {
          idIndex = header.index[spec.idColumn] ?? -1;
          idLabel = header.label[spec.idColumn] ?? spec.idColumn;
        }
        return true;
      }
      rowsRead++;
      issues.length = 0;
      const row = (build as CsvRowBuilder<TRow>)(fields, line, issues);
      if (fields.length > header.width) {
        let extra = false;
        for (let i = header.width; i < fields.length; i++) if (fields[i] !== '') extra = true;
        if (extra) {
          issues.push({
            message: `row has ${fields.length} fields but the header has ${header.width} (an unquoted comma?)`,
          });
        }
      }
      if (idIndex >= 0) {
        const id = cleanCsvValue(fields[idIndex] ?? '');
        if (id !== '' && !(ascending && ascend(id, line))) {
          const first = ids.get(id);
          if (first === undefined) ids.set(id, line);
          else issues.push({ column: idLabel, message: `duplicate id ${JSON.stringify(id)}, first on line ${first}` });
        }
      }
      if (issues.length === 0) {
        rows.push(row as TRow);
        lines.push(line);
        return true;
      }
      for (const issue of issues) if (!report(line, issue)) return false;
      return true;
    },
    (line, message) => {
      if (header === undefined) {
        problems.push({ file, line, message: `${message}; the header could not be read, no rows were read` });
        failed = true;
        return false;
      }
      rowsRead++;
      return report(line, { message });
    },
  );
  if (header === undefined && !failed) {
    problems.push({ file, line: 1, message: 'the file is empty (no header line); no rows were read' });
  }
  return { rows, lines, problems, rowsRead };
}
