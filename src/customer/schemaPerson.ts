import * as z from 'zod';
import { type NationalCode, nationalCodeSchema } from '../iran/index.js';
import { baseShape, type CustomerRecordSchemaOptions, defaultCustomSchema } from './schemaBase.js';
import { jalaliField } from './schemaDates.js';
import { choiceField, fieldMessage, type Locale, localeOf, param, textField, wireIdentifier } from './schemaFields.js';
import type { DefaultCustomFields, PersonCustomer, PersonName } from './types.js';
import type { PersonCustomerInput } from './typesInput.js';

function nameSchema(locale: Locale, field: 'name' | 'latinName'): z.ZodType<PersonName, PersonName> {
  return z
    .object(
      { first: textField(locale, 'first', 100).optional(), last: textField(locale, 'last', 100).optional() },
      param(locale, field),
    )
    .refine((name) => name.first !== undefined || name.last !== undefined, {
      message: fieldMessage(locale, field, 'give a first or a last name', 'نام یا نام خانوادگی را وارد کنید'),
    });
}

/** The person object schema for a given custom-fields schema (shared with `customerSchema`). */
export function personObject<TCustom extends z.ZodType>(
  options: CustomerRecordSchemaOptions<TCustom>,
  custom: TCustom,
): z.ZodType<PersonCustomer<z.output<TCustom>>, PersonCustomerInput<z.input<TCustom>>> {
  const locale = localeOf(options);
  return z.object(
    {
      ...baseShape(locale, options, custom),
      kind: z.literal('person', param(locale, 'kind')),
      name: nameSchema(locale, 'name'),
      latinName: nameSchema(locale, 'latinName').optional(),
      nationalCode: wireIdentifier<NationalCode>(nationalCodeSchema({ locale })).optional(),
      birthDate: jalaliField(locale, 'birthDate', { notAfter: options.asOf, maxYears: 130 }).optional(),
      gender: choiceField(locale, 'gender').optional(),
      maritalStatus: choiceField(locale, 'maritalStatus').optional(),
      education: choiceField(locale, 'education').optional(),
      occupation: textField(locale, 'occupation', 200).optional(),
      position: textField(locale, 'position', 200).optional(),
      workplace: textField(locale, 'workplace', 200).optional(),
    },
    param(locale, 'kind'),
  );
}

/**
 * A zod schema for a {@link PersonCustomer} (حقیقی). Normalises on parse: Persian names get ی/ک
 * and spacing fixed, the national code Persian digits and dashes removed (and its checksum
 * checked), mobiles become E.164; the birth date is a Jalali date (`'1370/05/12'`, `'۱۳۷۰/۵/۱۲'` or
 * an object) that must exist and, with `asOf`, not lie in the future or over 130 years back. Unknown
 * codes (`gender: 'x'`) are refused with a message naming the field, in Persian (default) or English.
 *
 * @param options - `locale`, `asOf`, and `custom`: a zod schema for your custom fields, whose type the
 *   output keeps
 * @returns a zod schema from JSON to `PersonCustomer`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * const person = personCustomerSchema({ locale: 'en' }).parse({
 *   kind: 'person', id: 'c-1', name: { first: 'علي', last: 'كريمي' }, nationalCode: '۰۴۹۹۳۷۰۸۹۹',
 *   birthDate: '۱۳۷۰/۵/۱۲', contact: { mobiles: ['0912 123 4567'] },
 * });
 * // person.name → { first: 'علی', last: 'کریمی' }, person.contact.mobiles → ['+989121234567']
 * ```
 * @category Customer
 */
export function personCustomerSchema<TCustom extends z.ZodType = z.ZodType<DefaultCustomFields, DefaultCustomFields>>(
  options: CustomerRecordSchemaOptions<TCustom> = {},
): z.ZodType<PersonCustomer<z.output<TCustom>>, PersonCustomerInput<z.input<TCustom>>> {
  return personObject(options, options.custom ?? (defaultCustomSchema() as unknown as TCustom));
}
