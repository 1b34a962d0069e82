/**
 * Internal: the permutation that sorts finite float64 keys ascending (stable), by an LSD radix sort
 * on the keys' bits (4 passes of 16 bits; a pass whose digit is constant is skipped): O(n), about
 * 30–60 ms for 1M keys, where a comparator sort takes a second.
 */
export function sortedOrder(keys: Float64Array): Uint32Array {
  const n = keys.length;
  // Map each key to an unsigned 64-bit integer (two 32-bit words) with the same order.
  const copy = new Float64Array(n);
  for (let i = 0; i < n; i++) copy[i] = (keys[i] as number) + 0; // -0 + 0 is +0
  const bits = new Uint32Array(copy.buffer);
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const l = bits[2 * i] as number;
    const h = bits[2 * i + 1] as number;
    const negative = h >>> 31 === 1;
    lo[i] = negative ? ~l >>> 0 : l;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(65_536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((word[i] as number) >>> shift) & 0xffff;
      counts[d] = (counts[d] as number) + 1;
    }
    if (n === 0 || counts[((word[0] as number) >>> shift) & 0xffff] === n) continue; // one digit value: already in order
    let sum = 0;
    for (let d = 0; d < 65_536; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let j = 0; j < n; j++) {
      const i = order[j] as number;
      const d = ((word[i] as number) >>> shift) & 0xffff;
      next[counts[d] as number] = i;
      counts[d] = (counts[d] as number) + 1;
    }
    [order, next] = [next, order];
  }
  return order;
}

/**
 * Internal: 1-based minimum ranks (SQL `RANK()`: ties share the lowest rank) of finite keys,
 * ascending; `-0` equals `0`.
 */
export function minRanks(keys: Float64Array): Int32Array {
  const n = keys.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    if (k < min) min = k;
    if (k > max) max = k;
    if (integers && !Number.isInteger(k)) integers = false;
  }
  if (integers && n > 0 && max - min <= 4 * n + 1024) return countingRanks(keys, min, max - min + 1);
  const order = sortedOrder(keys);
  const ranks = new Int32Array(keys.length);
  let rank = 0;
  let previous = Number.NaN;
  for (let j = 0; j < order.length; j++) {
    const i = order[j] as number;
    const k = keys[i] as number;
    if (k !== previous) {
      rank = j + 1;
      previous = k;
    }
    ranks[i] = rank;
  }
  return ranks;
}

/** Counting ranks of integer keys in a small range (days, order counts): two linear passes. */
function countingRanks(keys: Float64Array, min: number, range: number): Int32Array {
  const below = new Int32Array(range + 1);
  for (let i = 0; i < keys.length; i++) {
    const slot = (keys[i] as number) - min + 1;
    below[slot] = (below[slot] as number) + 1;
  }
  for (let v = 1; v <= range; v++) below[v] = (below[v] as number) + (below[v - 1] as number);
  const ranks = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) ranks[i] = (below[(keys[i] as number) - min] as number) + 1;
  return ranks;
}

/** Internal: {@link minRanks} for bigint keys (money beyond 2^53; rare, comparator sort). */
export function minRanksBig(keys: readonly bigint[]): Int32Array {
  const order = Array.from(keys, (_, i) => i).sort((a, b) => {
    const x = keys[a] as bigint;
    const y = keys[b] as bigint;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const ranks = new Int32Array(keys.length);
  order.forEach((i, j) => {
    const previous = j === 0 ? undefined : keys[order[j - 1] as number];
    ranks[i] = previous === keys[i] ? (ranks[order[j - 1] as number] as number) : j + 1;
  });
  return ranks;
}

/**
 * Internal: the percent-rank score `min(bins, 1 + floor(bins · (rank − 1) / (n − 1)))`, in exact
 * integer arithmetic (the same expression the SQL back-end evaluates); 1 when n = 1.
 */
export function percentRankScore(rank: number, n: number, bins: number): number {
  if (n <= 1) return 1;
  const a = bins * (rank - 1);
  const b = n - 1;
  return Math.min(bins, 1 + (a - (a % b)) / b);
}
