import type { Result } from '../core/index.js';
import { checkArray, checkScale, checkScore, fail } from './check.js';
import type { EmptyDenominatorError } from './errors.js';
import type { SurveyResponse } from './nps.js';
import { countRatio, type MetricRatio } from './ratio.js';

/**
 * Options of {@link customerSatisfactionScore}.
 * @category Metrics
 */
export interface CsatOptions {
  /** Lowest answer on the scale (default 1). */
  readonly scaleMin?: number;
  /** Highest answer on the scale (default 5). */
  readonly scaleMax?: number;
  /** How many top answers count as satisfied (default 2: "top-2 box", 4 and 5 on 1–5). */
  readonly topBoxes?: number;
}

/**
 * Customer Satisfaction Score: the share of answers in the top boxes of the scale, by default 4 or
 * 5 on a 1–5 scale (top-2 box; 3 is not satisfied), as Delighted computes it (crm.md §4). The
 * result is a fraction; Delighted shows it as a whole percentage, so `Math.round(value * 100)`.
 * Do not mix scales in one call.
 *
 * @param responses - answers with an integer `score` on the scale
 * @param options - `scaleMin` (1), `scaleMax` (5), `topBoxes` (2)
 * @returns satisfied / all answers, or EMPTY_DENOMINATOR for no responses
 * @throws {MoshtariError} INVALID_SCORE naming the row of an off-scale score; INVALID_OPTION for a bad scale
 * @example
 * ```ts
 * const r = customerSatisfactionScore([{ score: 5 }, { score: 4 }, { score: 3 }, { score: 1 }]);
 * if (r.ok) r.value; // { numerator: 2, denominator: 4, value: 0.5 } → CSAT 50 %
 * ```
 * @category Metrics
 */
export function customerSatisfactionScore(
  responses: readonly Pick<SurveyResponse, 'score'>[],
  options: CsatOptions = {},
): Result<MetricRatio, EmptyDenominatorError> {
  checkArray(responses, 'responses');
  const min = options.scaleMin ?? 1;
  const max = options.scaleMax ?? 5;
  const top = options.topBoxes ?? 2;
  checkScale(min, max, 'options.scaleMax');
  if (!Number.isSafeInteger(top) || top < 1 || top > max - min + 1) {
    fail('INVALID_OPTION', 'options.topBoxes', `expected an integer 1–${max - min + 1}, got ${String(top)}`);
  }
  const threshold = max - top + 1;
  let satisfied = 0;
  for (let i = 0; i < responses.length; i++) {
    if (checkScore((responses[i] as SurveyResponse)?.score, min, max, 'responses', i) >= threshold) satisfied++;
  }
  return countRatio(satisfied, responses.length, 'responses', 'CSAT');
}
