import { checkArray, fail } from './checks.js';
import { IndexState } from './searchState.js';
import type { Customer } from './types.js';

/**
 * An in-memory search index of customers, built by {@link createCustomerIndex} and queried with
 * `searchCustomers`. The index is the one mutable object of this module: {@link addToCustomerIndex}
 * and {@link removeFromCustomerIndex} update it in place (the customers themselves are never modified).
 *
 * @example
 * ```ts
 * const index: CustomerIndex = createCustomerIndex(customers);
 * index.size; // number of customers
 * ```
 * @category Customer
 */
export interface CustomerIndex<TCustomer extends Customer<unknown> = Customer> {
  /** Number of customers in the index. */
  readonly size: number;
  /** Compile-time only: the customer type the index returns. */
  readonly __customer?: TCustomer;
}

/** The state behind an index, or a programmer error. */
export function stateOf<TCustomer extends Customer<unknown>>(index: CustomerIndex<TCustomer>): IndexState<TCustomer> {
  if (!(index instanceof IndexState)) fail('INVALID_ARGUMENT', 'index: expected a CustomerIndex', 'index');
  return index as IndexState<TCustomer>;
}

function checkCustomer(customer: Customer<unknown>, path: string): void {
  if (typeof customer !== 'object' || customer === null || typeof customer.id !== 'string') {
    fail('INVALID_ARGUMENT', `${path}: expected a customer with a string id`, path);
  }
  if (customer.kind !== 'person' && customer.kind !== 'organization') {
    fail('INVALID_ARGUMENT', `${path}.kind: expected 'person' or 'organization'`, `${path}.kind`);
  }
}

/**
 * Builds a search index over customers: names (Persian and Latin, organization names) and places
 * (city, region, province) as Persian-normalised terms with phonetic keys and a typo index, and
 * exact keys for mobiles, phones, emails, national codes, legal IDs, postal codes, economic codes
 * and ids. Building takes one to two seconds for 100 000 customers; query with `searchCustomers`.
 *
 * Plugging moshtari's normaliser into MiniSearch instead (what the benchmark compares against):
 * ```ts
 * import MiniSearch from 'minisearch';
 * import { normalizePersian } from 'moshtari/text';
 * const mini = new MiniSearch({
 *   fields: ['name', 'city'],
 *   // normalise before splitting: ZWNJ becomes a space, ي/ك/Arabic digits are folded
 *   tokenize: (text) => normalizePersian(text, { mode: 'search' }).split(/[^\p{L}\p{N}]+/u),
 *   processTerm: (term) => normalizePersian(term, { mode: 'search' }) || null,
 *   searchOptions: { fuzzy: 1, prefix: true },
 * });
 * ```
 * Phone numbers and national codes still need normalising before they are indexed or queried
 * (`normalizeMobile`, `parseNationalCode` from `moshtari/iran`).
 *
 * @param customers - the customers; ids must be unique
 * @returns a new index
 * @throws {MoshtariError} INVALID_ARGUMENT for a non-array or a record without an id or kind;
 *   DUPLICATE_ID for two customers with the same id
 * @example
 * ```ts
 * const index = createCustomerIndex(customers);
 * searchCustomers(index, 'علي رضائي'); // finds «علی رضایی»
 * searchCustomers(index, '۰۹۱۲ ۱۲۳ ۴۵۶۷'); // finds the customer with +989121234567
 * ```
 * @category Customer
 */
export function createCustomerIndex<TCustomer extends Customer<unknown>>(
  customers: readonly TCustomer[],
): CustomerIndex<TCustomer> {
  checkArray(customers, 'customers');
  const state = new IndexState<TCustomer>();
  customers.forEach((customer, i) => {
    checkCustomer(customer, `customers[${i}]`);
    if (state.slotOf.has(customer.id))
      fail('DUPLICATE_ID', `customers[${i}].id: ${customer.id} appears twice`, `customers[${i}].id`);
    state.add(customer);
  });
  return state;
}

/**
 * Adds a customer to an index in place, or replaces the indexed version of the same id (use it
 * after every update of a customer).
 *
 * @param index - the index (modified)
 * @param customer - the new or updated customer
 * @returns nothing
 * @throws {MoshtariError} INVALID_ARGUMENT for something that is not an index or a customer
 * @example
 * ```ts
 * addToCustomerIndex(index, updatedCustomer);
 * ```
 * @category Customer
 */
export function addToCustomerIndex<TCustomer extends Customer<unknown>>(
  index: CustomerIndex<TCustomer>,
  customer: TCustomer,
): void {
  const state = stateOf(index);
  checkCustomer(customer, 'customer');
  state.add(customer);
}

/**
 * Removes a customer from an index in place.
 *
 * @param index - the index (modified)
 * @param id - the customer's id
 * @returns `true` when it was in the index
 * @throws {MoshtariError} INVALID_ARGUMENT for something that is not an index
 * @example
 * ```ts
 * removeFromCustomerIndex(index, 'c-1001' as CustomerId); // true
 * ```
 * @category Customer
 */
export function removeFromCustomerIndex<TCustomer extends Customer<unknown>>(
  index: CustomerIndex<TCustomer>,
  id: string,
): boolean {
  return stateOf(index).remove(id);
}
