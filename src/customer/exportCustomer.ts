import type { Customer } from './types.js';

/**
 * The sensitive fields of a customer record (dotted paths), left out of {@link exportCustomer}
 * unless asked for, and marked `{ sensitive: true }` in the schema metadata.
 *
 * @example
 * ```ts
 * SENSITIVE_CUSTOMER_FIELDS; // ['profile.religion', 'profile.ethnicity']
 * ```
 * @category Customer
 */
export const SENSITIVE_CUSTOMER_FIELDS: readonly string[] = ['profile.religion', 'profile.ethnicity'];

/**
 * Options of {@link exportCustomer}.
 *
 * @example
 * ```ts
 * const options: ExportCustomerOptions = { includeSensitive: true };
 * ```
 * @category Customer
 */
export interface ExportCustomerOptions {
  /** Keep the sensitive fields (religion, ethnicity); default `false`. */
  readonly includeSensitive?: boolean;
}

/**
 * A copy of a customer for export (CSV, a data warehouse, a partner): the sensitive fields of
 * {@link SENSITIVE_CUSTOMER_FIELDS} are removed unless `includeSensitive` is set. The input is not modified.
 *
 * @param customer - the customer
 * @param options - `includeSensitive`
 * @returns the customer without sensitive fields (or unchanged with `includeSensitive`)
 * @example
 * ```ts
 * exportCustomer({ ...customer, profile: { religion: 'islamShia', householdSize: 3 } }).profile;
 * // { householdSize: 3 }
 * ```
 * @category Customer
 */
export function exportCustomer<TCustomer extends Customer<unknown>>(
  customer: TCustomer,
  options: ExportCustomerOptions = {},
): TCustomer {
  if (options.includeSensitive === true || customer.profile === undefined) return customer;
  const { religion: _religion, ethnicity: _ethnicity, ...profile } = customer.profile;
  return { ...customer, profile };
}
