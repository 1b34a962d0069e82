// Readers for the BTYD reference data in ../shared/data/btyd (test-only; not exported). The tests read
// the files themselves (node:fs stays out of this helper) and parse them here.
import type { ClvTransaction } from './index.js';

/** URL of a file in ../shared/data/btyd, relative to this folder (/work/main/src/clv → /work/shared). */
export function btydUrl(file: string): URL {
  return new URL(`../../../shared/data/btyd/${file}`, import.meta.url);
}

/** Rows of a simple CSV (no commas inside fields), quotes stripped, header dropped. */
export function csvRows(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
}

/** The columns of a row as numbers. */
export function numbers(row: readonly string[]): number[] {
  return row.map(Number);
}

/** CDNOW 1/10 sample event log: `master_id sample_id YYYYMMDD n_cds dollars`; ids are the sample ids. */
export function cdnowSample(text: string): ClvTransaction[] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => {
      const [, id, date, , dollars] = line.trim().split(/\s+/) as [string, string, string, string, string];
      return { customerId: id, date, amount: Number(dollars) };
    });
}

/** BTYD cdnowSummary cbs (exact weeks): x, t_x, T, x*, mean repeat value, in sample-id order. */
export function cdnowCbs(text: string): {
  readonly id: string;
  readonly frequency: number;
  readonly recency: number;
  readonly T: number;
  readonly xStar: number;
  readonly monetary: number;
}[] {
  return csvRows(text).map((r) => {
    const [x, tx, t, xStar, mx] = numbers(r.slice(1)) as [number, number, number, number, number];
    return { id: r[0] as string, frequency: x, recency: tx, T: t, xStar, monetary: mx };
  });
}
