import * as z from 'zod';
import { type MobileNumber, mobileSchema, type PostalCode, postalCodeSchema } from '../iran/index.js';
import {
  choiceField,
  emailField,
  instantField,
  localeOf,
  param,
  phoneField,
  textField,
  wireIdentifier,
} from './schemaFields.js';
import type { CustomerSchemaOptions } from './schemaOptions.js';
import type { Address, ContactPoints, MarketingConsent } from './typesContact.js';
import type { CustomerWire } from './typesInput.js';

/** An address; every field optional. */
function addressSchema(options: CustomerSchemaOptions): z.ZodType<Address, CustomerWire<Address>> {
  const locale = localeOf(options);
  return z.object(
    {
      label: choiceField(locale, 'addressLabel').optional(),
      province: choiceField(locale, 'province').optional(),
      city: textField(locale, 'city', 100).optional(),
      region: textField(locale, 'region', 100).optional(),
      street: textField(locale, 'street', 500).optional(),
      postalCode: wireIdentifier<PostalCode>(postalCodeSchema({ locale })).optional(),
    },
    param(locale, 'addresses'),
  );
}

/** One marketing-consent record. */
function consentSchema(options: CustomerSchemaOptions): z.ZodType<MarketingConsent, MarketingConsent> {
  const locale = localeOf(options);
  return z.object(
    {
      channel: choiceField(locale, 'contactChannel'),
      granted: z.boolean(param(locale, 'granted')),
      at: instantField(locale, 'at'),
      source: textField(locale, 'source', 200),
    },
    param(locale, 'consents'),
  );
}

/**
 * A zod schema for {@link ContactPoints}: mobiles in any format are stored as E.164 (`+989…`),
 * landlines as E.164 (`021-8877 6655` → `+982188776655`), emails lower-cased, postal codes as
 * 10 digits; Persian text gets ی/ک and spacing fixed. Lists hold at most 20 entries.
 *
 * @param options - `locale` of messages (`'fa'` default, or `'en'`)
 * @returns a zod schema from JSON to `ContactPoints`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * contactPointsSchema().parse({ mobiles: ['۰۹۱۲ ۱۲۳ ۴۵۶۷'], emails: [' Ali@Example.com'] });
 * // { mobiles: ['+989121234567'], emails: ['ali@example.com'] }
 * ```
 * @category Customer
 */
export function contactPointsSchema(
  options: CustomerSchemaOptions = {},
): z.ZodType<ContactPoints, CustomerWire<ContactPoints>> {
  const locale = localeOf(options);
  const list = <T, I>(item: z.ZodType<T, I>, field: 'mobiles' | 'phones' | 'emails' | 'addresses' | 'consents') =>
    z
      .array(item, param(locale, field))
      .max(field === 'consents' ? 200 : 20, param(locale, field))
      .optional();
  return z.object(
    {
      mobiles: list(wireIdentifier<MobileNumber>(mobileSchema({ locale })), 'mobiles'),
      phones: list(phoneField(locale), 'phones'),
      emails: list(emailField(locale), 'emails'),
      addresses: list(addressSchema(options), 'addresses'),
      preferredChannel: choiceField(locale, 'contactChannel').optional(),
      consents: list(consentSchema(options), 'consents'),
    },
    param(locale, 'contact'),
  );
}
