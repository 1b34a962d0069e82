// Internal: the exact points of each purchase line (base, rate, multipliers) before rounding.
import { allocate, type Money, moneyToBigInt, rial } from '../money/index.js';
import { checkId, checkObject, checkPoints, fail } from './check.js';
import { type CompiledEarn, denominatorText, perRial, type Rated, tierMultiplier } from './earnProgram.js';
import { activePromotions, type CompiledPromotion, promotionMultiplier } from './earnPromotions.js';
import type { EarnLineResult, EarnMultiplier } from './earnResult.js';
import type { EarnContext, Purchase, PurchaseLine } from './earnTypes.js';
import { mulQ, type Q, reduce, ZERO } from './rational.js';

type Mut<T> = { -readonly [K in keyof T]: T[K] };

/** The evaluated lines (their `points` still 0 until spread) and purchase totals. */
export type LinesEval = {
  /** One result per line, in order. */
  readonly results: Mut<EarnLineResult>[];
  /** Exact points per line. */
  readonly exact: readonly Q[];
  /** Earning base per line, in Rial. */
  readonly base: readonly bigint[];
  readonly total: Q;
  readonly eligibleBase: bigint;
  readonly active: readonly CompiledPromotion[];
};

const NO_POINTS = { numerator: '0', denominator: '1' } as const;
const NONE: readonly EarnMultiplier[] = [];

const MAX_DIGITS = 400;

/**
 * The bigint of a Money amount in canonical form (the same rule as moshtari/money: ASCII digits, an
 * optional `-`, no leading zeros, no `-0`); a character loop, cheaper than a regex in this hot path.
 */
function amountOf(money: Money<'IRR'>): bigint {
  const s = money?.amount;
  if (typeof s === 'string' && s.length > 0 && s.length <= MAX_DIGITS) {
    let i = s.charCodeAt(0) === 45 ? 1 : 0;
    const first = s.charCodeAt(i);
    if (i < s.length && !(first === 48 && (s.length > i + 1 || i === 1))) {
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57) break;
      }
      if (i === s.length) return BigInt(s);
    }
  }
  return moneyToBigInt(money); // throws INVALID_AMOUNT with the money module's message
}

/** The line amounts in Rial, validated (paths are built only for an error). */
function amounts(purchase: Purchase): bigint[] {
  const lines = purchase.lines;
  if (!Array.isArray(lines) || lines.length === 0)
    fail('INVALID_PURCHASE', 'purchase.lines', 'expected a non-empty array');
  const out: bigint[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as PurchaseLine;
    if (typeof line !== 'object' || line === null) checkObject(line, `purchase.lines[${i}]`, 'INVALID_PURCHASE');
    if (typeof line.lineId !== 'string' || line.lineId === '')
      checkId(line.lineId, `purchase.lines[${i}].lineId`, 'INVALID_PURCHASE');
    const q = line.quantity;
    if (q !== undefined && !(Number.isSafeInteger(q) && q > 0))
      checkPoints(q, `purchase.lines[${i}].quantity`, 'INVALID_PURCHASE', true);
    const a = amountOf(line.amount);
    if (a < 0n || line.amount.currency !== 'IRR')
      fail('INVALID_PURCHASE', `purchase.lines[${i}].amount`, 'expected a non-negative IRR amount');
    out.push(a);
  }
  return out;
}

/** Line amounts minus their share (by amount, largest remainder) of the non-earning payment. */
function bases(purchase: Purchase, a: readonly bigint[]): readonly bigint[] {
  const paid = purchase.nonEarningPayment;
  if (paid === undefined) return a;
  const p = moneyToBigInt(paid);
  if (p < 0n || paid.currency !== 'IRR')
    fail('INVALID_PURCHASE', 'purchase.nonEarningPayment', 'expected a non-negative IRR amount');
  const total = a.reduce((x, y) => x + y, 0n);
  if (total === 0n || p === 0n) return a;
  const shares = allocate(rial(p < total ? p : total), a);
  return a.map((x, i) => x - BigInt((shares[i] as Money).amount));
}

