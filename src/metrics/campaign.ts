import { ok, type Result } from '../core/index.js';
import type { Money } from '../money/index.js';
import { amountOf, nonNegativeAmount, sameCurrency } from './amounts.js';
import { checkAtMost, checkCount, checkObject } from './check.js';
import type { EmptyDenominatorError } from './errors.js';
import { countRatio, emptyDenominator, type MetricRatio } from './ratio.js';

/**
 * Counts for {@link responseRate}.
 * @category Metrics
 */
export type ResponseCounts = {
  /** Contacts reached (delivered), not merely targeted. */
  readonly reached: number;
  /** Of those, how many responded (clicked, replied, visited). */
  readonly responders: number;
};

/**
 * Campaign response rate: responders / contacts reached (delivered) (crm.md §5). A fraction in 0…1.
 *
 * @param counts - `reached` and `responders`
 * @returns responders / reached, or EMPTY_DENOMINATOR when nobody was reached
 * @throws {MoshtariError} INVALID_COUNT; INCONSISTENT_COUNTS when responders exceed reached
 * @example
 * ```ts
 * responseRate({ reached: 48_000, responders: 1_920 }); // ok: value 0.04
 * ```
 * @category Metrics
 */
export function responseRate(counts: ResponseCounts): Result<MetricRatio, EmptyDenominatorError> {
  checkObject(counts, 'counts');
  const reached = checkCount(counts.reached, 'counts.reached');
  const responders = checkCount(counts.responders, 'counts.responders');
  checkAtMost(responders, 'counts.responders', reached, 'counts.reached');
  return countRatio(responders, reached, 'counts.reached', 'the response rate');
}

/**
 * Counts for {@link conversionRate}.
 * @category Metrics
 */
export type ConversionCounts = {
  /** The base: contacts reached (the default of crm.md §5), or responders if you report that rate. */
  readonly reached: number;
  /** Of those, how many converted (bought, signed up). */
  readonly conversions: number;
};

/**
 * Campaign conversion rate: conversions / contacts reached (crm.md §5). To report conversions per
 * responder instead, pass the responders as `reached` and say so in the report. A fraction in 0…1.
 *
 * @param counts - `reached` and `conversions`
 * @returns conversions / reached, or EMPTY_DENOMINATOR when the base is 0
 * @throws {MoshtariError} INVALID_COUNT; INCONSISTENT_COUNTS when conversions exceed the base
 * @example
 * ```ts
 * conversionRate({ reached: 10_000, conversions: 520 }); // ok: value 0.052
 * ```
 * @category Metrics
 */
export function conversionRate(counts: ConversionCounts): Result<MetricRatio, EmptyDenominatorError> {
  checkObject(counts, 'counts');
  const reached = checkCount(counts.reached, 'counts.reached');
  const conversions = checkCount(counts.conversions, 'counts.conversions');
  checkAtMost(conversions, 'counts.conversions', reached, 'counts.reached');
  return countRatio(conversions, reached, 'counts.reached', 'the conversion rate');
}

/**
 * Input of {@link campaignRoi}.
 * @category Metrics
 */
export type CampaignRoiInput<TCurrency extends string = 'IRR'> = {
  /**
   * Incremental gross (contribution) margin the campaign caused: margin, not revenue, and only the
   * part above the control group (see `campaignUplift` for incremental conversions). May be negative.
   */
  readonly incrementalMargin: Money<TCurrency>;
  /** What the campaign cost (not negative), in the same currency. */
  readonly cost: Money<NoInfer<TCurrency>>;
};

/**
 * Campaign ROI: (incremental gross margin − campaign cost) / campaign cost (crm.md §5). The parts
 * are exact Money; `value` is the ratio (0.5 = 50 % return, −1 = everything lost).
 *
 * @param input - `incrementalMargin` and `cost`, in one currency
 * @returns the ROI, or EMPTY_DENOMINATOR when the cost is 0
 * @throws {MoshtariError} INVALID_AMOUNT; NEGATIVE_AMOUNT for a negative cost; CURRENCY_MISMATCH
 * @example
 * ```ts
 * campaignRoi({ incrementalMargin: toman(150_000_000), cost: toman(100_000_000) });
 * // ok: { numerator: { amount: '500000000', … }, denominator: { amount: '1000000000', … }, value: 0.5 }
 * ```
 * @category Metrics
 */
export function campaignRoi<TCurrency extends string>(
  input: CampaignRoiInput<TCurrency>,
): Result<MetricRatio<Money<TCurrency>>, EmptyDenominatorError> {
  checkObject(input, 'input');
  const margin = amountOf(input.incrementalMargin, 'input.incrementalMargin');
  const cost = nonNegativeAmount(input.cost, 'input.cost');
  sameCurrency(input.incrementalMargin, input.cost, 'input.cost');
  if (cost === 0n) return emptyDenominator('input.cost', 'the ROI');
  const currency = input.cost.currency;
  return ok({
    numerator: { amount: (margin - cost).toString(), currency },
    denominator: { amount: cost.toString(), currency },
    value: Number(margin - cost) / Number(cost),
  });
}
