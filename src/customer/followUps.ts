import { checkArray, checkInstant, positiveInt } from './checks.js';
import type { Activity } from './typesActivity.js';

/**
 * A follow-up that is due: the activity that asked for it, when, and how late it is.
 *
 * @example
 * ```ts
 * // { activity: { kind: 'call', id: 'a1', …, followUpAt: 1742760000000 }, dueAt: 1742760000000, overdueMs: 3600000 }
 * ```
 * @category Customer
 */
export type DueFollowUp<TActivity extends Activity = Activity> = {
  /** The activity with the follow-up date. */
  readonly activity: TActivity;
  /** Its `followUpAt`. */
  readonly dueAt: number;
  /** `now − dueAt`: positive when overdue, negative when due within the `within` window. */
  readonly overdueMs: number;
};

/**
 * Options of {@link dueFollowUps}.
 *
 * @example
 * ```ts
 * const nextDay: DueFollowUpsOptions = { within: 86_400_000 };
 * ```
 * @category Customer
 */
export interface DueFollowUpsOptions {
  /** Also include follow-ups due up to this many milliseconds after `now`; default 0. */
  readonly within?: number;
}

/**
 * The follow-ups that are due at `now`: activities whose `followUpAt` ≤ `now + within` and that no
 * activity up to `now` has completed (an activity completes one by naming it in `followUpOf`).
 * Sorted by due time, most overdue first. Activities after `now` are ignored.
 *
 * @param activities - the timeline(s) to scan
 * @param now - the current time, epoch milliseconds (the function never reads the clock)
 * @param options - `within`, a look-ahead window
 * @returns the due follow-ups
 * @throws {MoshtariError} INVALID_ARGUMENT when `activities` is not an array; INVALID_INSTANT for a bad time;
 *   INVALID_POLICY for a negative `within`
 * @example
 * ```ts
 * const now = Date.UTC(2025, 5, 2);
 * dueFollowUps(customer.timeline ?? [], now).map((f) => f.activity.id); // ['a1']
 * ```
 * @category Customer
 */
export function dueFollowUps<TActivity extends Activity>(
  activities: readonly TActivity[],
  now: number,
  options: DueFollowUpsOptions = {},
): readonly DueFollowUp<TActivity>[] {
  checkArray(activities, 'activities');
  checkInstant(now, 'now');
  const within = positiveInt(options.within, 0, 'options.within', 0);
  const done = new Set<string>();
  activities.forEach((a, i) => {
    const at = checkInstant(a?.at, `activities[${i}].at`);
    if (at <= now && a.followUpOf !== undefined) done.add(a.followUpOf);
  });
  const due: DueFollowUp<TActivity>[] = [];
  activities.forEach((activity, i) => {
    if (activity.at > now || activity.followUpAt === undefined || done.has(activity.id)) return;
    const dueAt = checkInstant(activity.followUpAt, `activities[${i}].followUpAt`);
    if (dueAt <= now + within) due.push({ activity, dueAt, overdueMs: now - dueAt });
  });
  return due.sort((a, b) => a.dueAt - b.dueAt);
}
