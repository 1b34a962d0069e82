// The sample club the report evaluates every store under: a loyalty program and a Red/Silver/Gold
// ladder. They are data, shown in the report, and the same for a CSV store and the built-in sample.
import type { LifecyclePolicy } from '../../customer/index.js';
import type { LoyaltyProgram } from '../../loyalty/index.js';
import type { TierLadder } from '../../tiers/index.js';

/** 10,000 toman = 1 point (rounded down); points valid to the end of the Jalali year; 1 point = 500 toman. */
export const SAMPLE_PROGRAM: LoyaltyProgram = {
  id: 'sample-club',
  unit: 'toman',
  earn: { rate: { amount: '10000', points: '1' } },
  ledger: { expiry: { kind: 'endOfPeriod', unit: 'year' } },
  redemption: { ratio: { points: 100, amount: '50000' }, maxCartShare: '0.2' },
};

/** Rial value of one point when redeemed (100 points = 50,000 toman = 500,000 Rial). */
export const RIAL_PER_POINT = 5000n;

/** Share of open points expected to be redeemed, for the liability (industry rule of thumb, stated in the report). */
export const EXPECTED_REDEMPTION_RATE = '0.7';

/** Red → Silver → Gold on spend in the Jalali calendar year; Silver earns 1.5×, Gold 2×. */
export const SAMPLE_LADDER: TierLadder = {
  tiers: [
    { id: 'red', name: 'Red', benefits: { earnMultiplier: '1', discountPercent: '0', perks: [] } },
    {
      id: 'silver',
      name: 'Silver',
      entry: { any: { spendRial: '100000000', purchases: 8 } },
      retention: { any: { spendRial: '80000000', purchases: 6 } },
      benefits: { earnMultiplier: '1.5', discountPercent: '5', perks: ['free delivery'] },
    },
    {
      id: 'gold',
      name: 'Gold',
      entry: { any: { spendRial: '400000000', purchases: 24 } },
      retention: { any: { spendRial: '320000000', purchases: 18 } },
      benefits: { earnMultiplier: '2', discountPercent: '10', perks: ['free delivery', 'priority service'] },
    },
  ],
  window: { kind: 'calendar', unit: 'year' },
  validity: { kind: 'endOfNextPeriod' },
  upgrade: 'immediate',
  downgrade: { mode: 'oneTier', grace: { months: 1 } },
  returns: 'revokePromotion',
};

/** Lifecycle thresholds of a retail club: at risk after 90 days without a purchase, churned after 365. */
export const LIFECYCLE_POLICY: LifecyclePolicy = { atRiskAfterDays: 90, churnedAfterDays: 365, loyalMinPurchases: 4 };

/** CLV horizon and discounting. */
export const CLV_HORIZON_MONTHS = 12;
export const CLV_MONTHLY_DISCOUNT = 0.01;
