import { describe, expect, it } from 'vitest';
import type { LegalNationalId, MobileNumber, NationalCode, PostalCode } from '../iran/index.js';
import {
  addToCustomerIndex,
  type Customer,
  type CustomerId,
  createCustomerIndex,
  type Email,
  removeFromCustomerIndex,
  searchCustomers,
} from './index.js';

const id = (s: string) => s as CustomerId;
const customers: Customer[] = [
  {
    kind: 'person',
    id: id('c1'),
    name: { first: 'علی', last: 'رضایی' },
    latinName: { first: 'Ali', last: 'Rezaei' },
    nationalCode: '0499370899' as NationalCode,
    contact: {
      mobiles: ['+989121234567' as MobileNumber],
      emails: ['ali.rezaei@example.com' as Email],
      addresses: [{ city: 'تهران', province: 'tehran', postalCode: '1345167891' as PostalCode }],
    },
  },
  {
    kind: 'person',
    id: id('c2'),
    name: { first: 'طاهره', last: 'كريمي' },
    contact: { addresses: [{ city: 'شیراز', province: 'fars' }] },
  },
  {
    kind: 'person',
    id: id('c3'),
    name: { first: 'عبدالله', last: 'نوری' },
    contact: { phones: ['+982188776655' as never] },
  },
  {
    kind: 'person',
    id: id('c4'),
    name: { first: 'محمد رضا', last: 'احمدی‌نژاد' },
    profile: { geography: { city: 'رشت' } },
  },
  {
    kind: 'organization',
    id: id('c5'),
    name: 'شرکت نمونه سهامی خاص',
    legalNationalId: '10380284790' as LegalNationalId,
    economicCode: '411111111111',
  },
  {
    kind: 'person',
    id: id('c6'),
    name: { first: 'علي', last: 'رضائی' },
    contact: { mobiles: ['+989121234567' as MobileNumber] },
  },
  { kind: 'person', id: id('c7'), name: { first: 'ذبیح الله', last: 'اسمعیلی' } },
];
const index = createCustomerIndex(customers);
const ids = (query: string, options?: Parameters<typeof searchCustomers>[2]) =>
  searchCustomers(index, query, options).map((h) => h.customer.id);

describe('searchCustomers: identifiers', () => {
  it.each([
    '09121234567',
    '+989121234567',
    '+98 912 123 4567',
    '۰۹۱۲ ۱۲۳ ۴۵۶۷',
    '0912-123-4567',
    '989121234567',
    '9121234567',
    '00989121234567',
  ])('finds a mobile typed as %s', (query) => {
    const hits = searchCustomers(index, query);
    expect(hits.map((h) => h.customer.id)).toEqual(['c1', 'c6']);
    expect(hits[0]?.matchedBy).toBe('mobile');
  });

  it('finds national codes, legal IDs, economic and postal codes, emails, landlines and ids', () => {
    expect(searchCustomers(index, '۰۴۹۹۳۷۰۸۹۹')[0]).toMatchObject({
      customer: { id: 'c1' },
      matchedBy: 'nationalCode',
      score: 100,
    });
    expect(searchCustomers(index, '499370899')[0]?.matchedBy).toBe('nationalCode');
    expect(searchCustomers(index, '10380284790')[0]).toMatchObject({
      customer: { id: 'c5' },
      matchedBy: 'legalNationalId',
    });
    expect(searchCustomers(index, '4111-1111-1111')[0]).toMatchObject({ customer: { id: 'c5' }, matchedBy: 'code' });
    expect(searchCustomers(index, '13451-67891')[0]).toMatchObject({ customer: { id: 'c1' }, matchedBy: 'postalCode' });
    expect(searchCustomers(index, ' Ali.Rezaei@EXAMPLE.com ')[0]).toMatchObject({
      customer: { id: 'c1' },
      matchedBy: 'email',
    });
    expect(searchCustomers(index, '021 8877 6655')[0]).toMatchObject({ customer: { id: 'c3' }, matchedBy: 'phone' });
    expect(searchCustomers(index, 'c7')[0]).toMatchObject({ customer: { id: 'c7' }, matchedBy: 'id' });
    expect(ids('09350000000')).toEqual([]);
  });
});

