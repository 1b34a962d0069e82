// Internal: the counting core of cohortRetentionMatrix, on typed arrays only.

/** Counts per cohort month (offset from `minKey`): sizes, and active customers per month offset. */
export type CohortCounts = {
  /** Offsets (from `minKey`) of the months in which someone was acquired, ascending. */
  readonly rowMonths: readonly number[];
  /** Cohort size by month offset from `minKey`. */
  readonly sizes: Int32Array;
  /** Per cohort row: active customers by months since acquisition, up to the end month. */
  readonly cells: readonly Int32Array[];
};

/**
 * Builds the matrix counts from each row's customer index and month key. `first`/`last` are each
 * customer's first and last month key; `endKey` is the last observed month.
 */
export function countCohorts(
  customerOf: Int32Array,
  keys: Int32Array,
  first: Int32Array,
  last: Int32Array,
  minKey: number,
  endKey: number,
  unbounded: boolean,
): CohortCounts {
  const n = keys.length;
  const customers = first.length;
  const width = endKey - minKey + 1;
  const sizes = new Int32Array(width);
  for (let c = 0; c < customers; c++) {
    const m = (first[c] as number) - minKey;
    sizes[m] = (sizes[m] as number) + 1;
  }
  const rowOfMonth = new Int32Array(width).fill(-1);
  const rowMonths: number[] = [];
  for (let m = 0; m < width; m++) {
    if ((sizes[m] as number) > 0) {
      rowOfMonth[m] = rowMonths.length;
      rowMonths.push(m);
    }
  }
  const cells = rowMonths.map((m) => new Int32Array(width - m));
  const rowOf = (c: number): Int32Array => cells[rowOfMonth[(first[c] as number) - minKey] as number] as Int32Array;

  if (unbounded) {
    // count each customer at their last month offset, then sum from the right: "active at k or later"
    for (let c = 0; c < customers; c++) {
      const row = rowOf(c);
      const k = (last[c] as number) - (first[c] as number);
      row[k] = (row[k] as number) + 1;
    }
    for (const row of cells)
      for (let k = row.length - 2; k >= 0; k--) row[k] = (row[k] as number) + (row[k + 1] as number);
    return { rowMonths, sizes, cells };
  }

  // group month offsets by customer (counting sort), then count each customer once per offset
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) {
    const c = (customerOf[i] as number) + 1;
    start[c] = (start[c] as number) + 1;
  }
  for (let c = 0; c < customers; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const fill = start.slice(0, customers);
  const offsets = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = customerOf[i] as number;
    const at = fill[c] as number;
    fill[c] = at + 1;
    offsets[at] = (keys[i] as number) - (first[c] as number);
  }
  const seen = new Int32Array(width); // seen[k] = c + 1 once customer c was counted at offset k
  for (let c = 0; c < customers; c++) {
    const row = rowOf(c);
    for (let j = start[c] as number, end = start[c + 1] as number; j < end; j++) {
      const k = offsets[j] as number;
      if (seen[k] !== c + 1) {
        seen[k] = c + 1;
        row[k] = (row[k] as number) + 1;
      }
    }
  }
  return { rowMonths, sizes, cells };
}
