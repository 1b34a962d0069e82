import { describe, expect, it } from 'vitest';
import type { MobileNumber, NationalCode } from '../iran/index.js';
import { type Customer, type CustomerId, type Email, mergeCustomers } from './index.js';

const id = (s: string) => s as CustomerId;
const m = (s: string) => s as MobileNumber;
const t = Date.UTC(2025, 0, 1);

const primary: Customer = {
  kind: 'person',
  id: id('c1'),
  name: { first: 'علی', last: 'رضایی' },
  gender: 'male',
  createdAt: t + 1000,
  contact: {
    mobiles: [m('+989121234567')],
    emails: ['ali@example.com' as Email],
    consents: [{ channel: 'sms', granted: true, at: t, source: 'in store' }],
  },
  tags: ['vip'],
  profile: { householdSize: 3, geography: { province: 'tehran', city: 'تهران' } },
  relationship: { customerSince: { year: 1400, month: 1, day: 1 }, complaints: { count: 1, lastAt: t } },
  lifecycle: { stage: 'repeat', history: [{ stage: 'repeat', enteredAt: t + 50 }] },
  timeline: [{ kind: 'note', id: 'a1', customerId: id('c1'), at: t + 10, author: 'sara' }],
};
const duplicate: Customer = {
  kind: 'person',
  id: id('c2'),
  name: { first: 'علي', last: 'رضائي' },
  nationalCode: '0499370899' as NationalCode,
  birthDate: { year: 1370, month: 5, day: 12 },
  gender: 'female',
  createdAt: t,
  contact: {
    mobiles: [m('+989351112233'), m('+989121234567')],
    emails: ['ali.r@mail.ir' as Email],
    consents: [{ channel: 'sms', granted: false, at: t + 5, source: 'SMS keyword لغو' }],
    preferredChannel: 'sms',
  },
  tags: ['b2b', 'vip'],
  profile: { householdSize: 4, unmarriedChildren: 2, geography: { province: 'alborz', city: 'کرج' } },
  relationship: { customerSince: { year: 1398, month: 7, day: 1 }, complaints: { count: 2, lastAt: t + 99 } },
  lifecycle: {
    stage: 'loyal',
    history: [
      { stage: 'newCustomer', enteredAt: t, exitedAt: t + 20 },
      { stage: 'loyal', enteredAt: t + 20 },
    ],
  },
  timeline: [{ kind: 'call', id: 'a2', customerId: id('c2'), at: t + 5, author: 'reza', direction: 'inbound' }],
  mergedIds: [id('c0')],
};

describe('mergeCustomers', () => {
  const r = mergeCustomers(primary, [duplicate]);
  if (!r.ok) throw new Error('merge refused');
  const merged = r.value.customer;

  it("keeps the primary's values, fills gaps from the duplicate, and records provenance", () => {
    expect(merged.kind === 'person' && merged.name).toEqual({ first: 'علی', last: 'رضایی' });
    expect(merged.kind === 'person' && [merged.gender, merged.nationalCode, merged.birthDate]).toEqual([
      'male',
      '0499370899',
      { year: 1370, month: 5, day: 12 },
    ]);
    expect(r.value.sources).toMatchObject({
      name: 'c1',
      gender: 'c1',
      nationalCode: 'c2',
      birthDate: 'c2',
      'profile.householdSize': 'c1',
    });
    expect(merged.profile).toEqual({
      householdSize: 3,
      geography: { province: 'tehran', city: 'تهران' },
      unmarriedChildren: 2,
    });
  });

  it('unites contact points, consents and tags', () => {
    expect(merged.contact).toEqual({
      mobiles: ['+989121234567', '+989351112233'],
      emails: ['ali@example.com', 'ali.r@mail.ir'],
      consents: [primary.contact?.consents?.[0], duplicate.contact?.consents?.[0]],
      preferredChannel: 'sms',
    });
    expect(merged.tags).toEqual(['vip', 'b2b']);
  });

  it('takes the furthest stage, keeps every history entry, concatenates and re-parents timelines', () => {
    expect(merged.lifecycle).toEqual({
      stage: 'loyal',
      history: [
        { stage: 'newCustomer', enteredAt: t, exitedAt: t + 20 },
        { stage: 'loyal', enteredAt: t + 20 },
        { stage: 'repeat', enteredAt: t + 50 },
        {
          stage: 'loyal',
          enteredAt: t + 50,
          reason: 'merge: furthest stage of the merged records',
          by: 'mergeCustomers',
        },
      ],
    });
    expect(merged.timeline).toEqual([
      { kind: 'call', id: 'a2', customerId: 'c1', at: t + 5, author: 'reza', direction: 'inbound', mergedFrom: 'c2' },
      { kind: 'note', id: 'a1', customerId: 'c1', at: t + 10, author: 'sara' },
    ]);
  });

  it('uses the earliest dates, adds up complaints and keeps redirect ids', () => {
    expect(merged.createdAt).toBe(t);
    expect(merged.relationship).toEqual({
      customerSince: { year: 1398, month: 7, day: 1 },
      complaints: { count: 3, lastAt: t + 99 },
    });
    expect(merged.mergedIds).toEqual(['c2', 'c0']);
    expect(r.value.mergedIds).toEqual(['c2', 'c0']);
    expect(merged.id).toBe('c1');
  });

  it('loses nothing: every value not chosen is in unchosen', () => {
    expect(r.value.unchosen).toEqual(
      expect.arrayContaining([
        { path: 'name', value: { first: 'علي', last: 'رضائي' }, from: 'c2' },
        { path: 'gender', value: 'female', from: 'c2' },
        { path: 'profile.householdSize', value: 4, from: 'c2' },
        { path: 'profile.geography', value: { province: 'alborz', city: 'کرج' }, from: 'c2' },
        { path: 'relationship.customerSince', value: { year: 1400, month: 1, day: 1 }, from: 'c1' },
        { path: 'createdAt', value: t + 1000, from: 'c1' },
        { path: 'lifecycle.stage', value: 'repeat', from: 'c1' },
      ]),
    );
    expect(primary.contact?.mobiles).toHaveLength(1); // inputs untouched
  });

  it('lets the policy choose per field', () => {
    const chosen = mergeCustomers(primary, [duplicate], {
      choose: { gender: id('c2'), lifecycle: id('c1'), createdAt: id('c1') },
    });
    expect(chosen.ok && chosen.value.customer.kind === 'person' && chosen.value.customer.gender).toBe('female');
    expect(chosen.ok && chosen.value.customer.lifecycle?.stage).toBe('repeat');
    expect(chosen.ok && chosen.value.customer.createdAt).toBe(t + 1000);
    expect(chosen.ok && chosen.value.unchosen).toContainEqual({ path: 'gender', value: 'male', from: 'c1' });
  });

  it('refuses a person with an organization, repeated ids and unknown ids in the policy', () => {
    const org: Customer = { kind: 'organization', id: id('o1'), name: 'شرکت نمونه' };
    expect(mergeCustomers<Customer>(primary, [org])).toEqual({
      ok: false,
      error: { code: 'KIND_MISMATCH', ids: ['c1', 'o1'], message: 'o1 is an organization, c1 a person' },
    });
    expect(() => mergeCustomers(primary, [primary])).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID' }));
    expect(() => mergeCustomers(primary, [duplicate], { choose: { gender: id('zz') } })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_CUSTOMER', path: 'policy.choose.gender' }),
    );
  });
});