describe('searchCustomers: names and places', () => {
  it('matches Arabic and Persian spellings of ی and ک', () => {
    expect(ids('علي رضائي')).toEqual(['c1', 'c6']);
    expect(ids('کریمی')).toEqual(['c2']);
  });

  it('matches sound-alike spellings and one typo, ranked after exact words', () => {
    expect(ids('تاهره')).toEqual(['c2']); // ط / ت
    expect(ids('رزایی').slice(0, 2)).toEqual(['c1', 'c6']); // ض / ز, then ئ / ی (then «رضا», one letter off)
    expect(ids('علی رضاییی')).toEqual(['c1', 'c6']); // one letter too many
    expect(ids('اسماعیلی')).toEqual(['c7']); // اسمعیلی written with an extra alef
    const small = createCustomerIndex([
      { kind: 'person', id: id('x1'), name: { first: 'تاهره' } },
      { kind: 'person', id: id('x2'), name: { first: 'طاهره' } },
      { kind: 'person', id: id('x3'), name: { first: 'طاهر' } },
    ]);
    const hits = searchCustomers(small, 'طاهره', { prefix: false });
    expect(hits.map((h) => h.customer.id)).toEqual(['x2', 'x1', 'x3']); // exact, variant, typo
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(new Set(hits.map((h) => h.score)).size).toBe(3);
  });

  it('treats the last word as a prefix and joins split words', () => {
    expect(ids('علی رض')).toEqual(['c1', 'c6']);
    expect(ids('احمدی نژاد')).toEqual(['c4']);
    expect(ids('احمدی‌نژاد')).toEqual(['c4']);
    expect(ids('محمدرضا')).toEqual(['c4']);
    expect(ids('عبد الله')).toEqual(['c3']);
    expect(ids('ذبیح‌الله')).toEqual(['c7']);
    expect(ids('Ali rez')).toEqual(['c1']);
  });

  it('searches cities and provinces, at half the weight of names', () => {
    expect(ids('شیراز')).toEqual(['c2']);
    expect(ids('رشت')).toEqual(['c4']);
    expect(ids('تهران')).toEqual(['c1']);
    expect(ids('فارس')).toEqual(['c2']);
    expect(ids('علی تهران')).toEqual(['c1']);
    expect(ids('شیراز', { fields: ['name'] })).toEqual([]);
  });

  it('respects options', () => {
    expect(ids('علی', { limit: 1 })).toEqual(['c1']);
    expect(ids('تاهیره', { typos: false })).toEqual([]);
    expect(ids('علی رض', { prefix: false })).toEqual([]);
    expect(ids('علی کریمی', { match: 'any' })).toEqual(['c2', 'c1', 'c6']);
    expect(ids('   ')).toEqual([]);
    expect(() => searchCustomers(index, 'x', { limit: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
    expect(() => searchCustomers(index, 'x', { fields: ['email' as 'name'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
    expect(() => searchCustomers({ size: 0 }, 'x')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('incremental updates', () => {
  it('adds, replaces and removes customers', () => {
    const live = createCustomerIndex(customers.slice(0, 2));
    expect(live.size).toBe(2);
    addToCustomerIndex(live, { kind: 'person', id: id('c9'), name: { first: 'کیوان', last: 'یزدانی' } });
    expect(searchCustomers(live, 'یزدانی').map((h) => h.customer.id)).toEqual(['c9']);
    addToCustomerIndex(live, { kind: 'person', id: id('c9'), name: { first: 'کیوان', last: 'کاظمی' } });
    expect(searchCustomers(live, 'یزدانی')).toEqual([]);
    expect(searchCustomers(live, 'کاظمی').map((h) => h.customer.id)).toEqual(['c9']);
    expect(removeFromCustomerIndex(live, 'c1')).toBe(true);
    expect(removeFromCustomerIndex(live, 'c1')).toBe(false);
    expect(searchCustomers(live, '09121234567')).toEqual([]);
    expect(searchCustomers(live, 'علی')).toEqual([]);
    expect(live.size).toBe(2);
  });

  it('stays correct through many removals (compaction)', () => {
    const many: Customer[] = Array.from({ length: 3000 }, (_, i) => ({
      kind: 'person',
      id: id(`m${i}`),
      name: { first: i % 2 === 0 ? 'مریم' : 'سارا', last: `نام${i}` },
    }));
    const live = createCustomerIndex(many);
    for (let i = 0; i < 2500; i++) removeFromCustomerIndex(live, `m${i}`);
    expect(live.size).toBe(500);
    expect(searchCustomers(live, 'مریم', { limit: 1000 })).toHaveLength(250);
    expect(searchCustomers(live, 'نام2999')[0]?.customer.id).toBe('m2999'); // then one-digit typos
    expect(searchCustomers(live, 'نام10')).toEqual([]);
  });

  it('refuses duplicate ids and non-customers when building', () => {
    expect(() => createCustomerIndex([customers[0] as Customer, customers[0] as Customer])).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID', path: 'customers[1].id' }),
    );
    expect(() => createCustomerIndex([{ id: 'x' } as never])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
