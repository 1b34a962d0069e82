import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { customerSchema, organizationCustomerSchema, personCustomerSchema } from './index.js';

const asOf = { year: 1404, month: 6, day: 1 };
const person = { kind: 'person', id: 'c-1', name: { first: 'علی', last: 'رضایی' } };
const messages = (r: {
  error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } | undefined;
}) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('customerSchema: normalisation on parse', () => {
  it('folds Arabic letters and digits, stores mobiles and phones in E.164, lower-cases emails', () => {
    const c = customerSchema().parse({
      kind: 'person',
      id: ' c-1 ',
      name: { first: 'علي', last: 'كريمي' },
      nationalCode: '۰۴۹۹-۳۷۰۸۹۹',
      birthDate: '۱۳۷۰/۵/۱۲',
      contact: {
        mobiles: ['۰۹۱۲ ۱۲۳ ۴۵۶۷', '+98 (902) 200-2580', '989192002580'],
        phones: ['021-8877 6655', '۰۳۱۳۲۲۲۰۰۰۰'],
        emails: [' Ali.Karimi@Example.COM '],
        addresses: [{ city: 'شيراز', province: 'fars', postalCode: '۱۳۴۵۱-۶۷۸۹۱' }],
      },
      tags: ['vip', 'vip', 'عمده‌فروش'],
    });
    expect(c).toEqual({
      kind: 'person',
      id: 'c-1',
      name: { first: 'علی', last: 'کریمی' },
      nationalCode: '0499370899',
      birthDate: { year: 1370, month: 5, day: 12 },
      contact: {
        mobiles: ['+989121234567', '+989022002580', '+989192002580'],
        phones: ['+982188776655', '+983132220000'],
        emails: ['ali.karimi@example.com'],
        addresses: [{ city: 'شیراز', province: 'fars', postalCode: '1345167891' }],
      },
      tags: ['vip', 'عمده‌فروش'],
    });
  });

  it('parses organizations with a legal ID, economic code and contact persons', () => {
    const o = organizationCustomerSchema({ locale: 'en' }).parse({
      kind: 'organization',
      id: 'c-2',
      name: 'شركت  نمونه سهامي خاص',
      legalNationalId: '۱۰۳۸۰۲۸۴۷۹۰',
      economicCode: '۴۱۱۱-۱۱۱۱-۱۱۱۱',
      registrationNumber: '12345',
      size: 'small',
      contactPersons: [{ name: 'مريم احمدي', role: 'مدیر خرید', mobile: '09121234567', email: 'M@X.IR' }],
    });
    expect(o).toMatchObject({
      name: 'شرکت نمونه سهامی خاص',
      legalNationalId: '10380284790',
      economicCode: '411111111111',
      contactPersons: [{ name: 'مریم احمدی', mobile: '+989121234567', email: 'm@x.ir' }],
    });
  });

  it('keeps custom fields through the typed extension', () => {
    const schema = customerSchema({ custom: z.object({ card: z.string(), points: z.number().default(0) }) });
    expect(schema.parse({ ...person, custom: { card: 'A-1' } }).custom).toEqual({ card: 'A-1', points: 0 });
    expect(schema.safeParse({ ...person, custom: { card: 1 } }).success).toBe(false);
    expect(customerSchema().parse({ ...person, custom: { anything: [1] } }).custom).toEqual({ anything: [1] });
  });
});

