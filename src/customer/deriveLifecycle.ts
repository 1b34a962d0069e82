import { checkArray, checkInstant, fail, positiveInt } from './checks.js';
import type { CustomerLifecycleStage } from './typesLifecycle.js';

const DAY_MS = 86_400_000;

/**
 * Thresholds of {@link deriveLifecycleStage}. Days are 24-hour spans of elapsed time.
 *
 * @example
 * ```ts
 * const grocery: LifecyclePolicy = { atRiskAfterDays: 30, churnedAfterDays: 90, loyalMinPurchases: 8 };
 * ```
 * @category Customer
 */
export interface LifecyclePolicy {
  /** Purchases (in total) that make a repeat customer; default 2. */
  readonly repeatMinPurchases?: number;
  /** Purchases within `loyalWindowDays` that make a loyal customer; default 4. */
  readonly loyalMinPurchases?: number;
  /** The window for `loyalMinPurchases`, ending at `asOf`; default 365. */
  readonly loyalWindowDays?: number;
  /** Days since the first purchase before anyone counts as loyal; default 0. */
  readonly loyalMinTenureDays?: number;
  /** Days without a purchase after which a customer is at risk; default 90. */
  readonly atRiskAfterDays?: number;
  /** Days without a purchase after which a customer has churned; default 365 (must exceed `atRiskAfterDays`). */
  readonly churnedAfterDays?: number;
  /** Event kinds that count as purchases; default `['purchase']`. */
  readonly purchaseKinds?: readonly string[];
  /** Event kinds that make a lead a prospect; default `['meeting', 'qualified']`. */
  readonly prospectKinds?: readonly string[];
}

/**
 * An event of a customer's history: timeline activities fit as they are (`{ kind: 'purchase', at }`).
 *
 * @example
 * ```ts
 * const events: readonly LifecycleEvent[] = [{ kind: 'qualified', at: 1735689600000 }, { kind: 'purchase', at: 1738368000000 }];
 * ```
 * @category Customer
 */
export type LifecycleEvent = {
  /** What happened: `'purchase'`, `'meeting'`, `'qualified'`, any activity kind. */
  readonly kind: string;
  /** When, epoch milliseconds. */
  readonly at: number;
};

/**
 * The stage {@link deriveLifecycleStage} chose, with the rule and an English explanation that can be
 * passed as the `reason` of `moveLifecycleStage`.
 *
 * @example
 * ```ts
 * // { stage: 'atRisk', rule: 'atRisk', reason: 'no purchase for 120 days (at risk after 90)', purchases: 3, lastPurchaseAt: … }
 * ```
 * @category Customer
 */
export type LifecycleDerivation = {
  /** The derived stage. */
  readonly stage: CustomerLifecycleStage;
  /** Which rule decided. */
  readonly rule: 'noInterest' | 'qualified' | 'churned' | 'atRisk' | 'wonBack' | 'loyal' | 'repeat' | 'firstPurchase';
  /** Why, in English. */
  readonly reason: string;
  /** Purchases up to `asOf`. */
  readonly purchases: number;
  /** The latest purchase up to `asOf`, if any. */
  readonly lastPurchaseAt?: number | undefined;
};

/**
 * Derives a lifecycle stage from purchase history (crm.md §2.2). Events after `asOf` are ignored.
 * Rules, first match wins: no purchase → `prospect` if a `prospectKinds` event happened, else
 * `lead`; no purchase for `churnedAfterDays` → `churned`; for `atRiskAfterDays` → `atRisk`; the last
 * purchase came after a gap of `churnedAfterDays` or more → `wonBack`; `loyalMinPurchases` within
 * `loyalWindowDays` (and tenure ≥ `loyalMinTenureDays`) → `loyal`; `repeatMinPurchases` in total →
 * `repeat`; else `newCustomer`. Apply the result with `moveLifecycleStage` (a decline needs its reason).
 *
 * @param history - the customer's events (purchases and others), any order
 * @param policy - thresholds; every field optional
 * @param asOf - the moment to evaluate at, epoch milliseconds (the function never reads the clock)
 * @returns the stage, the rule and a reason
 * @throws {MoshtariError} INVALID_ARGUMENT when `history` is not an array; INVALID_INSTANT for a bad
 *   `at` or `asOf`; INVALID_POLICY for a threshold that is not a positive integer, or `churnedAfterDays`
 *   not above `atRiskAfterDays`, or `loyalMinPurchases` below `repeatMinPurchases`
 * @example
 * ```ts
 * const day = 86_400_000;
 * const asOf = Date.UTC(2025, 5, 1);
 * deriveLifecycleStage([{ kind: 'purchase', at: asOf - 10 * day }], {}, asOf).stage; // 'newCustomer'
 * deriveLifecycleStage([{ kind: 'purchase', at: asOf - 120 * day }], {}, asOf).stage; // 'atRisk'
 * ```
 * @category Customer
 */
