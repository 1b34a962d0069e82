/**
 * A qualifying metric, summed over the qualification window: `qualifyingPoints` (earned tier points,
 * separate from spendable points, so redeeming never lowers a tier), `spendRial` (net purchase spend in
 * whole Rial), `purchases` (purchases not fully returned) and `visits`.
 *
 * @example
 * ```ts
 * const metric: TierMetric = 'spendRial';
 * ```
 * @category Tiers
 */
export type TierMetric = 'qualifyingPoints' | 'spendRial' | 'purchases' | 'visits';

/**
 * Minimum values per metric, each a positive integer: a safe integer `number` or an integer string
 * (`spendRial` is usually a string such as `'500000000'`; it is compared as a bigint, never a float).
 *
 * @example
 * ```ts
 * const t: TierThresholds = { qualifyingPoints: 1000, spendRial: '500000000' };
 * ```
 * @category Tiers
 */
export type TierThresholds = {
  /** Qualifying points earned in the window. */
  readonly qualifyingPoints?: number | string;
  /** Net spend in the window, in whole Rial (1 Toman = 10 Rial). */
  readonly spendRial?: number | string;
  /** Purchases in the window that were not fully returned. */
  readonly purchases?: number | string;
  /** Visits in the window. */
  readonly visits?: number | string;
};

/**
 * A qualification rule: every threshold (`all`) or at least one (`any`) must be met.
 *
 * @example
 * ```ts
 * const silver: TierRule = { any: { qualifyingPoints: 1000, spendRial: '500000000' } };
 * ```
 * @category Tiers
 */
export type TierRule =
  | {
      /** Every threshold must be met. */
      readonly all: TierThresholds;
    }
  | {
      /** At least one threshold must be met. */
      readonly any: TierThresholds;
    };

/**
 * What a tier gives its members; consumed by `moshtari/loyalty` (`calculateEarn` reads
 * `earnMultiplier`). Find the member's benefits at `evaluateTier(…).current.benefits`.
 *
 * @example
 * ```ts
 * const silver: TierBenefits = { earnMultiplier: '1.5', discountPercent: '5', perks: ['free delivery'] };
 * ```
 * @category Tiers
 */
export type TierBenefits = {
  /** Multiplier on base earned points, a decimal string ≥ 0 (`'1'` = no bonus, `'1.5'` = 50 % more). */
  readonly earnMultiplier: string;
  /** Permanent discount, a decimal string from `'0'` to `'100'` percent. */
  readonly discountPercent: string;
  /** Other perks, as labels for display (e.g. `'priority service'`). */
  readonly perks: readonly string[];
};

/**
 * One tier of a ladder. The first tier of a ladder is the base tier: no `entry`, held by everyone.
 *
 * @example
 * ```ts
 * const gold: TierDefinition = {
 *   id: 'gold', name: 'Gold',
 *   entry: { any: { qualifyingPoints: 5000, spendRial: '2000000000' } },
 *   retention: { any: { qualifyingPoints: 4000, spendRial: '1600000000' } },
 *   benefits: { earnMultiplier: '2', discountPercent: '10', perks: ['priority service'] },
 * };
 * ```
 * @category Tiers
 */
export type TierDefinition = {
  /** Stable id, unique in the ladder (e.g. `'silver'`). */
  readonly id: string;
  /** Display name (e.g. `'Silver'` or `'نقره‌ای'`). */
  readonly name: string;
  /** Rule to enter the tier, measured over the window; required on every tier but the first. */
  readonly entry?: TierRule;
  /** Rule to keep the tier once held (default: `entry`); must not demand more than `entry`. */
  readonly retention?: TierRule;
  /** Once qualified for (or reached), the member never drops below this tier (lifetime status). Default `false`. */
  readonly lifetime?: boolean;
  /** What the tier gives. */
  readonly benefits: TierBenefits;
};
