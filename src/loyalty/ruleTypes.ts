import type { JalaliDate, Weekday } from '../calendar/index.js';
import type { ExpiryRule } from './policyTypes.js';

/**
 * A promotional window: a multiplier and/or flat bonus while all its conditions hold. Dates and
 * hours are civil, in the program time zone (default Tehran).
 *
 * @example
 * ```ts
 * const nowruz: Promotion = {
 *   id: 'nowruz-1404', multiplier: '2', from: { year: 1404, month: 1, day: 1 }, to: { year: 1404, month: 1, day: 13 },
 * };
 * const happyHour: Promotion = { id: 'hh', multiplier: '1.5', weekdays: ['thu'], hours: { from: '14:00', to: '17:00' } };
 * ```
 * @category Loyalty
 */
export type Promotion = {
  /** Stable id, shown in the breakdown. */
  readonly id: string;
  /** Multiplier on the points of matching lines, a decimal string (`'2'`). */
  readonly multiplier?: string;
  /** Flat points added to a matching purchase (once per purchase). */
  readonly bonusPoints?: number;
  /** First day of the window (inclusive, Jalali). */
  readonly from?: JalaliDate;
  /** Last day of the window (inclusive, Jalali: the whole day counts). */
  readonly to?: JalaliDate;
  /** Days of the week it runs on. */
  readonly weekdays?: readonly Weekday[];
  /** Wall-clock hours `[from, to)` as `'HH:MM'`; `to` before `from` wraps past midnight. */
  readonly hours?: {
    /** Start, `'HH:MM'` (inclusive). */
    readonly from: string;
    /** End, `'HH:MM'` (exclusive). */
    readonly to: string;
  };
  /** Only lines of these categories. */
  readonly categories?: readonly string[];
  /** Only purchases through these channels. */
  readonly channels?: readonly string[];
};

/**
 * A bonus-event rule: fixed points for signup, the birthday month, a referral, profile completion,
 * a review, a campaign (e.g. Nowruz) or any custom event, with a frequency limit.
 *
 * @example
 * ```ts
 * const birthday: BonusRule = { id: 'birthday', kind: 'birthday', points: 100, expiry: { kind: 'rolling', count: 1, unit: 'year' } };
 * const referral: BonusRule = { id: 'referral', kind: 'referral', points: 25, limit: { count: 3, per: 'month' } };
 * ```
 * @category Loyalty
 */
export type BonusRule = {
  /** Stable id; recorded as the lot's `source.rule`. */
  readonly id: string;
  /** The event that triggers it. */
  readonly kind: 'signup' | 'birthday' | 'referral' | 'profileCompletion' | 'review' | 'campaign' | 'custom';
  /** Points awarded (before the optional tier multiplier). */
  readonly points: number;
  /**
   * How often it may be awarded (default: once per lifetime for signup and profile completion,
   * once per Jalali year for birthday, unlimited otherwise).
   */
  readonly limit?: {
    /** Awards allowed per window (≥ 1). */
    readonly count: number;
    /** The window: lifetime, or the civil day / Jalali month / Jalali year of the event. */
    readonly per: 'lifetime' | 'day' | 'month' | 'year';
  };
  /** First day of a campaign window (inclusive, Jalali). */
  readonly from?: JalaliDate;
  /** Last day of a campaign window (inclusive, Jalali). */
  readonly to?: JalaliDate;
  /** Validity of these points (per-source expiry); default: the ledger policy. */
  readonly expiry?: ExpiryRule;
  /** Apply the member's tier earn multiplier too (default `false`). */
  readonly tierMultiplier?: boolean;
};

/**
 * A progress reward: "every 500,000 toman spent → a free item" (`'spend'`) or "every 10th coffee
 * free" (`'stamp'`, counting units of matching lines).
 *
 * @example
 * ```ts
 * const coffee: ProgressReward = { id: 'coffee-card', kind: 'stamp', every: 10, reward: 'free-coffee', categories: ['coffee'] };
 * const spend: ProgressReward = { id: 'spend-500k', kind: 'spend', every: '500000', reward: 'gift-box' };
 * ```
 * @category Loyalty
 */
export type ProgressReward = {
  /** Stable id; the key of its progress in `EarnContext.progress`. */
  readonly id: string;
  /** `'spend'` counts eligible spend; `'stamp'` counts units. */
  readonly kind: 'spend' | 'stamp';
  /** Spend per reward (program unit, integer string) for `'spend'`; units per reward (number) for `'stamp'`. */
  readonly every: string | number;
  /** What is awarded (a catalog or item id). */
  readonly reward: string;
  /** Only lines of these categories count (default: every eligible line). */
  readonly categories?: readonly string[];
  /** Only lines with these SKUs count. */
  readonly skus?: readonly string[];
};
