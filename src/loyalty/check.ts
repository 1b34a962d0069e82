// Internal validation helpers of the loyalty module (not exported from index.ts).
import { type Instant, jalaliToEpochDay, toJalali } from '../calendar/index.js';
import { MoshtariError } from '../core/index.js';
import type { LoyaltyErrorCode } from './errors.js';

/** Throws a loyalty `MoshtariError` whose message starts with `path`. */
export function fail(code: LoyaltyErrorCode, path: string, message: string): never {
  throw new MoshtariError(code, `${path}: ${message}`, { path });
}

/** A value as it should appear in an error message. */
export function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : String(value);
}

/** A non-negative (or, with `positive`, positive) safe integer, or `code` naming `path`. */
export function checkPoints(
  value: unknown,
  path: string,
  code: LoyaltyErrorCode = 'INVALID_POINTS',
  positive = false,
): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < (positive ? 1 : 0)) {
    fail(code, path, `expected a ${positive ? 'positive' : 'non-negative'} whole number of points, got ${show(value)}`);
  }
  return value;
}

/** A non-empty string, or `code` naming `path`. */
export function checkId(value: unknown, path: string, code: LoyaltyErrorCode): string {
  if (typeof value !== 'string' || value.length === 0)
    fail(code, path, `expected a non-empty string, got ${show(value)}`);
  return value;
}

/** Epoch milliseconds of a `Date` or finite number, or `code` naming `path`. */
export function instantOf(value: Instant, path: string, code: LoyaltyErrorCode = 'INVALID_ARGUMENT'): number {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    fail(
      code,
      path,
      `expected a valid Date or epoch milliseconds, got ${value instanceof Date ? 'Invalid Date' : show(value)}`,
    );
  }
  return ms;
}

/** An object (not null, not an array), or `code` naming `path`. */
export function checkObject(value: unknown, path: string, code: LoyaltyErrorCode): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(code, path, `expected an object, got ${show(value)}`);
  }
}

/** Days since 1970-01-01 of the civil (Jalali) date of an instant in a zone. */
export function localEpochDay(ms: number, timeZone: string): number {
  return jalaliToEpochDay(toJalali(ms, { timeZone }));
}
