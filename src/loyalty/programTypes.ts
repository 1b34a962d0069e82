import type { RoundingMode } from '../core/index.js';
import type { LedgerPolicy, RedemptionRules } from './policyTypes.js';
import type { BonusRule, ProgressReward, Promotion } from './ruleTypes.js';

/**
 * An earning rate: every `amount` (in the program's `unit`) of eligible spend earns `points`.
 * "Every 10,000 toman = 1 point" is `{ amount: '10000', points: '1' }` with `unit: 'toman'`.
 *
 * @example
 * ```ts
 * const simoclubOnline: EarnRate = { amount: '90000', points: '1' }; // with unit 'rial'
 * ```
 * @category Loyalty
 */
export type EarnRate = {
  /** Positive integer amount in the program unit (a string, e.g. `'100000'`). */
  readonly amount: string;
  /** Points earned per `amount`, a non-negative decimal string (`'1'`, `'1.5'`). */
  readonly points: string;
};

/**
 * Earning caps in points, after every multiplier. Day, month and year are the Tehran (program
 * time zone) civil day, Jalali month and Jalali year of the purchase.
 *
 * @example
 * ```ts
 * const caps: EarnCaps = { perTransaction: 500, perDay: 1000, perYear: 50_000 };
 * ```
 * @category Loyalty
 */
export type EarnCaps = {
  /** At most this many points from one purchase. */
  readonly perTransaction?: number;
  /** At most this many purchase points per civil day. */
  readonly perDay?: number;
  /** At most this many purchase points per Jalali month. */
  readonly perMonth?: number;
  /** At most this many purchase points per Jalali year (1 Farvardin – end of Esfand). */
  readonly perYear?: number;
};

/**
 * What earns nothing: lines of these categories or SKUs, purchases through these channels.
 * Send shipping, tax or gift-card lines with a category and exclude it.
 *
 * @example
 * ```ts
 * const exclude: EarnExclusions = { categories: ['shipping', 'gift-card'], channels: ['b2b'] };
 * ```
 * @category Loyalty
 */
export type EarnExclusions = {
  /** Line categories that earn nothing. */
  readonly categories?: readonly string[];
  /** Line SKUs that earn nothing. */
  readonly skus?: readonly string[];
  /** Purchase channels that earn nothing at all (e.g. organisational contracts). */
  readonly channels?: readonly string[];
};

/**
 * How the earn rules compute the points of a purchase.
 *
 * @example
 * ```ts
 * const earn: EarnRules = {
 *   rate: { amount: '10000', points: '1' },        // every 10,000 toman = 1 point
 *   categoryRates: { coffee: { amount: '10000', points: '2' } },
 *   exclude: { categories: ['shipping'] },
 *   carryForward: true,
 * };
 * ```
 * @category Loyalty
 */
export type EarnRules = {
  /** The base rate. */
  readonly rate: EarnRate;
  /** `'proportional'` (default): `base × points / amount`; `'step'`: whole steps only, `floor(base / amount) × points`. */
  readonly mode?: 'proportional' | 'step';
  /** How exact points become whole points (default `'down'`: the member is never over-credited). */
  readonly rounding?: RoundingMode;
  /** Round once per purchase (`'transaction'`, default) or each line (`'line'`). */
  readonly granularity?: 'transaction' | 'line';
  /** Keep the fraction lost to rounding and add it to the next purchase (transaction granularity only). */
  readonly carryForward?: boolean;
  /** Rate per line category; takes precedence over `channelRates` and `rate`. */
  readonly categoryRates?: Readonly<Record<string, EarnRate>>;
  /** Rate per purchase channel (e.g. in-store vs online); takes precedence over `rate`. */
  readonly channelRates?: Readonly<Record<string, EarnRate>>;
  /** What earns nothing. */
  readonly exclude?: EarnExclusions;
  /** Minimum eligible spend (program unit, integer string) for a purchase to earn anything. */
  readonly minimumPurchase?: string;
  /** Caps in points. */
  readonly caps?: EarnCaps;
  /** Promotional windows. */
  readonly promotions?: readonly Promotion[];
  /** How several matching promotion multipliers combine: `'max'` (default), `'add'` the extras, or `'multiply'`. */
  readonly promotionStacking?: 'max' | 'add' | 'multiply';
};

/**
 * A loyalty program as JSON: earning, bonuses, progress rewards, the ledger policy (expiry, negative
 * balance) and redemption. Validate untrusted JSON with `loyaltyProgramSchema()`.
 *
 * @example
 * ```ts
 * const program: LoyaltyProgram = {
 *   unit: 'toman',
 *   earn: { rate: { amount: '10000', points: '1' } },                  // 10,000 toman = 1 point
 *   ledger: { expiry: { kind: 'endOfPeriod', unit: 'year' } },          // valid to the end of Esfand
 *   redemption: { ratio: { points: 100, amount: '50000' } },            // 100 points = 50,000 toman off
 * };
 * ```
 * @category Loyalty
 */
export type LoyaltyProgram = {
  /** Optional program id. */
  readonly id?: string;
  /** Unit of every amount written in the program: `'rial'` (default) or `'toman'` (10 rial). */
  readonly unit?: 'rial' | 'toman';
  /** IANA time zone of every civil boundary (default `'Asia/Tehran'`). */
  readonly timeZone?: string;
  /** Earning rules. */
  readonly earn: EarnRules;
  /** Bonus-event rules. */
  readonly bonuses?: readonly BonusRule[];
  /** Spend-threshold and stamp rewards. */
  readonly progressRewards?: readonly ProgressReward[];
  /** Ledger policy: expiry, inactivity, negative balance. */
  readonly ledger?: LedgerPolicy;
  /** Redemption: exchange ratio, limits, catalog. */
  readonly redemption?: RedemptionRules;
};
