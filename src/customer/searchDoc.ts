// What the search index takes from a customer: name text, place text and exact identifier keys.
import type { Customer } from './types.js';
import { CUSTOMER_VALUE_LABELS } from './values.js';

/** The searchable content of one customer. */
export type SearchDoc = {
  /** Name texts (Persian and Latin; organization name). */
  readonly names: readonly string[];
  /** How many of `names` are the main name (Persian first and last, or the organization name). */
  readonly mainNames: number;
  /** City, region and province texts. */
  readonly places: readonly string[];
  /** Exact keys: `kind:value`, e.g. `m:+989121234567`. */
  readonly keys: readonly string[];
};

/** Key prefixes and what they identify. */
export const KEY_KINDS = {
  i: 'id',
  m: 'mobile',
  p: 'phone',
  e: 'email',
  n: 'nationalCode',
  l: 'legalNationalId',
  z: 'postalCode',
  x: 'code',
} as const;

/** The searchable content of `customer`. */
export function searchDoc(customer: Customer<unknown>): SearchDoc {
  const names: string[] = [];
  const places: string[] = [];
  const keys: string[] = [`i:${customer.id}`];
  let mainNames = 0;
  const add = (list: string[], value: string | undefined) => {
    if (value !== undefined && value !== '') list.push(value);
  };
  const province = (code: string | undefined) =>
    code === undefined ? undefined : (CUSTOMER_VALUE_LABELS.province as Record<string, string>)[code];
  if (customer.kind === 'person') {
    add(names, customer.name.first);
    add(names, customer.name.last);
    mainNames = names.length;
    add(names, customer.latinName?.first);
    add(names, customer.latinName?.last);
    if (customer.nationalCode !== undefined) keys.push(`n:${customer.nationalCode}`);
  } else {
    add(names, customer.name);
    mainNames = names.length;
    if (customer.legalNationalId !== undefined) keys.push(`l:${customer.legalNationalId}`);
    if (customer.economicCode !== undefined) keys.push(`x:${customer.economicCode}`);
    if (customer.registrationNumber !== undefined) keys.push(`x:${customer.registrationNumber}`);
    for (const person of customer.contactPersons ?? []) {
      if (person.mobile !== undefined) keys.push(`m:${person.mobile}`);
      if (person.email !== undefined) keys.push(`e:${person.email}`);
    }
  }
  const contact = customer.contact;
  for (const m of contact?.mobiles ?? []) keys.push(`m:${m}`);
  for (const p of contact?.phones ?? []) keys.push(`p:${p}`);
  for (const e of contact?.emails ?? []) keys.push(`e:${e}`);
  for (const a of contact?.addresses ?? []) {
    add(places, a.city);
    add(places, a.region);
    add(places, province(a.province));
    if (a.postalCode !== undefined) keys.push(`z:${a.postalCode}`);
  }
  const geography = customer.profile?.geography;
  add(places, geography?.city);
  add(places, geography?.region);
  add(places, province(geography?.province));
  return { names, mainNames, places, keys: [...new Set(keys)] };
}
