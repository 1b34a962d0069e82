import { describe, expect, it } from 'vitest';
import type { LegalNationalId, MobileNumber, NationalCode, PostalCode } from '../iran/index.js';
import { type Customer, type CustomerId, customerNameSimilarity, type Email, findDuplicates } from './index.js';

const id = (s: string) => s as CustomerId;
const m = (s: string) => s as MobileNumber;
const person = (key: string, first: string, last: string, extra: Partial<Customer> = {}): Customer =>
  ({ kind: 'person', id: id(key), name: { first, last }, ...extra }) as Customer;

describe('customerNameSimilarity', () => {
  it('is Jaro-Winkler over Persian-normalised names', () => {
    expect(customerNameSimilarity('علي رضائي', 'علی رضایی')).toBe(1);
    expect(customerNameSimilarity('MARTHA', 'marhta')).toBeCloseTo(0.9611, 4); // the classic example
    expect(customerNameSimilarity('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
    expect(customerNameSimilarity('محمد رضایی', 'محمد رضائی‌پور')).toBeGreaterThan(0.9);
    expect(customerNameSimilarity('', 'علی')).toBe(0);
  });
});

describe('findDuplicates', () => {
  const customers: Customer[] = [
    person('a', 'علی', 'رضایی', {
      nationalCode: '0499370899' as NationalCode,
      contact: { mobiles: [m('+989121234567')] },
    }),
    person('b', 'علي', 'رضائي', { nationalCode: '0499370899' as NationalCode }),
    person('c', 'زهرا', 'کریمی', { contact: { mobiles: [m('+989121234567')] } }), // same phone, another person
    person('d', 'طاهره', 'احمدی', { birthDate: { year: 1365, month: 3, day: 4 } }),
    person('e', 'طاهره', 'احمدي', { birthDate: { year: 1365, month: 3, day: 4 } }),
    person('f', 'مریم', 'موسوی', { contact: { mobiles: [m('+989351112233')] } }),
    person('g', 'مریم', 'موسوي', { contact: { mobiles: [m('+989121112233')] } }), // same last 7 digits
    person('h', 'مریم', 'یزدانی', { contact: { emails: ['maryam.y@gmail.com' as Email] } }),
    person('i', 'مریم', 'یزدانی', { contact: { emails: ['Maryam.Y@Gmail.com' as Email] } }),
    person('j', 'کیوان', 'کاظمی', { contact: { addresses: [{ postalCode: '1345167891' as PostalCode }] } }),
    person('k', 'کیوان', 'کاظمي', { contact: { addresses: [{ postalCode: '1345167891' as PostalCode }] } }),
    person('l', 'سارا', 'نوری', { contact: { emails: ['saranoori+shop@mail.ir' as Email] } }),
    person('n', 'سارا', 'نوری', { contact: { emails: ['sara.noori@mail.ir' as Email] } }),
    {
      kind: 'organization',
      id: id('o1'),
      name: 'شرکت نمونه سهامی خاص',
      legalNationalId: '10380284790' as LegalNationalId,
    },
    { kind: 'organization', id: id('o2'), name: 'نمونه', legalNationalId: '10380284790' as LegalNationalId },
    { kind: 'organization', id: id('o3'), name: 'زهرا کریمی', contact: { mobiles: [m('+989121234567')] } }, // other kind: never paired
  ];
  const report = findDuplicates(customers);
  const pair = (a: string, b: string) => report.pairs.find((p) => p.a === a && p.b === b);

  it('pairs equal identifiers and says why, with strength', () => {
    expect(pair('a', 'b')?.reasons).toEqual([{ kind: 'exact', field: 'nationalCode', value: '0499370899', score: 1 }]);
    expect(pair('a', 'b')?.score).toBe(1);
    expect(pair('o1', 'o2')).toMatchObject({
      score: 1,
      nameSimilarity: 1,
      reasons: [{ field: 'legalNationalId', value: '10380284790' }],
    });
    const family = pair('a', 'c');
    expect(family?.reasons).toEqual([
      { kind: 'exact', field: 'mobile', value: '+989121234567', score: 0.6 + 0.4 * (family?.nameSimilarity ?? 0) },
    ]);
    expect(family?.score).toBeLessThan(0.9);
    expect(pair('h', 'i')?.reasons.map((r) => r.kind === 'exact' && r.value)).toContain('maryam.y@gmail.com');
  });

  it('pairs similar names inside blocks', () => {
    expect(pair('d', 'e')?.reasons).toEqual([{ kind: 'similarName', block: 'birthDate', key: '1365/3/4', score: 0.9 }]);
    expect(pair('f', 'g')?.reasons).toEqual([
      { kind: 'similarName', block: 'mobileSuffix', key: '1112233', score: 0.95 },
    ]);
    expect(pair('j', 'k')?.reasons).toEqual([
      { kind: 'similarName', block: 'postalCode', key: '1345167891', score: 0.85 },
    ]);
    expect(pair('l', 'n')?.reasons).toEqual([
      { kind: 'similarName', block: 'emailLocal', key: 'saranoori', score: 0.9 },
    ]);
  });

  it('never pairs a person with an organization; groups connected records', () => {
    expect(report.pairs.some((p) => p.a === 'o3' || p.b === 'o3')).toBe(false);
    expect(report.groups).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
      ['f', 'g'],
      ['h', 'i'],
      ['j', 'k'],
      ['l', 'n'],
      ['o1', 'o2'],
    ]);
    expect(report.pairs.map((p) => p.score)).toEqual([...report.pairs.map((p) => p.score)].sort((x, y) => y - x));
  });

  it('follows the rules: fields, blocks, threshold, minimum score', () => {
    expect(findDuplicates(customers, { exact: ['nationalCode'], blocks: [] }).groups).toEqual([['a', 'b']]);
    expect(findDuplicates(customers, { exact: [], blocks: ['birthDate'] }).groups).toEqual([['d', 'e']]);
    expect(findDuplicates(customers, { minScore: 0.95 }).pairs.map((p) => `${p.a}${p.b}`)).toEqual([
      'ab',
      'hi',
      'o1o2',
      'fg',
    ]);
    const strict = findDuplicates(
      [
        person('x', 'علی', 'رضایی', { birthDate: { year: 1360, month: 1, day: 1 } }),
        person('y', 'علی', 'رضوانی', { birthDate: { year: 1360, month: 1, day: 1 } }),
      ],
      { nameThreshold: 0.99 },
    );
    expect(strict.pairs).toEqual([]);
  });

  it('compares oversized blocks by sorted neighbourhood', () => {
    const firsts = ['مینا', 'سارا', 'کیوان', 'بهزاد', 'لیلا', 'پیمان'];
    const lasts = ['احمدی', 'کریمی', 'موسوی', 'کاظمی', 'یزدانی', 'نوری', 'جعفری', 'صادقی', 'هاشمی', 'قاسمی'];
    const phone = { contact: { phones: ['+982188776655' as never] } }; // one office number for everyone
    const office = Array.from({ length: 60 }, (_, i) =>
      person(`p${i}`, firsts[i % 6] as string, lasts[Math.floor(i / 6)] as string, phone),
    );
    office.push(person('q1', 'مینا', 'احمدي', phone));
    const r = findDuplicates(office, { maxBlockSize: 50, window: 3 });
    expect(r.oversizedBlocks).toBeGreaterThan(0);
    expect(r.groups).toEqual([['p0', 'q1']]);
    expect(r.comparisons).toBeLessThanOrEqual(2 * 61 * 3); // two oversized blocks (phone, its suffix) × window
  });

  it('refuses bad rules and a shared id', () => {
    expect(() => findDuplicates(customers, { nameThreshold: 2 })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
    expect(() => findDuplicates(customers, { maxBlockSize: 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
    expect(() => findDuplicates('x' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const twice = [customers[0] as Customer, customers[0] as Customer];
    expect(() => findDuplicates(twice)).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID' }));
  });
});
