import { parseMobile } from './mobile.js';
import type { MobileOperator } from './mobilePrefixes.js';

/**
 * Guesses the operator of an Iranian mobile number from its prefix. Only a hint: since number
 * portability (ترابرد) a number keeps its prefix when it moves to another operator. Ask the SMS
 * provider (HLR lookup) when the real operator matters.
 *
 * @param input - a number in any form {@link parseMobile} accepts (E.164, `09…`, Persian digits, …)
 * @returns the operator, or `undefined` for an invalid number or unknown prefix
 * @example
 * ```ts
 * mobileOperator('+989121234567'); // 'MCI'
 * mobileOperator('۰۹۳۵ ۱۲۳ ۴۵۶۷');  // 'Irancell'
 * mobileOperator('09312002580');   // undefined (unknown prefix)
 * ```
 * @category Iran
 */
export function mobileOperator(input: string): MobileOperator | undefined {
  if (typeof input !== 'string') return undefined;
  const parsed = parseMobile(input, { allowUnknownPrefix: true });
  return parsed.ok ? parsed.value.operator : undefined;
}
