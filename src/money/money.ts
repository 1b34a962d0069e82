import { MoshtariError } from '../core/index.js';

/**
 * An exact amount of money as plain JSON-safe data: `amount` is a canonical integer string in the
 * currency's smallest unit (for `'IRR'`, whole Rial; Toman is a display unit, 1 Toman = 10 Rial).
 * Canonical means no leading zeros, no `+`, no `-0`, so two equal amounts have equal strings.
 *
 * The currency is part of the type: adding a `Money<'IRR'>` to a `Money<'USD'>` does not compile.
 *
 * @example
 * ```ts
 * const price: Money = { amount: '125000000', currency: 'IRR' }; // 12,500,000 Toman
 * ```
 * @category Money
 */
export type Money<TCurrency extends string = 'IRR'> = {
  /** Integer amount in the currency's smallest unit, as a canonical decimal string (e.g. `'-1250'`). */
  readonly amount: string;
  /** ISO 4217 code; `'IRR'` (Iranian Rial) for everything moshtari parses and formats. */
  readonly currency: TCurrency;
};

/**
 * What the money constructors accept as an integer: a bigint, a safe integer `number`, or an
 * integer string (ASCII digits, optional leading `-`).
 * @category Money
 */
export type IntegerInput = bigint | number | string;

const CANONICAL = /^-?(?:0|[1-9]\d*)$/;
const INTEGER_STRING = /^[-+]?\d+$/;

/**
 * Internal: the bigint of an amount, validating canonical form. `index` (for arrays) is appended to
 * `path` only when an error is built, so hot loops pay nothing for it.
 */
export function amountOf(value: Money<string>, path: string, index?: number): bigint {
  const amount = value?.amount;
  if (typeof amount !== 'string' || !CANONICAL.test(amount) || amount === '-0') {
    const where = index === undefined ? `${path}.amount` : `${path}[${index}].amount`;
    throw new MoshtariError(
      'INVALID_AMOUNT',
      `${where}: expected a canonical integer string such as "1250", got ${JSON.stringify(amount)}`,
      { path: where },
    );
  }
  return BigInt(amount);
}

/** Internal: converts an {@link IntegerInput} to bigint or throws INVALID_AMOUNT naming `path`. */
export function integerOf(value: IntegerInput, path: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return BigInt(value);
    throw new MoshtariError(
      'INVALID_AMOUNT',
      `${path}: expected a safe integer, got ${value} (pass larger or fractional values as strings)`,
      { path },
    );
  }
  if (typeof value === 'string' && INTEGER_STRING.test(value)) return BigInt(value);
  throw new MoshtariError('INVALID_AMOUNT', `${path}: expected an integer, got ${JSON.stringify(value)}`, { path });
}

/** Internal: throws CURRENCY_MISMATCH unless both currencies are equal. */
export function sameCurrency(a: Money<string>, b: Money<string>, path: string): void {
  if (a.currency !== b.currency) {
    throw new MoshtariError(
      'CURRENCY_MISMATCH',
      `${path}: cannot combine ${String(a.currency)} with ${String(b.currency)}`,
      { path },
    );
  }
}

/**
 * Builds a {@link Money} of any currency from an integer amount in its smallest unit.
 *
 * @param amount - integer amount (bigint, safe integer, or integer string)
 * @param currency - ISO 4217 code, e.g. `'IRR'`
 * @returns the canonical money value
 * @throws {MoshtariError} INVALID_AMOUNT when `amount` is not an integer
 * @example
 * ```ts
 * money(1250n, 'IRR'); // { amount: '1250', currency: 'IRR' }
 * money('007', 'USD'); // { amount: '7', currency: 'USD' } (cents)
 * ```
 * @category Money
 */
export function money<TCurrency extends string>(amount: IntegerInput, currency: TCurrency): Money<TCurrency> {
  if (typeof currency !== 'string' || currency.length === 0) {
    throw new MoshtariError('INVALID_ARGUMENT', `currency: expected a currency code, got ${String(currency)}`, {
      path: 'currency',
    });
  }
  return { amount: integerOf(amount, 'amount').toString(), currency };
}

/**
 * Builds a Rial amount.
 *
 * @param amount - whole Rial (bigint, safe integer, or integer string)
 * @returns `Money<'IRR'>`
 * @throws {MoshtariError} INVALID_AMOUNT when `amount` is not an integer
 * @example
 * ```ts
 * rial(125_000_000); // { amount: '125000000', currency: 'IRR' }
 * ```
 * @category Money
 */
export function rial(amount: IntegerInput): Money<'IRR'> {
  return { amount: integerOf(amount, 'amount').toString(), currency: 'IRR' };
}

/**
 * Builds a Rial amount from Toman (1 Toman = 10 Rial). A string may carry one decimal digit
 * (`'12.5'` Toman = 125 Rial); anything finer is not a whole Rial and throws.
 *
 * @param amount - Toman as a bigint, safe integer, or decimal string with at most one decimal
 * @returns `Money<'IRR'>` holding `amount × 10` Rial
 * @throws {MoshtariError} INVALID_AMOUNT when `amount` is not a whole number of Rial
 * @example
 * ```ts
 * toman(12_500_000); // { amount: '125000000', currency: 'IRR' }
 * toman('12.5');     // { amount: '125', currency: 'IRR' }
 * ```
 * @category Money
 */
export function toman(amount: IntegerInput): Money<'IRR'> {
  if (typeof amount === 'string') {
    const match = /^([-+]?\d+)\.(\d)$/.exec(amount);
    if (match !== null) {
      const whole = BigInt(match[1] as string);
      const tenth = BigInt(match[2] as string);
      const negative = (match[1] as string).startsWith('-');
      return { amount: (whole * 10n + (negative ? -tenth : tenth)).toString(), currency: 'IRR' };
    }
  }
  return { amount: (integerOf(amount, 'amount') * 10n).toString(), currency: 'IRR' };
}

/**
 * The amount as a bigint, for your own exact arithmetic.
 *
 * @param value - a money value
 * @returns its integer amount in the smallest unit
 * @throws {MoshtariError} INVALID_AMOUNT when `value.amount` is not canonical
 * @example
 * ```ts
 * moneyToBigInt(rial(1250)); // 1250n
 * ```
 * @category Money
 */
export function moneyToBigInt(value: Money<string>): bigint {
  return amountOf(value, 'value');
}