export function deriveLifecycleStage(
  history: readonly LifecycleEvent[],
  policy: LifecyclePolicy,
  asOf: number,
): LifecycleDerivation {
  checkArray(history, 'history');
  checkInstant(asOf, 'asOf');
  const repeatMin = positiveInt(policy.repeatMinPurchases, 2, 'policy.repeatMinPurchases', 2);
  const loyalMin = positiveInt(policy.loyalMinPurchases, 4, 'policy.loyalMinPurchases', 2);
  const loyalWindow = positiveInt(policy.loyalWindowDays, 365, 'policy.loyalWindowDays');
  const loyalTenure = positiveInt(policy.loyalMinTenureDays, 0, 'policy.loyalMinTenureDays', 0);
  const atRisk = positiveInt(policy.atRiskAfterDays, 90, 'policy.atRiskAfterDays');
  const churned = positiveInt(policy.churnedAfterDays, 365, 'policy.churnedAfterDays');
  if (churned <= atRisk) fail('INVALID_POLICY', 'policy.churnedAfterDays: must exceed atRiskAfterDays', 'policy');
  if (loyalMin < repeatMin) fail('INVALID_POLICY', 'policy.loyalMinPurchases: below repeatMinPurchases', 'policy');
  const purchaseKinds = new Set(policy.purchaseKinds ?? ['purchase']);
  const prospectKinds = new Set(policy.prospectKinds ?? ['meeting', 'qualified']);

  const purchases: number[] = [];
  let interested = false;
  history.forEach((event, i) => {
    const at = checkInstant(event?.at, `history[${i}].at`);
    if (at > asOf) return;
    if (purchaseKinds.has(event.kind)) purchases.push(at);
    else if (prospectKinds.has(event.kind)) interested = true;
  });
  const count = purchases.length;
  if (count === 0) {
    return interested
      ? { stage: 'prospect', rule: 'qualified', reason: 'showed interest, no purchase yet', purchases: 0 }
      : { stage: 'lead', rule: 'noInterest', reason: 'no purchase and no sign of interest yet', purchases: 0 };
  }
  purchases.sort((a, b) => a - b);
  const last = purchases[count - 1] as number;
  const first = purchases[0] as number;
  const idle = Math.floor((asOf - last) / DAY_MS);
  const result = (
    stage: CustomerLifecycleStage,
    rule: LifecycleDerivation['rule'],
    reason: string,
  ): LifecycleDerivation => ({
    stage,
    rule,
    reason,
    purchases: count,
    lastPurchaseAt: last,
  });
  if (idle >= churned) return result('churned', 'churned', `no purchase for ${idle} days (churned after ${churned})`);
  if (idle >= atRisk) return result('atRisk', 'atRisk', `no purchase for ${idle} days (at risk after ${atRisk})`);
  const previous = purchases[count - 2];
  if (previous !== undefined && (last - previous) / DAY_MS >= churned) {
    const gap = Math.floor((last - previous) / DAY_MS);
    return result('wonBack', 'wonBack', `bought again after ${gap} days without a purchase`);
  }
  const windowStart = asOf - loyalWindow * DAY_MS;
  const recent = purchases.filter((at) => at > windowStart).length;
  if (recent >= loyalMin && asOf - first >= loyalTenure * DAY_MS) {
    return result('loyal', 'loyal', `${recent} purchases in the last ${loyalWindow} days (loyal from ${loyalMin})`);
  }
  if (count >= repeatMin) return result('repeat', 'repeat', `${count} purchases (repeat from ${repeatMin})`);
  return result('newCustomer', 'firstPurchase', 'first purchase');
}
