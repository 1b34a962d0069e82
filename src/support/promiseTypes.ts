import type { BusinessCalendar, Instant } from '../calendar/index.js';

/**
 * How a promise's time is measured: `'business'` on the business calendar (closed hours, weekends and
 * holidays do not count; a day is the calendar's average open day, 9 h on the default desk) or `'elapsed'`
 * (real time; a day is 24 h).
 *
 * @example
 * ```ts
 * const clock: PromiseClock = 'business';
 * ```
 * @category Support
 */
export type PromiseClock = 'business' | 'elapsed';

/**
 * A promise's time limit: milliseconds, or `{ days?, hours?, minutes?, seconds?, milliseconds? }` (summed;
 * fractions allowed; ≥ 0). The length of a day depends on the {@link PromiseClock}.
 *
 * @example
 * ```ts
 * const threeBusinessDays: PromiseDuration = { days: 3 };
 * ```
 * @category Support
 */
export type PromiseDuration =
  | number
  | {
      /** Days: business days on the business clock, 24 h on the elapsed clock. */
      readonly days?: number;
      /** Hours. */
      readonly hours?: number;
      /** Minutes. */
      readonly minutes?: number;
      /** Seconds. */
      readonly seconds?: number;
      /** Milliseconds. */
      readonly milliseconds?: number;
    };

/**
 * A published, measurable promise to customers (ISO 10001-style code of conduct, crm.md §7): each `start`
 * event of a subject opens an instance, kept when an `end` event of the same subject follows within
 * `within`, broken when it comes late, when none has come by the deadline, or when a `breaksOn` event comes
 * first. `window` restricts which starts count (a return requested within 7 days of delivery).
 *
 * @example
 * ```ts
 * const promises: readonly ServicePromise[] = [
 *   { id: 'delivery-3d', description: 'تحویل ظرف ۳ روز کاری', start: 'order.placed', end: 'order.delivered', within: { days: 3 } },
 *   { id: 'complaint-1d', start: 'complaint.received', end: 'complaint.responded', within: { days: 1 }, goal: 0.95 },
 *   { id: 'returns-7d', start: 'return.requested', end: 'return.accepted', breaksOn: 'return.refused',
 *     window: { after: 'order.delivered', within: { days: 7 }, clock: 'elapsed' } },
 * ];
 * ```
 * @category Support
 */
export type ServicePromise = {
  /** Unique id. */
  readonly id: string;
  /** The promise as published (e.g. in Persian), for reports. */
  readonly description?: string;
  /** Event type that opens an instance (e.g. `'order.placed'`). */
  readonly start: string;
  /** Event type that keeps it (e.g. `'order.delivered'`). */
  readonly end: string;
  /** Deadline after the start; without it an instance is only broken by `breaksOn`. */
  readonly within?: PromiseDuration;
  /** Clock of `within` (default `'business'`). */
  readonly clock?: PromiseClock;
  /** Event type that breaks an open instance at once (e.g. `'return.refused'`). */
  readonly breaksOn?: string;
  /** Only starts that follow an `after` event of the same subject within `within` count; others are ineligible. */
  readonly window?: {
    /** The earlier event type (e.g. `'order.delivered'`). */
    readonly after: string;
    /** How long after it a start still counts. */
    readonly within: PromiseDuration;
    /** Clock of the window (default `'business'`). */
    readonly clock?: PromiseClock;
  };
  /** Target compliance rate, 0–1 (e.g. 0.95), the promise's performance indicator. */
  readonly goal?: number;
};

/**
 * Something that happened to a subject (an order, a complaint, a ticket): the input of
 * {@link promiseCompliance}.
 *
 * @example
 * ```ts
 * const e: PromiseEvent = { subject: 'order-81', type: 'order.placed', at: new Date('2025-05-03T06:00:00Z') };
 * ```
 * @category Support
 */
