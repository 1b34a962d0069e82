// fast-check arbitraries for the customer property tests (test-only; not exported). Every generated
// customer is in the normalised form customerSchema outputs, so parse(serialize(x)) must give x back.
import fc from 'fast-check';
import {
  IRAN_MOBILE_PREFIXES,
  isValidPostalCode,
  type LegalNationalId,
  type MobileNumber,
  type NationalCode,
  type PostalCode,
} from '../iran/index.js';
import type {
  Activity,
  Address,
  ContactPoints,
  Customer,
  CustomerId,
  CustomerLifecycle,
  CustomerLifecycleStage,
  Email,
  MarketingConsent,
} from './index.js';
import { CUSTOMER_VALUE_LABELS, LIFECYCLE_STAGES } from './index.js';

const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

/** Persian names in normalised form, some sharing sounds (ط/ت, ذ/ز) or differing by one letter. */
export const FIRST_NAMES: readonly string[] = [
  'علی',
  'محمد',
  'زهرا',
  'طاهره',
  'تاهره',
  'ذبیح',
  'یگانه',
  'کیوان',
  'مهسا',
];
/** Family names in normalised form. */
export const LAST_NAMES: readonly string[] = ['رضایی', 'کریمی', 'احمدی', 'احمدی‌نژاد', 'موسوی', 'کاظمی', 'یزدانی'];

/** Valid national codes (checksum). */
export const nationalCodeArb: fc.Arbitrary<NationalCode> = digits(9)
  .map((d) => {
    const r = [...d].reduce((s, c, i) => s + Number(c) * (10 - i), 0) % 11;
    return `${d}${r < 2 ? r : 11 - r}`;
  })
  .filter((c) => !/^(\d)\1{9}$/.test(c) && c.slice(3, 9) !== '000000') as fc.Arbitrary<NationalCode>;

/** Valid legal national IDs. */
export const legalIdArb: fc.Arbitrary<LegalNationalId> = digits(10)
  .map((d) => {
    const w = [29, 27, 23, 19, 17, 29, 27, 23, 19, 17];
    const k = Number(d[9]) + 2;
    const c = [...d].reduce((s, ch, i) => s + (k + Number(ch)) * (w[i] ?? 0), 0) % 11;
    return `${d}${c === 10 ? 0 : c}`;
  })
  .filter((c) => !/^(\d)\1{10}$/.test(c) && c.slice(3, 9) !== '000000') as fc.Arbitrary<LegalNationalId>;

/** Mobiles in E.164 with a known operator prefix. */
export const mobileArb: fc.Arbitrary<MobileNumber> = fc
  .tuple(fc.constantFrom(...Object.keys(IRAN_MOBILE_PREFIXES)), digits(7))
  .map(([p, d]) => `+98${p}${d}` as MobileNumber);

