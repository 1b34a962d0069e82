import type { Money } from '../money/index.js';
import type { EarnRate } from './programTypes.js';

/**
 * An exact, possibly fractional number of points: `numerator / denominator` as canonical integer
 * strings (JSON-safe; the same shape as a money `Ratio`, so it can be passed back as `carry`).
 * @example
 * ```ts
 * const p: ExactPoints = { numerator: '3855', denominator: '100' }; // 38.55 points
 * ```
 * @category Loyalty
 */
export type ExactPoints = {
  /** Integer numerator. */
  readonly numerator: string;
  /** Positive integer denominator. */
  readonly denominator: string;
};

/**
 * A multiplier applied to a line.
 * @example
 * ```ts
 * const m: EarnMultiplier = { source: 'promotion', id: 'nowruz-1404', multiplier: '2' };
 * ```
 * @category Loyalty
 */
export type EarnMultiplier = {
  /** `'tier'` or `'promotion'` (the combined promotion multiplier under `promotionStacking`). */
  readonly source: 'tier' | 'promotion';
  /** Tier: `'tier'`; promotion: the matching promotion ids joined with `+`. */
  readonly id: string;
  /** The multiplier, as given (tier) or combined (promotion), e.g. `'1.5'` or `'3/2'`. */
  readonly multiplier: string;
};

/**
 * How one line earned; `{ lineId, points, quantity }` can go straight into an earn event's `lines`.
 * @example
 * ```ts
 * declare const r: EarnResult;
 * const lines = r.lines.map(({ lineId, points, quantity }) => ({ lineId, points, quantity }));
 * ```
 * @category Loyalty
 */
export type EarnLineResult = {
  /** Line id. */
  readonly lineId: string;
  /** Final points of the line (after rounding, bonuses and caps, spread in the exact ratio). */
  readonly points: number;
  /** Units. */
  readonly quantity: number;
  /** Earning base in Rial (line amount minus its share of the non-earning payment). */
  readonly base: Money<'IRR'>;
  /** Why it earned nothing, or `null`. */
  readonly excluded: 'category' | 'sku' | 'channel' | null;
  /** The rate used, or `null` when excluded. */
  readonly rate: EarnRate | null;
  /** Where the rate came from. */
  readonly rateSource: 'base' | 'category' | 'channel' | null;
  /** Multipliers applied. */
  readonly multipliers: readonly EarnMultiplier[];
  /** Exact points before rounding (numerator/denominator integer strings). */
  readonly exact: ExactPoints;
};

/**
 * One rule applied to the purchase total, with the points before and after it.
 * @example
 * ```ts
 * const step: EarnStep = { rule: 'cap.perTransaction', detail: 'at most 500 points per purchase', before: 730, after: 500 };
 * ```
 * @category Loyalty
 */
export type EarnStep = {
  /** The rule. */
  readonly rule:
    | 'rounding'
    | 'carry'
    | 'minimumPurchase'
    | 'promotionBonus'
    | 'cap.perTransaction'
    | 'cap.perDay'
    | 'cap.perMonth'
    | 'cap.perYear';
  /** Human explanation. */
  readonly detail: string;
  /** Points before. */
  readonly before: number;
  /** Points after. */
  readonly after: number;
};

/**
 * A progress reward earned.
 * @example
 * ```ts
 * const r: EarnedReward = { ruleId: 'coffee-card', reward: 'free-coffee', count: 1 };
 * ```
 * @category Loyalty
 */
export type EarnedReward = {
  /** The progress reward's id. */
  readonly ruleId: string;
  /** What is awarded. */
  readonly reward: string;
  /** How many. */
  readonly count: number;
};

/**
 * The points of a purchase with an explainable breakdown. Nothing is recorded: append an earn event
 * to the ledger to award them.
 * @example
 * ```ts
 * declare const r: EarnResult;
 * r.steps.map((s) => `${s.rule}: ${s.before} → ${s.after}`);
 * ```
 * @category Loyalty
 */
export type EarnResult = {
  /** The purchase id. */
  readonly purchaseId: string;
  /** Points to award. */
  readonly points: number;
  /** Points before caps. */
  readonly beforeCaps: number;
  /** Exact points of the purchase plus the carried fraction, before rounding. */
  readonly exact: ExactPoints;
  /** Per line. */
  readonly lines: readonly EarnLineResult[];
  /** Purchase-level rules in the order applied. */
  readonly steps: readonly EarnStep[];
  /** Fraction of a point to carry to the next purchase (0 unless `carryForward`). */
  readonly carry: ExactPoints;
  /** Progress rewards earned. */
  readonly rewards: readonly EarnedReward[];
  /** New progress of every progress reward. */
  readonly progress: Readonly<Record<string, string>>;
};
