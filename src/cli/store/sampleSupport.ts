import type { SeededRandom } from './random.js';
import type { SampleCalendar } from './sampleCalendar.js';
import type { StoreSurvey, StoreTicket } from './types.js';

// NPS answer mix: detractors 22 %, passives 36 %, promoters 42 % (NPS ≈ +20, mean ≈ 7.5).
const SCORE_WEIGHTS: readonly number[] = [4.5, 1.5, 2, 2.5, 3, 4, 4.5, 15, 21, 21, 21];
const PRIORITIES: readonly StoreTicket['priority'][] = ['low', 'normal', 'high', 'urgent'];
const PRIORITY_WEIGHTS: readonly number[] = [20, 55, 20, 5];
// Median first response (minutes) and resolution (hours) by priority.
const RESPONSE_MEDIAN_MIN: readonly number[] = [120, 60, 30, 15];
const RESOLUTION_MEDIAN_H: readonly number[] = [36, 20, 10, 4];
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

function pick(random: SeededRandom, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = random.next() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** Log-normal around `median` (σ = `sigma`), clamped to [lo, hi]. */
function logNormal(random: SeededRandom, median: number, sigma: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, median * Math.exp(sigma * random.normal())));
}

/**
 * One NPS answer for a buyer: a score 0–10 (skewed: NPS ≈ +20, mean ≈ 7.5) at a uniform instant
 * (whole seconds) between the first purchase and `asOf`.
 *
 * @param random - the seeded generator
 * @param customerId - who answers
 * @param firstAt - the buyer's first purchase (epoch ms)
 * @param asOf - the end of the sample (epoch ms)
 * @returns the survey answer
 * @example
 * ```ts
 * sampleSurvey(createSeededRandom(1), 'C000001', 1.7e12, 1.76e12).score; // 0–10
 * ```
 * @category CLI
 */
export function sampleSurvey(random: SeededRandom, customerId: string, firstAt: number, asOf: number): StoreSurvey {
  const at = Math.floor((firstAt + random.next() * (asOf - firstAt)) / 1000) * 1000;
  return { customerId, at: Math.max(at, firstAt), score: pick(random, SCORE_WEIGHTS) };
}

/** An opening instant after `firstAt`, moved into working hours 85 % of the time. */
function openingInstant(random: SeededRandom, cal: SampleCalendar, firstAt: number): number {
  const raw = Math.floor(firstAt + random.next() * (cal.asOf - firstAt));
  if (random.next() >= 0.85) return raw;
  let d = Math.min(cal.days - 1, Math.floor((raw - (cal.dayStart[0] as number)) / DAY));
  if (cal.weekday[d] === 6) d = d + 1 < cal.days ? d + 1 : d - 1;
  const hours = cal.weekday[d] === 5 ? 5 : 9;
  const at = (cal.dayStart[d] as number) + 8 * HOUR + Math.floor(random.next() * hours * 60) * MINUTE;
  return at >= firstAt && at <= cal.asOf ? at : raw;
}

/**
 * One support ticket for a buyer: priority low 20 % / normal 55 % / high 20 % / urgent 5 %, opened
 * after the first purchase (mostly Sat–Wed 08:00–17:00, Thu 08:00–13:00 Tehran), first response
 * after 5 min – 12 h and resolution after 1 h – 5 days (faster for higher priorities). Only tickets
 * opened in the last 3 days may be unresolved, a few without a first response; no instant is after `asOf`.
 *
 * @param random - the seeded generator
 * @param cal - the sample calendar
 * @param customerId - the customer
 * @param firstAt - the customer's first purchase (epoch ms)
 * @returns the ticket, with an empty id (the caller numbers tickets)
 * @example
 * ```ts
 * const cal = sampleCalendar();
 * sampleTicket(createSeededRandom(1), cal, 'C000001', cal.dayStart[0] ?? 0).priority; // e.g. 'normal'
 * ```
 * @category CLI
 */
export function sampleTicket(
  random: SeededRandom,
  cal: SampleCalendar,
  customerId: string,
  firstAt: number,
): StoreTicket {
  const openedAt = openingInstant(random, cal, firstAt);
  const level = pick(random, PRIORITY_WEIGHTS);
  const priority = PRIORITIES[level] as StoreTicket['priority'];
  const response = openedAt + Math.round(logNormal(random, RESPONSE_MEDIAN_MIN[level] as number, 0.9, 5, 720)) * MINUTE;
  let resolved =
    openedAt + Math.round(logNormal(random, RESOLUTION_MEDIAN_H[level] as number, 0.8, 1, 120) * 60) * MINUTE;
  if (resolved < response) resolved = response + 10 * MINUTE;
  const recent = openedAt > cal.asOf - 3 * DAY;
  if (!recent && resolved > cal.asOf) {
    // Older tickets are all resolved by asOf: squeeze the resolution in before it.
    const earliest = Math.max(openedAt + HOUR, response + 10 * MINUTE);
    resolved = earliest + Math.floor(random.next() * ((cal.asOf - earliest) / MINUTE)) * MINUTE;
  }
  const open = recent && random.next() < 0.5;
  const silent = open && random.next() < 0.3;
  const ticket: StoreTicket = { id: '', customerId, priority, openedAt };
  if (silent || response > cal.asOf) return ticket;
  if (open || resolved > cal.asOf) return { ...ticket, firstResponseAt: response };
  return { ...ticket, firstResponseAt: response, resolvedAt: resolved };
}
