import * as z from 'zod';
import { type LegalNationalId, legalNationalIdSchema, type MobileNumber, mobileSchema } from '../iran/index.js';
import { baseShape, type CustomerRecordSchemaOptions, defaultCustomSchema } from './schemaBase.js';
import {
  choiceField,
  customerIdField,
  digitsField,
  emailField,
  type Locale,
  localeOf,
  param,
  textField,
  wireIdentifier,
} from './schemaFields.js';
import type { ContactPerson, DefaultCustomFields, OrganizationCustomer } from './types.js';
import type { CustomerWire, OrganizationCustomerInput } from './typesInput.js';

function contactPersonSchema(locale: Locale): z.ZodType<ContactPerson, CustomerWire<ContactPerson>> {
  return z.object(
    {
      name: textField(locale, 'name', 200),
      role: textField(locale, 'role', 200).optional(),
      mobile: wireIdentifier<MobileNumber>(mobileSchema({ locale })).optional(),
      email: emailField(locale).optional(),
      customerId: customerIdField(locale, 'customerId').optional(),
    },
    param(locale, 'contactPersons'),
  );
}

/** The organization object schema for a given custom-fields schema (shared with `customerSchema`). */
export function organizationObject<TCustom extends z.ZodType>(
  options: CustomerRecordSchemaOptions<TCustom>,
  custom: TCustom,
): z.ZodType<OrganizationCustomer<z.output<TCustom>>, OrganizationCustomerInput<z.input<TCustom>>> {
  const locale = localeOf(options);
  return z.object(
    {
      ...baseShape(locale, options, custom),
      kind: z.literal('organization', param(locale, 'kind')),
      name: textField(locale, 'name', 300),
      legalNationalId: wireIdentifier<LegalNationalId>(legalNationalIdSchema({ locale })).optional(),
      economicCode: digitsField(locale, 'economicCode', 10, 14).optional(),
      registrationNumber: digitsField(locale, 'registrationNumber', 1, 12).optional(),
      industry: textField(locale, 'industry', 200).optional(),
      size: choiceField(locale, 'organizationSize').optional(),
      contactPersons: z
        .array(contactPersonSchema(locale), param(locale, 'contactPersons'))
        .max(100, param(locale, 'contactPersons'))
        .optional(),
    },
    param(locale, 'kind'),
  );
}

/**
 * A zod schema for an {@link OrganizationCustomer} (حقوقی): registered name (ی/ک fixed), legal-entity
 * national ID (شناسه ملی, checksum checked), economic code and registration number (digits only,
 * Persian digits accepted), industry, size and contact persons (mobiles to E.164).
 *
 * @param options - `locale`, `asOf`, and `custom`: a zod schema for your custom fields
 * @returns a zod schema from JSON to `OrganizationCustomer`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * organizationCustomerSchema().parse({
 *   kind: 'organization', id: 'c-2', name: 'شركت نمونه', legalNationalId: '۱۰۳۸۰۲۸۴۷۹۰',
 * }); // { kind: 'organization', id: 'c-2', name: 'شرکت نمونه', legalNationalId: '10380284790' }
 * ```
 * @category Customer
 */
export function organizationCustomerSchema<
  TCustom extends z.ZodType = z.ZodType<DefaultCustomFields, DefaultCustomFields>,
>(
  options: CustomerRecordSchemaOptions<TCustom> = {},
): z.ZodType<OrganizationCustomer<z.output<TCustom>>, OrganizationCustomerInput<z.input<TCustom>>> {
  return organizationObject(options, options.custom ?? (defaultCustomSchema() as unknown as TCustom));
}
