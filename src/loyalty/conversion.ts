import type { RoundingMode } from '../core/index.js';
import { err, ok, type Result } from '../core/index.js';
import { divRound } from '../internal/rounding.js';
import { type Money, moneyToBigInt } from '../money/index.js';
import { checkId, checkPoints, fail, show } from './check.js';
import type { LoyaltyProgram } from './programTypes.js';
import { toSafe } from './rational.js';
import { compileRedemption, roundingOption } from './redemption.js';

/**
 * Options of {@link pointsToReward} and {@link rewardToPoints}.
 * @example
 * ```ts
 * const options: ConversionOptions = { rounding: 'halfEven' };
 * ```
 * @category Loyalty
 */
export interface ConversionOptions {
  /** Overrides the default rounding (see each function). */
  readonly rounding?: RoundingMode;
}

/**
 * The money value of points under the program's exchange ratio ("14 points = 10,000 toman"),
 * computed exactly in bigint and rounded with the program's `redemption.rounding`, by default
 * `'down'` so the member is never credited more than the points are worth.
 *
 * @param points - whole points, non-negative
 * @param program - a program with `redemption.ratio`
 * @param options - `rounding` override
 * @returns the value in Rial
 * @throws {MoshtariError} INVALID_POINTS; INVALID_PROGRAM when the program has no valid redemption rules; INVALID_ARGUMENT for an unknown rounding
 * @example
 * ```ts
 * const program: LoyaltyProgram = { unit: 'toman', earn: { rate: { amount: '10000', points: '1' } }, redemption: { ratio: { points: 14, amount: '10000' } } };
 * pointsToReward(100, program); // { amount: '714285', currency: 'IRR' } (71,428.57 toman, rounded down to the Rial)
 * pointsToReward(14, program);  // { amount: '100000', currency: 'IRR' }
 * ```
 * @category Loyalty
 */
export function pointsToReward(points: number, program: LoyaltyProgram, options?: ConversionOptions): Money<'IRR'> {
  const p = checkPoints(points, 'points');
  const r = compileRedemption(program);
  const rounding = roundingOption(options?.rounding, r.rounding, 'options.rounding');
  return { amount: divRound(BigInt(p) * r.rial, r.points, rounding).toString(), currency: 'IRR' };
}

/**
 * The points needed for a reward of `amount` under the exchange ratio, exact, rounded `'up'` by
 * default: the member pays at most one point more than the exact price and the reward never exceeds
 * the value of the points charged (`pointsToReward(rewardToPoints(x)) ≥ x` under `'down'`).
 *
 * @param amount - the reward's value in Rial, non-negative
 * @param program - a program with `redemption.ratio`
 * @param options - `rounding` override (`'down'` gives the most points that are worth at most `amount`)
 * @returns whole points
 * @throws {MoshtariError} INVALID_ARGUMENT for a negative amount or unknown rounding; INVALID_PROGRAM; INVALID_AMOUNT
 * @example
 * ```ts
 * const program: LoyaltyProgram = { unit: 'toman', earn: { rate: { amount: '10000', points: '1' } }, redemption: { ratio: { points: 14, amount: '10000' } } };
 * rewardToPoints(toman(50_000), program); // 70
 * rewardToPoints(toman(1_000), program);  // 2 (1.4 points, rounded up)
 * ```
 * @category Loyalty
 */
export function rewardToPoints(amount: Money<'IRR'>, program: LoyaltyProgram, options?: ConversionOptions): number {
  const a = moneyToBigInt(amount);
  if (a < 0n || amount.currency !== 'IRR')
    fail(
      'INVALID_ARGUMENT',
      'amount',
      `expected a non-negative IRR amount, got ${show(amount.amount)} ${show(amount.currency)}`,
    );
  const r = compileRedemption(program);
  const rounding = roundingOption(options?.rounding, 'up', 'options.rounding');
  return toSafe(divRound(a * r.points, r.rial, rounding), 'amount', 'INVALID_ARGUMENT');
}

/**
 * Why {@link rewardPrice} has no price: the item is not in the catalog, or not offered to the tier.
 * @example
 * ```ts
 * const e: RewardPriceError = { code: 'UNKNOWN_REWARD', message: 'no reward "x" in the catalog', rewardId: 'x' };
 * ```
 * @category Loyalty
 */
export type RewardPriceError = {
  /** `'UNKNOWN_REWARD'` or `'NOT_AVAILABLE'`. */
  readonly code: 'UNKNOWN_REWARD' | 'NOT_AVAILABLE';
  /** Human explanation. */
  readonly message: string;
  /** The reward asked for. */
  readonly rewardId: string;
};

/**
 * The price in points of a catalog reward, for a tier if given (per-tier price, or not available).
 *
 * @param program - a program with `redemption.catalog`
 * @param rewardId - the item id
 * @param tier - the member's tier id, if tier prices apply
 * @returns the price, or UNKNOWN_REWARD / NOT_AVAILABLE
 * @throws {MoshtariError} INVALID_PROGRAM for a malformed catalog
 * @example
 * ```ts
 * // catalog: [{ id: 'mug', points: 300, tierPrices: { gold: 250, bronze: null } }]
 * declare const program: LoyaltyProgram;
 * rewardPrice(program, 'mug', 'gold');   // { ok: true, value: 250 }
 * rewardPrice(program, 'mug', 'bronze'); // { ok: false, error: { code: 'NOT_AVAILABLE', … } }
 * ```
 * @category Loyalty
 */
export function rewardPrice(
  program: LoyaltyProgram,
  rewardId: string,
  tier?: string,
): Result<number, RewardPriceError> {
  checkId(rewardId, 'rewardId', 'INVALID_ARGUMENT');
  const catalog = compileRedemption(program).rules.catalog ?? [];
  const item = catalog.find((i) => i.id === rewardId);
  if (item === undefined)
    return err({ code: 'UNKNOWN_REWARD', message: `no reward ${show(rewardId)} in the catalog`, rewardId });
  const byTier =
    tier === undefined || item.tierPrices === undefined || !Object.hasOwn(item.tierPrices, tier)
      ? undefined
      : item.tierPrices[tier];
  if (byTier === null)
    return err({
      code: 'NOT_AVAILABLE',
      message: `reward ${show(rewardId)} is not offered to tier ${show(tier)}`,
      rewardId,
    });
  return ok(checkPoints(byTier ?? item.points, `catalog ${rewardId}.points`, 'INVALID_PROGRAM'));
}
