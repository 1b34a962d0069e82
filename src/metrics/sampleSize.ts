import { checkObject, checkOpenUnit, fail } from './check.js';
import { normalQuantile } from './normal.js';

/**
 * The conversion rates a campaign test should tell apart.
 * @category Metrics
 */
export type SampleSizeRates = {
  /** p₁: the control (baseline) conversion rate, strictly between 0 and 1, e.g. 0.045. */
  readonly baselineRate: number;
  /** p₂: the treatment rate to detect, strictly between 0 and 1 and ≠ p₁, e.g. 0.052. */
  readonly expectedRate: number;
};

/**
 * Options of {@link campaignSampleSize}.
 * @category Metrics
 */
export interface CampaignSampleSizeOptions {
  /** Significance level α (default 0.05). */
  readonly alpha?: number;
  /** Power 1 − β (default 0.8). */
  readonly power?: number;
  /** 2 (default) for a two-sided test (z at 1 − α/2), 1 for one-sided (z at 1 − α). */
  readonly sides?: 1 | 2;
}

/**
 * Customers needed in each of two equal groups to detect a change from `baselineRate` to
 * `expectedRate` with a two-proportion z-test (Fleiss, Tytun & Ury 1980, without continuity
 * correction; crm.md §5): n = [z_{1−α/2}·√(2p̄(1−p̄)) + z_{1−β}·√(p₁(1−p₁) + p₂(1−p₂))]² / (p₁ − p₂)²,
 * p̄ = (p₁ + p₂)/2, with exact normal quantiles, rounded up.
 *
 * @param rates - `baselineRate` and `expectedRate`
 * @param options - `alpha` (0.05), `power` (0.8), `sides` (2)
 * @returns the size of each group (an integer; the total is twice it)
 * @throws {MoshtariError} INVALID_OPTION naming a rate outside (0, 1), equal rates, or a bad alpha, power or sides
 * @example
 * ```ts
 * campaignSampleSize({ baselineRate: 0.045, expectedRate: 0.052 }); // 14783 (crm.md §5)
 * ```
 * @category Metrics
 */
export function campaignSampleSize(rates: SampleSizeRates, options: CampaignSampleSizeOptions = {}): number {
  checkObject(rates, 'rates');
  const p1 = checkOpenUnit(rates.baselineRate, 'rates.baselineRate');
  const p2 = checkOpenUnit(rates.expectedRate, 'rates.expectedRate');
  if (p1 === p2) fail('INVALID_OPTION', 'rates.expectedRate', 'must differ from baselineRate');
  const alpha = checkOpenUnit(options.alpha ?? 0.05, 'options.alpha');
  const power = checkOpenUnit(options.power ?? 0.8, 'options.power');
  const sides = options.sides ?? 2;
  if (sides !== 1 && sides !== 2) fail('INVALID_OPTION', 'options.sides', `expected 1 or 2, got ${String(sides)}`);
  const zAlpha = normalQuantile(1 - alpha / sides);
  const zBeta = normalQuantile(power);
  const mean = (p1 + p2) / 2;
  const root = zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil((root * root) / ((p1 - p2) * (p1 - p2)));
}
