import * as z from 'zod';
import { jalaliField } from './schemaDates.js';
import {
  choiceField,
  customerIdField,
  instantField,
  intField,
  type Locale,
  localeOf,
  param,
  textField,
} from './schemaFields.js';
import type { CustomerSchemaOptions } from './schemaOptions.js';
import type { CustomerWire } from './typesInput.js';
import type { BrandRelationship, SurveyAnswer } from './typesProfile.js';

function answers(locale: Locale, field: 'familiarity' | 'satisfaction' | 'recommendation', min: number, max: number) {
  const answer: z.ZodType<SurveyAnswer, SurveyAnswer> = z.object(
    {
      score: intField(locale, 'score', min, max),
      at: instantField(locale, 'at'),
      topic: textField(locale, 'topic', 200).optional(),
    },
    param(locale, field),
  );
  return z.array(answer, param(locale, field)).optional();
}

/**
 * A zod schema for {@link BrandRelationship}: customer since (Jalali, not after `asOf`),
 * acquisition source and channel, dated survey answers (familiarity and satisfaction 1–5, readiness
 * to recommend 0–10), referrals, complaints and notable experiences.
 *
 * @param options - `locale` of messages and `asOf`
 * @returns a zod schema from JSON to `BrandRelationship`
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown locale
 * @example
 * ```ts
 * brandRelationshipSchema({ locale: 'en' }).safeParse({ recommendation: [{ score: 11, at: 0 }] }).error?.issues[0]?.message;
 * // 'score: must be at most 10'
 * ```
 * @category Customer
 */
export function brandRelationshipSchema(
  options: CustomerSchemaOptions = {},
): z.ZodType<BrandRelationship, CustomerWire<BrandRelationship>> {
  const locale = localeOf(options);
  const text = (field: 'note' | 'campaign') => textField(locale, field, 1000);
  return z.object(
    {
      customerSince: jalaliField(locale, 'customerSince', { notAfter: options.asOf }).optional(),
      acquisition: z
        .object(
          {
            source: choiceField(locale, 'acquisitionSource').optional(),
            channel: choiceField(locale, 'acquisitionChannel').optional(),
            campaign: text('campaign').optional(),
            referredBy: customerIdField(locale, 'referredBy').optional(),
          },
          param(locale, 'acquisition'),
        )
        .optional(),
      familiarity: answers(locale, 'familiarity', 1, 5),
      satisfaction: answers(locale, 'satisfaction', 1, 5),
      recommendation: answers(locale, 'recommendation', 0, 10),
      referrals: z
        .array(
          z.object(
            {
              at: instantField(locale, 'at'),
              referred: customerIdField(locale, 'referred').optional(),
              note: text('note').optional(),
            },
            param(locale, 'referrals'),
          ),
          param(locale, 'referrals'),
        )
        .optional(),
      complaints: z
        .object(
          { count: intField(locale, 'count', 0, 1_000_000), lastAt: instantField(locale, 'lastAt').optional() },
          param(locale, 'complaints'),
        )
        .optional(),
      experiences: z
        .array(
          z.object(
            {
              kind: z.enum(['good', 'bad'], param(locale, 'experienceKind')),
              at: instantField(locale, 'at'),
              note: text('note'),
            },
            param(locale, 'experiences'),
          ),
          param(locale, 'experiences'),
        )
        .optional(),
    },
    param(locale, 'relationship'),
  );
}
