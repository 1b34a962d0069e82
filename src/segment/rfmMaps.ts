const ALL: readonly [number, number] = [1, 5];

/**
 * A named box of RFM scores: a customer belongs when each score is within its `[low, high]`.
 *
 * @example
 * ```ts
 * const champions: RfmSegmentBox = { name: 'Champions', labelFa: 'قهرمانان', r: [5, 5], f: [4, 5], m: [1, 5] };
 * ```
 * @category Segment
 */
export type RfmSegmentBox = {
  /** The segment name returned by {@link rfmSegment}. */
  readonly name: string;
  /** A Persian label for reports. */
  readonly labelFa?: string;
  /** Recency score range, inclusive. */
  readonly r: readonly [number, number];
  /** Frequency score range, inclusive. */
  readonly f: readonly [number, number];
  /** Monetary score range, inclusive. */
  readonly m: readonly [number, number];
};

/**
 * An ordered list of boxes (first match wins) for scores `1…bins`, and the name of cells no box covers.
 *
 * @example
 * ```ts
 * const twoWay: RfmSegmentMap = { bins: 5, segments: [{ name: 'Active', r: [4, 5], f: [1, 5], m: [1, 5] }], fallback: 'Inactive' };
 * ```
 * @category Segment
 */
export type RfmSegmentMap = {
  /** The scale the boxes are written for (scores 1…bins). */
  readonly bins: number;
  /** Boxes in priority order. */
  readonly segments: readonly RfmSegmentBox[];
  /** Name for cells no box covers; without it such a cell is an error. */
  readonly fallback?: string;
};

/**
 * The default map: the 10-segment recency × frequency grid (segmentation.md §6.2), a partition of
 * all 125 cells (every `(r, f, m)` in exactly one segment; monetary does not split segments, as
 * F and M are strongly correlated). The common 11-segment table is not used as is: it is not a
 * partition (36 cells match no segment, 42 match several, and under first-match New Customers,
 * Promising, Can't Lose Them and Lost never win); it is kept as {@link RFM_TABLE_11_MAP}.
 *
 * @example
 * ```ts
 * rfmSegment([{ r: 5, f: 5, m: 1 }], RFM_DEFAULT_MAP); // ['Champions']
 * ```
 * @category Segment
 */
export const RFM_DEFAULT_MAP: RfmSegmentMap = {
  bins: 5,
  segments: [
    { name: 'Champions', labelFa: 'قهرمانان', r: [5, 5], f: [4, 5], m: ALL },
    { name: 'Loyal Customers', labelFa: 'مشتریان وفادار', r: [3, 4], f: [4, 5], m: ALL },
    { name: 'Potential Loyalists', labelFa: 'وفاداران بالقوه', r: [4, 5], f: [2, 3], m: ALL },
    { name: 'New Customers', labelFa: 'مشتریان تازه', r: [5, 5], f: [1, 1], m: ALL },
    { name: 'Promising', labelFa: 'امیدبخش', r: [4, 4], f: [1, 1], m: ALL },
    { name: 'Need Attention', labelFa: 'نیازمند توجه', r: [3, 3], f: [3, 3], m: ALL },
    { name: 'About to Sleep', labelFa: 'در آستانه خواب', r: [3, 3], f: [1, 2], m: ALL },
    { name: 'At Risk', labelFa: 'در معرض ریزش', r: [1, 2], f: [3, 4], m: ALL },
    { name: "Can't Lose", labelFa: 'نباید از دست برود', r: [1, 2], f: [5, 5], m: ALL },
    { name: 'Hibernating', labelFa: 'خفته', r: [1, 2], f: [1, 2], m: ALL },
  ],
};

/**
 * The common 11-segment table (R package `rfm` vignette, "≤ k" read as 1…k) in published order
 * with first-match semantics and an `'Others'` fallback, for comparison with published analyses.
 * Not a partition; see {@link RFM_DEFAULT_MAP} and {@link checkRfmMap}.
 *
 * @example
 * ```ts
 * checkRfmMap(RFM_TABLE_11_MAP).gaps.length; // 36
 * ```
 * @category Segment
 */
export const RFM_TABLE_11_MAP: RfmSegmentMap = {
  bins: 5,
  fallback: 'Others',
  segments: [
    { name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] },
    { name: 'Loyal Customers', r: [2, 5], f: [3, 5], m: [3, 5] },
    { name: 'Potential Loyalist', r: [3, 5], f: [1, 3], m: [1, 3] },
    { name: 'New Customers', r: [4, 5], f: [1, 1], m: [1, 1] },
    { name: 'Promising', r: [3, 4], f: [1, 1], m: [1, 1] },
    { name: 'Need Attention', r: [2, 3], f: [2, 3], m: [2, 3] },
    { name: 'About To Sleep', r: [2, 3], f: [1, 2], m: [1, 2] },
    { name: 'At Risk', r: [1, 2], f: [2, 5], m: [2, 5] },
    { name: "Can't Lose Them", r: [1, 1], f: [4, 5], m: [4, 5] },
    { name: 'Hibernating', r: [1, 2], f: [1, 2], m: [1, 2] },
    { name: 'Lost', r: [1, 2], f: [1, 2], m: [1, 2] },
  ],
};
