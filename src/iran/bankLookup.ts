import { type Bank, type BankId, IRAN_BANKS } from './banks.js';
import { IRAN_CARD_IINS } from './cardIins.js';
import { compact, digitsOf } from './normalize.js';
import { IRAN_SHEBA_BANK_CODES } from './shebaBankCodes.js';

/**
 * The bank a card or Sheba was issued by and the bank that holds it today. They differ for
 * merged banks: an Ayandeh card has `issuer` Ayandeh and `currentBank` Melli (since 2025-10-23);
 * Ansar, Ghavamin, Hekmat Iranian, Kosar and Mehr Eghtesad now belong to Sepah.
 *
 * @example
 * ```ts
 * const b: BankIssuer | undefined = cardBank('636214');
 * b?.issuer.nameEn;      // 'Ayandeh Bank'
 * b?.currentBank.nameEn; // 'Bank Melli Iran'
 * ```
 * @category Iran
 */
export type BankIssuer = {
  /** The bank at issue time (whose code the number carries). */
  readonly issuer: Bank;
  /** The bank today, after mergers (the issuer itself when it was never merged). */
  readonly currentBank: Bank;
};

/**
 * The bank that holds a bank's accounts today, following mergers (`'ayandeh'` → Melli,
 * `'ansar'` → Sepah; a bank never merged is its own current bank).
 *
 * @param bank - a bank or its id
 * @returns the current bank
 * @example
 * ```ts
 * currentBankOf('kosar').id; // 'sepah'
 * currentBankOf(IRAN_BANKS.saman).id; // 'saman'
 * ```
 * @category Iran
 */
export function currentBankOf(bank: Bank | BankId): Bank {
  let current: Bank = typeof bank === 'string' ? IRAN_BANKS[bank] : bank;
  for (let hops = 0; current.mergedInto !== undefined && hops < 8; hops++) current = IRAN_BANKS[current.mergedInto];
  return current;
}

/** Issuer and current bank for a bank id, or `undefined`. */
function issuerOf(id: BankId | undefined): BankIssuer | undefined {
  if (id === undefined) return undefined;
  const issuer = IRAN_BANKS[id];
  return { issuer, currentBank: currentBankOf(issuer) };
}

/** Issuer and current bank for a 3-digit Sheba bank code. */
export function bankOfShebaCode(code: string): BankIssuer | undefined {
  return issuerOf(Object.hasOwn(IRAN_SHEBA_BANK_CODES, code) ? IRAN_SHEBA_BANK_CODES[code] : undefined);
}

/** Issuer and current bank for a 6-digit card IIN. */
export function bankOfIin(iin: string): BankIssuer | undefined {
  return issuerOf(Object.hasOwn(IRAN_CARD_IINS, iin) ? IRAN_CARD_IINS[iin] : undefined);
}

/**
 * The bank of a card number from its first six digits (IIN). Works on partial input (6 to 16
 * digits) so a form can show the bank while the number is typed; it does **not** check Luhn (use
 * `parseCardNumber` for that). Digits and separators as in `parseCardNumber`.
 *
 * @param input - the card number or its first digits
 * @returns issuer and current bank, or `undefined` (unknown IIN, fewer than 6 digits, bad input)
 * @example
 * ```ts
 * cardBank('6104 33')?.issuer.nameFa; // 'بانک ملت'
 * cardBank('50222919')?.issuer.id;    // 'pasargad'
 * cardBank('9999991034529007');       // undefined
 * ```
 * @category Iran
 */
export function cardBank(input: string): BankIssuer | undefined {
  const digits = digitsOf(input);
  if (digits === undefined || digits.length < 6 || digits.length > 16) return undefined;
  return bankOfIin(digits.slice(0, 6));
}

const PARTIAL_SHEBA = /^(?:[Ii][Rr])?\d{5,24}$/;

/**
 * The bank of a Sheba (IBAN) from its bank code (digits 3–5 after `IR`). Works on partial input
 * (`'IR82 054'`) so a form can show the bank while the number is typed; it does **not** check the
 * checksum (use `parseSheba` for that). `IR` is optional; digits and separators as in `parseSheba`.
 *
 * @param input - the Sheba or its first characters
 * @returns issuer and current bank, or `undefined` (unknown code, too short, bad input)
 * @example
 * ```ts
 * shebaBank('IR82 0540 1026 8002 0817 9090 02')?.issuer.id; // 'parsian'
 * shebaBank('IR06 062')?.currentBank.id;                      // 'melli' (Ayandeh merged into Melli)
 * ```
 * @category Iran
 */
export function shebaBank(input: string): BankIssuer | undefined {
  if (typeof input !== 'string') return undefined;
  const text = compact(input);
  if (!PARTIAL_SHEBA.test(text)) return undefined;
  const digits = text.charCodeAt(0) > 57 ? text.slice(2) : text;
  return bankOfShebaCode(digits.slice(2, 5));
}
