import { ok, type Result } from '../core/index.js';
import { checkArray, checkCount, checkObject, checkOpenUnit, checkScore } from './check.js';
import type { EmptyDenominatorError } from './errors.js';
import { normalQuantile } from './normal.js';
import { emptyDenominator } from './ratio.js';

/**
 * How many respondents fell into each NPS group.
 * @category Metrics
 */
export type NpsCounts = {
  /** Scores 9–10. */
  readonly promoters: number;
  /** Scores 7–8 (they count only in the denominator). */
  readonly passives: number;
  /** Scores 0–6. */
  readonly detractors: number;
};

/**
 * Options of {@link netPromoterScore} and {@link npsFromCounts}.
 * @category Metrics
 */
export interface NpsOptions {
  /** Confidence level of `interval`, strictly between 0 and 1 (default 0.95). */
  readonly confidenceLevel?: number;
}

/**
 * A Net Promoter Score with its groups and a confidence interval, all in NPS points (−100…+100).
 * @category Metrics
 */
export type NpsResult = NpsCounts & {
  /** % promoters − % detractors, in −100…+100; not rounded (round only for display). */
  readonly score: number;
  /** Number of responses (promoters + passives + detractors). */
  readonly responses: number;
  /**
   * Standard error of `score`: 100·√(((p_P + p_D) − (p_P − p_D)²) / n), the variance of a response
   * scored +1 / 0 / −1 (promoter / passive / detractor) divided by n.
   */
  readonly standardError: number;
  /** Wald interval `score ± z·standardError`, clipped to −100…+100. */
  readonly interval: {
    /** Lower bound in NPS points. */
    readonly lower: number;
    /** Upper bound in NPS points. */
    readonly upper: number;
    /** The confidence level used, e.g. 0.95. */
    readonly level: number;
  };
};

/**
 * One survey answer: an integer score and when it was given (for per-period reports).
 *
 * @example
 * ```ts
 * const r: SurveyResponse = { score: 9, at: new Date('2025-03-25T08:00:00Z') };
 * ```
 * @category Metrics
 */
export type SurveyResponse = {
  /** The integer answer on the survey's scale (NPS 0–10, CSAT 1–5, CES 1–7 by default). */
  readonly score: number;
  /** When it was answered: a `Date` or epoch milliseconds. */
  readonly at: Date | number;
};

/**
 * Net Promoter Score from group counts: % promoters − % detractors (Reichheld, HBR 2003; crm.md §4),
 * with a Wald confidence interval from the trinomial variance of the score.
 *
 * @param counts - promoters (9–10), passives (7–8), detractors (0–6)
 * @param options - `confidenceLevel` (default 0.95)
 * @returns the score in −100…+100 with its interval, or EMPTY_DENOMINATOR when there are no responses
 * @throws {MoshtariError} INVALID_COUNT naming the bad count; INVALID_OPTION for a bad level
 * @example
 * ```ts
 * const r = npsFromCounts({ promoters: 30, passives: 50, detractors: 20 });
 * if (r.ok) r.value.score; // 10  (30 % − 20 %)
 * ```
 * @category Metrics
 */
export function npsFromCounts(counts: NpsCounts, options: NpsOptions = {}): Result<NpsResult, EmptyDenominatorError> {
  checkObject(counts, 'counts');
  const promoters = checkCount(counts.promoters, 'counts.promoters');
  const passives = checkCount(counts.passives, 'counts.passives');
  const detractors = checkCount(counts.detractors, 'counts.detractors');
  const level = checkOpenUnit(options.confidenceLevel ?? 0.95, 'options.confidenceLevel');
  const n = promoters + passives + detractors;
  if (n === 0) return emptyDenominator('responses', 'the NPS');
  const pP = promoters / n;
  const pD = detractors / n;
  const diff = (promoters - detractors) / n;
  const standardError = 100 * Math.sqrt(Math.max(0, pP + pD - diff * diff) / n);
  const score = 100 * diff;
  const half = normalQuantile(0.5 + level / 2) * standardError;
  return ok({
    promoters,
    passives,
    detractors,
    score,
    responses: n,
    standardError,
    interval: { lower: Math.max(-100, score - half), upper: Math.min(100, score + half), level },
  });
}

/**
 * Net Promoter Score of raw 0–10 answers ("How likely are you to recommend us?"): promoters 9–10,
 * passives 7–8, detractors 0–6; score = % promoters − % detractors (crm.md §4). The interval is
 * the Wald interval of {@link npsFromCounts}. A 1–5 scale cannot be mapped to NPS.
 *
 * @param responses - answers with an integer `score` 0–10 (other fields such as `at` are ignored)
 * @param options - `confidenceLevel` (default 0.95)
 * @returns the score in −100…+100, or EMPTY_DENOMINATOR for no responses
 * @throws {MoshtariError} INVALID_SCORE naming the row (`responses[3].score`) of a score that is not an integer 0–10
 * @example
 * ```ts
 * const r = netPromoterScore([{ score: 10 }, { score: 9 }, { score: 7 }, { score: 3 }]);
 * if (r.ok) r.value.score; // 25  (50 % − 25 %)
 * ```
 * @category Metrics
 */
export function netPromoterScore(
  responses: readonly Pick<SurveyResponse, 'score'>[],
  options: NpsOptions = {},
): Result<NpsResult, EmptyDenominatorError> {
  checkArray(responses, 'responses');
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < responses.length; i++) {
    const score = checkScore((responses[i] as SurveyResponse)?.score, 0, 10, 'responses', i);
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  return npsFromCounts({ promoters, passives: responses.length - promoters - detractors, detractors }, options);
}
