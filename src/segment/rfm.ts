import { createCivilDayOf } from '../calendar/index.js';
import { MoshtariError } from '../core/index.js';
import type { SegmentErrorCode } from './errors.js';
import { minRanks, minRanksBig, percentRankScore } from './rank.js';
import type { RfmCustomer, RfmScore, RfmScoresOptions, RfmScoring } from './rfmTypes.js';
import { instantOf, isoDay } from './values.js';

function fail(path: string, message: string, code: SegmentErrorCode = 'INVALID_VALUE'): never {
  throw new MoshtariError<SegmentErrorCode>(code, `${path}: ${message}`, { path });
}

const SAFE_AMOUNT = /^-?\d{1,15}$/;

/** Internal: checks `bins` (2–9). */
export function checkBins(bins: number | undefined): number {
  const b = bins ?? 5;
  if (!Number.isInteger(b) || b < 2 || b > 9)
    fail('options.bins', `expected a whole number 2–9, got ${String(bins)}`, 'INVALID_OPTION');
  return b;
}

/**
 * Scores customers by recency, frequency and monetary value with the percent-rank method:
 * `score = min(bins, 1 + floor(bins · (rank − 1) / (n − 1)))`, where `rank` is SQL's `RANK()`
 * (ties share the lowest rank, so equal values always get equal scores and the result is
 * deterministic) and recency ranks by days descending. Exact integer arithmetic; {@link rfmToSql}
 * computes the very same scores inside PostgreSQL. Customers with 0 orders are prospects.
 *
 * @param customers - one summary per customer; see {@link RfmCustomer}
 * @param options - `asOf`, `bins` (default 5), `timeZone` (default Asia/Tehran)
 * @returns scores in input order and the prospects' ids
 * @throws {MoshtariError} INVALID_ARGUMENT (not an array); INVALID_OPTION (`asOf`, `bins`); INVALID_VALUE for a bad row (path `customers[i].field`)
 * @example
 * ```ts
 * const { scores } = rfmScores(
 *   [
 *     { id: 1, lastPurchaseAt: '2025-05-30', frequency: 9, monetary: 900 },
 *     { id: 2, lastPurchaseAt: '2025-01-02', frequency: 1, monetary: 40 },
 *   ],
 *   { asOf: Date.UTC(2025, 5, 1), bins: 5 },
 * );
 * scores.map((s) => s.cell); // ['555', '111']
 * ```
 * @category Segment
 */
export function rfmScores(customers: readonly RfmCustomer[], options: RfmScoresOptions): RfmScoring {
  if (!Array.isArray(customers)) fail('customers', 'expected an array', 'INVALID_ARGUMENT');
  const bins = checkBins(options?.bins);
  const timeZone = options.timeZone ?? 'Asia/Tehran';
  const asOfMs = instantOf(options.asOf);
  if (!Number.isFinite(asOfMs)) fail('options.asOf', 'expected a valid Date or epoch milliseconds', 'INVALID_OPTION');
  const dayOf = createCivilDayOf(timeZone);
  const asOfDay = dayOf(asOfMs);
  const parseDay = isoDay; // locals: hot loops never go through module bindings
  const score = percentRankScore;
  const buyers = new Int32Array(customers.length);
  const days = new Float64Array(customers.length);
  const freq = new Float64Array(customers.length);
  const money = new Float64Array(customers.length);
  const prospects: (string | number)[] = [];
  let n = 0;
  let needBig = false;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i] as RfmCustomer;
    if (c === null || typeof c !== 'object')
      fail(`customers[${i}]`, 'expected { id, lastPurchaseAt, frequency, monetary }');
    const f = c.frequency;
    if (!Number.isSafeInteger(f) || f < 0)
      fail(`customers[${i}].frequency`, `expected a whole number ≥ 0, got ${String(f)}`);
    if (f === 0) {
      prospects.push(c.id);
      continue;
    }
    const last = c.lastPurchaseAt;
    const day =
      typeof last === 'number'
        ? dayOf(last)
        : typeof last === 'string'
          ? parseDay(last)
          : last instanceof Date
            ? dayOf(last.getTime())
            : Number.NaN;
    if (!Number.isFinite(day)) {
      fail(`customers[${i}].lastPurchaseAt`, 'expected an instant or YYYY-MM-DD for a customer with orders');
    }
    if (day > asOfDay) fail(`customers[${i}].lastPurchaseAt`, 'is after options.asOf');
    const m = c.monetary ?? 0;
    let value: number;
    if (typeof m === 'number') {
      if (!Number.isFinite(m)) fail(`customers[${i}].monetary`, `expected a finite number, got ${String(m)}`);
      value = m;
    } else {
      const amount = m?.amount;
      if (typeof amount !== 'string' || !/^-?\d+$/.test(amount))
        fail(`customers[${i}].monetary`, 'expected a number or Money');
      value = Number(amount);
      if (!SAFE_AMOUNT.test(amount)) needBig = true;
    }
    buyers[n] = i;
    days[n] = -(asOfDay - day); // recency ranks by days descending
    freq[n] = f;
    money[n] = value;
    n++;
  }
  const rRanks = minRanks(days.subarray(0, n));
  const fRanks = minRanks(freq.subarray(0, n));
  const mRanks = needBig ? minRanksBig(bigAmounts(customers, buyers.subarray(0, n))) : minRanks(money.subarray(0, n));
  const cells: string[] = [];
  for (let r = 1; r <= bins; r++)
    for (let f = 1; f <= bins; f++) for (let m = 1; m <= bins; m++) cells.push(`${r}${f}${m}`);
  const scores: RfmScore[] = new Array(n);
  for (let j = 0; j < n; j++) {
    const c = customers[buyers[j] as number] as RfmCustomer;
    const r = score(rRanks[j] as number, n, bins);
    const f = score(fRanks[j] as number, n, bins);
    const m = score(mRanks[j] as number, n, bins);
    const cell = cells[((r - 1) * bins + f - 1) * bins + m - 1] as string;
    scores[j] = {
      id: c.id,
      recencyDays: -(days[j] as number),
      frequency: c.frequency,
      monetary: money[j] as number,
      r,
      f,
      m,
      cell,
    };
  }
  return { scores, prospects };
}

function bigAmounts(customers: readonly RfmCustomer[], buyers: Int32Array): bigint[] {
  return Array.from(buyers, (i) => {
    const m = (customers[i] as RfmCustomer).monetary ?? 0;
    if (typeof m !== 'number') return BigInt(m.amount);
    if (!Number.isInteger(m))
      fail(`customers[${i}].monetary`, 'mixing fractional numbers with Money beyond 2^53 is not supported');
    return BigInt(m);
  });
}
