import * as z from 'zod';
import { contactPointsSchema } from './schemaContact.js';
import { customerIdField, instantField, type Locale, param, textField } from './schemaFields.js';
import { activitySchema, customerLifecycleSchema } from './schemaLifecycle.js';
import type { CustomerSchemaOptions } from './schemaOptions.js';
import { identificationProfileSchema } from './schemaProfile.js';
import { brandRelationshipSchema } from './schemaRelationship.js';
import type { DefaultCustomFields } from './types.js';
import type { Activity } from './typesActivity.js';
import type { ContactPoints, CustomerId } from './typesContact.js';
import type { CustomerWire } from './typesInput.js';
import type { CustomerLifecycle } from './typesLifecycle.js';
import type { BrandRelationship, IdentificationProfile } from './typesProfile.js';

type Opt<T> = z.ZodOptional<z.ZodType<T, CustomerWire<T>>>;

/** The zod shape of the fields shared by persons and organizations. */
export type BaseShape<TCustom extends z.ZodType> = {
  id: z.ZodType<CustomerId, string>;
  contact: Opt<ContactPoints>;
  tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
  profile: Opt<IdentificationProfile>;
  relationship: Opt<BrandRelationship>;
  lifecycle: Opt<CustomerLifecycle>;
  timeline: z.ZodOptional<z.ZodArray<z.ZodType<Activity, CustomerWire<Activity>>>>;
  custom: z.ZodOptional<TCustom>;
  createdAt: z.ZodOptional<z.ZodNumber>;
  mergedIds: z.ZodOptional<z.ZodArray<z.ZodType<CustomerId, string>>>;
};

/**
 * Options of `customerSchema`, `personCustomerSchema` and `organizationCustomerSchema`: those of
 * every customer schema plus your custom fields.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * const options: CustomerRecordSchemaOptions<z.ZodObject<{ card: z.ZodString }>> = {
 *   locale: 'en',
 *   custom: z.object({ card: z.string() }),
 * };
 * ```
 * @category Customer
 */
export interface CustomerRecordSchemaOptions<TCustom extends z.ZodType = z.ZodType<DefaultCustomFields>>
  extends CustomerSchemaOptions {
  /**
   * A zod schema for `custom` (typed extension): its output type becomes `Customer<…>['custom']`.
   * Default: any record of string keys.
   */
  readonly custom?: TCustom;
}

/** The schema of `custom` when none is given. */
export function defaultCustomSchema(): z.ZodType<DefaultCustomFields, DefaultCustomFields> {
  return z.record(z.string(), z.unknown());
}

/** The fields shared by persons and organizations. */
export function baseShape<TCustom extends z.ZodType>(
  locale: Locale,
  options: CustomerSchemaOptions,
  custom: TCustom,
): BaseShape<TCustom> {
  const tag = textField(locale, 'tag', 50);
  return {
    id: customerIdField(locale),
    contact: contactPointsSchema(options).optional(),
    tags: z
      .array(tag, param(locale, 'tags'))
      .max(100, param(locale, 'tags'))
      .overwrite((tags) => [...new Set(tags)])
      .optional(),
    profile: identificationProfileSchema(options).optional(),
    relationship: brandRelationshipSchema(options).optional(),
    lifecycle: customerLifecycleSchema(options).optional(),
    timeline: z.array(activitySchema(options), param(locale, 'timeline')).optional(),
    custom: custom.optional(),
    createdAt: instantField(locale, 'createdAt').optional(),
    mergedIds: z.array(customerIdField(locale, 'mergedIds'), param(locale, 'mergedIds')).optional(),
  };
}
