import type { Brand } from '../core/index.js';
import type { MobileNumber, PostalCode } from '../iran/index.js';
import type { CustomerValueLabels } from './values.js';

/**
 * A customer's id, unique within your data (a UUID, a database key): any non-empty string,
 * branded by `customerSchema` or {@link customerId}.
 *
 * @example
 * ```ts
 * const id: CustomerId = customerId('c-1001');
 * ```
 * @category Customer
 */
export type CustomerId = Brand<string, 'CustomerId'>;

/**
 * An email address, trimmed and lower-cased (Odoo's `email_normalize`), as `customerSchema` outputs it.
 *
 * @example
 * ```ts
 * // customerSchema().parse({ …, contact: { emails: [' Ali@Example.COM '] } }).contact.emails
 * // ['ali@example.com']
 * ```
 * @category Customer
 */
export type Email = Brand<string, 'Email'>;

/**
 * A landline (or any non-mobile) phone number in E.164 form: `+98` and the 10-digit national
 * significant number for Iran (`'+982188776655'` from `'021-8877 6655'`), or `+` and 8–15 digits abroad.
 *
 * @example
 * ```ts
 * const office = '+982188776655' as PhoneNumber;
 * ```
 * @category Customer
 */
export type PhoneNumber = Brand<string, 'PhoneNumber'>;

/**
 * One of Iran's 31 provinces, as a stable code (`'tehran'`, `'razaviKhorasan'`); Persian names are
 * in `CUSTOMER_VALUE_LABELS.province`.
 *
 * @example
 * ```ts
 * const p: IranProvince = 'eastAzerbaijan'; // آذربایجان شرقی
 * ```
 * @category Customer
 */
export type IranProvince = keyof CustomerValueLabels['province'];

/**
 * A channel to reach a customer, for the preferred channel and marketing consent.
 *
 * @example
 * ```ts
 * const channel: ContactChannel = 'sms';
 * ```
 * @category Customer
 */
export type ContactChannel = keyof CustomerValueLabels['contactChannel'];

/**
 * A postal address. Every field is optional; give what is known.
 *
 * @example
 * ```ts
 * const home: Address = { label: 'home', province: 'tehran', city: 'تهران', postalCode: '1345167891' as PostalCode };
 * ```
 * @category Customer
 */
export type Address = {
  /** What the address is for (`'home'`, `'work'`, `'billing'`, `'shipping'`, `'other'`). */
  readonly label?: keyof CustomerValueLabels['addressLabel'] | undefined;
  /** Province code. */
  readonly province?: IranProvince | undefined;
  /** City, normalised Persian text (`'تهران'`). */
  readonly city?: string | undefined;
  /** District or municipal region (`'منطقه ۳'`). */
  readonly region?: string | undefined;
  /** Street, alley, number, unit: the rest of the address. */
  readonly street?: string | undefined;
  /** Ten-digit postal code. */
  readonly postalCode?: PostalCode | undefined;
};

/**
 * One marketing-consent record: a customer granted or withdrew permission to be contacted on a
 * channel at a time, from a source. Records are kept, not overwritten; the latest per channel is in force
 * (see {@link hasMarketingConsent}). SMS opt-in matters: Iranian advertising SMS need it.
 *
 * @example
 * ```ts
 * const optIn: MarketingConsent = { channel: 'sms', granted: true, at: 1742500000000, source: 'web form' };
 * ```
 * @category Customer
 */
export type MarketingConsent = {
  /** The channel the permission is about. */
  readonly channel: ContactChannel;
  /** `true` for an opt-in, `false` for an opt-out. */
  readonly granted: boolean;
  /** When it was given or withdrawn, epoch milliseconds. */
  readonly at: number;
  /** Where it came from: `'web form'`, `'SMS keyword لغو'`, `'in store'`, an import name… */
  readonly source: string;
};

/**
 * Every way to reach a customer. Lists keep their order; the first entry is the primary one.
 *
 * @example
 * ```ts
 * const contact: ContactPoints = {
 *   mobiles: ['+989121234567' as MobileNumber],
 *   emails: ['ali@example.com' as Email],
 *   preferredChannel: 'sms',
 *   consents: [{ channel: 'sms', granted: true, at: 1742500000000, source: 'in store' }],
 * };
 * ```
 * @category Customer
 */
export type ContactPoints = {
  /** Mobile numbers in E.164 (`+989…`); the first is primary. */
  readonly mobiles?: readonly MobileNumber[] | undefined;
  /** Landline and other phone numbers in E.164. */
  readonly phones?: readonly PhoneNumber[] | undefined;
  /** Email addresses, lower-cased. */
  readonly emails?: readonly Email[] | undefined;
  /** Postal addresses. */
  readonly addresses?: readonly Address[] | undefined;
  /** The channel the customer prefers. */
  readonly preferredChannel?: ContactChannel | undefined;
  /** Marketing consent history, per channel, with date and source. */
  readonly consents?: readonly MarketingConsent[] | undefined;
};
