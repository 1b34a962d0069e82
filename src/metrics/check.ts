// Internal validation helpers of the metrics module (not exported from index.ts).
import { MoshtariError } from '../core/index.js';
import type { MetricsErrorCode } from './errors.js';

/** Throws a metrics `MoshtariError` whose message starts with `path`. */
export function fail(code: MetricsErrorCode, path: string, message: string): never {
  throw new MoshtariError(code, `${path}: ${message}`, { path });
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** A non-negative safe integer, or INVALID_COUNT naming `path`. */
export function checkCount(value: number, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail('INVALID_COUNT', path, `expected a non-negative integer, got ${show(value)}`);
  }
  return value;
}

/** Throws INCONSISTENT_COUNTS naming `path` unless `part ≤ whole`. */
export function checkAtMost(part: number, partPath: string, whole: number, wholePath: string): void {
  if (part > whole) fail('INCONSISTENT_COUNTS', partPath, `${part} exceeds ${wholePath} (${whole})`);
}

/** An array, or INVALID_ARGUMENT naming `path`. */
export function checkArray(value: unknown, path: string): void {
  if (!Array.isArray(value)) fail('INVALID_ARGUMENT', path, `expected an array, got ${show(value)}`);
}

/** An object (not null), or INVALID_ARGUMENT naming `path`. */
export function checkObject(value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null)
    fail('INVALID_ARGUMENT', path, `expected an object, got ${show(value)}`);
}

/** `where[index].field` (or `where` alone without an index), built only when an error is thrown. */
export function rowPath(where: string, index?: number, field?: string): string {
  return index === undefined ? where : `${where}[${index}]${field === undefined ? '' : `.${field}`}`;
}

/** Epoch milliseconds of a `Date` or finite number, or INVALID_INSTANT naming `where[index].field`. */
export function instantOf(value: unknown, where: string, index?: number, field = 'at'): number {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    fail(
      'INVALID_INSTANT',
      rowPath(where, index, field),
      `expected a valid Date or epoch milliseconds, got ${value instanceof Date ? 'Invalid Date' : show(value)}`,
    );
  }
  return ms;
}

/** A number strictly between 0 and 1 (a confidence level, alpha, power), or INVALID_OPTION. */
export function checkOpenUnit(value: number, path: string): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    fail('INVALID_OPTION', path, `expected a number strictly between 0 and 1, got ${show(value)}`);
  }
  return value;
}

/** An integer survey score within `[min, max]`, or INVALID_SCORE naming `where[index].score`. */
export function checkScore(value: number, min: number, max: number, where: string, index: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail('INVALID_SCORE', rowPath(where, index, 'score'), `expected an integer ${min}–${max}, got ${show(value)}`);
  }
  return value;
}

/** Validates an integer survey scale `min < max`. */
export function checkScale(min: number, max: number, path: string): void {
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min >= max) {
    fail('INVALID_OPTION', path, `expected integers scaleMin < scaleMax, got ${show(min)}–${show(max)}`);
  }
}
