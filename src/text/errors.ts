/**
 * Error codes the text module throws through `MoshtariError` (moshtari/core) (programmer errors only):
 *
 * - `INVALID_ARGUMENT`: an argument of the wrong type or shape, e.g. `NaN`, `1.5` or an unsafe
 *   integer passed as a `number`, a string that is not an integer numeral, an unknown option value,
 *   or a `maxParts` that is not a positive integer. The message names the argument.
 * - `OUT_OF_RANGE`: a number outside the supported range, e.g. `numberToPersianWords` beyond
 *   ±(10^21 − 1).
 *
 * @example
 * ```ts
 * import { isMoshtariError } from 'moshtari/core';
 * import { numberToPersianWords, type TextErrorCode } from 'moshtari/text';
 *
 * try {
 *   numberToPersianWords(10n ** 21n);
 * } catch (error) {
 *   if (isMoshtariError(error)) {
 *     const code = error.code as TextErrorCode; // 'OUT_OF_RANGE'
 *   }
 * }
 * ```
 * @category Text
 */
export type TextErrorCode = 'INVALID_ARGUMENT' | 'OUT_OF_RANGE';
