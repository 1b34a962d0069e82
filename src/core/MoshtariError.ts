/**
 * The one error class moshtari throws. It is thrown only for broken invariants (programmer
 * errors: a non-integer amount, mixed currencies, an impossible option); expected failures
 * such as a mistyped national code come back as a {@link Result} instead.
 *
 * Every module lists its codes in its own `errors.ts`; `code` is always one of them.
 *
 * @example
 * ```ts
 * import { MoshtariError, isMoshtariError } from 'moshtari/core';
 *
 * try {
 *   throw new MoshtariError('INVALID_AMOUNT', 'amount: expected an integer string, got "1.5"', { path: 'amount' });
 * } catch (error) {
 *   if (isMoshtariError(error)) console.log(error.code, error.path); // 'INVALID_AMOUNT' 'amount'
 * }
 * ```
 * @category Core
 */
export class MoshtariError<TCode extends string = string> extends Error {
  /** Stable machine-readable code, e.g. `'INVALID_AMOUNT'`; listed per module. */
  readonly code: TCode;
  /** Where the bad value was, as a dotted path or argument name (e.g. `'ratios[2]'`), when known. */
  readonly path: string | undefined;
  /** Always `'MoshtariError'`, also after the error crossed a bundle or realm boundary. */
  override readonly name: 'MoshtariError' = 'MoshtariError';

  /**
   * Creates the error.
   *
   * @param code - the error code (one of the module's codes)
   * @param message - a sentence naming what was wrong and where
   * @param options - `path` of the offending value and an optional `cause`
   */
  constructor(code: TCode, message: string, options?: MoshtariErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options?.path;
  }
}

/**
 * Options of the {@link MoshtariError} constructor.
 * @category Core
 */
export interface MoshtariErrorOptions {
  /** Where the bad value was (argument name or dotted path). */
  readonly path?: string;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * Tells whether `value` is a {@link MoshtariError}, also across bundle copies (it checks the
 * `name` and `code` fields, not only `instanceof`).
 *
 * @param value - anything caught
 * @returns `true` when `value` is a moshtari error
 * @example
 * ```ts
 * isMoshtariError(new MoshtariError('X', 'x')); // true
 * isMoshtariError(new Error('x'));             // false
 * ```
 * @category Core
 */
export function isMoshtariError(value: unknown): value is MoshtariError {
  if (value instanceof MoshtariError) return true;
  return (
    value instanceof Error &&
    value.name === 'MoshtariError' &&
    typeof (value as { readonly code?: unknown }).code === 'string'
  );
}
