import { type Brand, err, ok, type Result } from '../core/index.js';
import { bankOfShebaCode } from './bankLookup.js';
import type { Bank } from './banks.js';
import type { IranChecksumError, IranInputError, IranIssue } from './errors.js';
import { compact, formatError, lengthError, requireString } from './normalize.js';
import { type ShebaAccount, shebaAccount } from './shebaAccount.js';

/**
 * An Iranian Sheba (IBAN) as `IR` + 24 digits, upper-case, no spaces; produced only by
 * {@link parseSheba} or `shebaSchema`.
 *
 * @example
 * ```ts
 * const r = parseSheba('ir82 0540 1026 8002 0817 9090 02');
 * if (r.ok) { const s: Sheba = r.value.sheba; } // 'IR820540102680020817909002'
 * ```
 * @category Iran
 */
export type Sheba = Brand<string, 'Sheba'>;

/**
 * A parsed Sheba with its bank and, where the layout is known, the account number.
 *
 * @example
 * ```ts
 * // parseSheba('IR820540102680020817909002').value
 * // { sheba: 'IR820540102680020817909002', bankCode: '054', issuer: { id: 'parsian', … },
 * //   currentBank: { id: 'parsian', … }, account: { number: '020817909002', formatted: '002-00817909-002' } }
 * ```
 * @category Iran
 */
export type ParsedSheba = {
  /** `IR` + 24 digits. */
  readonly sheba: Sheba;
  /** Characters 5–7, e.g. `'054'`. */
  readonly bankCode: string;
  /** Bank at issue time; `undefined` for a bank code in no table (accepted unless `requireKnownBank`). */
  readonly issuer: Bank | undefined;
  /** Bank today after mergers (Ayandeh → Melli, Ansar/Ghavamin/Hekmat/Kosar/Mehr Eghtesad → Sepah). */
  readonly currentBank: Bank | undefined;
  /** Account number for Parsian, Pasargad and Shahr; `undefined` otherwise. */
  readonly account: ShebaAccount | undefined;
};

/**
 * Why {@link parseSheba} refused its input: `EMPTY`, `FORMAT` (with `position`), `COUNTRY_CODE`
 * (another country's IBAN), `LENGTH` (not 24 digits after `IR`), `CHECKSUM` (mod 97 ≠ 1),
 * `UNKNOWN_BANK` (with `bankCode`).
 *
 * @example
 * ```ts
 * const r = parseSheba('IR012345678901234567890123');
 * if (!r.ok) console.log(r.error.code); // 'CHECKSUM'
 * ```
 * @category Iran
 */
export type ShebaError =
  | IranInputError
  | IranIssue<'COUNTRY_CODE'>
  | IranChecksumError
  | (IranIssue<'UNKNOWN_BANK'> & {
      /** The 3-digit bank code found. */
      readonly bankCode: string;
    });

/**
 * Options of {@link parseSheba} and {@link isValidSheba}.
 *
 * @example
 * ```ts
 * const options: ParseShebaOptions = { requireKnownBank: true };
 * isValidSheba('IR030990000000123456789012', options); // false (bank code 099 is in no table)
 * ```
 * @category Iran
 */
export interface ParseShebaOptions {
  /**
   * Refuse a bank code that is in no table with `UNKNOWN_BANK` (default `false`: the mod-97 check
   * is what makes a Sheba valid, and the bank table is soft information that may lag new banks).
   */
  readonly requireKnownBank?: boolean;
}

const LABEL = 'Sheba';
const PREFIX = /^[Ii][Rr]/;
const FOREIGN = /^[A-Za-z]{2}\d/;
const DIGITS = /^\d*$/;
const SIMPLE = /^(?:[Ii][Rr])?\d+$/;

/** `true` for the `I` and `R` of the prefix (the first two non-separator characters). */
function isPrefixCharacter(character: string, nth: number): boolean {
  return nth === 0 ? character === 'I' || character === 'i' : nth === 1 && (character === 'R' || character === 'r');
}

/** ISO 7064 mod 97-10 over `IR` + `digits` (24 digits): `IRkk` moved to the end, I = 18, R = 27. */
function checksumOk(digits: string): boolean {
  let r = 0;
  for (let i = 2; i < 24; i++) r = (r * 10 + digits.charCodeAt(i) - 48) % 97;
  r = (r * 10000 + 1827) % 97;
  r = (r * 100 + (digits.charCodeAt(0) - 48) * 10 + digits.charCodeAt(1) - 48) % 97;
  return r === 1;
}

