import { MoshtariError } from '../../core/index.js';
import { createSeededRandom } from './random.js';
import { sampleCalendar } from './sampleCalendar.js';
import { sampleIdentityFactory } from './sampleIdentity.js';
import { createPurchaseLog, type PurchaseLog, sampleInstant, simulateBuyer } from './samplePurchases.js';
import { sampleSurvey, sampleTicket } from './sampleSupport.js';
import type { Store, StoreCustomer, StoreSurvey, StoreTicket, StoreTransaction, StoreTruth } from './types.js';

/**
 * Options of {@link generateSampleStore}.
 * @category CLI
 */
export interface GenerateSampleStoreOptions {
  /** Number of customers (default 20,000); about 8 % never buy. */
  readonly customers?: number;
  /** Seed of the generator (default 1404); the same options always give the same store. */
  readonly seed?: number;
}

/**
 * The parameters the sample store is drawn from (time unit: week; amounts in Rial). BG/NBD:
 * λ ~ Gamma(r, alpha), p ~ Beta(a, b); Gamma-Gamma: ν ~ Gamma(q, gamma), amount ~ Gamma(p, ν),
 * mean order p·gamma/(q − 1) = 15,000,000 Rial.
 *
 * @example
 * ```ts
 * SAMPLE_TRUTH.timeUnit; // 'week'
 * ```
 * @category CLI
 */
export const SAMPLE_TRUTH: StoreTruth = {
  bgNbd: { r: 0.9, alpha: 3, a: 0.6, b: 7 },
  gammaGamma: { p: 6, q: 4, gamma: 7_500_000 },
  timeUnit: 'week',
};

const PROSPECT_SHARE = 0.08;
const SURVEY_SHARE = 0.1;
const TICKET_SHARE = 0.05;
const GROWTH = Math.log(2.2); // the last day gets 2.2× the acquisitions of the first
// Acquisition weight by Jalali month: busy Esfand (before Nowruz), quiet Farvardin holidays.
const MONTH_WEIGHT: readonly number[] = [0, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.05, 1.35];
const ID_SORT_LIMIT = 2 ** 24;

function checkOptions(options: GenerateSampleStoreOptions): { customers: number; seed: number } {
  const customers = options.customers ?? 20_000;
  const seed = options.seed ?? 1404;
  if (!Number.isSafeInteger(customers) || customers < 0) {
    throw new MoshtariError('INVALID_ARGUMENT', `options.customers: expected a whole number ≥ 0, got ${customers}`, {
      path: 'options.customers',
    });
  }
  if (!Number.isFinite(seed)) {
    throw new MoshtariError('INVALID_ARGUMENT', `options.seed: expected a finite number, got ${seed}`, {
      path: 'options.seed',
    });
  }
  return { customers, seed };
}

/** Purchase indices sorted by instant, ties by generation order. */
function purchaseOrder(log: PurchaseLog, origin: number): Uint32Array | Float64Array {
  const n = log.count;
  if (n < ID_SORT_LIMIT) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (((log.at[i] as number) - origin) / 1000) * ID_SORT_LIMIT + i;
    keys.sort();
    for (let i = 0; i < n; i++) keys[i] = (keys[i] as number) % ID_SORT_LIMIT;
    return keys;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((x, y) => (log.at[x] as number) - (log.at[y] as number) || x - y);
}

const pad = (prefix: string, n: number, width: number): string => prefix + String(n).padStart(width, '0');

/**
 * Generates the sample store: synthetic but realistic Iranian retail data (Persian names, valid
 * unique national codes and mobiles, cities by population, Jalali birth dates) from 1401/07/01 to
 * `asOf` = 1404/06/31 23:59:59.999 Tehran, with purchases drawn from known BG/NBD and Gamma-Gamma
 * parameters ({@link SAMPLE_TRUTH}, recorded in `store.truth`), points redeemed under the sample
 * program, NPS answers from about 10 % of buyers and tickets from about 5 %. Deterministic: only the
 * seeded generator is used. 20,000 customers give about 200,000 transactions.
 *
 * @param options - `customers` (default 20,000) and `seed` (default 1404)
 * @returns the store, transactions sorted by instant (ids `T0000001`… in that order)
 * @throws {MoshtariError} INVALID_ARGUMENT for a negative or fractional `customers` or a non-finite `seed`
 * @example
 * ```ts
 * const store = generateSampleStore({ customers: 2000, seed: 7 });
 * store.customers[0]?.id;        // 'C000001'
 * store.truth?.bgNbd.r;          // 0.9
 * ```
 * @category CLI
 */
export function generateSampleStore(options: GenerateSampleStoreOptions = {}): Store {
  const { customers: n, seed } = checkOptions(options);
  const cal = sampleCalendar();
  const acquisition = createSeededRandom(seed);
  const people = createSeededRandom(seed + 1_000_003);
  const buying = createSeededRandom(seed + 2_000_029);
  const support = createSeededRandom(seed + 3_000_017);

  const starts = new Float64Array(n);
  const scale = Math.expm1(GROWTH);
  for (let i = 0; i < n; i++) {
    let t: number;
    do t = (Math.log1p(acquisition.next() * scale) / GROWTH) * cal.days;
    while (acquisition.next() * 1.35 > (MONTH_WEIGHT[cal.month[Math.floor(t)] as number] as number));
    starts[i] = t;
  }
  starts.sort();

  const identity = sampleIdentityFactory(people, cal.startDay + cal.days - 1);
  const log = createPurchaseLog(n * 12);
  const width = Math.max(6, String(n).length);
  const customers: StoreCustomer[] = new Array(n);
  const surveys: StoreSurvey[] = [];
  const tickets: StoreTicket[] = [];
  for (let i = 0; i < n; i++) {
    const id = pad('C', i + 1, width);
    const t0 = starts[i] as number;
    const joinedAt = sampleInstant(cal, t0);
    customers[i] = { id, ...identity(), joinedAt };
    if (acquisition.next() < PROSPECT_SHARE) continue;
    simulateBuyer(buying, cal, SAMPLE_TRUTH, i, t0, log);
    if (support.next() < SURVEY_SHARE) surveys.push(sampleSurvey(support, id, joinedAt, cal.asOf));
    if (support.next() < TICKET_SHARE) tickets.push(sampleTicket(support, cal, id, joinedAt));
  }

  const order = purchaseOrder(log, cal.dayStart[0] as number);
  const txWidth = Math.max(7, String(log.count).length);
  const transactions: StoreTransaction[] = new Array(log.count);
  for (let k = 0; k < log.count; k++) {
    const i = order[k] as number;
    const points = log.points[i] as number;
    const id = pad('T', k + 1, txWidth);
    const customerId = (customers[log.customer[i] as number] as StoreCustomer).id;
    const at = log.at[i] as number;
    const amount = log.amount[i] as number;
    const channel = log.online[i] === 1 ? 'online' : 'store';
    transactions[k] =
      points > 0
        ? { id, customerId, at, amount, pointsRedeemed: points, channel }
        : { id, customerId, at, amount, channel };
  }
  surveys.sort((x, y) => x.at - y.at);
  tickets.sort((x, y) => x.openedAt - y.openedAt);
  const ticketWidth = Math.max(5, String(tickets.length).length);
  return {
    customers,
    transactions,
    surveys,
    tickets: tickets.map((t, k) => ({ ...t, id: pad('TK', k + 1, ticketWidth) })),
    truth: SAMPLE_TRUTH,
    asOf: cal.asOf,
  };
}
