import { MoshtariError } from '../core/index.js';

/** Throws a {@link MoshtariError} with `code` unless `condition` holds. */
export function assert(condition: unknown, code: string, message: string, path?: string): asserts condition {
  if (!condition) throw new MoshtariError(code, message, path === undefined ? undefined : { path });
}

/** Exhaustiveness guard for `switch` over a discriminated union. */
export function assertNever(value: never, what: string): never {
  throw new MoshtariError('ASSERTION', `unexpected ${what}: ${JSON.stringify(value)}`);
}
