import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { Result } from '../core/index.js';
import type { MobileNumber, NationalCode } from '../iran/index.js';
import {
  type Customer,
  type CustomerIndex,
  type CustomerInput,
  type CustomerLifecycleStage,
  type CustomerMerge,
  type CustomerSearchHit,
  type CustomerValue,
  createCustomerIndex,
  customerSchema,
  type MergeCustomersError,
  type MoveLifecycleStageError,
  mergeCustomers,
  moveLifecycleStage,
  type OrganizationCustomer,
  type PersonCustomer,
  personCustomerSchema,
  searchCustomers,
} from './index.js';

describe('customer schema types', () => {
  it('a user extends the schema with custom fields and keeps type inference', () => {
    const schema = customerSchema({ custom: z.object({ card: z.string(), points: z.number().default(0) }) });
    type Mine = z.output<typeof schema>;
    expectTypeOf<Mine>().toEqualTypeOf<Customer<{ card: string; points: number }>>();
    expectTypeOf<z.input<typeof schema>>().toEqualTypeOf<
      CustomerInput<{ card: string; points?: number | undefined }>
    >();
    const parsed = schema.parse({});
    expectTypeOf(parsed.custom).toEqualTypeOf<{ card: string; points: number } | undefined>();
    if (parsed.kind === 'person') {
      expectTypeOf(parsed.nationalCode).toEqualTypeOf<NationalCode | undefined>();
      // @ts-expect-error organizations only
      parsed.legalNationalId;
    }
    // @ts-expect-error not a declared custom field
    parsed.custom?.unknownField;
  });

  it('the default custom fields are a record, and parse outputs branded identifiers', () => {
    const person = personCustomerSchema().parse({});
    expectTypeOf(person).toEqualTypeOf<PersonCustomer>();
    expectTypeOf(person.custom).toEqualTypeOf<Readonly<Record<string, unknown>> | undefined>();
    expectTypeOf(person.contact?.mobiles).toEqualTypeOf<readonly MobileNumber[] | undefined>();
    expectTypeOf<CustomerValue<'gender'>>().toEqualTypeOf<'female' | 'male' | 'other'>();
    // @ts-expect-error not a gender code
    const g: CustomerValue<'gender'> = 'f';
    expectTypeOf(g).toBeString();
  });

  it('inputs accept strings for branded values and Jalali dates as text', () => {
    const input: CustomerInput = {
      kind: 'person',
      id: 'c-1',
      name: { first: 'علی' },
      birthDate: '1370/05/12',
      nationalCode: '0499370899',
    };
    expectTypeOf(input).toExtend<CustomerInput>();
    // @ts-expect-error customers are persons or organizations
    const bad: CustomerInput = { kind: 'robot', id: 'x', name: 'x' };
    expectTypeOf(bad).not.toBeNever();
  });
});

describe('domain function types', () => {
  type Mine = Customer<{ card: string }>;
  it('keep the custom-field type', () => {
    const customer = {} as Mine;
    expectTypeOf(moveLifecycleStage(customer, 'loyal', { at: 0 })).toEqualTypeOf<
      Result<Mine, MoveLifecycleStageError>
    >();
    expectTypeOf(mergeCustomers(customer, [customer])).toEqualTypeOf<
      Result<CustomerMerge<Mine>, MergeCustomersError>
    >();
    const index = createCustomerIndex([customer]);
    expectTypeOf(index).toEqualTypeOf<CustomerIndex<Mine>>();
    expectTypeOf(searchCustomers(index, 'x')).toEqualTypeOf<readonly CustomerSearchHit<Mine>[]>();
    // @ts-expect-error not a lifecycle stage
    moveLifecycleStage(customer, 'vip', { at: 0 });
    expectTypeOf<CustomerLifecycleStage>().toExtend<string>();
  });

  it('narrows on kind', () => {
    const c = {} as Customer;
    if (c.kind === 'organization') expectTypeOf(c).toEqualTypeOf<OrganizationCustomer>();
    else expectTypeOf(c.name.first).toEqualTypeOf<string | undefined>();
  });
});
