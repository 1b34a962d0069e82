import { checkInstant } from './checks.js';
import type { Customer } from './types.js';
import type { ContactChannel } from './typesContact.js';

/**
 * Tells whether a customer may receive marketing on a channel at `asOf`: the latest consent record
 * for that channel at or before `asOf` must be an opt-in. No record means no consent (opt-in rule,
 * as advertising SMS require). Records with the same time: an opt-out wins.
 *
 * @param customer - the customer
 * @param channel - `'sms'`, `'email'`, `'call'`, …
 * @param asOf - the moment to check, epoch milliseconds
 * @returns `true` when the customer has opted in and not out since
 * @throws {MoshtariError} INVALID_INSTANT for a bad `asOf`
 * @example
 * ```ts
 * hasMarketingConsent(customer, 'sms', Date.UTC(2025, 5, 1)); // true after an SMS opt-in
 * ```
 * @category Customer
 */
export function hasMarketingConsent(customer: Customer<unknown>, channel: ContactChannel, asOf: number): boolean {
  checkInstant(asOf, 'asOf');
  let latest: { readonly at: number; readonly granted: boolean } | undefined;
  for (const consent of customer.contact?.consents ?? []) {
    if (consent.channel !== channel || consent.at > asOf) continue;
    if (latest === undefined || consent.at > latest.at || (consent.at === latest.at && !consent.granted)) {
      latest = consent;
    }
  }
  return latest?.granted === true;
}
