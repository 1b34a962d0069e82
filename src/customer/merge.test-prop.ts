import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerArb } from './arbitraries.test-util.js';
import { type Customer, customerSchema, lifecycleStageRank, mergeCustomers } from './index.js';

/** One to four customers of the same kind, with distinct ids. */
const group = fc.boolean().chain((person) =>
  fc.uniqueArray(
    customerArb.filter((c) => (c.kind === 'person') === person),
    { selector: (c) => c.id, minLength: 1, maxLength: 4 },
  ),
);

const canonical = (v: unknown) =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x,
  );

describe('merge properties', () => {
  it('keeps every contact point of every input', () => {
    fc.assert(
      fc.property(group, ([primary, ...duplicates]) => {
        const r = mergeCustomers(primary as Customer, duplicates);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const merged = r.value.customer.contact;
        for (const c of [primary as Customer, ...duplicates]) {
          for (const mobile of c.contact?.mobiles ?? []) expect(merged?.mobiles).toContain(mobile);
          for (const phone of c.contact?.phones ?? []) expect(merged?.phones).toContain(phone);
          for (const email of c.contact?.emails ?? []) expect(merged?.emails).toContain(email);
          const addresses = (merged?.addresses ?? []).map(canonical);
          for (const a of c.contact?.addresses ?? []) expect(addresses).toContain(canonical(a));
          const consents = (merged?.consents ?? []).map(canonical);
          for (const k of c.contact?.consents ?? []) expect(consents).toContain(canonical(k));
        }
        expect(new Set(merged?.mobiles ?? []).size).toBe((merged?.mobiles ?? []).length);
      }),
    );
  });

  it('every id, activity and history entry survives; the stage is the furthest', () => {
    fc.assert(
      fc.property(group, ([primary, ...duplicates]) => {
        const r = mergeCustomers(primary as Customer, duplicates);
        if (!r.ok) return;
        const all = [primary as Customer, ...duplicates];
        expect(r.value.customer.id).toBe(primary?.id);
        for (const d of duplicates) expect(r.value.customer.mergedIds).toContain(d.id);
        const activityIds = new Set(all.flatMap((c) => (c.timeline ?? []).map((a) => a.id)));
        expect(new Set((r.value.customer.timeline ?? []).map((a) => a.id))).toEqual(activityIds);
        for (const a of r.value.customer.timeline ?? []) expect(a.customerId).toBe(primary?.id);
        const ranks = all.flatMap((c) => (c.lifecycle ? [lifecycleStageRank(c.lifecycle.stage)] : []));
        if (ranks.length > 0)
          expect(lifecycleStageRank(r.value.customer.lifecycle?.stage ?? 'lead')).toBe(Math.max(...ranks));
        const entries = new Set((r.value.customer.lifecycle?.history ?? []).map(canonical));
        for (const c of all) for (const e of c.lifecycle?.history ?? []) expect(entries).toContain(canonical(e));
      }),
    );
  });

  it('a scalar of any input is either chosen or listed as unchosen; the result is a valid customer', () => {
    const schema = customerSchema({ locale: 'en' });
    fc.assert(
      fc.property(group, ([primary, ...duplicates]) => {
        const r = mergeCustomers(primary as Customer, duplicates);
        if (!r.ok) return;
        const merged = r.value.customer;
        for (const c of [primary as Customer, ...duplicates]) {
          const value = c.kind === 'person' ? c.nationalCode : c.legalNationalId;
          if (value === undefined) continue;
          const kept =
            merged.kind === 'person'
              ? merged.nationalCode
              : merged.kind === 'organization'
                ? merged.legalNationalId
                : undefined;
          expect(kept === value || r.value.unchosen.some((u) => u.value === value && u.from === c.id)).toBe(true);
        }
        expect(schema.safeParse(merged).success).toBe(true);
      }),
    );
  });
});
