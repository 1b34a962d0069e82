import { MoshtariError } from '../core/index.js';
import type { SegmentErrorCode } from './errors.js';
import { RFM_DEFAULT_MAP, type RfmSegmentMap } from './rfmMaps.js';

/**
 * The coverage of an RFM map: cells matched by several boxes, cells matched by none, and the
 * cells each segment wins under first-match.
 *
 * @example
 * ```ts
 * const c: RfmMapCoverage = { overlaps: [], gaps: [], cells: { Champions: 10 } };
 * ```
 * @category Segment
 */
export type RfmMapCoverage = {
  /** Cells (e.g. `'542'`) matched by more than one box, with the boxes' names in order. */
  readonly overlaps: readonly {
    /** The score cell, e.g. `'545'`. */
    readonly cell: string;
    /** Every segment claiming it. */
    readonly segments: readonly string[];
  }[];
  /** Cells no box matches (they get `fallback`). */
  readonly gaps: readonly string[];
  /** Cells won per segment name under first-match (0 for a shadowed segment). */
  readonly cells: Readonly<Record<string, number>>;
};

function fail(path: string, message: string): never {
  throw new MoshtariError<SegmentErrorCode>('INVALID_RFM_MAP', `${path}: ${message}`, { path });
}

function checkMap(map: RfmSegmentMap): void {
  if (map === null || typeof map !== 'object' || !Array.isArray(map.segments))
    fail('map', 'expected { bins, segments }');
  if (!Number.isInteger(map.bins) || map.bins < 2 || map.bins > 9) fail('map.bins', 'expected a whole number 2–9');
  map.segments.forEach((box, i) => {
    if (typeof box?.name !== 'string' || box.name === '') fail(`map.segments[${i}].name`, 'expected a non-empty name');
    for (const d of ['r', 'f', 'm'] as const) {
      const [lo, hi] = Array.isArray(box[d]) ? box[d] : [Number.NaN, Number.NaN];
      if (!(Number.isInteger(lo) && Number.isInteger(hi) && lo >= 1 && lo <= hi && hi <= map.bins)) {
        fail(`map.segments[${i}].${d}`, `expected [low, high] with 1 ≤ low ≤ high ≤ ${map.bins}`);
      }
    }
  });
  if (map.fallback !== undefined && (typeof map.fallback !== 'string' || map.fallback === ''))
    fail('map.fallback', 'expected a non-empty name');
}

const inBox = (x: number, [lo, hi]: readonly [number, number]): boolean => x >= lo && x <= hi;

/**
 * Reports how an RFM map covers the `bins³` cells: overlaps, gaps and first-match wins per
 * segment, e.g. to test a custom map is a partition.
 *
 * @param map - the map to check (default {@link RFM_DEFAULT_MAP})
 * @returns overlaps, gaps and cells per segment
 * @throws {MoshtariError} INVALID_RFM_MAP for a malformed map
 * @example
 * ```ts
 * const { overlaps, gaps } = checkRfmMap(RFM_DEFAULT_MAP); // [], []
 * checkRfmMap(RFM_TABLE_11_MAP).cells['Lost']; // 0 (shadowed by Hibernating)
 * ```
 * @category Segment
 */
export function checkRfmMap(map: RfmSegmentMap = RFM_DEFAULT_MAP): RfmMapCoverage {
  checkMap(map);
  const overlaps: { cell: string; segments: string[] }[] = [];
  const gaps: string[] = [];
  const cells: Record<string, number> = Object.create(null);
  for (const box of map.segments) cells[box.name] ??= 0;
  for (let r = 1; r <= map.bins; r++) {
    for (let f = 1; f <= map.bins; f++) {
      for (let m = 1; m <= map.bins; m++) {
        const hits = map.segments.filter((b) => inBox(r, b.r) && inBox(f, b.f) && inBox(m, b.m)).map((b) => b.name);
        const cell = `${r}${f}${m}`;
        if (hits.length === 0) gaps.push(cell);
        else cells[hits[0] as string] = (cells[hits[0] as string] ?? 0) + 1;
        if (hits.length > 1) overlaps.push({ cell, segments: hits });
      }
    }
  }
  return { overlaps, gaps, cells };
}

/**
 * Names the RFM segment of each score: the first box of the map containing `(r, f, m)`, else the
 * map's `fallback`. A lookup table of all cells is built once, so 1M scores take milliseconds.
 *
 * @param scores - scores such as those of {@link rfmScores} (`r`, `f`, `m` in `1…map.bins`)
 * @param map - segment boxes (default {@link RFM_DEFAULT_MAP}, 5 bins)
 * @returns one segment name per score, in order
 * @throws {MoshtariError} INVALID_RFM_MAP for a malformed map or a gap without `fallback`; INVALID_VALUE for a score outside `1…bins`
 * @example
 * ```ts
 * rfmSegment([{ r: 5, f: 4, m: 2 }, { r: 1, f: 1, m: 5 }]); // ['Champions', 'Hibernating']
 * ```
 * @category Segment
 */
export function rfmSegment(
  scores: readonly { readonly r: number; readonly f: number; readonly m: number }[],
  map: RfmSegmentMap = RFM_DEFAULT_MAP,
): readonly string[] {
  const { gaps } = checkRfmMap(map);
  if (gaps.length > 0 && map.fallback === undefined)
    fail('map', `cells ${gaps.slice(0, 10).join(' ')} match no segment and there is no fallback`);
  const b = map.bins;
  const table: string[] = new Array(b * b * b);
  for (let r = 1; r <= b; r++) {
    for (let f = 1; f <= b; f++) {
      for (let m = 1; m <= b; m++) {
        const box = map.segments.find((x) => inBox(r, x.r) && inBox(f, x.f) && inBox(m, x.m));
        table[((r - 1) * b + f - 1) * b + m - 1] = box?.name ?? (map.fallback as string);
      }
    }
  }
  if (!Array.isArray(scores))
    throw new MoshtariError<SegmentErrorCode>('INVALID_ARGUMENT', 'scores: expected an array', { path: 'scores' });
  const ok = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= b;
  const out: string[] = new Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    const r = s?.r;
    const f = s?.f;
    const m = s?.m;
    if (!ok(r) || !ok(f) || !ok(m)) {
      throw new MoshtariError<SegmentErrorCode>('INVALID_VALUE', `scores[${i}]: expected r, f, m in 1…${b}`, {
        path: `scores[${i}]`,
      });
    }
    out[i] = table[((r - 1) * b + f - 1) * b + m - 1] as string;
  }
  return out;
}
