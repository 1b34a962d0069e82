import { divRound } from '../internal/rounding.js';
import { type Money, moneyToBigInt } from '../money/index.js';
import { checkPoints, fail, show } from './check.js';
import type { LoyaltyProgram } from './programTypes.js';
import { toSafe } from './rational.js';
import { compileRedemption } from './redemption.js';

/**
 * The most points a member can use on a cart, and why not more.
 * @example
 * ```ts
 * declare const m: MaxRedeemable;
 * `use up to ${m.points} points (${m.value.amount} Rial), limited by ${m.limitedBy}`;
 * ```
 * @category Loyalty
 */
export type MaxRedeemable = {
  /** Points usable (0 when below the minimum). */
  readonly points: number;
  /** Their value in Rial (rounded as the program's redemption rounding, default down). */
  readonly value: Money<'IRR'>;
  /** The binding limit: the balance, the cart share, the per-redemption maximum, the step multiple, or the minimum. */
  readonly limitedBy: 'balance' | 'cartShare' | 'maximum' | 'step' | 'minimum';
};

/**
 * The most points usable on a cart: at most the balance, the per-redemption maximum and the points
 * whose exact value fits in `maxCartShare` of the cart (iGap: 20 %; iran24shop: 100 %), rounded down
 * to a multiple of `step`, and 0 if that is below `minimumPoints`.
 *
 * @param balance - points available now (e.g. `ledgerBalance(state, now).available`)
 * @param cart - the cart total in Rial
 * @param program - a program with `redemption`
 * @returns points, value and the binding limit
 * @throws {MoshtariError} INVALID_POINTS; INVALID_ARGUMENT for a negative cart; INVALID_PROGRAM
 * @example
 * ```ts
 * const program: LoyaltyProgram = {
 *   unit: 'toman', earn: { rate: { amount: '10000', points: '1' } },
 *   redemption: { ratio: { points: 100, amount: '50000' }, maxCartShare: '0.2', step: 10, minimumPoints: 100 },
 * };
 * maxRedeemable(5000, toman(1_000_000), program); // { points: 400, value: 2,000,000 Rial, limitedBy: 'cartShare' }
 * ```
 * @category Loyalty
 */
export function maxRedeemable(balance: number, cart: Money<'IRR'>, program: LoyaltyProgram): MaxRedeemable {
  const b = checkPoints(balance, 'balance');
  const total = moneyToBigInt(cart);
  if (total < 0n || cart.currency !== 'IRR')
    fail('INVALID_ARGUMENT', 'cart', `expected a non-negative IRR amount, got ${show(cart.amount)}`);
  const r = compileRedemption(program);
  const maxValue = (total * r.share.n) / r.share.d;
  const limits: [MaxRedeemable['limitedBy'], number][] = [
    ['balance', b],
    ['cartShare', toSafe((maxValue * r.points) / r.rial, 'cart', 'INVALID_ARGUMENT')],
  ];
  if (r.rules.maximumPoints !== undefined) limits.push(['maximum', r.rules.maximumPoints]);
  let [limitedBy, points] = limits.reduce((best, l) => (l[1] < best[1] ? l : best));
  const step = r.rules.step ?? 1;
  if (points % step !== 0) [limitedBy, points] = ['step', points - (points % step)];
  if (points < (r.rules.minimumPoints ?? 0)) [limitedBy, points] = ['minimum', 0];
  return {
    points,
    value: { amount: divRound(BigInt(points) * r.rial, r.points, r.rounding).toString(), currency: 'IRR' },
    limitedBy,
  };
}
