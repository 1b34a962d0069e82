import * as z from 'zod';
import { type CustomerRecordSchemaOptions, defaultCustomSchema } from './schemaBase.js';
import { localeOf, param } from './schemaFields.js';
import { organizationObject } from './schemaOrganization.js';
import { personObject } from './schemaPerson.js';
import type { Customer, DefaultCustomFields } from './types.js';
import type { CustomerInput } from './typesInput.js';

/**
 * A zod schema for a {@link Customer}: a person (حقیقی) or an organization (حقوقی), discriminated by
 * `kind`. Validates and normalises on parse (Persian ی/ک and digits, national code and legal ID
 * checksums, mobiles to E.164, emails lower-cased, Jalali dates), with every message naming the
 * field, in Persian (default) or English. Build it once and reuse it; it is a plain zod schema, so
 * it runs in browsers, and `z.toJSONSchema(schema)` (or `{ io: 'input' }` for the accepted JSON)
 * describes it; sensitive fields carry `"sensitive": true`.
 *
 * Custom fields are a typed extension: pass `custom` (any zod schema) and the output type is
 * `Customer<z.output<typeof custom>>`.
 *
 * @param options - `locale` (`'fa'` | `'en'`), `asOf` (today, for birth-date checks) and `custom`
 * @returns a zod schema from JSON to `Customer`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * import * as z from 'zod';
 * const schema = customerSchema({ locale: 'en', custom: z.object({ card: z.string() }) });
 * const r = schema.safeParse({ kind: 'person', id: 'c-1', name: { first: 'علی' }, gender: 'x' });
 * r.error?.issues[0]?.message; // 'gender: unknown value "x"; expected one of female, male, other'
 * type MyCustomer = z.output<typeof schema>; // Customer<{ card: string }>
 * ```
 * @category Customer
 */
export function customerSchema<TCustom extends z.ZodType = z.ZodType<DefaultCustomFields, DefaultCustomFields>>(
  options: CustomerRecordSchemaOptions<TCustom> = {},
): z.ZodType<Customer<z.output<TCustom>>, CustomerInput<z.input<TCustom>>> {
  const locale = localeOf(options);
  const custom = options.custom ?? (defaultCustomSchema() as unknown as TCustom);
  const person = personObject(options, custom) as unknown as z.ZodObject<{ kind: z.ZodLiteral<'person'> }>;
  const organization = organizationObject(options, custom) as unknown as z.ZodObject<{
    kind: z.ZodLiteral<'organization'>;
  }>;
  return z.discriminatedUnion('kind', [person, organization], param(locale, 'kind')) as unknown as z.ZodType<
    Customer<z.output<TCustom>>,
    CustomerInput<z.input<TCustom>>
  >;
}
