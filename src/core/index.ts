/**
 * Shared building blocks: the {@link MoshtariError} class, the {@link Result} type and brands.
 * @module core
 */
export type { Brand } from './brand.js';
export type { CoreErrorCode } from './errors.js';
export type { MoshtariErrorOptions } from './MoshtariError.js';
export { isMoshtariError, MoshtariError } from './MoshtariError.js';
export type { Err, Ok, Result } from './result.js';
export { err, ok } from './result.js';
export type { RoundingMode } from './rounding.js';
export { isRoundingMode, ROUNDING_MODES } from './rounding.js';
