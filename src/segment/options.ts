import type { Instant } from '../calendar/index.js';
import { MoshtariError } from '../core/index.js';
import { type CheckedCatalog, checkCatalog } from './catalog.js';
import type { SegmentCatalog } from './catalogTypes.js';
import type { SegmentErrorCode } from './errors.js';
import { type ParseSegmentRuleOptions, parseChecked } from './parse.js';
import type { SegmentGroup, SegmentRuleInput } from './types.js';
import { instantOf } from './values.js';

/**
 * Options of {@link compileSegment}, {@link explainSegment} and {@link segmentToSql}.
 *
 * @example
 * ```ts
 * const options: SegmentOptions = {
 *   catalog: { lastPurchaseAt: { type: 'instant' } },
 *   now: new Date('2025-06-01T00:00:00Z'),
 * };
 * ```
 * @category Segment
 */
export interface SegmentOptions extends ParseSegmentRuleOptions {
  /** The fields rules may use; see {@link SegmentCatalog}. */
  readonly catalog: SegmentCatalog;
  /**
   * "Now" for relative times (`withinLast`, `olderThan`, `jalaliMonthIs: 'current'`,
   * `birthdayWithinNext`), resolved once at compile time. Required only by rules that use them;
   * never read from the clock.
   */
  readonly now?: Instant;
  /** Zone of civil days and Jalali months (default `'Asia/Tehran'`); IANA name, `'UTC'` or `'+03:30'`. */
  readonly timeZone?: string;
}

/** Internal: a parsed rule with its checked catalog and resolved options. */
export type Prepared = {
  readonly rule: SegmentGroup;
  readonly catalog: CheckedCatalog;
  readonly now: number | undefined;
  readonly timeZone: string;
};

/**
 * Internal: checks options, validates the rule (throwing INVALID_RULE with the first issue) and
 * returns what the back-ends need.
 */
export function prepare(rule: SegmentRuleInput, options: SegmentOptions): Prepared {
  if (options === null || typeof options !== 'object') {
    throw new MoshtariError<SegmentErrorCode>('INVALID_OPTION', 'options: expected { catalog, now?, timeZone? }', {
      path: 'options',
    });
  }
  const catalog = checkCatalog(options.catalog);
  let now: number | undefined;
  if (options.now !== undefined) {
    now = instantOf(options.now);
    if (!Number.isFinite(now) || Math.abs(now) > 8.64e15) {
      throw new MoshtariError<SegmentErrorCode>(
        'INVALID_OPTION',
        'options.now: expected a valid Date or epoch milliseconds',
        {
          path: 'options.now',
        },
      );
    }
  }
  const timeZone = options.timeZone ?? 'Asia/Tehran';
  if (typeof timeZone !== 'string' || timeZone === '') {
    throw new MoshtariError<SegmentErrorCode>('INVALID_OPTION', 'options.timeZone: expected a time zone name', {
      path: 'options.timeZone',
    });
  }
  const parsed = parseChecked(rule, catalog, options);
  if (!parsed.ok) {
    const { message, path } = parsed.error;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more issues)` : '';
    throw new MoshtariError<SegmentErrorCode>('INVALID_RULE', `${message}${more}`, { path });
  }
  return { rule: parsed.value, catalog, now, timeZone };
}
