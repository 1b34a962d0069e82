// Groups input positions by integer key (< 2^53) for findDuplicates, built for millions of phone
// numbers, codes and dates where almost every key is unique. Two passes over the records: the first
// only sets bits in two small bit sets of key hashes (16 bits per record, so they stay in cache) to
// flag keys seen twice; the second puts just the flagged keys in a map. Nothing is stored per entry,
// so the caller's heap does not grow with the input (a large table would trigger a full garbage
// collection of that heap, which holds the records themselves).

/** A 32-bit hash of an integer below 2^53. */
function hash(key: number): number {
  const h = Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / 4294967296) >>> 0, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** Positions per shared integer key, filled in two passes (`mark` every key, then `collect` every key). */
export class NumberGroups {
  private readonly seen: Int32Array;
  private readonly twice: Int32Array;
  private readonly mask: number;
  private readonly groups: Map<number, number[]> = new Map();

  /** @param records - number of records (sizes the bit sets: 16 bits per record) */
  constructor(records: number) {
    const bits = 2 ** Math.ceil(Math.log2(Math.max(64, records * 16)));
    this.seen = new Int32Array(bits / 32);
    this.twice = new Int32Array(bits / 32);
    this.mask = bits - 1;
  }

  /** First pass: notes that `key` occurs. */
  mark(key: number): void {
    const h = hash(key) & this.mask;
    const word = h >>> 5;
    const bit = 1 << (h & 31);
    const seen = this.seen[word] as number;
    if ((seen & bit) === 0) this.seen[word] = seen | bit;
    else this.twice[word] = (this.twice[word] as number) | bit;
  }

  /** Second pass: records `slot` under `key` if the key may occur more than once. */
  collect(key: number, slot: number): void {
    const h = hash(key) & this.mask;
    if (((this.twice[h >>> 5] as number) & (1 << (h & 31))) === 0) return;
    const group = this.groups.get(key);
    if (group === undefined) this.groups.set(key, [slot]);
    else if (group[group.length - 1] !== slot) group.push(slot);
  }

  /** Calls `visit(key, positions)` for every key with two or more distinct positions (in input order). */
  forEachGroup(visit: (key: number, slots: number[]) => void): void {
    for (const [key, list] of this.groups) if (list.length > 1) visit(key, list);
  }
}
