// moshtari/customer: customer records for an Iranian club. The zod schema normalises on parse
// (Arabic letters, Persian digits, phone formats); search finds spelling variants; duplicates are
// found and merged with provenance; lifecycle stages are derived from purchases.
import assert from 'node:assert/strict';
import {
  createCustomerIndex,
  customerSchema,
  deriveLifecycleStage,
  findDuplicates,
  hasMarketingConsent,
  mergeCustomers,
  moveLifecycleStage,
  searchCustomers,
} from 'moshtari/customer';

const schema = customerSchema({ locale: 'en' }); // person | organization; messages in 'fa' (default) or 'en'
const ali = schema.parse({
  kind: 'person',
  id: 'c-1',
  name: { first: 'علي', last: 'رضائي' },
  nationalCode: '۰۴۹۹۳۷۰۸۹۹',
  birthDate: '۱۳۷۰/۵/۱۲',
  contact: {
    mobiles: ['۰۹۱۲ ۱۲۳ ۴۵۶۷'],
    consents: [{ channel: 'sms', granted: true, at: Date.UTC(2025, 0, 5), source: 'in store' }],
  },
});
assert.ok(ali.kind === 'person');
assert.deepEqual(ali.name, { first: 'علی', last: 'رضائی' }); // ي → ی
assert.equal(ali.nationalCode, '0499370899');
assert.deepEqual(ali.contact?.mobiles, ['+989121234567']);
assert.deepEqual(ali.birthDate, { year: 1370, month: 5, day: 12 }); // dates are Jalali

const twin = schema.parse({
  kind: 'person',
  id: 'c-2',
  name: { first: 'علی', last: 'رضایی' },
  contact: { mobiles: ['+98 912 123 4567'] },
});
const bad = schema.safeParse({ kind: 'person', id: 'c-3', name: { first: 'سارا' }, nationalCode: '1234567890' });
assert.equal(bad.success, false);

// Search by any phone format or by a name with another spelling.
const index = createCustomerIndex([ali, twin]);
assert.deepEqual(
  searchCustomers(index, '09121234567').map((hit) => hit.customer.id),
  ['c-1', 'c-2'],
);
assert.equal(searchCustomers(index, 'علی رضايی')[0]?.customer.id, 'c-1');

// The same mobile makes them duplicates; merging keeps every value it did not choose.
const report = findDuplicates([ali, twin]);
assert.deepEqual(report.groups, [['c-1', 'c-2']]);
const merged = mergeCustomers(ali, [twin]);
if (!merged.ok) throw new Error(merged.error.message);
assert.deepEqual(merged.value.mergedIds, ['c-2']);
const kept = merged.value.customer;
assert.ok(kept.kind === 'person' && kept.id === 'c-1' && kept.nationalCode === '0499370899');

// Consent is per channel and per point in time.
assert.equal(hasMarketingConsent(ali, 'sms', Date.UTC(2025, 5, 1)), true);
assert.equal(hasMarketingConsent(ali, 'email', Date.UTC(2025, 5, 1)), false);

// Lifecycle: derived from purchases; moving backwards needs a reason.
const day = 86_400_000;
const asOf = Date.UTC(2025, 5, 1);
assert.equal(deriveLifecycleStage([{ kind: 'purchase', at: asOf - 10 * day }], {}, asOf).stage, 'newCustomer');
const quiet = deriveLifecycleStage([{ kind: 'purchase', at: asOf - 120 * day }], {}, asOf);
assert.equal(quiet.stage, 'atRisk');
const withStage = { ...ali, lifecycle: { stage: 'repeat' as const, history: [] } };
const back = moveLifecycleStage(withStage, 'lead', { at: asOf });
assert.equal(back.ok ? undefined : back.error.code, 'REASON_REQUIRED');

console.log(
  `parsed: ${ali.name.first} ${ali.name.last}, ${ali.contact?.mobiles?.[0]}, national code ${ali.nationalCode}`,
);
console.log(
  `duplicates: ${JSON.stringify(report.groups)} by ${report.pairs[0]?.reasons.map((r) => r.kind).join(', ')}`,
);
console.log(`lifecycle after 120 quiet days: ${quiet.stage} (${quiet.reason})`);
