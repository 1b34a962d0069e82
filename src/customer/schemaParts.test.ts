import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  activitySchema,
  brandRelationshipSchema,
  contactPointsSchema,
  customerLifecycleSchema,
  customerSchema,
  identificationProfileSchema,
  organizationCustomerSchema,
  personCustomerSchema,
} from './index.js';

const messages = (r: {
  error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } | undefined;
}) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('sub-schemas', () => {
  it('income bands need max above min; answers stay on their scales', () => {
    const band = { min: { amount: '200000000', currency: 'IRR' }, max: { amount: '100000000', currency: 'IRR' } };
    expect(messages(identificationProfileSchema({ locale: 'en' }).safeParse({ monthlyIncome: band }))).toEqual([
      'monthlyIncome.max: monthlyIncome: max must be greater than min',
    ]);
    expect(
      messages(brandRelationshipSchema({ locale: 'en' }).safeParse({ recommendation: [{ score: 11, at: 0 }] })),
    ).toEqual(['recommendation.0.score: score: must be at most 10']);
    expect(brandRelationshipSchema().parse({ customerSince: '1399/06/01', complaints: { count: 2 } })).toEqual({
      customerSince: { year: 1399, month: 6, day: 1 },
      complaints: { count: 2 },
    });
  });

  it('lifecycle history must be ordered and end in the current stage', () => {
    const schema = customerLifecycleSchema({ locale: 'en' });
    const history = [
      { stage: 'lead', enteredAt: 200, exitedAt: 100 },
      { stage: 'prospect', enteredAt: 150 },
    ];
    expect(messages(schema.safeParse({ stage: 'loyal', history }))).toEqual([
      'history.0.exitedAt: history: exitedAt is before enteredAt',
      'history.1.enteredAt: history: entries must be in order of enteredAt',
      'stage: history: the last history entry is prospect, not loyal',
    ]);
  });

  it('activities are discriminated by kind', () => {
    const base = { id: 'a1', customerId: 'c-1', at: 1742500000000, author: 'سارا' };
    expect(
      activitySchema().parse({ ...base, kind: 'call', direction: 'outbound', text: 'تماس  گرفته شد\nپاسخ نداد' }),
    ).toEqual({
      ...base,
      kind: 'call',
      direction: 'outbound',
      text: 'تماس گرفته شد\nپاسخ نداد',
    });
    expect(messages(activitySchema({ locale: 'en' }).safeParse({ ...base, kind: 'call' }))).toEqual([
      'direction: direction: required',
    ]);
  });

  it('contact points alone', () => {
    expect(
      contactPointsSchema().parse({
        mobiles: ['9121234567'],
        consents: [{ channel: 'sms', granted: true, at: 1, source: 'فرم' }],
      }),
    ).toEqual({
      mobiles: ['+989121234567'],
      consents: [{ channel: 'sms', granted: true, at: 1, source: 'فرم' }],
    });
  });
});

describe('JSON Schema', () => {
  const schemas = {
    customerSchema: customerSchema(),
    personCustomerSchema: personCustomerSchema(),
    organizationCustomerSchema: organizationCustomerSchema(),
    contactPointsSchema: contactPointsSchema(),
    identificationProfileSchema: identificationProfileSchema(),
    brandRelationshipSchema: brandRelationshipSchema(),
    customerLifecycleSchema: customerLifecycleSchema(),
    activitySchema: activitySchema(),
  };

  it.each(Object.entries(schemas))('%s converts for input and output', (_name, schema) => {
    expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(schema)).not.toThrow();
  });

  it('marks religion and ethnicity as sensitive and describes normalised outputs', () => {
    const json = JSON.stringify(z.toJSONSchema(identificationProfileSchema()));
    expect(json.match(/"sensitive":true/g)).toHaveLength(2);
    const output = z.toJSONSchema(customerSchema()) as { oneOf: { properties: Record<string, unknown> }[] };
    expect(output.oneOf[0]?.properties['nationalCode']).toEqual({ type: 'string' });
  });
});
