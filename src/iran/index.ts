/**
 * Iranian identifiers: national code (کد ملی), legal-entity national ID (شناسه ملی), mobile
 * numbers, postal codes, Sheba (IBAN) and bank cards, with bank tables that keep the issuer and
 * the current bank apart after mergers. Every identifier has `isValidX` (boolean), `parseX`
 * (a `Result` with the normalised, branded value or a coded error) and a zod schema factory.
 * Input may use Persian or Arabic-Indic digits, spaces, NBSP, ZWNJ, bidi marks and dashes.
 * @module iran
 */

export type { BankIssuer } from './bankLookup.js';
export { cardBank, currentBankOf, shebaBank } from './bankLookup.js';
export type { Bank, BankId } from './banks.js';
export { IRAN_BANKS } from './banks.js';
export type { CardNumber, CardNumberError, ParseCardNumberOptions, ParsedCardNumber } from './card.js';
export { isValidCardNumber, parseCardNumber } from './card.js';
export { IRAN_CARD_IINS } from './cardIins.js';
export type {
  IranChecksumError,
  IranEmptyError,
  IranErrorCode,
  IranFormatError,
  IranInputError,
  IranIssue,
  IranLengthError,
  IranRepeatedDigitsError,
  IranZeroSerialError,
} from './errors.js';
export type { LegalNationalId, LegalNationalIdError } from './legalNationalId.js';
export { isValidLegalNationalId, parseLegalNationalId } from './legalNationalId.js';
export type { MobileError, MobileNumber, ParsedMobile, ParseMobileOptions } from './mobile.js';
export { isValidMobile, normalizeMobile, parseMobile } from './mobile.js';
export { mobileOperator } from './mobileOperator.js';
export type { MobileOperator } from './mobilePrefixes.js';
export { IRAN_MOBILE_PREFIXES } from './mobilePrefixes.js';
export type { NationalCode, NationalCodeError } from './nationalCode.js';
export { isValidNationalCode, parseNationalCode } from './nationalCode.js';
export type { ParsePostalCodeOptions, PostalCode, PostalCodeError, PostalCodeRule } from './postalCode.js';
export { isValidPostalCode, parsePostalCode } from './postalCode.js';
export type { IranSchemaOptions } from './schema.js';
export {
  cardNumberSchema,
  legalNationalIdSchema,
  mobileSchema,
  nationalCodeSchema,
  postalCodeSchema,
  shebaSchema,
} from './schema.js';
export type { ParsedSheba, ParseShebaOptions, Sheba, ShebaError } from './sheba.js';
export { isValidSheba, parseSheba } from './sheba.js';
export type { ShebaAccount } from './shebaAccount.js';
export { IRAN_SHEBA_BANK_CODES } from './shebaBankCodes.js';
