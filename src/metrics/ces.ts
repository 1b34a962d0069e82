import { ok, type Result } from '../core/index.js';
import { checkArray, checkScale, checkScore, fail } from './check.js';
import type { EmptyDenominatorError } from './errors.js';
import type { SurveyResponse } from './nps.js';
import { emptyDenominator } from './ratio.js';

/**
 * Options of {@link customerEffortScore}.
 * @category Metrics
 */
export interface CesOptions {
  /** Lowest answer (default 1). */
  readonly scaleMin?: number;
  /** Highest answer (default 7, CES 2.0; use 5 for the 2010 "how much effort" scale). */
  readonly scaleMax?: number;
  /**
   * `'mean'` (default): the average answer. `'netAgree'`: % answers above the scale's midpoint
   * − % below it (on 1–7: % 5–7 − % 1–3), in −100…+100.
   */
  readonly method?: 'mean' | 'netAgree';
}

/**
 * A Customer Effort Score and the answer counts behind it.
 * @category Metrics
 */
export type CesResult = {
  /** Which formula gave `value`. */
  readonly method: 'mean' | 'netAgree';
  /** The mean answer (`'mean'`), or % agree − % disagree in −100…+100 (`'netAgree'`). */
  readonly value: number;
  /** Number of answers. */
  readonly responses: number;
  /** Sum of all answers (`value = sum / responses` for `'mean'`). */
  readonly sum: number;
  /** Answers above the midpoint of the scale. */
  readonly agree: number;
  /** Answers below the midpoint of the scale. */
  readonly disagree: number;
};

/**
 * Customer Effort Score (crm.md §4). CES 2.0 (2013) asks for 1–7 agreement with "The company made
 * it easy for me to handle my issue" (high = good) and reports the mean; the alternative reports
 * % agree (5–7) − % disagree (1–3). The 2010 version was 1–5 "how much effort" (low = good): store
 * which scale a survey used and pass it in `options`.
 *
 * @param responses - answers with an integer `score` on the scale
 * @param options - `scaleMin` (1), `scaleMax` (7), `method` (`'mean'`)
 * @returns the score with its counts, or EMPTY_DENOMINATOR for no responses
 * @throws {MoshtariError} INVALID_SCORE naming the row of an off-scale score; INVALID_OPTION for a bad scale or method
 * @example
 * ```ts
 * const answers = [{ score: 7 }, { score: 6 }, { score: 4 }, { score: 2 }];
 * customerEffortScore(answers);                          // ok: value 4.75 (mean)
 * customerEffortScore(answers, { method: 'netAgree' });  // ok: value 25 (50 % − 25 %)
 * ```
 * @category Metrics
 */
export function customerEffortScore(
  responses: readonly Pick<SurveyResponse, 'score'>[],
  options: CesOptions = {},
): Result<CesResult, EmptyDenominatorError> {
  checkArray(responses, 'responses');
  const min = options.scaleMin ?? 1;
  const max = options.scaleMax ?? 7;
  const method = options.method ?? 'mean';
  checkScale(min, max, 'options.scaleMax');
  if (method !== 'mean' && method !== 'netAgree') {
    fail('INVALID_OPTION', 'options.method', `expected 'mean' or 'netAgree', got ${String(method)}`);
  }
  const twiceMid = min + max;
  let sum = 0;
  let agree = 0;
  let disagree = 0;
  for (let i = 0; i < responses.length; i++) {
    const score = checkScore((responses[i] as SurveyResponse)?.score, min, max, 'responses', i);
    sum += score;
    if (2 * score > twiceMid) agree++;
    else if (2 * score < twiceMid) disagree++;
  }
  const n = responses.length;
  if (n === 0) return emptyDenominator('responses', 'the CES');
  const value = method === 'mean' ? sum / n : (100 * (agree - disagree)) / n;
  return ok({ method, value, responses: n, sum, agree, disagree });
}
