import type { JalaliDate } from '../calendar/index.js';
import type { LegalNationalId, MobileNumber, NationalCode } from '../iran/index.js';
import type { Activity } from './typesActivity.js';
import type { ContactPoints, CustomerId, Email } from './typesContact.js';
import type { CustomerLifecycle } from './typesLifecycle.js';
import type { BrandRelationship, CustomerValue, IdentificationProfile } from './typesProfile.js';

/**
 * Custom fields when none were declared: any JSON-like record.
 *
 * @example
 * ```ts
 * const custom: DefaultCustomFields = { loyaltyCard: 'A-100' };
 * ```
 * @category Customer
 */
export type DefaultCustomFields = Readonly<Record<string, unknown>>;

/**
 * Fields shared by persons and organizations. `TCustom` is the type of your custom fields
 * (declare them with `customerSchema({ custom })` and the type follows).
 *
 * @example
 * ```ts
 * const base: CustomerBase = { id: 'c-1' as CustomerId, tags: ['vip'] };
 * ```
 * @category Customer
 */
export type CustomerBase<TCustom = DefaultCustomFields> = {
  /** Unique id. */
  readonly id: CustomerId;
  /** Mobiles, phones, emails, addresses, preferred channel, consents. */
  readonly contact?: ContactPoints | undefined;
  /** Free tags (normalised Persian text), e.g. `'vip'`, `'عمده‌فروش'`. */
  readonly tags?: readonly string[] | undefined;
  /** The identification profile. */
  readonly profile?: IdentificationProfile | undefined;
  /** Relationship with the brand. */
  readonly relationship?: BrandRelationship | undefined;
  /** Lifecycle stage and its history. */
  readonly lifecycle?: CustomerLifecycle | undefined;
  /** Timeline activities kept on the record (oldest first), if you keep them here. */
  readonly timeline?: readonly Activity[] | undefined;
  /** Your custom fields. */
  readonly custom?: TCustom | undefined;
  /** When the record was created, epoch milliseconds. */
  readonly createdAt?: number | undefined;
  /** Ids of records merged into this one (kept for redirects). */
  readonly mergedIds?: readonly CustomerId[] | undefined;
};

/**
 * A person's name in Persian (normalised: Persian ی/ک, no tatweel), or in Latin letters.
 *
 * @example
 * ```ts
 * const name: PersonName = { first: 'علی', last: 'رضایی' };
 * ```
 * @category Customer
 */
export type PersonName = {
  /** Given name. */
  readonly first?: string | undefined;
  /** Family name. */
  readonly last?: string | undefined;
};

/**
 * An individual customer (حقیقی).
 *
 * @example
 * ```ts
 * const p: PersonCustomer = {
 *   kind: 'person', id: 'c-1' as CustomerId, name: { first: 'علی', last: 'رضایی' },
 *   nationalCode: '0499370899' as NationalCode, birthDate: { year: 1370, month: 5, day: 12 }, gender: 'male',
 * };
 * ```
 * @category Customer
 */
export type PersonCustomer<TCustom = DefaultCustomFields> = CustomerBase<TCustom> & {
  /** Always `'person'`. */
  readonly kind: 'person';
  /** Name in Persian (at least a first or a last name). */
  readonly name: PersonName;
  /** Name in Latin letters, as in a passport. */
  readonly latinName?: PersonName | undefined;
  /** National code (کد ملی), 10 digits. */
  readonly nationalCode?: NationalCode | undefined;
  /** Birth date (Jalali). */
  readonly birthDate?: JalaliDate | undefined;
  /** Gender. */
  readonly gender?: CustomerValue<'gender'> | undefined;
  /** Marital status. */
  readonly maritalStatus?: CustomerValue<'maritalStatus'> | undefined;
  /** Highest education. */
  readonly education?: CustomerValue<'education'> | undefined;
  /** Occupation (free text). */
  readonly occupation?: string | undefined;
  /** Position in the organisation they work for. */
  readonly position?: string | undefined;
  /** Workplace (employer name). */
  readonly workplace?: string | undefined;
};

/**
 * A contact person of an organization.
 *
 * @example
 * ```ts
 * const buyer: ContactPerson = { name: 'مریم احمدی', role: 'مدیر خرید', mobile: '+989121234567' as MobileNumber };
 * ```
 * @category Customer
 */
export type ContactPerson = {
  /** Full name. */
  readonly name: string;
  /** Role or position. */
  readonly role?: string | undefined;
  /** Mobile number, E.164. */
  readonly mobile?: MobileNumber | undefined;
  /** Email, lower-cased. */
  readonly email?: Email | undefined;
  /** The person's own customer record, if any. */
  readonly customerId?: CustomerId | undefined;
};

/**
 * A legal-entity customer (حقوقی).
 *
 * @example
 * ```ts
 * const o: OrganizationCustomer = {
 *   kind: 'organization', id: 'c-2' as CustomerId, name: 'شرکت نمونه', legalNationalId: '10380284790' as LegalNationalId,
 * };
 * ```
 * @category Customer
 */
export type OrganizationCustomer<TCustom = DefaultCustomFields> = CustomerBase<TCustom> & {
  /** Always `'organization'`. */
  readonly kind: 'organization';
  /** Registered name. */
  readonly name: string;
  /** Legal-entity national ID (شناسه ملی), 11 digits. */
  readonly legalNationalId?: LegalNationalId | undefined;
  /** Economic code (کد اقتصادی), 10–14 digits. */
  readonly economicCode?: string | undefined;
  /** Registration number (شماره ثبت), digits. */
  readonly registrationNumber?: string | undefined;
  /** Industry (free text or your own codes). */
  readonly industry?: string | undefined;
  /** Size class by head count. */
  readonly size?: CustomerValue<'organizationSize'> | undefined;
  /** Contact persons. */
  readonly contactPersons?: readonly ContactPerson[] | undefined;
};

/**
 * A customer: a person or an organization, discriminated by `kind` (one record with a
 * discriminator, like a Salesforce Person Account; crm.md §1.2).
 *
 * @example
 * ```ts
 * function displayName(c: Customer): string {
 *   return c.kind === 'person' ? `${c.name.first ?? ''} ${c.name.last ?? ''}`.trim() : c.name;
 * }
 * ```
 * @category Customer
 */
export type Customer<TCustom = DefaultCustomFields> = PersonCustomer<TCustom> | OrganizationCustomer<TCustom>;
