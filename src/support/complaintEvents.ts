import { fail, objectOf } from './check.js';
import type { Complaint } from './complaint.js';
import type { PromiseEvent } from './promiseTypes.js';

/**
 * A complaint's history as promise events (`type` = `'complaint.<stage>'`, `subject` = the complaint id), for
 * {@link promiseCompliance}: e.g. "answer a complaint within 1 business day" is `complaint.received →
 * complaint.responded`.
 *
 * @param complaint - the complaint
 * @returns one event per history entry, oldest first
 * @throws {MoshtariError} INVALID_COMPLAINT when `complaint` or its history is not an object / array
 * @example
 * ```ts
 * complaintPromiseEvents(c); // [{ subject: 'C-1', type: 'complaint.received', at: 0 }, …]
 * ```
 * @category Support
 */
export function complaintPromiseEvents(complaint: Complaint): readonly PromiseEvent[] {
  objectOf(complaint, 'INVALID_COMPLAINT', 'complaint');
  if (!Array.isArray(complaint.history)) fail('INVALID_COMPLAINT', 'complaint.history', 'expected an array');
  return complaint.history.map((step) => ({ subject: complaint.id, type: `complaint.${step.stage}`, at: step.at }));
}
