import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Money, rial } from '../money/index.js';
import { smsSegments, toLatinDigits } from '../text/index.js';
import { composeSms, type SmsRecipient } from './smsCompose.js';
import { renderSmsTemplate, type SmsPricing } from './smsTemplate.js';

const pricing: SmsPricing = { 'UCS-2': rial(1_150), 'GSM-7': rial(2_300) };
const price = (m: Money<'IRR'> | undefined): bigint => BigInt(m?.amount ?? 'NaN');

const recipientArb: fc.Arbitrary<SmsRecipient> = fc.record(
  {
    customerId: fc.constant('c'),
    mobile: fc.constantFrom('09123456789', '+98 935 000 1122', '۰۹۱۲ ۱۱۱ ۲۲۳۳', '021-88776655', '0912'),
    smsOptIn: fc.boolean(),
    variables: fc.record(
      { name: fc.string({ maxLength: 90 }), points: fc.integer({ min: 0, max: 1e9 }) },
      { requiredKeys: ['name'] },
    ),
  },
  { requiredKeys: ['customerId', 'mobile', 'variables'] },
);

describe('SMS properties', () => {
  it('every recipient is either messaged or skipped; only opted-in customers get messages; totals add up', () => {
    fc.assert(
      fc.property(fc.array(recipientArb, { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (drawn, maxParts) => {
        const recipients = drawn.map((r, i) => ({ ...r, customerId: `c${i}` })); // unique ids
        const batch = composeSms(recipients, '{name}: {points}', { pricing, maxParts });
        expect(batch.messages.length + batch.skipped.length).toBe(recipients.length);
        for (const message of batch.messages) {
          expect(recipients.find((r) => r.customerId === message.customerId)?.smsOptIn).toBe(true);
          expect(message.to).toMatch(/^\+989\d{9}$/);
          expect(message.segments.parts).toBeLessThanOrEqual(maxParts);
          expect(message.segments).toEqual(smsSegments(message.text, { maxParts }));
          expect(price(message.cost)).toBe(BigInt(message.segments.parts) * price(pricing[message.segments.encoding]));
        }
        for (const skip of batch.skipped) {
          const r = recipients.find((x) => x.customerId === skip.customerId);
          if (r?.smsOptIn !== true) expect(skip.reason.code).toBe('NO_CONSENT');
        }
        expect(batch.parts).toBe(batch.messages.reduce((sum, x) => sum + x.segments.parts, 0));
        expect(price(batch.cost)).toBe(batch.messages.reduce((sum, x) => sum + price(x.cost), 0n));
      }),
      { numRuns: 200 },
    );
  });

  it('integers are written in Persian digits that read back to the same number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n })), (n) => {
        const r = renderSmsTemplate('امتیاز: {n}', { n });
        expect(r.ok && r.value.text).toMatch(/^امتیاز: -?[۰-۹]+$/);
        expect(r.ok && toLatinDigits(r.value.text)).toBe(`امتیاز: ${String(n)}`);
        expect(r.ok && r.value.segments.encoding).toBe('UCS-2');
      }),
    );
  });
});