export type PromiseEvent = {
  /** What the event is about; a promise pairs events of the same subject. */
  readonly subject: string;
  /** Event type, matched against the promises' `start`, `end`, `breaksOn` and `window.after`. */
  readonly type: string;
  /** When it happened. */
  readonly at: Instant;
};

/**
 * One broken promise: `'late'` (the end came after the deadline), `'overdue'` (no end by the deadline, as of
 * `now`) or `'breakEvent'` (a `breaksOn` event came first).
 *
 * @example
 * ```ts
 * const b: BrokenPromise = {
 *   promiseId: 'delivery-3d', subject: 'order-81', reason: 'late', startedAt: new Date(0), deadline: new Date(1),
 *   endedAt: new Date(2), lateByMs: 3_600_000,
 * };
 * ```
 * @category Support
 */
export type BrokenPromise = {
  /** The promise's id. */
  readonly promiseId: string;
  /** The subject. */
  readonly subject: string;
  /** Why it counts as broken. */
  readonly reason: 'late' | 'overdue' | 'breakEvent';
  /** The start event's instant. */
  readonly startedAt: Date;
  /** The deadline, if the promise has one. */
  readonly deadline: Date | undefined;
  /** The end (`'late'`) or breaking (`'breakEvent'`) event's instant; `undefined` when overdue. */
  readonly endedAt: Date | undefined;
  /** Time past the deadline on the promise's clock until the end (or `now`); `undefined` for `'breakEvent'`. */
  readonly lateByMs: number | undefined;
};

/**
 * Compliance with one promise: instance counts and the rate `kept / (kept + broken)` (pending and ineligible
 * instances excluded; `undefined` when nothing was decided).
 *
 * @example
 * ```ts
 * const r: PromiseComplianceResult = {
 *   promiseId: 'delivery-3d', description: undefined, started: 4, kept: 2, broken: 1, pending: 1, ineligible: 0,
 *   rate: 2 / 3, goal: 0.95, meetsGoal: false,
 * };
 * ```
 * @category Support
 */
export type PromiseComplianceResult = {
  /** The promise's id. */
  readonly promiseId: string;
  /** The promise's description. */
  readonly description: string | undefined;
  /** Start events seen (eligible or not). */
  readonly started: number;
  /** Instances kept. */
  readonly kept: number;
  /** Instances broken (listed in the report's `broken`). */
  readonly broken: number;
  /** Open instances whose deadline has not passed (or without a deadline). */
  readonly pending: number;
  /** Starts outside the promise's `window`. */
  readonly ineligible: number;
  /** `kept / (kept + broken)`, 0–1; `undefined` when both are 0. */
  readonly rate: number | undefined;
  /** The promise's `goal`. */
  readonly goal: number | undefined;
  /** `rate ≥ goal`; `undefined` without a goal or a rate. */
  readonly meetsGoal: boolean | undefined;
};

/**
 * What {@link promiseCompliance} returns: one result per promise (input order) and every broken instance.
 *
 * @example
 * ```ts
 * const { promises, broken } = promiseCompliance(list, events, { now });
 * ```
 * @category Support
 */
export type PromiseComplianceReport = {
  /** One result per promise, in the input order. */
  readonly promises: readonly PromiseComplianceResult[];
  /** Every broken instance, by start time (then promise order). */
  readonly broken: readonly BrokenPromise[];
};

/**
 * Options of {@link promiseCompliance}.
 *
 * @example
 * ```ts
 * const options: PromiseComplianceOptions = { now: new Date('2025-05-10T12:00:00Z'), calendar: createSupportCalendar() };
 * ```
 * @category Support
 */
export interface PromiseComplianceOptions {
  /** The evaluation instant: open instances past their deadline count as broken; later events are ignored. */
  readonly now: Instant;
  /** Calendar of business clocks (default {@link createSupportCalendar}`()`). */
  readonly calendar?: BusinessCalendar;
}