/** The ways people type a mobile number: `0912…`, `+98 912 …`, Persian digits, dashes, `98…`, `912…`. */
export function typedMobiles(e164: string): readonly string[] {
  const n = e164.slice(3);
  const persian = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
  return [
    `0${n}`,
    e164,
    `+98 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    persian(`0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`),
    `0${n.slice(0, 3)}-${n.slice(3)}`,
    `98${n}`,
    n,
    `0098${n}`,
  ];
}

const postalArb: fc.Arbitrary<PostalCode> = fc
  .tuple(fc.constantFrom('1', '3', '4', '6', '7', '8', '9'), digits(9))
  .map(([a, b]) => `${a}${b}`)
  .filter((p) => isValidPostalCode(p)) as fc.Arbitrary<PostalCode>;

const emailArb: fc.Arbitrary<Email> = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{2,8}$/), fc.constantFrom('mail.ir', 'example.com', 'gmail.com'))
  .map(([u, d]) => `${u}@${d}` as Email);

const at = fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 });
const codes = <K extends keyof typeof CUSTOMER_VALUE_LABELS>(field: K) =>
  fc.constantFrom(...(Object.keys(CUSTOMER_VALUE_LABELS[field]) as (keyof (typeof CUSTOMER_VALUE_LABELS)[K])[]));

const addressArb: fc.Arbitrary<Address> = fc.record(
  {
    label: codes('addressLabel'),
    province: codes('province'),
    city: fc.constantFrom('تهران', 'شیراز', 'رشت'),
    postalCode: postalArb,
  },
  { requiredKeys: [] },
);

const consentArb: fc.Arbitrary<MarketingConsent> = fc.record({
  channel: codes('contactChannel'),
  granted: fc.boolean(),
  at,
  source: fc.constantFrom('web form', 'in store', 'SMS keyword'),
});

/** Contact points with up to three of each list. */
export const contactArb: fc.Arbitrary<ContactPoints> = fc.record(
  {
    mobiles: fc.uniqueArray(mobileArb, { maxLength: 3 }),
    emails: fc.uniqueArray(emailArb, { maxLength: 2 }),
    addresses: fc.array(addressArb, { maxLength: 2 }),
    preferredChannel: codes('contactChannel'),
    consents: fc.array(consentArb, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** A lifecycle whose history is ordered and ends in the current stage. */
export const lifecycleArb: fc.Arbitrary<CustomerLifecycle> = fc
  .array(fc.tuple(fc.constantFrom(...LIFECYCLE_STAGES), fc.integer({ min: 1, max: 10_000_000 })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((steps) => {
    const times: number[] = [];
    let t = 1_700_000_000_000;
    for (const [, gap] of steps) {
      t += gap;
      times.push(t);
    }
    const history = steps.map(([stage], i) => {
      const exitedAt = times[i + 1];
      return exitedAt === undefined
        ? { stage, enteredAt: times[i] as number }
        : { stage, enteredAt: times[i] as number, exitedAt };
    });
    return { stage: (steps.at(-1) as [CustomerLifecycleStage, number])[0], history };
  });

/** Activities of customer `id`. */
export const activitiesArb = (id: CustomerId): fc.Arbitrary<Activity[]> =>
  fc.uniqueArray(
    fc
      .record({ n: fc.integer({ min: 0, max: 1e6 }), at, kind: fc.constantFrom('note', 'call', 'sms') })
      .map(
        ({ n, at: time, kind }): Activity =>
          kind === 'note'
            ? { kind, id: `a${n}`, customerId: id, at: time, author: 'sara' }
            : { kind, id: `a${n}`, customerId: id, at: time, author: 'sara', direction: 'inbound' },
      ),
    { selector: (a) => a.id, maxLength: 3 },
  );

/** Valid customers of both kinds, in normalised form. */
export const customerArb: fc.Arbitrary<Customer> = fc
  .tuple(
    fc.integer({ min: 0, max: 1e9 }),
    fc.boolean(),
    fc.constantFrom(...FIRST_NAMES),
    fc.constantFrom(...LAST_NAMES),
    fc.option(nationalCodeArb, { nil: undefined }),
    fc.option(legalIdArb, { nil: undefined }),
    fc.option(contactArb, { nil: undefined }),
    fc.option(lifecycleArb, { nil: undefined }),
    fc.option(fc.uniqueArray(fc.constantFrom('vip', 'عمده‌فروش', 'b2b'), { maxLength: 2 }), { nil: undefined }),
  )
  .chain(([n, person, first, last, code, legal, contact, lifecycle, tags]) => {
    const id = `c${n}` as CustomerId;
    return fc.option(activitiesArb(id), { nil: undefined }).map((timeline): Customer => {
      const base = {
        id,
        ...(contact === undefined ? {} : { contact }),
        ...(lifecycle === undefined ? {} : { lifecycle }),
        ...(tags === undefined ? {} : { tags }),
        ...(timeline === undefined ? {} : { timeline: [...timeline].sort((a, b) => a.at - b.at) }),
      };
      return person
        ? { ...base, kind: 'person', name: { first, last }, ...(code === undefined ? {} : { nationalCode: code }) }
        : {
            ...base,
            kind: 'organization',
            name: `شرکت ${last}`,
            ...(legal === undefined ? {} : { legalNationalId: legal }),
          };
    });
  });
