import { MoshtariError } from '../core/index.js';
import type { BtydCustomer, RfmFitRow } from './types.js';

/** Throws INVALID_ROW naming `path` unless `value` is a finite number ≥ 0 (and an integer if asked). */
export function checkCount(value: unknown, path: string, integer: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    const what = integer ? 'a non-negative integer' : 'a finite number ≥ 0';
    throw new MoshtariError('INVALID_ROW', `${path}: expected ${what}, got ${String(value)}`, { path });
  }
  return value;
}

/** The common case without building path strings: a valid (frequency, recency, T). */
function isValidRfm(row: BtydCustomer): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const { frequency: x, recency: tx, T: t } = row;
  return (
    typeof x === 'number' &&
    typeof tx === 'number' &&
    typeof t === 'number' &&
    Number.isInteger(x) &&
    x >= 0 &&
    tx >= 0 &&
    tx <= t &&
    t < Number.POSITIVE_INFINITY &&
    (x > 0 || tx === 0)
  );
}

/** Validates one (frequency, recency, T) customer; `path` is e.g. `rows[3]`. */
export function checkRfm(row: BtydCustomer, path: string): void {
  if (isValidRfm(row)) return;
  if (typeof row !== 'object' || row === null) {
    throw new MoshtariError('INVALID_ROW', `${path}: expected { frequency, recency, T }`, { path });
  }
  const x = checkCount(row.frequency, `${path}.frequency`, true);
  const tx = checkCount(row.recency, `${path}.recency`, false);
  const t = checkCount(row.T, `${path}.T`, false);
  if (tx > t) {
    throw new MoshtariError('INVALID_ROW', `${path}.recency: ${tx} is after the customer's age T = ${t}`, {
      path: `${path}.recency`,
    });
  }
  if (x === 0 && tx !== 0) {
    throw new MoshtariError('INVALID_ROW', `${path}.recency: must be 0 when frequency is 0, got ${tx}`, {
      path: `${path}.recency`,
    });
  }
}

/** Validates an optional weight (finite, ≥ 0); returns it or 1. */
export function checkWeight(value: number | undefined, path: string): number {
  if (value === undefined) return 1;
  return checkCount(value, path, false);
}

/** Identical (x, t_x, T) rows merged, with the distinct T, t_x and x values indexed for caching. */
export type CompressedRfm = {
  readonly size: number;
  readonly totalWeight: number;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly t: Float64Array;
  readonly weight: Float64Array;
  readonly xIndex: Int32Array;
  readonly txIndex: Int32Array;
  readonly tIndex: Int32Array;
  readonly xs: Float64Array;
  readonly txs: Float64Array;
  readonly ts: Float64Array;
};

function indexer(): { readonly index: (v: number) => number; readonly values: number[] } {
  const map = new Map<number, number>();
  const values: number[] = [];
  return {
    values,
    index: (v) => {
      let i = map.get(v);
      if (i === undefined) {
        i = values.length;
        map.set(v, i);
        values.push(v);
      }
      return i;
    },
  };
}

/** Why RFM data cannot identify a BTYD model (no repeat purchase at all), or undefined. */
export function rfmUnidentified(data: CompressedRfm): string | undefined {
  return data.x.some((x) => x > 0) ? undefined : 'no customer has a repeat purchase';
}

/** Validates and compresses RFM rows (rows of weight 0 are dropped). Throws EMPTY_INPUT when nothing is left. */
export function compressRfm(rows: readonly RfmFitRow[], path = 'rows'): CompressedRfm {
  if (!Array.isArray(rows)) throw new MoshtariError('INVALID_ARGUMENT', `${path}: expected an array`, { path });
  const groups = new Map<number, Map<number, Map<number, number>>>();
  const order: [number, number, number][] = [];
  const weights: number[] = [];
  rows.forEach((row, i) => {
    if (!isValidRfm(row)) checkRfm(row, `${path}[${i}]`);
    const w = row.weight === undefined ? 1 : checkWeight(row.weight, `${path}[${i}].weight`);
    if (w === 0) return;
    const { frequency: x, recency: tx, T: t } = row;
    let byTx = groups.get(x);
    if (byTx === undefined) {
      byTx = new Map();
      groups.set(x, byTx);
    }
    let byT = byTx.get(tx);
    if (byT === undefined) {
      byT = new Map();
      byTx.set(tx, byT);
    }
    const g = byT.get(t);
    if (g === undefined) {
      byT.set(t, order.length);
      order.push([x, tx, t]);
      weights.push(w);
    } else weights[g] = (weights[g] as number) + w;
  });
  if (order.length === 0) throw new MoshtariError('EMPTY_INPUT', `${path}: no rows with a positive weight`, { path });
  const size = order.length;
  const xi = indexer();
  const txi = indexer();
  const ti = indexer();
  const out = {
    size,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    x: new Float64Array(size),
    tx: new Float64Array(size),
    t: new Float64Array(size),
    weight: Float64Array.from(weights),
    xIndex: new Int32Array(size),
    txIndex: new Int32Array(size),
    tIndex: new Int32Array(size),
  };
  order.forEach(([x, tx, t], k) => {
    out.x[k] = x;
    out.tx[k] = tx;
    out.t[k] = t;
    out.xIndex[k] = xi.index(x);
    out.txIndex[k] = txi.index(tx);
    out.tIndex[k] = ti.index(t);
  });
  return {
    ...out,
    xs: Float64Array.from(xi.values),
    txs: Float64Array.from(txi.values),
    ts: Float64Array.from(ti.values),
  };
}

/** Throws INVALID_ARGUMENT unless `value` is a finite number ≥ 0 (an integer if asked). */
export function checkArgument(value: unknown, path: string, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    const what = integer ? 'a non-negative integer' : 'a finite number ≥ 0';
    throw new MoshtariError('INVALID_ARGUMENT', `${path}: expected ${what}, got ${String(value)}`, { path });
  }
  return value;
}
