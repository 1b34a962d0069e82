import { describe, expect, it } from 'vitest';
import { fromJalali, jalaliAge, toJalali } from '../../calendar/index.js';
import { isValidMobile, isValidNationalCode } from '../../iran/index.js';
import { IRAN_CITY_WEIGHTS, PERSIAN_FEMALE_NAMES, PERSIAN_LAST_NAMES, PERSIAN_MALE_NAMES } from './names.js';
import { generateSampleStore, SAMPLE_TRUTH } from './sample.js';
import type { Store, StoreTransaction } from './types.js';

const ASOF = Date.UTC(2025, 8, 22, 20, 29, 59, 999); // 1404/06/31 23:59:59.999 Tehran (+03:30)
const START = Date.UTC(2022, 8, 22, 20, 30); // 1401/07/01 00:00 Tehran
const WEEK_MS = 7 * 86_400_000;

const small = generateSampleStore({ customers: 2000, seed: 42 });
const big = generateSampleStore();

function byCustomer(store: Store): Map<string, StoreTransaction[]> {
  const map = new Map<string, StoreTransaction[]>();
  for (const t of store.transactions) {
    const list = map.get(t.customerId);
    if (list === undefined) map.set(t.customerId, [t]);
    else list.push(t);
  }
  return map;
}

/**
 * Expected purchases of a BG/NBD buyer observed for `weeks` after the first purchase:
 * 1 + E[X(T)], E[X(T) | p] = (1 − (α / (α + pT))^r) / p, averaged over p ~ Beta(a, b) numerically
 * (p = u^(1/a) removes the singularity at 0).
 */
function expectedPurchases(weeks: readonly number[]): number {
  const { r, alpha, a, b } = SAMPLE_TRUTH.bgNbd;
  const n = 400;
  const ps: number[] = [];
  const ws: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = ((i + 0.5) / n) ** (1 / a);
    ps.push(p);
    ws.push((1 - p) ** (b - 1));
  }
  const total = ws.reduce((s, w) => s + w, 0);
  let sum = 0;
  for (const T of weeks) {
    let e = 0;
    for (let i = 0; i < n; i++) {
      const p = ps[i] as number;
      e += (ws[i] as number) * ((1 - (alpha / (alpha + p * T)) ** r) / p);
    }
    sum += 1 + e / total;
  }
  return sum / weeks.length;
}

