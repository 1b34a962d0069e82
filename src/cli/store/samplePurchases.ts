import type { SeededRandom } from './random.js';
import type { SampleCalendar } from './sampleCalendar.js';
import type { StoreTruth } from './types.js';

/** Purchases of the sample store as columns (one index per purchase, in generation order). */
export type PurchaseLog = {
  /** Number of purchases. */
  count: number;
  /** Index of the buyer in the customer list. */
  customer: Int32Array;
  /** Instant (epoch ms, whole seconds). */
  at: Float64Array;
  /** Amount in Rial (multiple of 10,000). */
  amount: Float64Array;
  /** Points redeemed (0: none). */
  points: Int32Array;
  /** 1 when bought online, 0 in store. */
  online: Uint8Array;
};

const HOUR_MS = 3_600_000;
const OPEN_MS = 9 * HOUR_MS;
const OPEN_SPAN_MS = 13 * HOUR_MS;

/**
 * An empty purchase log with room for `capacity` purchases (it grows as needed).
 *
 * @param capacity - initial room
 * @returns the empty log
 * @example
 * ```ts
 * createPurchaseLog(1000).count; // 0
 * ```
 * @category CLI
 */
export function createPurchaseLog(capacity: number): PurchaseLog {
  const n = Math.max(16, capacity);
  return {
    count: 0,
    customer: new Int32Array(n),
    at: new Float64Array(n),
    amount: new Float64Array(n),
    points: new Int32Array(n),
    online: new Uint8Array(n),
  };
}

function grow(log: PurchaseLog): void {
  const n = log.customer.length * 2;
  const customer = new Int32Array(n);
  customer.set(log.customer);
  const at = new Float64Array(n);
  at.set(log.at);
  const amount = new Float64Array(n);
  amount.set(log.amount);
  const points = new Int32Array(n);
  points.set(log.points);
  const online = new Uint8Array(n);
  online.set(log.online);
  Object.assign(log, { customer, at, amount, points, online });
}

/**
 * The instant of a sample time `t` (days since 1401/07/01, Tehran): day `floor(t)`, and the fraction
 * of the day mapped monotonically onto opening hours 09:00–22:00 Tehran (busier in the evening),
 * rounded to whole seconds. Later `t` never gives an earlier instant.
 *
 * @param cal - the sample calendar
 * @param t - days since the first sample day, 0 ≤ t < cal.days
 * @returns epoch ms
 * @example
 * ```ts
 * new Date(sampleInstant(sampleCalendar(), 0)).toISOString(); // '2022-09-23T05:30:00.000Z' (09:00 Tehran)
 * ```
 * @category CLI
 */
export function sampleInstant(cal: SampleCalendar, t: number): number {
  const d = Math.floor(t);
  const f = t - d;
  return (cal.dayStart[d] as number) + Math.round((OPEN_MS + f ** 0.8 * OPEN_SPAN_MS) / 1000) * 1000;
}

/**
 * Simulates one buyer from the BG/NBD and Gamma-Gamma truth: λ ~ Gamma(r, alpha) per week,
 * p ~ Beta(a, b), ν ~ Gamma(q, gamma); a first purchase at `t0`, then exponential gaps at rate λ,
 * dropping out with probability p after each repeat purchase (as the model has it), until the end of the sample. Amounts are
 * Gamma(p, ν) Rial rounded to 10,000 (at least 10,000). Points follow the sample program (1 point
 * per 100,000 Rial, expiring at the end of the Jalali year; redemption 1 point = 5,000 Rial, at most
 * 20 % of the purchase): with probability 0.25 a purchase redeems
 * `min(floor(available / 100) × 100, floor(0.2 × amount / 5000 / 100) × 100)` when that is ≥ 100.
 *
 * @param random - the seeded generator
 * @param cal - the sample calendar
 * @param truth - the parameters (time unit: week)
 * @param customer - index of the buyer
 * @param t0 - acquisition time (days since the first sample day)
 * @param log - where purchases are appended
 * @returns nothing; `log` grows
 * @example
 * ```ts
 * const log = createPurchaseLog(100);
 * simulateBuyer(createSeededRandom(1), sampleCalendar(), SAMPLE_TRUTH, 0, 10.5, log);
 * log.count; // ≥ 1
 * ```
 * @category CLI
 */
export function simulateBuyer(
  random: SeededRandom,
  cal: SampleCalendar,
  truth: StoreTruth,
  customer: number,
  t0: number,
  log: PurchaseLog,
): void {
  const { r, alpha, a, b } = truth.bgNbd;
  const gg = truth.gammaGamma;
  const perDay = random.gamma(r, alpha) / 7;
  const dropout = random.beta(a, b);
  const nu = random.gamma(gg.q, gg.gamma);
  const onlineShare = random.beta(1.2, 2.8);
  let year = 0;
  let available = 0;
  let t = t0;
  const first = log.count;
  for (;;) {
    if (log.count === log.customer.length) grow(log);
    const i = log.count++;
    const day = Math.floor(t);
    const amount = Math.max(10_000, Math.round(random.gamma(gg.p, nu) / 10_000) * 10_000);
    const dayYear = cal.year[day] as number;
    if (dayYear !== year) {
      year = dayYear;
      available = 0;
    }
    let redeemed = 0;
    if (random.next() < 0.25 && available >= 100) {
      // floor(0.2 × amount / 5000 / 100) × 100, in exact integers.
      const wanted = Math.min(Math.floor(available / 100) * 100, Math.floor(amount / 2_500_000) * 100);
      if (wanted >= 100) redeemed = wanted;
    }
    available += Math.floor(amount / 100_000) - redeemed;
    log.customer[i] = customer;
    log.at[i] = sampleInstant(cal, t);
    log.amount[i] = amount;
    log.points[i] = redeemed;
    log.online[i] = random.next() < onlineShare ? 1 : 0;
    // BG/NBD: a customer may drop out right after a REPEAT purchase, never after the first one
    if (i !== first && random.next() < dropout) return;
    t += random.exponential(perDay);
    if (t >= cal.days) return;
  }
}