describe('customerSchema: bad records name the field', () => {
  it('a wrong national code', () => {
    const en = personCustomerSchema({ locale: 'en' }).safeParse({ ...person, nationalCode: '1234567890' });
    expect(messages(en)).toEqual(['nationalCode: national code: the check digit (10th) does not match digits 1 to 9']);
    const fa = personCustomerSchema().safeParse({ ...person, nationalCode: '1234567890' });
    expect(messages(fa)).toEqual(['nationalCode: کد ملی معتبر نیست (رقم کنترل نادرست است)']);
  });

  it('an impossible birth date: a day Esfand 1404 does not have, month 13, the future, 200 years ago', () => {
    const en = customerSchema({ locale: 'en', asOf });
    expect(messages(en.safeParse({ ...person, birthDate: '1404/12/30' }))).toEqual([
      'birthDate: birthDate: "1404/12/30" is not a Jalali date (input: 1404/12 has days 1–29, not 30 (at 8))',
    ]);
    expect(messages(en.safeParse({ ...person, birthDate: { year: 1370, month: 13, day: 1 } }))).toEqual([
      'birthDate: birthDate: 1370/13/1 is not a valid Jalali date (month must be 1–12)',
    ]);
    expect(messages(en.safeParse({ ...person, birthDate: '1405/01/01' }))).toEqual([
      'birthDate: birthDate: 1405/1/1 is after 1404/6/1',
    ]);
    expect(messages(en.safeParse({ ...person, birthDate: '1204/01/01' }))).toEqual([
      'birthDate: birthDate: 1204/1/1 is more than 130 years before 1404/6/1',
    ]);
    expect(
      messages(customerSchema({ asOf }).safeParse({ ...person, birthDate: { year: 1404, month: 12, day: 30 } })),
    ).toEqual(['birthDate: «تاریخ تولد»: تاریخ ۱۴۰۴/۱۲/۳۰ معتبر نیست (ماه ۱۲ سال ۱۴۰۴ ۲۹ روز دارد)']);
  });

  it('unknown enum values', () => {
    const en = customerSchema({ locale: 'en' }).safeParse({
      ...person,
      gender: 'x',
      education: 'phd',
      contact: { addresses: [{ province: 'Tehran' }], preferredChannel: 'fax' },
      lifecycle: { stage: 'vip', history: [] },
    });
    expect(messages(en)).toEqual([
      'contact.addresses.0.province: province: unknown value "Tehran"; expected one of alborz, ardabil, bushehr, chaharmahalBakhtiari, eastAzerbaijan, westAzerbaijan, fars, gilan, golestan, hamadan, hormozgan, ilam, isfahan, kerman, kermanshah, northKhorasan, razaviKhorasan, southKhorasan, khuzestan, kohgiluyehBoyerAhmad, kurdistan, lorestan, markazi, mazandaran, qazvin, qom, semnan, sistanBaluchestan, tehran, yazd, zanjan',
      'contact.preferredChannel: contactChannel: unknown value "fax"; expected one of sms, call, email, push, messenger, post, inPerson',
      'lifecycle.stage: stage: unknown value "vip"; expected one of lead, prospect, newCustomer, repeat, loyal, atRisk, churned, wonBack',
      'gender: gender: unknown value "x"; expected one of female, male, other',
      'education: education: unknown value "phd"; expected one of none, primary, lowerSecondary, diploma, associate, bachelor, master, doctorate',
    ]);
    const fa = customerSchema().safeParse({ ...person, maritalStatus: 'complicated' });
    expect(messages(fa)).toEqual([
      'maritalStatus: «وضعیت تأهل»: مقدار "complicated" مجاز نیست؛ مقدارهای مجاز: single، married، divorced، widowed',
    ]);
    expect(messages(customerSchema({ locale: 'en' }).safeParse({ kind: 'robot', id: 'x' }))).toEqual([
      'kind: kind: unknown value "robot"; expected one of person, organization',
    ]);
  });

  it('missing and mistyped fields, bad mobiles and emails, empty names', () => {
    const r = customerSchema({ locale: 'en' }).safeParse({
      kind: 'person',
      name: {},
      householdSize: 3,
      contact: { mobiles: ['021-88776655'], emails: ['not-an-email'], phones: ['12'] },
      profile: { householdSize: 0, unmarriedChildren: 1.5 },
    });
    expect(messages(r)).toEqual([
      'id: id: required',
      'contact.mobiles.0: mobile number: an Iranian mobile number starts with 09, this one does not (a landline?)',
      'contact.phones.0: phone: not a phone number (write it as 021-8877 6655, 0098… or +98…)',
      'contact.emails.0: email: "not-an-email" is not a valid email',
      'profile.householdSize: householdSize: must be at least 1',
      'profile.unmarriedChildren: unmarriedChildren: must be a whole number, got 1.5',
      'name: name: give a first or a last name',
    ]);
    expect(messages(customerSchema().safeParse({ kind: 'person', id: 'c', name: { first: '  ' } }))).toEqual([
      'name.first: «نام» نباید خالی باشد',
    ]);
    expect(
      messages(
        organizationCustomerSchema({ locale: 'en' }).safeParse({
          kind: 'organization',
          id: 'o',
          name: 'x',
          economicCode: '12',
        }),
      ),
    ).toEqual(['economicCode: economicCode: expected 10–14 digits']);
  });

  it('refuses an unknown locale', () => {
    expect(() => customerSchema({ locale: 'de' as 'en' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
