/**
 * Error codes every module may throw through {@link MoshtariError} (see each module's own list too).
 *
 * - `INVALID_ARGUMENT`: an argument of the wrong type or shape reached a domain function.
 * - `ASSERTION`: an internal invariant broke; please report it.
 * @category Core
 */
export type CoreErrorCode = 'INVALID_ARGUMENT' | 'ASSERTION';
