/**
 * The outcome of an operation that can fail in an expected way: either `{ ok: true, value }` or
 * `{ ok: false, error }`, where `error` is a union discriminated by a `code` literal.
 *
 * @example
 * ```ts
 * import { parseNationalCode } from 'moshtari/iran';
 *
 * const result = parseNationalCode('۰۴۹۹۳۷۰۸۹۹');
 * if (result.ok) console.log(result.value); // '0499370899'
 * else console.log(result.error.code);
 * ```
 * @category Core
 */
export type Result<T, E> = Ok<T> | Err<E>;

/**
 * The success branch of a {@link Result}.
 * @category Core
 */
export type Ok<T> = {
  /** Always `true` on success. */
  readonly ok: true;
  /** The value produced. */
  readonly value: T;
};

/**
 * The failure branch of a {@link Result}.
 * @category Core
 */
export type Err<E> = {
  /** Always `false` on failure. */
  readonly ok: false;
  /** What went wrong; a union discriminated by `code`. */
  readonly error: E;
};

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @param value - the value
 * @returns `{ ok: true, value }`
 * @example
 * ```ts
 * ok(42); // { ok: true, value: 42 }
 * ```
 * @category Core
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @param error - the error, usually `{ code, message, … }`
 * @returns `{ ok: false, error }`
 * @example
 * ```ts
 * err({ code: 'EMPTY', message: 'input is empty' }); // { ok: false, error: { code: 'EMPTY', … } }
 * ```
 * @category Core
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}
