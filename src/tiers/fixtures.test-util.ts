// Shared fixtures of the tiers tests: the Red/Silver/Gold ladder of the README and event builders.
import { fromJalali, type JalaliDate } from '../calendar/index.js';
import type { TierBenefits, TierEvent, TierLadder, TierPurchaseEvent } from './index.js';

export const jd = (year: number, month: number, day: number): JalaliDate => ({ year, month, day });

/** Noon of a Jalali day in Tehran, as a Date. */
export const tehran = (year: number, month: number, day: number, hour = 12): Date =>
  fromJalali({ year, month, day, hour }, { timeZone: 'Asia/Tehran' });

export const benefits = (earnMultiplier: string, discountPercent: string, perks: string[] = []): TierBenefits => ({
  earnMultiplier,
  discountPercent,
  perks,
});

/** The README ladder: Red → Silver (1.5×) → Gold (2×, priority service) on the Jalali calendar year. */
export const RED_SILVER_GOLD: TierLadder = {
  tiers: [
    { id: 'red', name: 'Red', benefits: { earnMultiplier: '1', discountPercent: '0', perks: [] } },
    {
      id: 'silver',
      name: 'Silver',
      entry: { any: { qualifyingPoints: 1000, spendRial: '500000000' } },
      retention: { any: { qualifyingPoints: 800, spendRial: '400000000' } },
      benefits: { earnMultiplier: '1.5', discountPercent: '5', perks: ['free delivery'] },
    },
    {
      id: 'gold',
      name: 'Gold',
      entry: { any: { qualifyingPoints: 5000, spendRial: '2000000000' } },
      retention: { any: { qualifyingPoints: 4000, spendRial: '1600000000' } },
      benefits: { earnMultiplier: '2', discountPercent: '10', perks: ['free delivery', 'priority service'] },
    },
  ],
  window: { kind: 'calendar', unit: 'year' },
  validity: { kind: 'endOfNextPeriod' },
  upgrade: 'immediate',
  downgrade: { mode: 'oneTier', grace: { months: 1 } },
  returns: 'revokePromotion',
};

/** A points-only three-tier ladder (Silver 1000, Gold 5000) with the given policies. */
export function pointsLadder(overrides: Partial<TierLadder> = {}): TierLadder {
  return {
    tiers: [
      { id: 'red', name: 'Red', benefits: benefits('1', '0') },
      { id: 'silver', name: 'Silver', entry: { all: { qualifyingPoints: 1000 } }, benefits: benefits('1.5', '5') },
      { id: 'gold', name: 'Gold', entry: { all: { qualifyingPoints: 5000 } }, benefits: benefits('2', '10') },
    ],
    window: { kind: 'calendar', unit: 'year' },
    validity: { kind: 'endOfNextPeriod' },
    downgrade: { mode: 'oneTier' },
    ...overrides,
  };
}

export function purchase(id: string, at: Date | number, rialAmount: string, qualifyingPoints = 0): TierPurchaseEvent {
  return { kind: 'purchase', id, at, spend: { amount: rialAmount, currency: 'IRR' }, qualifyingPoints };
}

export function points(at: Date | number, qualifyingPoints: number): TierEvent {
  return { kind: 'points', at, qualifyingPoints };
}
