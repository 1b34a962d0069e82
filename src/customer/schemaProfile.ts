import * as z from 'zod';
import { compareMoney, moneySchema } from '../money/index.js';
import { choiceField, fieldMessage, intField, type Locale, localeOf, param, textField } from './schemaFields.js';
import type { CustomerSchemaOptions } from './schemaOptions.js';
import type { CustomerWire } from './typesInput.js';
import type { Geography, IdentificationProfile, MoneyBand } from './typesProfile.js';

function bandSchema(locale: Locale, field: 'monthlyIncome' | 'monthlyExpenses'): z.ZodType<MoneyBand, MoneyBand> {
  return z
    .object({ min: moneySchema(), max: moneySchema().optional() }, param(locale, field))
    .refine((band) => band.max === undefined || compareMoney(band.min, band.max) < 0, {
      message: fieldMessage(locale, field, 'max must be greater than min', 'سقف باید بیشتر از کف باشد'),
      path: ['max'],
    });
}

function geographySchema(locale: Locale): z.ZodType<Geography, Geography> {
  return z.object(
    {
      province: choiceField(locale, 'province').optional(),
      city: textField(locale, 'city', 100).optional(),
      region: textField(locale, 'region', 100).optional(),
      citySize: choiceField(locale, 'citySize').optional(),
      density: choiceField(locale, 'density').optional(),
      climate: choiceField(locale, 'climate').optional(),
    },
    param(locale, 'geography'),
  );
}

/**
 * A zod schema for the {@link IdentificationProfile}. `religion` and `ethnicity` carry
 * `{ sensitive: true }` in their metadata (and in the JSON Schema), so tools can mask them;
 * {@link exportCustomer} leaves them out unless asked for. Income and expense bands are Rial
 * `Money` objects (`moneySchema`), with `max` above `min`.
 *
 * @param options - `locale` of messages (`'fa'` default, or `'en'`)
 * @returns a zod schema from JSON to `IdentificationProfile`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * identificationProfileSchema().parse({ householdSize: 4, geography: { province: 'fars', city: 'شيراز' } });
 * // { householdSize: 4, geography: { province: 'fars', city: 'شیراز' } }
 * ```
 * @category Customer
 */
export function identificationProfileSchema(
  options: CustomerSchemaOptions = {},
): z.ZodType<IdentificationProfile, CustomerWire<IdentificationProfile>> {
  const locale = localeOf(options);
  return z.object(
    {
      monthlyIncome: bandSchema(locale, 'monthlyIncome').optional(),
      monthlyExpenses: bandSchema(locale, 'monthlyExpenses').optional(),
      householdSize: intField(locale, 'householdSize', 1, 50).optional(),
      unmarriedChildren: intField(locale, 'unmarriedChildren', 0, 30).optional(),
      geography: geographySchema(locale).optional(),
      socialClass: choiceField(locale, 'socialClass').optional(),
      religion: choiceField(locale, 'religion')
        .optional()
        .meta({ sensitive: true, description: 'Religion (sensitive: excluded from exports unless asked for)' }),
      ethnicity: choiceField(locale, 'ethnicity')
        .optional()
        .meta({ sensitive: true, description: 'Ethnicity (sensitive: excluded from exports unless asked for)' }),
    },
    param(locale, 'profile'),
  );
}
