import type { Instant } from '../calendar/index.js';
import type { Money, Ratio } from '../money/index.js';
import type { LedgerState } from './ledgerTypes.js';

/**
 * One line of a purchase: its net amount (after line discounts) in Rial.
 * @example
 * ```ts
 * const line: PurchaseLine = { lineId: '1', amount: toman(240_000), quantity: 2, sku: 'LATTE', category: 'coffee' };
 * ```
 * @category Loyalty
 */
export type PurchaseLine = {
  /** Line id (position), kept on the earned lot for line-level returns. */
  readonly lineId: string;
  /** Net line amount, non-negative, in Rial. */
  readonly amount: Money<'IRR'>;
  /** Units (default 1). */
  readonly quantity?: number;
  /** SKU, for exclusions, stamp cards and promotions. */
  readonly sku?: string;
  /** Category, for category rates, exclusions, promotions and progress rewards. */
  readonly category?: string;
};

/**
 * A purchase to earn points on.
 * @example
 * ```ts
 * const purchase: Purchase = { id: 'A-1042', at: new Date('2025-01-05T09:30:00Z'), channel: 'online', lines: [{ lineId: '1', amount: toman(850_000) }] };
 * ```
 * @category Loyalty
 */
export type Purchase = {
  /** Order id. */
  readonly id: string;
  /** When it was made (promotion windows and caps use its civil time in the program's zone). */
  readonly at: Instant;
  /** Channel (`'store'`, `'online'`, …) for channel rates, exclusions and promotions. */
  readonly channel?: string;
  /** Lines. */
  readonly lines: readonly PurchaseLine[];
  /** Part paid with a gift card, store credit or points: it earns nothing, spread over the lines by amount. */
  readonly nonEarningPayment?: Money<'IRR'>;
};

/**
 * Member context of {@link calculateEarn}. `tierBenefits` is structurally the `TierBenefits` of
 * `moshtari/tiers` (only `earnMultiplier`, a decimal string such as `'1.5'`, is read), so a tier
 * module result can be passed as it is.
 * @example
 * ```ts
 * const context: EarnContext = { tierBenefits: { earnMultiplier: '1.5' }, carry: { numerator: '3', denominator: '10' } };
 * ```
 * @category Loyalty
 */
export type EarnContext = {
  /** The member's tier benefits; `earnMultiplier` multiplies every line. */
  readonly tierBenefits?: {
    /** Decimal string multiplier, e.g. `'1.5'`. */
    readonly earnMultiplier: string;
  };
  /** Fraction of a point carried from earlier purchases (the previous result's `carry`). */
  readonly carry?: Ratio;
  /** The member's ledger, to apply day/month/year caps to the purchase points already earned. */
  readonly ledger?: LedgerState;
  /** Purchase points already earned this day/month/year (wins over `ledger`). */
  readonly earnedSoFar?: {
    /** Purchase points earned so far this civil day. */
    readonly day?: number;
    /** … this Jalali month. */
    readonly month?: number;
    /** … this Jalali year. */
    readonly year?: number;
  };
  /** Progress of each progress reward by id (integer strings: Rial spent or units stamped). */
  readonly progress?: Readonly<Record<string, string>>;
};
