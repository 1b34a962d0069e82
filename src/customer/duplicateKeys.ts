// Blocking keys of findDuplicates: exact identifiers and the blocks inside which names are compared.
import { digitsValue, hashText, localEnd } from './duplicateCodec.js';
import type { DuplicateBlock, DuplicateExactField, DuplicateKey } from './duplicateFields.js';
import { phoneticKey, searchTokens } from './searchText.js';
import type { Customer } from './types.js';

/** Receives the keys of one record. */
export interface KeySink {
  /** An identifier key. */
  exact(field: DuplicateExactField, key: DuplicateKey): void;
  /** A block key. */
  block(block: DuplicateBlock, key: DuplicateKey): void;
}

/** Sends every exact identifier of `customer` that `fields` asks for to `sink`. */
export function exactKeys(customer: Customer<unknown>, fields: ReadonlySet<DuplicateExactField>, sink: KeySink): void {
  if (customer.kind === 'person') {
    const code = customer.nationalCode;
    if (code !== undefined && fields.has('nationalCode')) sink.exact('nationalCode', digitsValue(code, 0));
  } else {
    if (customer.legalNationalId !== undefined && fields.has('legalNationalId')) {
      sink.exact('legalNationalId', digitsValue(customer.legalNationalId, 0));
    }
    const code = customer.economicCode;
    if (code !== undefined && fields.has('economicCode'))
      sink.exact('economicCode', code.length <= 15 ? 10 ** code.length + digitsValue(code, 0) : hashText(code));
  }
  const contact = customer.contact;
  if (contact === undefined) return;
  if (fields.has('mobile')) for (const m of contact.mobiles ?? []) sink.exact('mobile', digitsValue(m, 1));
  if (fields.has('phone')) for (const p of contact.phones ?? []) sink.exact('phone', digitsValue(p, 1));
  if (fields.has('email')) for (const e of contact.emails ?? []) sink.exact('email', hashText(e));
}

/** Sends every block key of `customer` (normalised `name`, `initials` 0 when nameless) to `sink`. */
export function blockKeys(
  customer: Customer<unknown>,
  name: string,
  initials: number,
  blocks: ReadonlySet<DuplicateBlock>,
  sink: KeySink,
): void {
  if (initials === 0) return; // no name to compare
  const contact = customer.contact;
  if (blocks.has('mobileSuffix')) {
    for (const m of contact?.mobiles ?? []) sink.block('mobileSuffix', digitsValue(m, m.length - 7));
    for (const p of contact?.phones ?? []) sink.block('mobileSuffix', digitsValue(p, p.length - 7));
  }
  if (blocks.has('birthDate') && customer.kind === 'person' && customer.birthDate !== undefined) {
    const d = customer.birthDate;
    sink.block('birthDate', ((d.year * 16 + d.month) * 32 + d.day) * 2 ** 20 + initials);
  }
  if (blocks.has('postalCode')) {
    for (const a of contact?.addresses ?? [])
      if (a.postalCode !== undefined) sink.block('postalCode', digitsValue(a.postalCode, 0));
  }
  if (blocks.has('emailLocal')) {
    for (const e of contact?.emails ?? []) {
      const end = localEnd(e);
      if (end - (e.slice(0, end).split('.').length - 1) >= 4) sink.block('emailLocal', hashText(e, 0, end, true));
    }
  }
  if (blocks.has('nameCity')) {
    const city = contact?.addresses?.[0]?.city ?? customer.profile?.geography?.city ?? '';
    sink.block('nameCity', hashText(`${phoneticKey(name.replaceAll(' ', ''))}|${searchTokens(city).join(' ')}`));
  }
}