/**
 * Tells whether `input` is a valid Iranian Sheba (IBAN): `IR` (any case; may be omitted) + 24
 * digits, ISO 7064 mod 97-10, and with `requireKnownBank` a bank code in the table. Separators and
 * Persian digits as in {@link parseSheba}.
 *
 * @param input - the Sheba as typed; non-strings give `false`
 * @param options - `requireKnownBank`
 * @returns `true` when {@link parseSheba} would succeed
 * @example
 * ```ts
 * isValidSheba('IR820540102680020817909002'); // true
 * isValidSheba('820540102680020817909002');   // true (IR omitted)
 * isValidSheba('IR012345678901234567890123'); // false
 * ```
 * @category Iran
 */
export function isValidSheba(input: string, options: ParseShebaOptions = {}): boolean {
  if (typeof input !== 'string') return false;
  const text = SIMPLE.test(input) ? input : compact(input);
  const digits = PREFIX.test(text) ? text.slice(2) : text;
  if (digits.length !== 24 || !DIGITS.test(digits) || !checksumOk(digits)) return false;
  return options.requireKnownBank !== true || bankOfShebaCode(digits.slice(2, 5)) !== undefined;
}

/**
 * Parses and normalises an Iranian Sheba (شبا, IBAN). Whitespace, ZWNJ, bidi marks and dashes are
 * stripped and Persian digits converted (as in `parseNationalCode`); `ir` is upper-cased. The
 * `IR` prefix may be omitted (many forms print it outside the field): 24 bare digits are read as
 * `IR` + digits. Another country's IBAN is `COUNTRY_CODE`. The bank comes from the code in
 * characters 5–7, with `issuer` (at issue time) and `currentBank` (after mergers) kept apart.
 *
 * @param input - the Sheba as typed
 * @param options - `requireKnownBank`
 * @returns the normalised Sheba with bank and account, or why it was refused
 * @throws {MoshtariError} INVALID_ARGUMENT when `input` is not a string
 * @example
 * ```ts
 * const r = parseSheba('IR55 0570 0220 8001 3447 3701 01');
 * if (r.ok) r.value.account?.formatted; // '220-800-13447370-1'
 * parseSheba('IR012345678A01234567890123'); // { ok: false, error: { code: 'FORMAT', position: 11, … } }
 * ```
 * @category Iran
 */
export function parseSheba(input: string, options: ParseShebaOptions = {}): Result<ParsedSheba, ShebaError> {
  requireString(input, LABEL);
  const text = compact(input);
  if (text === '') return err({ code: 'EMPTY', message: `${LABEL}: input is empty`, input });
  const prefixed = PREFIX.test(text);
  if (!prefixed && FOREIGN.test(text)) {
    const message = `${LABEL}: only Iranian IBANs (IR…) are accepted, got ${text.slice(0, 2).toUpperCase()}`;
    return err({ code: 'COUNTRY_CODE', message, input });
  }
  const digits = prefixed ? text.slice(2) : text;
  if (!DIGITS.test(digits)) {
    return err(formatError(LABEL, input, prefixed ? isPrefixCharacter : undefined));
  }
  if (digits.length !== 24) {
    return err(lengthError(LABEL, input, [24], digits.length, ' after IR'));
  }
  if (!checksumOk(digits)) {
    return err({ code: 'CHECKSUM', message: `${LABEL}: check digits do not match (ISO 7064 mod 97)`, input });
  }
  const bankCode = digits.slice(2, 5);
  const bank = bankOfShebaCode(bankCode);
  if (bank === undefined && options.requireKnownBank === true) {
    const message = `${LABEL}: bank code ${bankCode} belongs to no known Iranian bank`;
    return err({ code: 'UNKNOWN_BANK', message, input, bankCode });
  }
  const sheba = `IR${digits}`;
  return ok({
    sheba: sheba as Sheba,
    bankCode,
    issuer: bank?.issuer,
    currentBank: bank?.currentBank,
    account: shebaAccount(sheba, bank?.issuer.id),
  });
}
