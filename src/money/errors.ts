/**
 * Codes of the `MoshtariError`s (from `moshtari/core`) thrown by the money module (broken invariants):
 *
 * - `INVALID_AMOUNT`: an amount is not a canonical integer string / safe integer / bigint.
 * - `CURRENCY_MISMATCH`: two amounts of different currencies met in one operation.
 * - `INVALID_RATE`: a rate is not a decimal string or a ratio of integers with a non-zero denominator.
 * - `INVALID_RATIOS`: allocation ratios are empty, negative, not numbers, or all zero.
 * - `INVALID_ROUNDING`: a rounding mode is missing or unknown.
 * - `DIVISION_BY_ZERO`: a step or divisor of zero.
 * - `INVALID_ARGUMENT`: any other argument of the wrong type.
 * @category Money
 */
export type MoneyErrorCode =
  | 'INVALID_AMOUNT'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_RATE'
  | 'INVALID_RATIOS'
  | 'INVALID_ROUNDING'
  | 'DIVISION_BY_ZERO'
  | 'INVALID_ARGUMENT';
