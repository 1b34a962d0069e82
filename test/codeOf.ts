// Test helper: the code of the MoshtariError a function throws (undefined when it returns);
// any other error is rethrown so a test never mistakes a crash for the expected error.
import { isMoshtariError } from '../src/core/index.js';

export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (isMoshtariError(error)) return error.code;
    throw error;
  }
  return undefined;
}

/** `code@path` of the MoshtariError a function throws, for asserting where the bad value was. */
export function codeAtPath(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (isMoshtariError(error)) return `${error.code}@${error.path}`;
    throw error;
  }
  return undefined;
}
