import type { JalaliDate } from '../calendar/index.js';
import type { TierBenefits, TierMetric } from './types.js';

/**
 * Why a member's tier changed: `start` (the base tier before any activity), `upgrade`, `assignment`
 * (a manual or paid tier began), `softLanding` (dropped one tier), `downgrade` (dropped to the tier the
 * window still earns), `revoked` (a return took away what the promotion rested on).
 *
 * @example
 * ```ts
 * const reason: TierChangeReason = 'softLanding';
 * ```
 * @category Tiers
 */
export type TierChangeReason = 'start' | 'upgrade' | 'assignment' | 'softLanding' | 'downgrade' | 'revoked';

/**
 * A tier of the ladder as results show it.
 *
 * @example
 * ```ts
 * const silver: TierRef = { id: 'silver', name: 'Silver', rank: 1,
 *   benefits: { earnMultiplier: '1.5', discountPercent: '5', perks: [] } };
 * ```
 * @category Tiers
 */
export type TierRef = {
  /** The tier's id. */
  readonly id: string;
  /** The tier's display name. */
  readonly name: string;
  /** Position in the ladder: 0 = base tier. */
  readonly rank: number;
  /** The tier's benefits (`earnMultiplier` for `moshtari/loyalty`, `discountPercent`, `perks`). */
  readonly benefits: TierBenefits;
};

/**
 * Progress on one metric of a rule; amounts are canonical integer strings (spend in Rial).
 *
 * @example
 * ```ts
 * const p: TierMetricProgress = { metric: 'qualifyingPoints', required: '1000', current: '600', remaining: '400', percent: 60 };
 * ```
 * @category Tiers
 */
export type TierMetricProgress = {
  /** The metric. */
  readonly metric: TierMetric;
  /** The threshold. */
  readonly required: string;
  /** What counts so far. */
  readonly current: string;
  /** `max(0, required − current)`. */
  readonly remaining: string;
  /** `current / required` in whole percent, rounded down, 0–100. */
  readonly percent: number;
};

/**
 * What a rule asks for and how far the member is, in one window.
 *
 * @example
 * ```ts
 * const r: TierRequirement = { mode: 'any', met: false, percent: 60, windowStart: { year: 1403, month: 1, day: 1 },
 *   by: { year: 1403, month: 12, day: 30 }, metrics: [] };
 * ```
 * @category Tiers
 */
export type TierRequirement = {
  /** Whether every metric (`all`) or one (`any`) must reach its threshold. */
  readonly mode: 'all' | 'any';
  /** Progress per metric of the rule. */
  readonly metrics: readonly TierMetricProgress[];
  /** Whether the rule is met. */
  readonly met: boolean;
  /** Overall progress in whole percent: the minimum over metrics for `all`, the maximum for `any`. */
  readonly percent: number;
  /** First day of the window the activity counts in (`null`: lifetime window). */
  readonly windowStart: JalaliDate | null;
  /** Last day to meet it (`null`: no deadline, e.g. a rolling window's next tier). */
  readonly by: JalaliDate | null;
};

/**
 * The tier a member holds, with its term. `benefits` are what `moshtari/loyalty` applies.
 *
 * @example
 * ```ts
 * // evaluateTier(ladder, member, asOf).current.benefits.earnMultiplier // '1.5'
 * ```
 * @category Tiers
 */
export type TierCurrent = TierRef & {
  /** First day of holding it (`null`: the base tier since before any activity). */
  readonly since: JalaliDate | null;
  /** Last day it is guaranteed without further activity, grace included (`null`: no end). */
  readonly validThrough: JalaliDate | null;
  /** Why the member holds it. */
  readonly reason: TierChangeReason;
  /** The running grace period: its term ended and the drop waits until after `through`. */
  readonly grace: {
    /** First day of grace (the day after the term ended). */
    readonly since: JalaliDate;
    /** Last day of grace; the drop happens the day after. */
    readonly through: JalaliDate;
  } | null;
};

/**
 * A sentence of {@link TierEvaluation.explanation}, with a code to build your own text from the data.
 *
 * @example
 * ```ts
 * const line: TierExplanationLine = { code: 'CURRENT', text: 'You are Silver since 1403/05/10.' };
 * ```
 * @category Tiers
 */
export type TierExplanationLine = {
  /** What the sentence is about. */
  readonly code: 'CURRENT' | 'VALIDITY' | 'GRACE' | 'WINDOW' | 'NEXT' | 'PENDING' | 'TOP' | 'KEEP' | 'DOWNGRADE';
  /** An English sentence a member can read (Jalali dates as yyyy/MM/dd). */
  readonly text: string;
};

/**
 * A member's tier as of a day: the tier and its benefits, the window's sums, the next tier and what is
 * missing, what keeps the current tier, and the drop that happens without further activity.
 *
 * @example
 * ```ts
 * // const e = evaluateTier(ladder, member, asOf); // asOf: the instant to evaluate at
 * // e.current.name, e.current.benefits.earnMultiplier, e.next?.requirement.metrics, e.projectedDowngrade?.on
 * ```
 * @category Tiers
 */
export type TierEvaluation = {
  /** The day evaluated (the `asOf` instant's Jalali date in `timeZone`). */
  readonly asOf: JalaliDate;
  /** The program time zone used for every day boundary. */
  readonly timeZone: string;
  /** The tier held on `asOf`; its `benefits` feed `moshtari/loyalty`'s `calculateEarn`. */
  readonly current: TierCurrent;
  /** The qualification window as of `asOf` and its sums (integer strings; spend in Rial). */
  readonly window: {
    /** First day (`null` for a lifetime window). */
    readonly start: JalaliDate | null;
    /** Last day: `asOf`. */
    readonly end: JalaliDate;
    /** Sums per metric. */
    readonly metrics: Readonly<Record<TierMetric, string>>;
  };
  /** The tier above and its entry rule against the current window; `null` at the top. */
  readonly next:
    | (TierRef & {
        /** Its entry rule against the current window, with the period's last day as deadline. */
        readonly requirement: TierRequirement;
      })
    | null;
  /** An upgrade already earned that starts at the next period (`upgrade: 'nextPeriod'`). */
  readonly pendingUpgrade: {
    /** The tier it starts. */
    readonly to: TierRef;
    /** The day it starts. */
    readonly on: JalaliDate;
  } | null;
  /** The retention rule to meet by `by` to keep the tier beyond `validThrough`; `null` if not needed or not possible. */
  readonly keep: TierRequirement | null;
  /** First day of a lower tier if nothing else happens (`null`: no drop ahead). */
  readonly projectedDowngrade: {
    /** First day on the lower tier. */
    readonly on: JalaliDate;
    /** The lower tier. */
    readonly to: TierRef;
  } | null;
  /** Sentences for the member, in this order: current, validity/grace, window, next, keep, downgrade. */
  readonly explanation: readonly TierExplanationLine[];
};
