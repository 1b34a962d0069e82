import { MoshtariError } from '../core/index.js';
import { instantMs } from './instant.js';
import type { Instant } from './types.js';

/**
 * A business-time duration: milliseconds, or hours, minutes, seconds and milliseconds that are added up
 * (fractions allowed, e.g. `{ hours: 1.5 }`). The total is rounded to whole milliseconds and must not be
 * negative.
 *
 * @example
 * ```ts
 * const sla: BusinessDuration = { hours: 4 };
 * const same: BusinessDuration = 4 * 3_600_000;
 * ```
 * @category Calendar
 */
export type BusinessDuration =
  | number
  | {
      /** Business hours. */
      readonly hours?: number;
      /** Business minutes. */
      readonly minutes?: number;
      /** Business seconds. */
      readonly seconds?: number;
      /** Business milliseconds. */
      readonly milliseconds?: number;
    };

/**
 * A span during which the business clock is stopped (a ticket waiting on the customer), `start` inclusive,
 * `end` exclusive. Pauses may overlap; they are merged.
 *
 * @example
 * ```ts
 * const waiting: BusinessPause = { start: new Date('2025-05-04T06:00:00Z'), end: new Date('2025-05-05T06:00:00Z') };
 * ```
 * @category Calendar
 */
export type BusinessPause = {
  /** When the clock stopped. */
  readonly start: Instant;
  /** When it started again (not before `start`). */
  readonly end: Instant;
};

/**
 * Options of {@link addBusinessTime} and {@link businessTimeBetween}.
 * @category Calendar
 */
export interface BusinessTimeOptions {
  /** Spans that do not count, like extra breaks in the calendar (SLA pauses, crm.md §6.2). */
  readonly pauses?: readonly BusinessPause[];
}

const UNITS = { hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1 } as const;

/** Internal: a {@link BusinessDuration} in whole milliseconds. */
export function durationMs(duration: BusinessDuration, path: string): number {
  let total = 0;
  if (typeof duration === 'number') total = duration;
  else if (duration !== null && typeof duration === 'object') {
    for (const [unit, value] of Object.entries(duration)) {
      const factor = Object.hasOwn(UNITS, unit) ? UNITS[unit as keyof typeof UNITS] : undefined;
      if (factor === undefined) {
        throw new MoshtariError(
          'INVALID_ARGUMENT',
          `${path}.${unit}: unknown unit (expected hours, minutes, seconds, milliseconds)`,
          { path: `${path}.${unit}` },
        );
      }
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new MoshtariError(
          'INVALID_ARGUMENT',
          `${path}.${unit}: expected a finite number ≥ 0, got ${String(value)}`,
          { path: `${path}.${unit}` },
        );
      }
      total += value * factor;
    }
  } else total = Number.NaN;
  const ms = Math.round(total);
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new MoshtariError(
      'INVALID_ARGUMENT',
      `${path}: expected a non-negative number of milliseconds or { hours, minutes, seconds }, got ${JSON.stringify(duration)} (business time is only added forwards)`,
      { path },
    );
  }
  return ms;
}

/** Internal: the pauses of {@link BusinessTimeOptions}, merged and sorted as [start, end, …]. */
export function pausesOf(options: BusinessTimeOptions | undefined, path: string): number[] {
  if (options === undefined) return [];
  if (options === null || typeof options !== 'object') {
    throw new MoshtariError('INVALID_ARGUMENT', `${path}: expected { pauses? }, got ${String(options)}`, { path });
  }
  for (const key of Object.keys(options)) {
    if (key !== 'pauses') {
      throw new MoshtariError('INVALID_ARGUMENT', `${path}.${key}: unknown option (expected pauses)`, {
        path: `${path}.${key}`,
      });
    }
  }
  if (options.pauses === undefined) return [];
  if (!Array.isArray(options.pauses)) {
    throw new MoshtariError('INVALID_ARGUMENT', `${path}.pauses: expected an array of { start, end }`, {
      path: `${path}.pauses`,
    });
  }
  const spans = options.pauses.map((p: BusinessPause, i: number): [number, number] => {
    const start = instantMs(p?.start, `${path}.pauses[${i}].start`);
    const end = instantMs(p?.end, `${path}.pauses[${i}].end`);
    if (end < start) {
      throw new MoshtariError('INVALID_ARGUMENT', `${path}.pauses[${i}]: end is before start`, {
        path: `${path}.pauses[${i}]`,
      });
    }
    return [start, end];
  });
  spans.sort((x, y) => x[0] - y[0]);
  const merged: number[] = [];
  for (const [start, end] of spans) {
    const last = merged.length - 1;
    if (last > 0 && start <= (merged[last] as number)) merged[last] = Math.max(merged[last] as number, end);
    else merged.push(start, end);
  }
  return merged;
}
