/**
 * Why {@link validateTierLadder} rejected a ladder:
 *
 * - `NO_TIERS`: `tiers` is missing or empty.
 * - `INVALID_TIER`: a tier without a string `id` and `name`, or a non-boolean `lifetime`.
 * - `DUPLICATE_TIER_ID`: two tiers share an id.
 * - `BASE_TIER_HAS_ENTRY`: the first (base) tier has an entry or retention rule.
 * - `MISSING_ENTRY`: a tier above the base tier has no entry rule.
 * - `INVALID_RULE`: a rule is not `{ all: {…} }` or `{ any: {…} }` with at least one metric.
 * - `UNKNOWN_METRIC`: a threshold names a metric other than `qualifyingPoints`, `spendRial`,
 *   `purchases`, `visits`.
 * - `INVALID_THRESHOLD`: a threshold is not a positive integer.
 * - `NON_MONOTONIC`: a tier's entry rule does not demand at least what the tier below demands.
 * - `OVERLAPPING`: two neighbouring tiers demand the same thing.
 * - `RETENTION_ABOVE_ENTRY`: a retention rule demands more than (or other than) the entry rule.
 * - `INVALID_BENEFITS`: a multiplier or percent that is not a decimal string in range, or bad perks.
 * - `INVALID_WINDOW`, `INVALID_VALIDITY`: unknown kind or out-of-range months.
 * - `INVALID_POLICY`: a bad upgrade, downgrade, grace or returns setting, or a combination that
 *   cannot work (e.g. `endOfPeriod` validity with a rolling window, which has no periods).
 *
 * @example
 * ```ts
 * const code: TierLadderIssueCode = 'NON_MONOTONIC';
 * ```
 * @category Tiers
 */
export type TierLadderIssueCode =
  | 'NO_TIERS'
  | 'INVALID_TIER'
  | 'DUPLICATE_TIER_ID'
  | 'BASE_TIER_HAS_ENTRY'
  | 'MISSING_ENTRY'
  | 'INVALID_RULE'
  | 'UNKNOWN_METRIC'
  | 'INVALID_THRESHOLD'
  | 'NON_MONOTONIC'
  | 'OVERLAPPING'
  | 'RETENTION_ABOVE_ENTRY'
  | 'INVALID_BENEFITS'
  | 'INVALID_WINDOW'
  | 'INVALID_VALIDITY'
  | 'INVALID_POLICY';

/**
 * One problem in a ladder, naming the tier.
 *
 * @example
 * ```ts
 * const issue: TierLadderIssue = {
 *   code: 'RETENTION_ABOVE_ENTRY', tier: 'silver', path: 'tiers[1].retention',
 *   message: "tier 'silver' (tiers[1]): retention (qualifyingPoints ≥ 1200) must not demand more than entry (qualifyingPoints ≥ 1000); …",
 * };
 * ```
 * @category Tiers
 */
export type TierLadderIssue = {
  /** What is wrong. */
  readonly code: TierLadderIssueCode;
  /** Id of the tier concerned, or `null` for ladder-wide settings. */
  readonly tier: string | null;
  /** Dotted path of the offending value, e.g. `'tiers[2].entry.any.spendRial'`. */
  readonly path: string;
  /** An English sentence naming the tier and the problem. */
  readonly message: string;
};
