/**
 * How a lossy operation rounds. Directions are about the exact value on the number line:
 *
 * | mode | rounds | 2.5 | −2.5 | 2.4 | −2.6 |
 * | --- | --- | --- | --- | --- | --- |
 * | `'down'` | toward zero (truncate) | 2 | −2 | 2 | −2 |
 * | `'up'` | away from zero | 3 | −3 | 3 | −3 |
 * | `'floor'` | toward −∞ | 2 | −3 | 2 | −3 |
 * | `'ceil'` | toward +∞ | 3 | −2 | 3 | −2 |
 * | `'halfUp'` | nearest, ties away from zero | 3 | −3 | 2 | −3 |
 * | `'halfDown'` | nearest, ties toward zero | 2 | −2 | 2 | −3 |
 * | `'halfEven'` | nearest, ties to even (banker's) | 2 | −2 | 2 | −3 |
 * | `'halfCeil'` | nearest, ties toward +∞ | 3 | −2 | 2 | −3 |
 * | `'halfFloor'` | nearest, ties toward −∞ | 2 | −3 | 2 | −3 |
 *
 * For a customer's credit (points, cashback, rewards) use `'down'` or `'floor'`: they never
 * credit more than the exact value.
 *
 * @example
 * ```ts
 * import { applyRate, rial } from 'moshtari/money';
 * applyRate(rial(1005), '0.1', 'halfEven'); // { amount: '100', currency: 'IRR' } (100.5 → 100)
 * ```
 * @category Core
 */
export type RoundingMode =
  | 'down'
  | 'up'
  | 'floor'
  | 'ceil'
  | 'halfUp'
  | 'halfDown'
  | 'halfEven'
  | 'halfCeil'
  | 'halfFloor';

/**
 * Every {@link RoundingMode}, for validation and UI pickers.
 *
 * @example
 * ```ts
 * ROUNDING_MODES.includes('halfEven'); // true
 * ```
 * @category Core
 */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  'down',
  'up',
  'floor',
  'ceil',
  'halfUp',
  'halfDown',
  'halfEven',
  'halfCeil',
  'halfFloor',
];

/**
 * Tells whether `value` names a {@link RoundingMode}.
 *
 * @param value - anything
 * @returns `true` for one of the nine mode names
 * @example
 * ```ts
 * isRoundingMode('halfUp'); // true
 * isRoundingMode('nearest'); // false
 * ```
 * @category Core
 */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return typeof value === 'string' && (ROUNDING_MODES as readonly string[]).includes(value);
}
