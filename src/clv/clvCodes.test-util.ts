// `code@path` of the MoshtariError a call throws (test-only; not exported).
import { isMoshtariError } from '../core/index.js';

/** Runs `fn` and returns `'CODE@path'` of the MoshtariError it throws, or undefined. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (isMoshtariError(error)) return `${error.code}@${error.path}`;
    throw error;
  }
  return undefined;
}

/** |a/b − 1|. */
export function rel(a: number, b: number): number {
  return Math.abs(a / b - 1);
}
