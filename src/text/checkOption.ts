import { MoshtariError } from '../core/index.js';
import type { TextErrorCode } from './errors.js';

/**
 * Returns `value` when it is one of `allowed`, `fallback` when it is `undefined`, and throws
 * `INVALID_ARGUMENT` naming `path` otherwise (guards JavaScript callers and casts). Module-private.
 */
export function checkOption<const T extends string>(
  value: T | undefined,
  allowed: readonly T[],
  fallback: T,
  path: string,
): T {
  if (value === undefined) return fallback;
  if (allowed.includes(value)) return value;
  throw new MoshtariError<TextErrorCode>(
    'INVALID_ARGUMENT',
    `${path}: expected one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`,
    { path },
  );
}

/** A short, safe description of an unexpected value for error messages. Module-private. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeof value;
}
