// Argument checks shared by the customer functions (programmer errors throw MoshtariError).
import { MoshtariError } from '../core/index.js';
import type { CustomerErrorCode } from './errors.js';

/** Throws a customer-module {@link MoshtariError}. */
export function fail(code: CustomerErrorCode, message: string, path: string): never {
  throw new MoshtariError<CustomerErrorCode>(code, message, { path });
}

/** Epoch milliseconds: a finite integer. */
export function checkInstant(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    fail('INVALID_INSTANT', `${path}: expected integer epoch milliseconds, got ${String(value)}`, path);
  }
  return value;
}

/** An array argument. */
export function checkArray<T>(value: readonly T[], path: string): readonly T[] {
  if (!Array.isArray(value)) fail('INVALID_ARGUMENT', `${path}: expected an array`, path);
  return value;
}

/** A positive safe integer option, or its default. */
export function positiveInt(value: number | undefined, fallback: number, path: string, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min) {
    fail('INVALID_POLICY', `${path}: expected an integer ≥ ${min}, got ${String(value)}`, path);
  }
  return value;
}

/** A number option in [min, max], or its default. */
export function ratioOption(value: number | undefined, fallback: number, path: string, min = 0, max = 1): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    fail('INVALID_POLICY', `${path}: expected a number in ${min}…${max}, got ${String(value)}`, path);
  }
  return value;
}
