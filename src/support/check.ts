import type { Instant } from '../calendar/index.js';
import { MoshtariError } from '../core/index.js';
import type { SupportErrorCode } from './errors.js';

/** Internal: throws a support `MoshtariError` naming `path`. */
export function fail(code: SupportErrorCode, path: string, message: string): never {
  throw new MoshtariError<SupportErrorCode>(code, `${path}: ${message}`, { path });
}

/** Internal: a short description of a bad value for messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

/** Internal: epoch milliseconds of an {@link Instant}, or throws `code` naming `path`. */
export function msOf(value: Instant, code: SupportErrorCode, path: string): number {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    fail(code, path, `expected a valid Date or epoch milliseconds, got ${describe(value)}`);
  }
  return ms;
}

/** Internal: a non-empty string, or throws `code` naming `path`. */
export function textOf(value: unknown, code: SupportErrorCode, path: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    fail(code, path, `expected a non-empty string, got ${describe(value)}`);
  return value;
}

/** Internal: an object (not null, not an array), or throws `code` naming `path`. */
export function objectOf<T>(value: T | null | undefined, code: SupportErrorCode, path: string): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(code, path, `expected an object, got ${describe(value)}`);
  }
  return value;
}

/** Internal: an array, or throws `code` naming `path`. */
export function arrayOf<T>(value: readonly T[], code: SupportErrorCode, path: string): readonly T[] {
  if (!Array.isArray(value)) fail(code, path, `expected an array, got ${describe(value)}`);
  return value;
}

/** Internal: `value` when it is one of `allowed`, or throws `code` naming `path`. */
export function oneOf<const T extends string>(
  value: unknown,
  allowed: readonly T[],
  code: SupportErrorCode,
  path: string,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(code, path, `expected one of ${allowed.join(', ')}, got ${describe(value)}`);
  }
  return value as T;
}
