// Internal: a program's earn rules parsed (rates to bigint rationals, promotion windows to day
// numbers). `prepareLoyaltyProgram` keeps the parsed form in an explicit caller-owned value, so
// calculateEarn over many purchases parses nothing twice; there is no module-level cache.
import { isRoundingMode, type RoundingMode } from '../core/index.js';
import { checkId, checkObject, checkPoints, fail, show } from './check.js';
import { type CompiledPromotion, compilePromotion } from './earnPromotions.js';
import type { EarnMultiplier } from './earnResult.js';
import type { EarnCaps, EarnRate, LoyaltyProgram } from './programTypes.js';
import { decimalQ, integerString, type Q } from './rational.js';
import type { ProgressReward } from './ruleTypes.js';

/** A parsed tier multiplier and its breakdown entry. */
export type TierMultiplier = {
  readonly q: Q;
  readonly applied: readonly EarnMultiplier[];
  /** Per rate: points per Rial with this multiplier folded in (`pts.n × q.n / (pts.d × step × q.d)`). */
  readonly perRate: Map<Rated, Q>;
};

/** A rate in force: points per step of `step` Rial. */
export type Rated = {
  readonly rate: EarnRate;
  readonly source: 'base' | 'category' | 'channel';
  readonly pts: Q;
  readonly step: bigint;
  /** `pts.d × step`, the denominator of a proportional line. */
  readonly den: bigint;
  /** Points per Rial: `pts.n / den`. */
  readonly perRial: Q;
};

/** The parsed earn rules of a program. */
export type CompiledEarn = {
  readonly unit: bigint;
  readonly timeZone: string;
  readonly rounding: RoundingMode;
  readonly perLine: boolean;
  readonly carryForward: boolean;
  readonly stepMode: boolean;
  readonly base: Rated;
  readonly categories: ReadonlyMap<string, Rated>;
  readonly channels: ReadonlyMap<string, Rated>;
  readonly exCategories: readonly string[];
  readonly exSkus: readonly string[];
  readonly exChannels: readonly string[];
  readonly minimum: bigint;
  readonly caps: EarnCaps | null;
  readonly promotions: readonly CompiledPromotion[];
  readonly stacking: 'max' | 'add' | 'multiply';
  readonly progressRewards: readonly ProgressReward[];
  /** Parsed tier multipliers seen so far (a handful per program). */
  readonly multipliers: Map<string, TierMultiplier>;
  /** Step text of the rounding rule. */
  readonly roundingDetail: string;
  /** The period caps set, in order. */
  readonly periodCaps: readonly ('perDay' | 'perMonth' | 'perYear')[];
  /** The last denominator printed and its text (denominators repeat across lines and purchases). */
  denominator: { d: bigint; text: string };
};

function rated(rate: EarnRate, source: Rated['source'], unit: bigint, path: string): Rated {
  checkObject(rate, path, 'INVALID_PROGRAM');
  const step = integerString(rate.amount, `${path}.amount`, 'INVALID_PROGRAM') * unit;
  if (step === 0n) fail('INVALID_PROGRAM', `${path}.amount`, 'must be positive');
  const pts = decimalQ(rate.points, `${path}.points`, 'INVALID_PROGRAM');
  return { rate, source, pts, step, den: pts.d * step, perRial: { n: pts.n, d: pts.d * step } };
}

function rateMap(
  rates: Readonly<Record<string, EarnRate>> | undefined,
  source: Rated['source'],
  unit: bigint,
  path: string,
): Map<string, Rated> {
  const map = new Map<string, Rated>();
  if (rates === undefined) return map;
  checkObject(rates, path, 'INVALID_PROGRAM');
  for (const [key, rate] of Object.entries(rates)) map.set(key, rated(rate, source, unit, `${path}.${key}`));
  return map;
}

function strings(value: readonly string[] | undefined, path: string): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('INVALID_PROGRAM', path, `expected an array of strings, got ${show(value)}`);
  value.forEach((v, i) => {
    checkId(v, `${path}[${i}]`, 'INVALID_PROGRAM');
  });
  return value;
}

