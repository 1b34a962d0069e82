import { MoshtariError } from '../core/index.js';
import type { Instant } from './types.js';

/** Internal: milliseconds since the epoch of an {@link Instant}, or INVALID_ARGUMENT naming `path`. */
export function instantMs(instant: Instant, path: string): number {
  const ms = instant instanceof Date ? instant.getTime() : instant;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new MoshtariError(
      'INVALID_ARGUMENT',
      `${path}: expected a valid Date or epoch milliseconds, got ${instant instanceof Date ? 'Invalid Date' : String(instant)}`,
      { path },
    );
  }
  return ms;
}
