import { cleanCsvText } from './csvText.js';

/** One column a CSV file may have. */
export type CsvColumnSpec = {
  /** Canonical name (`customer_id`). */
  readonly name: string;
  /** Other accepted names (`customer`, `customerId`). */
  readonly aliases?: readonly string[];
  /** Whether the file must have the column. */
  readonly required: boolean;
};

/** Where each canonical column is in a file (−1: absent) and how the file spells it. */
export type CsvHeader = {
  /** Field index by canonical name, −1 when the file lacks the column. */
  readonly index: Readonly<Record<string, number>>;
  /** The header cell as written, by canonical name (the canonical name when absent). */
  readonly label: Readonly<Record<string, string>>;
  /** Number of header fields. */
  readonly width: number;
};

const SEPARATORS = /[\s_-]+/g;

/** A header name folded for comparison: case-insensitive, `_`, `-` and spaces ignored. */
function fold(name: string): string {
  return cleanCsvText(name).toLowerCase().replace(SEPARATORS, '');
}

/**
 * Matches a header line to the expected columns: names are compared case-insensitively, trimmed,
 * with `_`, `-` and spaces ignored (`Customer ID` = `customer_id` = `customerId`); aliases count as
 * the canonical name; unknown columns are ignored.
 *
 * @param fields - the header fields
 * @param columns - the expected columns
 * @returns the column positions, or the problems (a required column missing, two columns with the same meaning)
 * @example
 * ```ts
 * const h = mapCsvHeader(['Customer', 'Date', 'Total'], [{ name: 'customer_id', aliases: ['customer'], required: true }]);
 * if (h.ok) h.header.index['customer_id']; // 0
 * ```
 * @category CLI
 */
export function mapCsvHeader(
  fields: readonly string[],
  columns: readonly CsvColumnSpec[],
):
  | { readonly ok: true; readonly header: CsvHeader }
  | { readonly ok: false; readonly problems: readonly { readonly column: string; readonly message: string }[] } {
  const byName = new Map<string, string>();
  for (const c of columns) for (const n of [c.name, ...(c.aliases ?? [])]) byName.set(fold(n), c.name);
  const index: Record<string, number> = {};
  const label: Record<string, string> = {};
  const problems: { column: string; message: string }[] = [];
  for (const c of columns) {
    index[c.name] = -1;
    label[c.name] = c.name;
  }
  fields.forEach((field, i) => {
    const name = byName.get(fold(field));
    if (name === undefined) return;
    const seen = index[name] as number;
    if (seen >= 0) {
      problems.push({
        column: cleanCsvText(field),
        message: `columns ${JSON.stringify(label[name])} and ${JSON.stringify(cleanCsvText(field))} both mean ${name}; no rows were read`,
      });
      return;
    }
    index[name] = i;
    label[name] = cleanCsvText(field);
  });
  for (const c of columns) {
    if (c.required && index[c.name] === -1) {
      const also = c.aliases === undefined ? '' : ` (or ${c.aliases.join(', ')})`;
      problems.push({ column: c.name, message: `missing required column ${c.name}${also}; no rows were read` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, header: { index, label, width: fields.length } };
}
