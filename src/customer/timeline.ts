import { normalizePersian } from '../text/index.js';
import { checkArray, checkInstant, fail } from './checks.js';
import type { Activity, ActivityKind } from './typesActivity.js';
import type { CustomerId } from './typesContact.js';

/**
 * Filters of {@link customerTimeline}; every field optional.
 *
 * @example
 * ```ts
 * const calls: CustomerTimelineFilters = { kinds: ['call'], from: Date.UTC(2025, 0, 1), order: 'oldest' };
 * ```
 * @category Customer
 */
export interface CustomerTimelineFilters {
  /** Only these customers' activities (after a merge, pass the survivor and its `mergedIds`). */
  readonly customerIds?: readonly CustomerId[];
  /** Only these kinds. */
  readonly kinds?: readonly ActivityKind[];
  /** Only activities at or after this time, epoch milliseconds. */
  readonly from?: number;
  /** Only activities before this time, epoch milliseconds. */
  readonly to?: number;
  /** Only activities by this author. */
  readonly author?: string;
  /** Only activities whose text contains this (Persian-normalised: ي/ی, ك/ک, digits, ZWNJ). */
  readonly text?: string;
  /** Only activities with a follow-up date. */
  readonly withFollowUp?: boolean;
  /** `'newest'` first (default) or `'oldest'` first; equal times keep their input order. */
  readonly order?: 'newest' | 'oldest';
  /** At most this many activities. */
  readonly limit?: number;
}

/**
 * A customer's timeline: the activities that pass the filters, sorted by time. The input is not
 * modified; activities with equal times keep their input order.
 *
 * @param activities - activities of one or more customers
 * @param filters - customers, kinds, period, author, text, follow-up, order and limit
 * @returns the matching activities
 * @throws {MoshtariError} INVALID_ARGUMENT when `activities` is not an array; INVALID_INSTANT for a bad
 *   `from`/`to` or activity time; INVALID_POLICY for a negative `limit`
 * @example
 * ```ts
 * customerTimeline(activities, { kinds: ['call', 'sms'], text: 'پيگيري', limit: 10 });
 * ```
 * @category Customer
 */
export function customerTimeline<TActivity extends Activity>(
  activities: readonly TActivity[],
  filters: CustomerTimelineFilters = {},
): readonly TActivity[] {
  checkArray(activities, 'activities');
  const from = filters.from === undefined ? -Infinity : checkInstant(filters.from, 'filters.from');
  const to = filters.to === undefined ? Infinity : checkInstant(filters.to, 'filters.to');
  const limit = filters.limit ?? Infinity;
  if (!(limit >= 0)) fail('INVALID_POLICY', 'filters.limit: expected a number ≥ 0', 'filters.limit');
  const ids = filters.customerIds === undefined ? undefined : new Set<string>(filters.customerIds);
  const kinds = filters.kinds === undefined ? undefined : new Set<string>(filters.kinds);
  const needle = filters.text === undefined ? undefined : normalizePersian(filters.text, { mode: 'search' });
  const picked: { readonly activity: TActivity; readonly index: number }[] = [];
  activities.forEach((activity, index) => {
    const at = checkInstant(activity?.at, `activities[${index}].at`);
    if (at < from || at >= to) return;
    if (ids !== undefined && !ids.has(activity.customerId)) return;
    if (kinds !== undefined && !kinds.has(activity.kind)) return;
    if (filters.author !== undefined && activity.author !== filters.author) return;
    if (filters.withFollowUp === true && activity.followUpAt === undefined) return;
    if (needle !== undefined && !normalizePersian(activity.text ?? '', { mode: 'search' }).includes(needle)) return;
    picked.push({ activity, index });
  });
  const sign = filters.order === 'oldest' ? 1 : -1;
  picked.sort((a, b) => sign * (a.activity.at - b.activity.at) || a.index - b.index);
  return picked.slice(0, limit).map((p) => p.activity);
}

/**
 * Appends an activity to a timeline (append-only: nothing is edited or removed). The result is
 * ordered by time, with the new activity after existing ones of the same time; the input is not modified.
 *
 * @param timeline - the existing activities, oldest first
 * @param activity - the new activity
 * @returns a new timeline including `activity`
 * @throws {MoshtariError} DUPLICATE_ID when an activity with the same id exists; INVALID_INSTANT for a bad `at`
 * @example
 * ```ts
 * const next = appendActivity(customer.timeline ?? [], {
 *   kind: 'note', id: 'a7', customerId: customer.id, at: Date.UTC(2025, 5, 1), author: 'sara', text: 'خواستار تماس',
 * });
 * ```
 * @category Customer
 */
export function appendActivity<TActivity extends Activity>(
  timeline: readonly TActivity[],
  activity: TActivity,
): readonly TActivity[] {
  checkArray(timeline, 'timeline');
  const at = checkInstant(activity?.at, 'activity.at');
  if (timeline.some((a) => a.id === activity.id)) {
    fail('DUPLICATE_ID', `activity.id: ${activity.id} is already on the timeline`, 'activity.id');
  }
  let i = timeline.length;
  while (i > 0 && (timeline[i - 1] as TActivity).at > at) i--;
  return [...timeline.slice(0, i), activity, ...timeline.slice(i)];
}