describe('generateSampleStore', () => {
  it('is deterministic: same options, same store; another seed, another store', () => {
    expect(generateSampleStore({ customers: 2000, seed: 42 })).toEqual(small);
    const other = generateSampleStore({ customers: 2000, seed: 43 });
    expect(other.customers[0]?.nationalCode).not.toBe(small.customers[0]?.nationalCode);
  });

  it('records asOf (1404/06/31 23:59:59.999 Tehran) and the truth it drew from', () => {
    expect(small.asOf).toBe(ASOF);
    expect(
      fromJalali({ year: 1404, month: 6, day: 31, hour: 23, minute: 59, second: 59, millisecond: 999 }).getTime(),
    ).toBe(ASOF);
    expect(small.truth).toEqual(SAMPLE_TRUTH);
    expect(small.truth?.timeUnit).toBe('week');
  });

  it('gives customers valid, unique national codes and mobiles, Persian names and cities', () => {
    const codes = new Set<string>();
    const mobiles = new Set<string>();
    const cities = new Map<string, number>();
    small.customers.forEach((c, i) => {
      expect(c.id).toBe(`C${String(i + 1).padStart(6, '0')}`);
      expect(isValidNationalCode(c.nationalCode as string)).toBe(true);
      expect(c.nationalCode).toMatch(/^\d{10}$/);
      expect(isValidMobile(c.mobile as string)).toBe(true);
      expect(c.mobile).toMatch(/^\+989\d{9}$/);
      codes.add(c.nationalCode as string);
      mobiles.add(c.mobile as string);
      const names = c.gender === 'female' ? PERSIAN_FEMALE_NAMES : PERSIAN_MALE_NAMES;
      expect(names).toContain(c.firstName);
      expect(PERSIAN_LAST_NAMES).toContain(c.lastName);
      cities.set(c.city as string, (cities.get(c.city as string) ?? 0) + 1);
    });
    expect(codes.size).toBe(2000);
    expect(mobiles.size).toBe(2000);
    const ranked = [...cities.entries()].sort((x, y) => y[1] - x[1]);
    expect(ranked[0]?.[0]).toBe('تهران');
    expect(cities.size).toBeGreaterThanOrEqual(15);
    expect(PERSIAN_FEMALE_NAMES.length).toBeGreaterThanOrEqual(40);
    expect(PERSIAN_MALE_NAMES.length).toBeGreaterThanOrEqual(40);
    expect(PERSIAN_LAST_NAMES.length).toBeGreaterThanOrEqual(60);
    expect(IRAN_CITY_WEIGHTS.length).toBeGreaterThanOrEqual(15);
  });

  it('gives birth dates for ages 18–70 at asOf, about 10 % unknown', () => {
    const today = toJalali(ASOF);
    let unknown = 0;
    for (const c of small.customers) {
      if (c.birthDate === undefined) {
        unknown++;
        continue;
      }
      const age = jalaliAge(c.birthDate, today);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(70);
    }
    expect(unknown / 2000).toBeGreaterThan(0.07);
    expect(unknown / 2000).toBeLessThan(0.13);
  });

  it('keeps every transaction inside 1401/07/01 … asOf, 09:00–22:00 Tehran, sorted, with valid fields', () => {
    const ids = new Set(small.customers.map((c) => c.id));
    const bad: string[] = [];
    let previous = Number.NEGATIVE_INFINITY;
    let online = 0;
    small.transactions.forEach((t, i) => {
      const local = toJalali(t.at, { withTime: true });
      const minute = local.hour * 60 + local.minute;
      const ok =
        t.id === `T${String(i + 1).padStart(7, '0')}` &&
        ids.has(t.customerId) &&
        t.at >= previous &&
        t.at >= START &&
        t.at <= ASOF &&
        minute >= 9 * 60 &&
        minute <= 22 * 60 &&
        t.amount % 10_000 === 0 &&
        t.amount >= 10_000 &&
        Number.isSafeInteger(t.amount) &&
        (t.channel === 'store' || t.channel === 'online') &&
        (!('pointsRedeemed' in t) || (t.pointsRedeemed as number) > 0);
      if (!ok) bad.push(t.id);
      previous = t.at;
      if (t.channel === 'online') online++;
    });
    expect(bad).toEqual([]);
    expect(small.transactions.length).toBeGreaterThan(15_000);
    expect(online / small.transactions.length).toBeGreaterThan(0.25);
    expect(online / small.transactions.length).toBeLessThan(0.35);
  });

  it('starts each buyer at joinedAt and leaves about 8 % prospects without purchases', () => {
    const groups = byCustomer(small);
    let prospects = 0;
    let previousJoin = 0;
    for (const c of small.customers) {
      expect(c.joinedAt).toBeGreaterThanOrEqual(previousJoin);
      previousJoin = c.joinedAt as number;
      const txs = groups.get(c.id);
      if (txs === undefined) prospects++;
      else expect(txs[0]?.at).toBe(c.joinedAt);
    }
    expect(prospects / 2000).toBeGreaterThan(0.05);
    expect(prospects / 2000).toBeLessThan(0.11);
  });

  it('redeems points only as the sample program allows (replayed per Jalali year, never negative)', () => {
    let redemptions = 0;
    for (const txs of byCustomer(small).values()) {
      let year = 0;
      let available = 0;
      for (const t of txs) {
        const y = toJalali(t.at).year;
        if (y !== year) {
          year = y;
          available = 0;
        }
        const redeemed = t.pointsRedeemed ?? 0;
        if (redeemed > 0) {
          redemptions++;
          const cap = Math.floor((0.2 * t.amount) / 5000 / 100) * 100;
          expect(redeemed).toBe(Math.min(Math.floor(available / 100) * 100, cap));
          expect(redeemed).toBeGreaterThanOrEqual(100);
          expect(redeemed * 5000).toBeLessThanOrEqual(0.2 * t.amount);
        }
        available -= redeemed;
        expect(available).toBeGreaterThanOrEqual(0);
        available += Math.floor(t.amount / 100_000);
      }
    }
    expect(redemptions).toBeGreaterThan(100);
  });

  it('has about 10 % of buyers answering NPS (mean ≈ 7.4, NPS +15…+30) within bounds', () => {
    const firstAt = new Map<string, number>();
    for (const t of big.transactions) if (!firstAt.has(t.customerId)) firstAt.set(t.customerId, t.at);
    const surveys = big.surveys ?? [];
    expect(surveys.length / firstAt.size).toBeGreaterThan(0.08);
    expect(surveys.length / firstAt.size).toBeLessThan(0.12);
    let sum = 0;
    let promoters = 0;
    let detractors = 0;
    for (const s of surveys) {
      expect(Number.isInteger(s.score) && s.score >= 0 && s.score <= 10).toBe(true);
      expect(s.at).toBeGreaterThanOrEqual(firstAt.get(s.customerId) as number);
      expect(s.at).toBeLessThanOrEqual(ASOF);
      sum += s.score;
      if (s.score >= 9) promoters++;
      if (s.score <= 6) detractors++;
    }
    expect(sum / surveys.length).toBeGreaterThan(7.1);
    expect(sum / surveys.length).toBeLessThan(7.8);
    const nps = (100 * (promoters - detractors)) / surveys.length;
    expect(nps).toBeGreaterThan(15);
    expect(nps).toBeLessThan(30);
  });

  it('has about 5 % of buyers with a ticket, instants in order and ≤ asOf', () => {
    const firstAt = new Map<string, number>();
    for (const t of big.transactions) if (!firstAt.has(t.customerId)) firstAt.set(t.customerId, t.at);
    const tickets = big.tickets ?? [];
    expect(tickets.length / firstAt.size).toBeGreaterThan(0.04);
    expect(tickets.length / firstAt.size).toBeLessThan(0.06);
    const priorities = new Map<string, number>();
    let working = 0;
    let unresolved = 0;
    for (const k of tickets) {
      priorities.set(k.priority, (priorities.get(k.priority) ?? 0) + 1);
      expect(k.openedAt).toBeGreaterThanOrEqual(firstAt.get(k.customerId) as number);
      expect(k.openedAt).toBeLessThanOrEqual(ASOF);
      const t = toJalali(k.openedAt, { withTime: true });
      const weekday = (Math.floor((k.openedAt + 3.5 * 3_600_000) / 86_400_000) + 5) % 7; // 0 = Saturday
      const minute = t.hour * 60 + t.minute;
      if (minute >= 480 && ((weekday <= 4 && minute < 1020) || (weekday === 5 && minute < 780))) working++;
      if (k.firstResponseAt !== undefined) {
        expect(k.firstResponseAt - k.openedAt).toBeGreaterThanOrEqual(5 * 60_000);
        expect(k.firstResponseAt - k.openedAt).toBeLessThanOrEqual(12 * 3_600_000);
        expect(k.firstResponseAt).toBeLessThanOrEqual(ASOF);
      }
      if (k.resolvedAt === undefined) {
        unresolved++;
        expect(k.openedAt).toBeGreaterThan(ASOF - 3 * 86_400_000);
      } else {
        expect(k.firstResponseAt).toBeDefined();
        expect(k.resolvedAt).toBeGreaterThanOrEqual(k.firstResponseAt as number);
        expect(k.resolvedAt - k.openedAt).toBeGreaterThanOrEqual(3_600_000);
        expect(k.resolvedAt - k.openedAt).toBeLessThanOrEqual(5 * 86_400_000 + 3_600_000);
        expect(k.resolvedAt).toBeLessThanOrEqual(ASOF);
      }
    }
    expect(working / tickets.length).toBeGreaterThan(0.75);
    expect(unresolved).toBeGreaterThan(0);
    expect((priorities.get('normal') ?? 0) / tickets.length).toBeGreaterThan(0.45);
    expect((priorities.get('urgent') ?? 0) / tickets.length).toBeLessThan(0.1);
  });

  it('draws about 200k transactions for 20k customers, as BG/NBD and Gamma-Gamma predict', () => {
    expect(big.customers).toHaveLength(20_000);
    expect(big.transactions.length).toBeGreaterThan(170_000);
    expect(big.transactions.length).toBeLessThan(230_000);
    const groups = byCustomer(big);
    const weeks = [...groups.values()].map((txs) => (ASOF - (txs[0]?.at as number)) / WEEK_MS);
    const perBuyer = big.transactions.length / groups.size;
    const expected = expectedPurchases(weeks);
    expect(perBuyer / expected).toBeGreaterThan(0.95);
    expect(perBuyer / expected).toBeLessThan(1.05);
    const { p, q, gamma } = SAMPLE_TRUTH.gammaGamma;
    const meanSpend = big.transactions.reduce((s, t) => s + t.amount, 0) / big.transactions.length;
    expect((p * gamma) / (q - 1)).toBe(15_000_000);
    expect(meanSpend / 15_000_000).toBeGreaterThan(0.95);
    expect(meanSpend / 15_000_000).toBeLessThan(1.05);
  });

  it('refuses bad options', () => {
    expect(() => generateSampleStore({ customers: -1 })).toThrow(/customers/);
    expect(() => generateSampleStore({ customers: 1.5 })).toThrow(/customers/);
    expect(() => generateSampleStore({ seed: Number.NaN })).toThrow(/seed/);
    expect(generateSampleStore({ customers: 0 }).transactions).toEqual([]);
  });
});
