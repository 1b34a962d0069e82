import type { Instant } from '../calendar/index.js';
import type { Money } from '../money/index.js';

/**
 * One customer's purchase summary for RFM scoring.
 *
 * @example
 * ```ts
 * const c: RfmCustomer = { id: 'c1', lastPurchaseAt: '2025-05-20', frequency: 4, monetary: { amount: '52000000', currency: 'IRR' } };
 * ```
 * @category Segment
 */
export type RfmCustomer = {
  /** Customer id, returned as is. */
  readonly id: string | number;
  /**
   * Last purchase: an instant (`Date` or epoch ms; its civil day in `timeZone` counts) or a civil
   * date `'YYYY-MM-DD'`. May be missing only when `frequency` is 0.
   */
  readonly lastPurchaseAt?: Instant | string | null;
  /** Number of orders in the window, a whole number ≥ 0; 0 makes the customer a prospect. */
  readonly frequency: number;
  /** Revenue (or margin) in the window: a finite number or exact `Money`; missing or `null` counts as 0. */
  readonly monetary?: number | Money<string> | null;
};

/**
 * Options of {@link rfmScores}.
 *
 * @example
 * ```ts
 * const options: RfmScoresOptions = { asOf: new Date('2025-06-01T00:00:00Z'), bins: 5 };
 * ```
 * @category Segment
 */
export interface RfmScoresOptions {
  /** The analysis date; recency is whole civil days from the last purchase to it (never the clock). */
  readonly asOf: Instant;
  /** Number of scores per dimension, 2–9 (default 5, quintiles). */
  readonly bins?: number;
  /** Zone of the civil days of instants (default `'Asia/Tehran'`). */
  readonly timeZone?: string;
}

/**
 * A customer's RFM scores: 1 (worst) … bins (best) per dimension, recency reversed.
 *
 * @example
 * ```ts
 * const s: RfmScore = { id: 'c1', recencyDays: 12, frequency: 4, monetary: 52_000_000, r: 5, f: 4, m: 4, cell: '544' };
 * ```
 * @category Segment
 */
export type RfmScore = {
  /** The customer id. */
  readonly id: string | number;
  /** Civil days from the last purchase to `asOf` (0 = bought that day). */
  readonly recencyDays: number;
  /** Orders, as given. */
  readonly frequency: number;
  /** Monetary value as a number (Money amounts converted; exact below 2^53). */
  readonly monetary: number;
  /** Recency score: the most recent buyers score `bins`. */
  readonly r: number;
  /** Frequency score. */
  readonly f: number;
  /** Monetary score. */
  readonly m: number;
  /** The three scores as digits, e.g. `'545'`. */
  readonly cell: string;
};

/**
 * The result of {@link rfmScores}: scores of buyers (input order) and ids of customers without a
 * purchase, who have no recency and are left out of the ranking.
 *
 * @example
 * ```ts
 * function champions(s: RfmScoring): readonly RfmScore[] {
 *   return s.scores.filter((x) => x.cell === '555');
 * }
 * ```
 * @category Segment
 */
export type RfmScoring = {
  /** One score per customer with `frequency > 0`, in input order. */
  readonly scores: readonly RfmScore[];
  /** Ids of customers with `frequency` 0 (prospects), in input order. */
  readonly prospects: readonly (string | number)[];
};
