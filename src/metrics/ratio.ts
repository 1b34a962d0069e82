import { type Err, err, ok, type Result } from '../core/index.js';
import type { EmptyDenominatorError } from './errors.js';

/**
 * A rate as an exact fraction plus its value: `value = numerator / denominator`, one IEEE division
 * of the exact parts (so the only rounding is that division's). Rates are fractions, not
 * percentages: `value` 0.25 means 25 %. Counts are plain integers; money ratios (ROI, share of
 * wallet) carry the exact `Money` parts.
 *
 * @example
 * ```ts
 * const r: MetricRatio = { numerator: 450, denominator: 500, value: 0.9 }; // 90 %
 * ```
 * @category Metrics
 */
export type MetricRatio<TPart = number> = {
  /** The exact numerator (a count, or a money amount). */
  readonly numerator: TPart;
  /** The exact denominator; never zero. */
  readonly denominator: TPart;
  /** `numerator / denominator` as a number (a fraction: multiply by 100 for percent). */
  readonly value: number;
};

/** Internal: the EMPTY_DENOMINATOR failure for `field`. */
export function emptyDenominator(field: string, what: string): Err<EmptyDenominatorError> {
  return err({ code: 'EMPTY_DENOMINATOR', field, message: `${field}: is 0, ${what} is undefined` });
}

/** Internal: `numerator / denominator` of validated counts, or EMPTY_DENOMINATOR naming `field`. */
export function countRatio(
  numerator: number,
  denominator: number,
  field: string,
  what: string,
): Result<MetricRatio, EmptyDenominatorError> {
  if (denominator === 0) return emptyDenominator(field, what);
  return ok({ numerator, denominator, value: numerator / denominator });
}
