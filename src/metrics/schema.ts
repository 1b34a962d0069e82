import * as z from 'zod';

/**
 * Options of {@link surveyResponseSchema}.
 * @category Metrics
 */
export interface SurveyResponseSchemaOptions {
  /** Lowest valid score (default 0, the NPS scale). */
  readonly scaleMin?: number;
  /** Highest valid score (default 10, the NPS scale; 5 for CSAT, 7 for CES 2.0). */
  readonly scaleMax?: number;
}

/**
 * A zod schema for one raw survey response from JSON or a form, `{ score, at }`: `score` an integer
 * on the scale, `at` epoch milliseconds or an ISO 8601 date-time with `Z` or an offset
 * (`'2025-03-25T11:30:00+03:30'`). The output has `at` as epoch milliseconds, ready for
 * `netPromoterScore`, `metricByJalaliPeriod` and the other survey metrics.
 *
 * @param options - `scaleMin` (0) and `scaleMax` (10)
 * @returns a zod object schema
 * @example
 * ```ts
 * const schema = surveyResponseSchema();
 * schema.parse({ score: 9, at: '2025-03-25T11:30:00+03:30' }); // { score: 9, at: 1742889600000 }
 * schema.safeParse({ score: 11, at: 0 }).success;              // false
 * ```
 * @category Metrics
 */
export function surveyResponseSchema(options: SurveyResponseSchemaOptions = {}): z.ZodObject<
  {
    /** Integer score on the scale. */
    score: z.ZodNumber;
    /** Epoch milliseconds, or an ISO date-time string turned into epoch milliseconds. */
    at: z.ZodUnion<readonly [z.ZodNumber, z.ZodPipe<z.ZodISODateTime, z.ZodTransform<number, string>>]>;
  },
  z.core.$strip
> {
  const min = options.scaleMin ?? 0;
  const max = options.scaleMax ?? 10;
  return z.object({
    score: z.number().int().min(min).max(max),
    at: z.union([z.number().int(), z.iso.datetime({ offset: true }).transform((text) => Date.parse(text))]),
  });
}