function excludedBy(c: CompiledEarn, line: PurchaseLine, channelExcluded: boolean): EarnLineResult['excluded'] {
  if (channelExcluded) return 'channel';
  if (line.category !== undefined && c.exCategories.includes(line.category)) return 'category';
  return line.sku !== undefined && c.exSkus.includes(line.sku) ? 'sku' : null;
}

function rateFor(c: CompiledEarn, line: PurchaseLine, channel: string | undefined): Rated {
  const byCategory = line.category === undefined ? undefined : c.categories.get(line.category);
  if (byCategory !== undefined) return byCategory;
  return (channel === undefined ? undefined : c.channels.get(channel)) ?? c.base;
}

/** Evaluates every line of a purchase. */
export function evaluateLines(c: CompiledEarn, purchase: Purchase, context: EarnContext, at: number): LinesEval {
  const amount = amounts(purchase);
  const base = bases(purchase, amount);
  const tierBenefits = context.tierBenefits;
  const tier = tierBenefits === undefined ? null : tierMultiplier(c, tierBenefits.earnMultiplier);
  const tierM = tier === null ? NONE : tier.applied;
  const channel = purchase.channel;
  const active = c.promotions.length === 0 ? [] : activePromotions(c.promotions, at, channel, c.timeZone);
  const channelExcluded = channel !== undefined && c.exChannels.includes(channel);
  let totalN = 0n;
  let totalD = 1n;
  let eligibleBase = 0n;
  const input = purchase.lines;
  const k = input.length;
  const results: Mut<EarnLineResult>[] = [];
  const exacts: Q[] = [];
  for (let i = 0; i < k; i++) {
    const line = input[i] as PurchaseLine;
    const b = base[i] as bigint;
    const baseMoney: Money<'IRR'> = b === amount[i] ? line.amount : { amount: b.toString(), currency: 'IRR' };
    const quantity = line.quantity ?? 1;
    const excluded = excludedBy(c, line, channelExcluded);
    if (excluded !== null) {
      exacts.push(ZERO);
      results.push({
        lineId: line.lineId,
        points: 0,
        quantity,
        base: baseMoney,
        excluded,
        rate: null,
        rateSource: null,
        multipliers: NONE,
        exact: NO_POINTS,
      });
      continue;
    }
    eligibleBase += b;
    const r = rateFor(c, line, channel);
    let exact: Q;
    if (c.stepMode) {
      const n = (b / r.step) * r.pts.n;
      exact = tier === null ? { n, d: r.pts.d } : { n: n * tier.q.n, d: r.pts.d * tier.q.d };
    } else {
      const rate = perRial(r, tier);
      exact = { n: b * rate.n, d: rate.d };
    }
    let multipliers = tierM;
    const promo = active.length === 0 ? null : promotionMultiplier(active, line.category, c.stacking);
    if (promo !== null) {
      exact = mulQ(exact, promo.q);
      const q = reduce(promo.q);
      const m = q.d === 1n ? q.n.toString() : `${q.n}/${q.d}`;
      multipliers = [...tierM, { source: 'promotion', id: promo.ids, multiplier: m }];
    }
    if (exact.d === totalD) totalN += exact.n;
    else if (totalN === 0n) [totalN, totalD] = [exact.n, exact.d];
    else [totalN, totalD] = [totalN * exact.d + exact.n * totalD, totalD * exact.d];
    exacts.push(exact);
    const text = { numerator: exact.n.toString(), denominator: denominatorText(c, exact.d) };
    results.push({
      lineId: line.lineId,
      points: 0,
      quantity,
      base: baseMoney,
      excluded: null,
      rate: r.rate,
      rateSource: r.source,
      multipliers,
      exact: text,
    });
  }
  return { results, exact: exacts, base, total: { n: totalN, d: totalD }, eligibleBase, active };
}
