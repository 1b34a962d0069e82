import type { JalaliDate, JalaliPeriodUnit } from '../calendar/index.js';
import type { RoundingMode } from '../core/index.js';

/**
 * When a lot's points stop being usable. Every rule names a last usable *day* (except `endOf:
 * 'instant'`); the points are usable through 23:59:59.999 of that day in the program time zone, and
 * the lot's `expiresAt` is the first instant of the next day (exclusive end).
 *
 * - `never`: no expiry.
 * - `rolling`: `count` days/months/years after activation (Jalali month-end clamp: 6/31 + 1 month =
 *   7/30), then pushed to the end of that day (default), week, month, season, half year or year;
 *   `endOf: 'instant'` keeps the time of day instead.
 * - `endOfPeriod`: the end of the Jalali month/season/half/year of activation, or `offset` periods
 *   later (year + offset 0 = "end of Esfand of the year earned").
 * - `fixedDates`: the first of these yearly dates on or after activation (30 Esfand becomes 29 in a
 *   common year).
 * - `until`: an explicit last usable day ("valid until 1403/12/30").
 *
 * @example
 * ```ts
 * const endOfEsfand: ExpiryRule = { kind: 'endOfPeriod', unit: 'year' };
 * const oneYear: ExpiryRule = { kind: 'rolling', count: 12, unit: 'month', endOf: 'month' };
 * const until: ExpiryRule = { kind: 'until', date: { year: 1403, month: 12, day: 30 } };
 * ```
 * @category Loyalty
 */
export type ExpiryRule =
  | {
      /** No expiry. */
      readonly kind: 'never';
    }
  | {
      /** A period after activation. */
      readonly kind: 'rolling';
      /** How many units after activation (≥ 0). */
      readonly count: number;
      /** Calendar unit of `count`. */
      readonly unit: 'day' | 'month' | 'year';
      /** Round the end up to the end of this period (default `'day'`), or keep the exact time. */
      readonly endOf?: 'instant' | 'day' | 'week' | 'month' | 'season' | 'half' | 'year';
    }
  | {
      /** The end of a Jalali period. */
      readonly kind: 'endOfPeriod';
      /** The Jalali period whose end is the deadline. */
      readonly unit: Exclude<JalaliPeriodUnit, 'day' | 'week' | 'quarter'>;
      /** 0 (default) = the period of activation, 1 = the next one, … */
      readonly offset?: number;
      /** First month of a `'fiscalYear'` (default 1). */
      readonly fiscalYearStartMonth?: number;
    }
  | {
      /** Yearly dates. */
      readonly kind: 'fixedDates';
      /** Yearly last usable days, e.g. `[{ month: 6, day: 31 }, { month: 12, day: 29 }]`. */
      readonly dates: readonly {
        /** Jalali month 1–12. */
        readonly month: number;
        /** Day 1–31 (clamped to the month's length). */
        readonly day: number;
      }[];
    }
  | {
      /** An explicit last day. */
      readonly kind: 'until';
      /** The last usable day (Jalali). */
      readonly date: JalaliDate;
    };

/**
 * What happens when a return reverses points the member has already spent and the balance cannot
 * cover them: `'allow'` a negative balance (a debt repaid by future points, never expiring),
 * `'clamp'` at zero (the rest is forgiven), or `'clawback'` (the rest is reported in points, to be
 * deducted from the cash refund at its value, see `pointsToReward`). Points forgiven under `'clamp'`
 * are not charged again if the redemption that spent them is cancelled later.
 *
 * @example
 * ```ts
 * const policy: NegativeBalancePolicy = 'clawback';
 * ```
 * @category Loyalty
 */
export type NegativeBalancePolicy = 'allow' | 'clamp' | 'clawback';

/**
 * The ledger's rules, stored in the ledger state: default expiry of new lots, inactivity expiry,
 * the negative-balance policy and the time zone of every boundary.
 *
 * @example
 * ```ts
 * const policy: LedgerPolicy = {
 *   expiry: { kind: 'endOfPeriod', unit: 'year' },
 *   inactivity: { count: 12, unit: 'month' },
 *   negativeBalance: 'clamp',
 * };
 * ```
 * @category Loyalty
 */
export type LedgerPolicy = {
  /** Default expiry of lots whose event names none (default `{ kind: 'never' }`). */
  readonly expiry?: ExpiryRule;
  /** The whole balance expires after this long without an earn, a redemption or an adjustment (end of that day). */
  readonly inactivity?: {
    /** How many units without activity (≥ 1). */
    readonly count: number;
    /** Calendar unit. */
    readonly unit: 'day' | 'month' | 'year';
  };
  /** Returns of spent points (default `'clamp'`). */
  readonly negativeBalance?: NegativeBalancePolicy;
  /** Whether pending points count as qualifying (tier) points before activation (default `false`). */
  readonly pendingQualifies?: boolean;
  /** IANA time zone of every boundary (default `'Asia/Tehran'`). */
  readonly timeZone?: string;
};

/**
 * One reward of the catalog, with a price in points and optional per-tier prices.
 *
 * @example
 * ```ts
 * const mug: RewardItem = { id: 'mug', points: 300, tierPrices: { gold: 250, bronze: null } }; // not for bronze
 * ```
 * @category Loyalty
 */
export type RewardItem = {
  /** Stable id. */
  readonly id: string;
  /** Display name. */
  readonly name?: string;
  /** Price in points. */
  readonly points: number;
  /** Price per tier id; `null` = not available to that tier. */
  readonly tierPrices?: Readonly<Record<string, number | null>>;
};

/**
 * Redemption rules: the points-to-money exchange ratio and its limits, and the reward catalog.
 *
 * @example
 * ```ts
 * const redemption: RedemptionRules = {
 *   ratio: { points: 14, amount: '10000' }, // 14 points = 10,000 (program unit) off
 *   minimumPoints: 100, step: 10, maxCartShare: '0.2', // iGap: at most 20 % of an order
 * };
 * ```
 * @category Loyalty
 */
export type RedemptionRules = {
  /** `points` points are worth `amount` (program unit, integer string). */
  readonly ratio: {
    /** Points (positive whole number) … */
    readonly points: number;
    /** … are worth this amount (program unit, positive integer string). */
    readonly amount: string;
  };
  /** Rounding of points → money (default `'down'`, never over-crediting the member). */
  readonly rounding?: RoundingMode;
  /** Fewest points one redemption may use. */
  readonly minimumPoints?: number;
  /** Redemptions use a multiple of this many points. */
  readonly step?: number;
  /** Most points one redemption may use. */
  readonly maximumPoints?: number;
  /** Largest share of a cart payable with points, a decimal string in [0, 1] (default `'1'`). */
  readonly maxCartShare?: string;
  /** Rewards with point prices. */
  readonly catalog?: readonly RewardItem[];
};
