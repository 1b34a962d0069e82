import { fail } from './checks.js';
import type { CustomerId } from './typesContact.js';

/**
 * Brands a string as a {@link CustomerId} (trimmed; must not be empty).
 *
 * @param id - your id (UUID, database key)
 * @returns the branded id
 * @throws {MoshtariError} INVALID_ARGUMENT when `id` is not a string or is empty after trimming
 * @example
 * ```ts
 * const id = customerId(' c-1001 '); // 'c-1001'
 * ```
 * @category Customer
 */
export function customerId(id: string): CustomerId {
  if (typeof id !== 'string' || id.trim() === '') fail('INVALID_ARGUMENT', 'id: expected a non-empty string', 'id');
  return id.trim() as CustomerId;
}
