import { epochDayToJalali, type JalaliDate } from '../../calendar/index.js';
import { IRAN_MOBILE_PREFIXES, type MobileOperator } from '../../iran/index.js';
import { IRAN_CITY_WEIGHTS, PERSIAN_FEMALE_NAMES, PERSIAN_LAST_NAMES, PERSIAN_MALE_NAMES } from './names.js';
import type { SeededRandom } from './random.js';

/** Who a sample customer is (everything but the id and the join instant). */
export type SampleIdentity = {
  /** Given name. */
  readonly firstName: string;
  /** Family name. */
  readonly lastName: string;
  /** Gender. */
  readonly gender: 'female' | 'male';
  /** Valid, unique national code. */
  readonly nationalCode: string;
  /** Valid, unique E.164 mobile. */
  readonly mobile: string;
  /** City (Persian). */
  readonly city: string;
  /** Birth date (age 18–70 at `asOf`), absent for about 10 %. */
  readonly birthDate?: JalaliDate;
};

// Market shares by operator (approximate); Taliya numbers now belong to MCI and are not issued.
const OPERATOR_SHARE: Readonly<Record<MobileOperator, number>> = {
  MCI: 0.54,
  Irancell: 0.41,
  RighTel: 0.04,
  Shatel: 0.005,
  Aptel: 0.005,
  Taliya: 0,
};
const YEAR_DAYS = 365.2425;

/** Cumulative weights → index by binary search. */
function weightedPicker(weights: readonly number[], random: SeededRandom): () => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  return () => {
    const x = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** A random valid national code (mod-11 check digit; not all digits equal; serial not all zero). */
function nationalCode(random: SeededRandom): string {
  for (;;) {
    const body = String(random.int(1_000_000_000)).padStart(9, '0');
    if (body.slice(3, 9) === '000000') continue;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += (body.charCodeAt(i) - 48) * (10 - i);
    const r = sum % 11;
    const code = body + String(r < 2 ? r : 11 - r);
    if (code !== (code[0] as string).repeat(10)) return code;
  }
}

/**
 * A generator of sample identities: gendered Persian names, unique valid national codes and
 * mobiles (real operator prefixes, weighted by market share), cities weighted by population and
 * birth dates for ages 18–70 at `asOfEpochDay` (about 10 % unknown).
 *
 * @param random - the seeded generator to draw from
 * @param asOfEpochDay - the epoch day ages are measured at
 * @returns a function giving a new identity per call
 * @example
 * ```ts
 * const next = sampleIdentityFactory(createSeededRandom(1), 20_362);
 * next().mobile; // e.g. '+989121234567'
 * ```
 * @category CLI
 */
export function sampleIdentityFactory(random: SeededRandom, asOfEpochDay: number): () => SampleIdentity {
  const prefixes = Object.keys(IRAN_MOBILE_PREFIXES).sort();
  const perOperator = new Map<MobileOperator, number>();
  for (const p of prefixes) {
    const op = IRAN_MOBILE_PREFIXES[p] as MobileOperator;
    perOperator.set(op, (perOperator.get(op) ?? 0) + 1);
  }
  const prefixWeights = prefixes.map((p) => {
    const op = IRAN_MOBILE_PREFIXES[p] as MobileOperator;
    return OPERATOR_SHARE[op] / (perOperator.get(op) ?? 1);
  });
  const pickPrefix = weightedPicker(prefixWeights, random);
  const pickCity = weightedPicker(
    IRAN_CITY_WEIGHTS.map((c) => c.weight),
    random,
  );
  const codes = new Set<string>();
  const mobiles = new Set<string>();
  return () => {
    const gender = random.next() < 0.52 ? 'female' : 'male';
    const names = gender === 'female' ? PERSIAN_FEMALE_NAMES : PERSIAN_MALE_NAMES;
    let code = nationalCode(random);
    while (codes.has(code)) code = nationalCode(random);
    codes.add(code);
    let mobile: string;
    do {
      mobile = `+98${prefixes[pickPrefix()] as string}${String(random.int(10_000_000)).padStart(7, '0')}`;
    } while (mobiles.has(mobile));
    mobiles.add(mobile);
    const identity = {
      firstName: names[random.int(names.length)] as string,
      lastName: PERSIAN_LAST_NAMES[random.int(PERSIAN_LAST_NAMES.length)] as string,
      gender,
      nationalCode: code,
      mobile,
      city: (IRAN_CITY_WEIGHTS[pickCity()] as { readonly name: string }).name,
    } as const;
    if (random.next() < 0.1) return identity;
    // Age in years: 18 + Gamma(3, 1/6) (mean 36), kept inside 18.01–70.99.
    let age: number;
    do age = 18.01 + random.gamma(3, 1 / 6);
    while (age > 70.99);
    return { ...identity, birthDate: epochDayToJalali(asOfEpochDay - Math.ceil(age * YEAR_DAYS)) };
  };
}
