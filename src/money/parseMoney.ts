import { err, MoshtariError, ok, type Result } from '../core/index.js';
import { latinDigits } from '../internal/digits.js';
import type { Money } from './money.js';
import { type MoneyUnit, RIAL_PER, SCALE_WORDS, UNIT_WORDS } from './units.js';

/**
 * Why {@link parseMoney} refused its input. `position` is the index in the original string
 * where the problem starts, when there is one.
 * @category Money
 */
export type ParseMoneyError = {
  /**
   * `EMPTY` nothing but spaces; `NOT_A_NUMBER` not a number (bad character, grouping or extra word);
   * `FRACTIONAL_RIAL` the value is not a whole number of Rial; `NEGATIVE` a minus sign where
   * `allowNegative` is off; `TOO_LARGE` above `max`.
   */
  readonly code: 'EMPTY' | 'NOT_A_NUMBER' | 'FRACTIONAL_RIAL' | 'NEGATIVE' | 'TOO_LARGE';
  /** An English sentence naming what was wrong and where. */
  readonly message: string;
  /** The input as given. */
  readonly input: string;
  /** Index in `input` where the problem starts, when known. */
  readonly position?: number;
};

/**
 * Options of {@link parseMoney}.
 * @category Money
 */
export interface ParseMoneyOptions {
  /** Unit assumed when the text names none (default `'rial'`, the unit of account). A unit word in the text wins. */
  readonly unit?: MoneyUnit;
  /** Accept a leading minus sign (default `false`). */
  readonly allowNegative?: boolean;
  /** Largest accepted absolute value in Rial (default 2^63 − 1, PostgreSQL `bigint`). */
  readonly max?: bigint;
}

const INT8_MAX = 9_223_372_036_854_775_807n;
// ZWNJ, ZWJ, bidi marks and controls, BOM: invisible, never part of an amount
const INVISIBLE = /\u200c|\u200d|[\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u3000]+/g;
const NUMBER = /^([-+\u2212]?)(\d{1,3}(?:([,\u066c\u060c' ])\d{3}(?:\3\d{3})*)?|\d+)(?:[.\u066b](\d+))?$/;

function fail(
  code: ParseMoneyError['code'],
  message: string,
  input: string,
  position?: number,
): Result<never, ParseMoneyError> {
  return err(position === undefined ? { code, message, input } : { code, message, input, position });
}

/**
 * Parses an amount as people type it: `'۱۲٬۵۰۰٬۰۰۰ تومان'`, `'12,500,000'`, `'12500000 ریال'`,
 * `'۵۰ هزار تومان'`, `'IRR 1,250'`. Persian and Arabic-Indic digits; `,` `٬` `،` `'` or space as
 * thousands separators (groups of three, one kind per number); `.` or `٫` as the decimal point; a
 * unit word (`ریال`, `﷼`, `تومان`, `تومن`, `rial`, `toman`, `IRR`, `IRT`) before or after the number;
 * one scale word (`هزار`, `میلیون`, `میلیارد`, `thousand`, `million`, `billion`) after it.
 * Nothing is guessed: anything else is an error.
 *
 * @param input - the text
 * @param options - default unit, negatives, maximum
 * @returns the amount in Rial, or why it was refused
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * parseMoney('۱۲٬۵۰۰٬۰۰۰ تومان');   // { ok: true, value: { amount: '125000000', currency: 'IRR' } }
 * parseMoney('12.5', { unit: 'toman' }); // 125 Rial
 * parseMoney('12.5');                // { ok: false, error: { code: 'FRACTIONAL_RIAL', … } }
 * ```
 * @category Money
 */
export function parseMoney(input: string, options: ParseMoneyOptions = {}): Result<Money<'IRR'>, ParseMoneyError> {
  if (typeof input !== 'string') {
    throw new MoshtariError('INVALID_ARGUMENT', `input: expected a string, got ${typeof input}`, { path: 'input' });
  }
  const text = latinDigits(input.normalize('NFKC').replace(INVISIBLE, ''))
    .replace(/[\u064a\u0649]/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(SPACES, ' ')
    .trim();
  if (text === '') return fail('EMPTY', 'input is empty', input);
  const tokens = text.split(' ');
  let unit: MoneyUnit | undefined;
  const firstUnit = UNIT_WORDS.get((tokens[0] as string).toLowerCase());
  if (firstUnit !== undefined) {
    unit = firstUnit;
    tokens.shift();
  }
  const last = tokens[tokens.length - 1];
  const lastUnit = last === undefined ? undefined : UNIT_WORDS.get(last.toLowerCase());
  if (lastUnit !== undefined) {
    if (unit !== undefined) return fail('NOT_A_NUMBER', 'input names a unit twice', input);
    unit = lastUnit;
    tokens.pop();
  }
  let power = 0;
  const scaleWord = tokens.length > 1 ? tokens[tokens.length - 1] : undefined;
  const scale = scaleWord === undefined ? undefined : SCALE_WORDS.get(scaleWord.toLowerCase());
  if (scale !== undefined) {
    power = scale;
    tokens.pop();
  }
  const numberText = tokens.join(' ');
  if (numberText === '') return fail('NOT_A_NUMBER', 'input has a unit but no number', input);
  const m = NUMBER.exec(numberText);
  if (m === null) {
    const bad = numberText.search(/[^\d,\u066c\u060c' .\u066b\-+\u2212]/);
    const where = bad >= 0 ? ` (unexpected ${JSON.stringify(numberText[bad])})` : ' (check the digit grouping)';
    return fail('NOT_A_NUMBER', `input is not a number${where}`, input, locate(input, numberText, bad));
  }
  const negative = m[1] === '-' || m[1] === '\u2212';
  const whole = (m[2] as string).replace(/\D/g, '');
  const fraction = m[4] ?? '';
  const digits = BigInt(whole + fraction) * 10n ** BigInt(power) * RIAL_PER[unit ?? options.unit ?? 'rial'];
  const divisor = 10n ** BigInt(fraction.length);
  if (digits % divisor !== 0n) {
    return fail('FRACTIONAL_RIAL', `input is not a whole number of Rial (${text})`, input);
  }
  const rials = digits / divisor;
  if (negative && rials !== 0n && options.allowNegative !== true) {
    return fail(
      'NEGATIVE',
      'input is negative and negative amounts are not allowed here',
      input,
      input.search(/[-\u2212]/),
    );
  }
  const max = options.max ?? INT8_MAX;
  if (rials > max) return fail('TOO_LARGE', `input is above the maximum of ${max} Rial`, input);
  return ok({ amount: (negative ? -rials : rials).toString(), currency: 'IRR' });
}

function locate(input: string, numberText: string, bad: number): number | undefined {
  if (bad < 0) return undefined;
  const ch = numberText[bad] as string;
  const at = latinDigits(input).indexOf(ch);
  return at >= 0 ? at : undefined;
}
