import { describe, fail } from './check.js';
import type { SupportErrorCode } from './errors.js';

const UNITS: Readonly<Record<string, number>> = { hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1 };

/**
 * Internal: whole milliseconds of a duration given as milliseconds or `{ days?, hours?, minutes?, seconds?,
 * milliseconds? }` (summed; fractions allowed). `dayMs` is the length of a `days` unit; without it `days`
 * is refused. Throws `code` naming `path` for a negative, non-finite or malformed duration.
 */
export function durationMs(value: unknown, code: SupportErrorCode, path: string, dayMs?: number): number {
  let total: number;
  if (typeof value === 'number') total = value;
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    total = 0;
    for (const [unit, amount] of Object.entries(value)) {
      const factor = unit === 'days' ? dayMs : UNITS[unit];
      if (factor === undefined) {
        const units =
          dayMs === undefined ? 'hours, minutes, seconds, milliseconds' : 'days, hours, minutes, seconds, milliseconds';
        fail(code, `${path}.${unit}`, `unknown unit (expected ${units})`);
      }
      if (amount === undefined) continue;
      if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
        fail(code, `${path}.${unit}`, `expected a finite number ≥ 0, got ${describe(amount)}`);
      }
      total += amount * factor;
    }
  } else total = Number.NaN;
  const ms = Math.round(total);
  if (!Number.isSafeInteger(ms) || ms < 0) {
    fail(code, path, `expected milliseconds ≥ 0 or { hours, minutes, … }, got ${describe(value)}`);
  }
  return ms;
}