function compile(program: LoyaltyProgram): CompiledEarn {
  checkObject(program, 'program', 'INVALID_PROGRAM');
  const earn = program.earn;
  checkObject(earn, 'program.earn', 'INVALID_PROGRAM');
  const u = program.unit ?? 'rial';
  if (u !== 'rial' && u !== 'toman') fail('INVALID_PROGRAM', 'program.unit', `expected rial or toman, got ${show(u)}`);
  const unit = u === 'toman' ? 10n : 1n;
  const rounding = earn.rounding ?? 'down';
  if (!isRoundingMode(rounding))
    fail('INVALID_PROGRAM', 'program.earn.rounding', `unknown rounding mode ${show(rounding)}`);
  const perLine = earn.granularity === 'line';
  if (earn.granularity !== undefined && !perLine && earn.granularity !== 'transaction') {
    fail('INVALID_PROGRAM', 'program.earn.granularity', `expected transaction or line, got ${show(earn.granularity)}`);
  }
  if (perLine && earn.carryForward === true)
    fail('INVALID_PROGRAM', 'program.earn.carryForward', 'needs granularity "transaction"');
  const caps = earn.caps ?? null;
  if (caps !== null) {
    checkObject(caps, 'program.earn.caps', 'INVALID_PROGRAM');
    for (const [k, v] of Object.entries(caps)) checkPoints(v, `program.earn.caps.${k}`, 'INVALID_PROGRAM');
  }
  const timeZone = program.timeZone ?? 'Asia/Tehran';
  const promotions = earn.promotions ?? [];
  if (!Array.isArray(promotions)) fail('INVALID_PROGRAM', 'program.earn.promotions', 'expected an array');
  const stacking = earn.promotionStacking ?? 'max';
  if (stacking !== 'max' && stacking !== 'add' && stacking !== 'multiply') {
    fail('INVALID_PROGRAM', 'program.earn.promotionStacking', `expected max, add or multiply, got ${show(stacking)}`);
  }
  return {
    unit,
    timeZone,
    rounding,
    perLine,
    carryForward: earn.carryForward === true,
    stepMode: earn.mode === 'step',
    base: rated(earn.rate, 'base', unit, 'program.earn.rate'),
    categories: rateMap(earn.categoryRates, 'category', unit, 'program.earn.categoryRates'),
    channels: rateMap(earn.channelRates, 'channel', unit, 'program.earn.channelRates'),
    exCategories: strings(earn.exclude?.categories, 'program.earn.exclude.categories'),
    exSkus: strings(earn.exclude?.skus, 'program.earn.exclude.skus'),
    exChannels: strings(earn.exclude?.channels, 'program.earn.exclude.channels'),
    minimum:
      earn.minimumPurchase === undefined
        ? 0n
        : integerString(earn.minimumPurchase, 'program.earn.minimumPurchase', 'INVALID_PROGRAM') * unit,
    caps,
    promotions: promotions.map((p, i) => compilePromotion(p, `program.earn.promotions[${i}]`)),
    stacking,
    progressRewards: program.progressRewards ?? [],
    multipliers: new Map(),
    periodCaps: caps === null ? [] : (['perDay', 'perMonth', 'perYear'] as const).filter((k) => caps[k] !== undefined),
    denominator: { d: 1n, text: '1' },
    roundingDetail: perLine ? `each line rounded ${rounding}` : `purchase total rounded ${rounding}`,
  };
}

/** The parsed earn rules of a program (parsed on every call: prepare a program to parse it once). */
export function compileEarn(program: LoyaltyProgram): CompiledEarn {
  return compile(program);
}

/** A denominator as text, reusing the last one printed. */
export function denominatorText(c: CompiledEarn, d: bigint): string {
  if (c.denominator.d !== d) c.denominator = { d, text: d.toString() };
  return c.denominator.text;
}

/** A tier multiplier as a rational with its breakdown entry (memoised per program). */
export function tierMultiplier(c: CompiledEarn, value: string): TierMultiplier {
  let m = c.multipliers.get(value);
  if (m === undefined) {
    const q = decimalQ(value, 'context.tierBenefits.earnMultiplier', 'INVALID_ARGUMENT');
    m = { q, applied: [{ source: 'tier', id: 'tier', multiplier: value }], perRate: new Map() };
    if (c.multipliers.size < 64) c.multipliers.set(value, m);
  }
  return m;
}

/** Points per Rial of a rate (proportional mode) with an optional tier multiplier folded in, memoised. */
export function perRial(r: Rated, tier: TierMultiplier | null): Q {
  if (tier === null) return r.perRial;
  let q = tier.perRate.get(r);
  if (q === undefined) {
    q = { n: r.pts.n * tier.q.n, d: r.den * tier.q.d };
    tier.perRate.set(r, q);
  }
  return q;
}
