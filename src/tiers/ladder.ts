import type { TierDefinition } from './types.js';

/**
 * The qualification window over which metrics are summed, in Jalali dates of the program's time zone:
 * the last `months` Jalali months ending today (`rolling`); the current Jalali `calendar` period
 * (`'year'` = 1 Farvardin – end of Esfand, `'half'`, `'season'`, `'month'`); the current membership
 * year starting on each anniversary of `joinedOn` (`anniversary`); or all time (`lifetime`).
 *
 * @example
 * ```ts
 * const fixed: TierWindow = { kind: 'calendar', unit: 'year' };
 * const rolling: TierWindow = { kind: 'rolling', months: 12 };
 * ```
 * @category Tiers
 */
export type TierWindow =
  | {
      /** The last `months` Jalali months, ending today. */
      readonly kind: 'rolling';
      /** Length in Jalali months (integer 1–120). */
      readonly months: number;
    }
  | {
      /** The current Jalali calendar period. */
      readonly kind: 'calendar';
      /** `'year'` (1 Farvardin – end of Esfand), `'half'`, `'season'` or `'month'`. */
      readonly unit: 'year' | 'half' | 'season' | 'month';
    }
  | {
      /** The membership year, from each anniversary of `joinedOn`. */
      readonly kind: 'anniversary';
    }
  | {
      /** All activity ever. */
      readonly kind: 'lifetime';
    };

/**
 * How long a tier lasts after the day the member (re)qualifies for it: while the window meets the rule
 * (`live`); to the end of the current period (`endOfPeriod`) or of the next one (`endOfNextPeriod`,
 * "the rest of this year and all of next"); or `months` Jalali months, optionally rounded up to the end
 * of that Jalali month or of the tracking period. Meeting the retention rule again extends it.
 *
 * @example
 * ```ts
 * const yearAndNext: TierValidity = { kind: 'endOfNextPeriod' };
 * const twelveMonths: TierValidity = { kind: 'months', months: 12, roundUp: 'month' };
 * ```
 * @category Tiers
 */
export type TierValidity =
  | {
      /** While the window meets the rule. */
      readonly kind: 'live';
    }
  | {
      /** To the end of the tracking period of the (re)qualification. */
      readonly kind: 'endOfPeriod';
    }
  | {
      /** To the end of the period after it. */
      readonly kind: 'endOfNextPeriod';
    }
  | {
      /** A number of Jalali months. */
      readonly kind: 'months';
      /** Jalali months (integer 1–120). */
      readonly months: number;
      /** Extend to the end of the Jalali month, or of the tracking period, in which the term would end. */
      readonly roundUp?: 'month' | 'period';
    };

/**
 * What happens when a tier's term ends without its retention rule being met: drop one tier per period
 * (`oneTier`, soft landing: the lower tier is granted until the next review), drop to the highest tier
 * still qualified for (`toEarned`; for the tiers at or below the one held, their retention rules
 * count), or never drop (`never`). An optional grace period delays every drop; meeting the retention
 * rule during grace keeps the tier. Nobody drops below the base tier, a lifetime tier once qualified
 * for, or an assigned tier before its end.
 *
 * @example
 * ```ts
 * const soft: TierDowngrade = { mode: 'oneTier', grace: { months: 1 } };
 * ```
 * @category Tiers
 */
export type TierDowngrade = {
  /** `'oneTier'`, `'toEarned'` or `'never'`. */
  readonly mode: 'oneTier' | 'toEarned' | 'never';
  /** Delay before a drop: whole Jalali `months` then `days` (default 0), optionally to the end of that month. */
  readonly grace?: {
    /** Jalali months of grace (integer 0–120). */
    readonly months?: number;
    /** Days of grace after the months (integer 0–3650). */
    readonly days?: number;
    /** Extend the grace to the last day of the Jalali month in which it would end. */
    readonly roundUpToMonthEnd?: boolean;
  };
};

/**
 * A tier ladder: ordered tiers (lowest first) and the program's policies. Plain JSON; check it with
 * {@link validateTierLadder} or parse untrusted input with {@link tierLadderSchema}.
 *
 * @example
 * ```ts
 * const benefits = (m: string, d: string, perks: string[] = []) => ({ earnMultiplier: m, discountPercent: d, perks });
 * const ladder: TierLadder = {
 *   tiers: [
 *     { id: 'red', name: 'Red', benefits: benefits('1', '0') },
 *     { id: 'silver', name: 'Silver', entry: { any: { qualifyingPoints: 1000 } }, benefits: benefits('1.5', '5') },
 *   ],
 *   window: { kind: 'calendar', unit: 'year' },
 *   validity: { kind: 'endOfNextPeriod' },
 *   downgrade: { mode: 'oneTier' },
 * };
 * ```
 * @category Tiers
 */
export type TierLadder = {
  /** Tiers from lowest (the base tier, without `entry`) to highest. */
  readonly tiers: readonly TierDefinition[];
  /** Qualification window. */
  readonly window: TierWindow;
  /** How long a (re)qualification holds. */
  readonly validity: TierValidity;
  /** Upgrade on the day the entry rule is met (`'immediate'`, default) or at the next period start. */
  readonly upgrade?: 'immediate' | 'nextPeriod';
  /** Downgrade policy. */
  readonly downgrade: TierDowngrade;
  /**
   * Returns always stop counting toward the window from their date. With `'revokePromotion'` (default)
   * the member is also re-evaluated on the return day as if every returned part had never been bought:
   * if the return took away what a promotion (or an extension of the term) rested on, the member gets
   * the tier and term they would have without it; a return that did not matter changes nothing. With
   * `'keepTier'` the tier and its term stay.
   */
  readonly returns?: 'revokePromotion' | 'keepTier';
};
