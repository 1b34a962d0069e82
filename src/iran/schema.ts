import * as z from 'zod';
import type { Result } from '../core/index.js';
import { assert } from '../internal/assert.js';
import { type CardNumber, type ParseCardNumberOptions, parseCardNumber } from './card.js';
import { type LegalNationalId, parseLegalNationalId } from './legalNationalId.js';
import { type MobileNumber, type ParseMobileOptions, parseMobile } from './mobile.js';
import { type NationalCode, parseNationalCode } from './nationalCode.js';
import { type ParsePostalCodeOptions, type PostalCode, parsePostalCode } from './postalCode.js';
import { type AnyIranError, type IranIdentifier, persianMessage, persianTypeMessage } from './schemaMessages.js';
import { type ParseShebaOptions, parseSheba, type Sheba } from './sheba.js';

/**
 * Options shared by the iran schema factories.
 *
 * @example
 * ```ts
 * const options: IranSchemaOptions = { locale: 'en' };
 * nationalCodeSchema(options).safeParse('123').error?.issues[0]?.message;
 * // 'national code: expected 8, 9 or 10 digits, got 3'
 * ```
 * @category Iran
 */
export interface IranSchemaOptions {
  /**
   * Language of issue messages (default `'fa'`: these schemas mostly guard forms filled in by
   * Iranian customers). `'en'` gives the English `message` of the `parse*` error.
   */
  readonly locale?: 'fa' | 'en';
}

const EN_NAME: Readonly<Record<IranIdentifier, string>> = {
  nationalCode: 'national code',
  legalNationalId: 'legal national ID',
  mobile: 'mobile number',
  postalCode: 'postal code',
  sheba: 'Sheba',
  cardNumber: 'card number',
};

function identifierSchema<T>(
  identifier: IranIdentifier,
  options: IranSchemaOptions,
  parse: (input: string) => Result<T, AnyIranError>,
): z.ZodType<T, string> {
  const { locale = 'fa' } = options;
  assert(locale === 'fa' || locale === 'en', 'INVALID_ARGUMENT', `locale: expected 'fa' or 'en'`, 'locale');
  const typeMessage = locale === 'fa' ? persianTypeMessage(identifier) : `${EN_NAME[identifier]}: expected a string`;
  return z.string({ error: typeMessage }).transform((input, ctx): T => {
    const result = parse(input);
    if (result.ok) return result.value;
    const message = locale === 'fa' ? persianMessage(identifier, result.error) : result.error.message;
    ctx.issues.push({ code: 'custom', message, input, params: { iranError: result.error.code } });
    return z.NEVER;
  });
}

/**
 * A zod schema for a national code (کد ملی) field: normalises what was typed (see
 * `parseNationalCode`) and outputs the 10-digit {@link NationalCode}. The issue's
 * `params.iranError` holds the error code.
 *
 * @param options - `locale` of messages (default `'fa'`)
 * @returns a zod schema from string to `NationalCode`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * nationalCodeSchema().parse('۰۴۹۹-۳۷۰۸۹۹'); // '0499370899'
 * nationalCodeSchema().safeParse('1234567890').error?.issues[0]?.message; // 'کد ملی معتبر نیست (رقم کنترل نادرست است)'
 * ```
 * @category Iran
 */
export function nationalCodeSchema(options: IranSchemaOptions = {}): z.ZodType<NationalCode, string> {
  return identifierSchema('nationalCode', options, parseNationalCode);
}

/**
 * A zod schema for a legal-entity national ID (شناسه ملی) field; outputs the 11-digit
 * {@link LegalNationalId} (see `parseLegalNationalId`).
 *
 * @param options - `locale` of messages (default `'fa'`)
 * @returns a zod schema from string to `LegalNationalId`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * legalNationalIdSchema({ locale: 'en' }).parse('۱۰۳۸۰۲۸۴۷۹۰'); // '10380284790'
 * ```
 * @category Iran
 */
export function legalNationalIdSchema(options: IranSchemaOptions = {}): z.ZodType<LegalNationalId, string> {
  return identifierSchema('legalNationalId', options, parseLegalNationalId);
}

/**
 * A zod schema for a mobile number field; outputs E.164 `+989XXXXXXXXX` (see `parseMobile`).
 *
 * @param options - `locale` of messages (default `'fa'`) and `allowUnknownPrefix`
 * @returns a zod schema from string to `MobileNumber`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * mobileSchema().parse('۰۹۱۲ ۳۴۵ ۶۷۸۹'); // '+989123456789'
 * ```
 * @category Iran
 */
export function mobileSchema(options: IranSchemaOptions & ParseMobileOptions = {}): z.ZodType<MobileNumber, string> {
  return identifierSchema('mobile', options, (input) => {
    const r = parseMobile(input, options);
    return r.ok ? { ok: true, value: r.value.e164 } : r;
  });
}

/**
 * A zod schema for a postal code field; outputs the 10-digit {@link PostalCode} (see
 * `parsePostalCode`; the digit rules apply unless `formatRules: false`).
 *
 * @param options - `locale` of messages (default `'fa'`) and `formatRules`
 * @returns a zod schema from string to `PostalCode`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * postalCodeSchema().parse('13451-67891'); // '1345167891'
 * ```
 * @category Iran
 */
export function postalCodeSchema(
  options: IranSchemaOptions & ParsePostalCodeOptions = {},
): z.ZodType<PostalCode, string> {
  return identifierSchema('postalCode', options, (input) => parsePostalCode(input, options));
}

/**
 * A zod schema for a Sheba (IBAN) field; outputs `IR` + 24 digits (see `parseSheba`). Use
 * `parseSheba` itself when you also want the bank and account number.
 *
 * @param options - `locale` of messages (default `'fa'`) and `requireKnownBank`
 * @returns a zod schema from string to `Sheba`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * shebaSchema().parse('ir82 0540 1026 8002 0817 9090 02'); // 'IR820540102680020817909002'
 * ```
 * @category Iran
 */
export function shebaSchema(options: IranSchemaOptions & ParseShebaOptions = {}): z.ZodType<Sheba, string> {
  return identifierSchema('sheba', options, (input) => {
    const r = parseSheba(input, options);
    return r.ok ? { ok: true, value: r.value.sheba } : r;
  });
}

/**
 * A zod schema for a bank card number field; outputs 16 digits (see `parseCardNumber`).
 *
 * @param options - `locale` of messages (default `'fa'`) and `allowUnknownIssuer`
 * @returns a zod schema from string to `CardNumber`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * cardNumberSchema().parse('6037-7016-8909-5443'); // '6037701689095443'
 * ```
 * @category Iran
 */
export function cardNumberSchema(
  options: IranSchemaOptions & ParseCardNumberOptions = {},
): z.ZodType<CardNumber, string> {
  return identifierSchema('cardNumber', options, (input) => {
    const r = parseCardNumber(input, options);
    return r.ok ? { ok: true, value: r.value.number } : r;
  });
}
