import { err, ok, type Result } from '../core/index.js';
import { checkAtMost, checkCount, checkObject, checkOpenUnit } from './check.js';
import type { EmptyGroupError, NoVarianceError } from './errors.js';
import { erfc, normalQuantile } from './normal.js';

/**
 * One arm of a campaign test: everyone assigned to it (intent-to-treat) and how many converted.
 * @category Metrics
 */
export type CampaignGroup = {
  /** Customers assigned to the group (not only those the message reached). */
  readonly size: number;
  /** Of those, how many converted. */
  readonly conversions: number;
};

/**
 * Options of {@link campaignUplift}.
 * @category Metrics
 */
export interface CampaignUpliftOptions {
  /** Confidence level of the interval; `1 − confidenceLevel` is the test's alpha (default 0.95). */
  readonly confidenceLevel?: number;
  /**
   * Apply the continuity correction ½(1/n_t + 1/n_c) to z and the interval, as R's
   * `prop.test(correct = TRUE)` does (default `false`, = `prop.test(correct = FALSE)`).
   */
  readonly continuityCorrection?: boolean;
}

/**
 * The effect of a campaign against its control group. Rates and lifts are fractions (× 100 for
 * percent or percentage points).
 * @category Metrics
 */
export type CampaignUplift = {
  /** p_t = treatment conversions / treatment size. */
  readonly treatmentRate: number;
  /** p_c = control conversions / control size. */
  readonly controlRate: number;
  /** p_t − p_c (0.007 = 0.7 percentage points). */
  readonly absoluteLift: number;
  /** (p_t − p_c) / p_c, or `null` when the control rate is 0 (no finite relative lift). */
  readonly relativeLift: number | null;
  /** x_t − n_t · (x_c / n_c): conversions the campaign added over what the control rate predicts. */
  readonly incrementalConversions: number;
  /** p̂ = (x_t + x_c) / (n_t + n_c), the pooled rate under H0: p_t = p_c. */
  readonly pooledRate: number;
  /** Pooled standard error √(p̂(1 − p̂)(1/n_t + 1/n_c)) used by the test. */
  readonly standardError: number;
  /** z = (p_t − p_c) / standardError (continuity-corrected toward 0 if asked). */
  readonly z: number;
  /** Two-sided p-value 2(1 − Φ(|z|)), computed as erfc(|z|/√2) so small values stay accurate. */
  readonly pValue: number;
  /** Whether `pValue` < 1 − confidence level. */
  readonly significant: boolean;
  /** Confidence interval of p_t − p_c with the unpooled standard error, clipped to −1…1. */
  readonly interval: {
    /** Lower bound of p_t − p_c. */
    readonly lower: number;
    /** Upper bound of p_t − p_c. */
    readonly upper: number;
    /** The confidence level, e.g. 0.95. */
    readonly level: number;
    /** Unpooled standard error √(p_t(1 − p_t)/n_t + p_c(1 − p_c)/n_c). */
    readonly standardError: number;
  };
};

function group(value: CampaignGroup, name: 'treatment' | 'control'): readonly [number, number] {
  checkObject(value, name);
  const n = checkCount(value.size, `${name}.size`);
  const x = checkCount(value.conversions, `${name}.conversions`);
  checkAtMost(x, `${name}.conversions`, n, `${name}.size`);
  return [n, x];
}

/**
 * Uplift of a campaign over its hold-out control group with a two-proportion z-test (crm.md §5):
 * pooled p̂ for the test (H0: p_t = p_c), two-sided p-value, and an unpooled confidence interval
 * of the difference. Without continuity correction this equals R's `prop.test(correct = FALSE)`.
 * Swapping the groups negates z, the lift and the interval and keeps the p-value.
 *
 * @param treatment - the group that got the campaign: `size` and `conversions`
 * @param control - the hold-out group
 * @param options - `confidenceLevel` (0.95), `continuityCorrection` (false)
 * @returns the lift and test, or EMPTY_GROUP (a group of size 0) / NO_VARIANCE (both at 0 % or both at 100 %)
 * @throws {MoshtariError} INVALID_COUNT naming the count (`control.size`); INCONSISTENT_COUNTS when conversions exceed the size; INVALID_OPTION
 * @example
 * ```ts
 * const r = campaignUplift({ size: 10_000, conversions: 520 }, { size: 10_000, conversions: 450 });
 * // r.value: absoluteLift 0.007, relativeLift 0.1556, incrementalConversions 70,
 * //          z 2.304, pValue 0.0212, interval [0.0010, 0.0130]
 * ```
 * @category Metrics
 */
export function campaignUplift(
  treatment: CampaignGroup,
  control: CampaignGroup,
  options: CampaignUpliftOptions = {},
): Result<CampaignUplift, EmptyGroupError | NoVarianceError> {
  const [nt, xt] = group(treatment, 'treatment');
  const [nc, xc] = group(control, 'control');
  const level = checkOpenUnit(options.confidenceLevel ?? 0.95, 'options.confidenceLevel');
  for (const [n, name] of [
    [nt, 'treatment'],
    [nc, 'control'],
  ] as const) {
    if (n === 0) {
      return err({ code: 'EMPTY_GROUP', group: name, message: `${name}.size: the ${name} group is empty` });
    }
  }
  const pooled = (xt + xc) / (nt + nc);
  if (xt + xc === 0 || xt + xc === nt + nc) {
    return err({
      code: 'NO_VARIANCE',
      message: `both groups converted at ${xt === 0 ? 0 : 100} %, so the difference cannot be tested`,
    });
  }
  const pt = xt / nt;
  const pc = xc / nc;
  const diff = (xt * nc - xc * nt) / (nt * nc); // p_t − p_c with one rounding, exactly antisymmetric
  const inverseSizes = 1 / nt + 1 / nc;
  const standardError = Math.sqrt(pooled * (1 - pooled) * inverseSizes);
  const yates = options.continuityCorrection === true ? Math.min(0.5, Math.abs(diff) / inverseSizes) : 0;
  const corrected = Math.abs(diff) - yates * inverseSizes;
  const z = (diff < 0 ? -corrected : corrected) / standardError;
  const pValue = erfc(Math.abs(z) / Math.SQRT2);
  const unpooled = Math.sqrt((pt * (1 - pt)) / nt + (pc * (1 - pc)) / nc);
  const width = normalQuantile(0.5 + level / 2) * unpooled + yates * inverseSizes;
  return ok({
    treatmentRate: pt,
    controlRate: pc,
    absoluteLift: diff,
    relativeLift: xc === 0 ? null : diff / pc,
    incrementalConversions: xt - (nt * xc) / nc,
    pooledRate: pooled,
    standardError,
    z,
    pValue,
    significant: pValue < 1 - level,
    interval: { lower: Math.max(-1, diff - width), upper: Math.min(1, diff + width), level, standardError: unpooled },
  });
}
