import type { RoundingMode } from '../core/index.js';
import { divRound } from '../internal/rounding.js';
import { checkObject, checkPoints, fail } from './check.js';
import { decimalQ, decimalString, mulQ, ONE, type Q, reduce, subQ } from './rational.js';
import { roundingOption } from './redemption.js';

/**
 * One issuance cohort (e.g. the points issued in a Jalali month) and its redemption history.
 * @example
 * ```ts
 * const c1402: RedemptionCohort = { issued: 100_000, cumulativeRedeemed: [40_000, 62_000, 70_000] }; // after 1, 2, 3 years
 * ```
 * @category Loyalty
 */
export type RedemptionCohort = {
  /** Points issued. */
  readonly issued: number;
  /** Points redeemed by the end of each development period (age 1, 2, …), cumulative and non-decreasing. */
  readonly cumulativeRedeemed: readonly number[];
};

/**
 * Options of {@link estimateBreakage}.
 * @example
 * ```ts
 * const options: EstimateBreakageOptions = { decimals: 4, tailFactor: '1.02' };
 * ```
 * @category Loyalty
 */
export interface EstimateBreakageOptions {
  /** Decimal places of the rates (default 4). */
  readonly decimals?: number;
  /** Rounding of the rates and ultimate points (default `'halfEven'`). */
  readonly rounding?: RoundingMode;
  /** Development after the oldest age observed, as a factor ≥ 1 (default `'1'`: none). */
  readonly tailFactor?: string;
}

/**
 * A breakage estimate from cohort history.
 * @example
 * ```ts
 * declare const b: BreakageEstimate;
 * `expected redemption ${b.redemptionRate}, breakage ${b.breakageRate}`;
 * ```
 * @category Loyalty
 */
export type BreakageEstimate = {
  /** Expected ultimate redemption rate r of all cohorts together. */
  readonly redemptionRate: string;
  /** 1 − r. */
  readonly breakageRate: string;
  /** Age-to-age development factors (age k → k + 1), then the tail. */
  readonly developmentFactors: readonly string[];
  /** Per cohort: points redeemed so far, projected ultimate redemptions (capped at issued) and its rate. */
  readonly cohorts: readonly {
    /** Points redeemed so far. */
    readonly redeemed: number;
    /** Projected ultimate redemptions (capped at issued), rounded. */
    readonly ultimate: number;
    /** Ultimate / issued. */
    readonly redemptionRate: string;
  }[];
};

function checkCohorts(cohorts: readonly RedemptionCohort[]): void {
  if (!Array.isArray(cohorts) || cohorts.length === 0)
    fail('INVALID_ARGUMENT', 'cohorts', 'expected a non-empty array');
  cohorts.forEach((c, i) => {
    checkObject(c, `cohorts[${i}]`, 'INVALID_ARGUMENT');
    const issued = checkPoints(c.issued, `cohorts[${i}].issued`, 'INVALID_ARGUMENT', true);
    if (!Array.isArray(c.cumulativeRedeemed) || c.cumulativeRedeemed.length === 0)
      fail('INVALID_ARGUMENT', `cohorts[${i}].cumulativeRedeemed`, 'expected a non-empty array');
    c.cumulativeRedeemed.forEach((r: number, k: number) => {
      checkPoints(r, `cohorts[${i}].cumulativeRedeemed[${k}]`, 'INVALID_ARGUMENT');
      if (r > issued || (k > 0 && r < (c.cumulativeRedeemed[k - 1] as number))) {
        fail('INVALID_ARGUMENT', `cohorts[${i}].cumulativeRedeemed[${k}]`, 'must be non-decreasing and at most issued');
      }
    });
  });
}

/**
 * Estimates the ultimate redemption rate (and breakage = 1 − r) from cohort history by chain ladder:
 * age-to-age factors f_k = Σ redeemed(k + 1) / Σ redeemed(k) over the cohorts observed at both ages,
 * each cohort projected from its latest age with the later factors (and the tail), capped at issued.
 * Exact rationals; rates rounded only when printed.
 *
 * @param cohorts - issued points and cumulative redemptions by age, oldest cohorts with the longest history
 * @param options - `decimals` (4), `rounding` (`'halfEven'`), `tailFactor` (`'1'`)
 * @returns redemption and breakage rates, factors, per-cohort projections
 * @throws {MoshtariError} INVALID_ARGUMENT for empty or inconsistent cohorts or options
 * @example
 * ```ts
 * estimateBreakage([
 *   { issued: 1000, cumulativeRedeemed: [500, 700, 800] },
 *   { issued: 1000, cumulativeRedeemed: [400, 560] },
 *   { issued: 1000, cumulativeRedeemed: [600] },
 * ]).redemptionRate; // '0.8000' (factors 1.4 and 8/7: ultimates 800, 640, 960)
 * ```
 * @category Loyalty
 */
export function estimateBreakage(
  cohorts: readonly RedemptionCohort[],
  options: EstimateBreakageOptions = {},
): BreakageEstimate {
  checkCohorts(cohorts);
  const decimals = options.decimals ?? 4;
  if (!Number.isSafeInteger(decimals) || decimals < 0 || decimals > 30)
    fail('INVALID_ARGUMENT', 'options.decimals', 'expected an integer 0–30');
  const rounding = roundingOption(options.rounding, 'halfEven', 'options.rounding');
  const tail = decimalQ(options.tailFactor ?? '1', 'options.tailFactor', 'INVALID_ARGUMENT');
  const ages = Math.max(...cohorts.map((c) => c.cumulativeRedeemed.length));
  const factors: Q[] = [];
  for (let k = 0; k + 1 < ages; k++) {
    let num = 0n;
    let den = 0n;
    for (const c of cohorts) {
      if (c.cumulativeRedeemed.length <= k + 1) continue;
      num += BigInt(c.cumulativeRedeemed[k + 1] as number);
      den += BigInt(c.cumulativeRedeemed[k] as number);
    }
    factors.push(den === 0n ? ONE : reduce({ n: num, d: den }));
  }
  let issued = 0n;
  let ultimate: Q = { n: 0n, d: 1n };
  const perCohort = cohorts.map((c) => {
    const last = c.cumulativeRedeemed.length - 1;
    let u: Q = { n: BigInt(c.cumulativeRedeemed[last] as number), d: 1n };
    for (let k = last; k < factors.length; k++) u = reduce(mulQ(u, factors[k] as Q));
    u = reduce(mulQ(u, tail));
    const cap = BigInt(c.issued);
    if (u.n > cap * u.d) u = { n: cap, d: 1n };
    issued += cap;
    ultimate = reduce({ n: ultimate.n * u.d + u.n * ultimate.d, d: ultimate.d * u.d });
    const rate = decimalString(mulQ(u, { n: 1n, d: cap }), decimals, rounding);
    return {
      redeemed: c.cumulativeRedeemed[last] as number,
      ultimate: Number(divRound(u.n, u.d, rounding)),
      redemptionRate: rate,
    };
  });
  const r = mulQ(ultimate, { n: 1n, d: issued });
  return {
    redemptionRate: decimalString(r, decimals, rounding),
    breakageRate: decimalString(subQ(ONE, r), decimals, rounding),
    developmentFactors: [...factors, tail].map((f) => decimalString(f, decimals, rounding)),
    cohorts: perCohort,
  };
}
