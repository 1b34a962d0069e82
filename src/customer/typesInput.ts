import type { JalaliDate } from '../calendar/index.js';
import type { Brand } from '../core/index.js';
import type { OrganizationCustomer, PersonCustomer } from './types.js';

/**
 * What a schema accepts for a value of type `T`: branded strings (ids, national codes, mobiles,
 * emails) as any string, Jalali dates also as text (`'1370/05/12'`, `'۱۳۷۰/۵/۱۲'`), the rest as is.
 *
 * @example
 * ```ts
 * type A = CustomerWire<{ readonly born: JalaliDate; readonly code: NationalCode }>;
 * // { readonly born: JalaliDate | string; readonly code: string }
 * ```
 * @category Customer
 */
export type CustomerWire<T> =
  T extends Brand<string, string>
    ? string
    : T extends JalaliDate
      ? JalaliDate | string
      : T extends readonly (infer U)[]
        ? readonly CustomerWire<U>[]
        : T extends object
          ? { readonly [K in keyof T]: CustomerWire<T[K]> }
          : T;

/**
 * The input of `personCustomerSchema`: a {@link PersonCustomer} as JSON or a form gives it.
 *
 * @example
 * ```ts
 * const input: PersonCustomerInput = { kind: 'person', id: 'c-1', name: { first: 'علي' }, birthDate: '۱۳۷۰/۰۵/۱۲' };
 * ```
 * @category Customer
 */
export type PersonCustomerInput<TCustomInput = unknown> = CustomerWire<Omit<PersonCustomer<never>, 'custom'>> & {
  /** Custom fields, as your custom schema accepts them. */
  readonly custom?: TCustomInput | undefined;
};

/**
 * The input of `organizationCustomerSchema`: an {@link OrganizationCustomer} as JSON or a form gives it.
 *
 * @example
 * ```ts
 * const input: OrganizationCustomerInput = { kind: 'organization', id: 'c-2', name: 'شركت نمونه' };
 * ```
 * @category Customer
 */
export type OrganizationCustomerInput<TCustomInput = unknown> = CustomerWire<
  Omit<OrganizationCustomer<never>, 'custom'>
> & {
  /** Custom fields, as your custom schema accepts them. */
  readonly custom?: TCustomInput | undefined;
};

/**
 * The input of `customerSchema`: either kind, as JSON or a form gives it.
 *
 * @example
 * ```ts
 * const inputs: readonly CustomerInput[] = [{ kind: 'organization', id: 'c-2', name: 'شركت نمونه' }];
 * ```
 * @category Customer
 */
export type CustomerInput<TCustomInput = unknown> =
  | PersonCustomerInput<TCustomInput>
  | OrganizationCustomerInput<TCustomInput>;
