// Test helper: `CODE@path` of the MoshtariError a call throws, or undefined when it does not throw.
import { isMoshtariError } from '../core/index.js';

export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (isMoshtariError(error)) return `${error.code}@${error.path}`;
    throw error;
  }
  return undefined;
}
