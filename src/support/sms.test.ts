import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { rial, toman } from '../money/index.js';
import { composeSms, type SmsRecipient } from './smsCompose.js';
import { renderSmsTemplate, type SmsPricing } from './smsTemplate.js';

// Persian (UCS-2) parts cost about half of Latin (GSM-7) parts (crm.md §9)
const pricing: SmsPricing = { 'UCS-2': rial(1_150), 'GSM-7': rial(2_300) };
const order = { name: 'سارا', order: 1403, amount: toman(1_250_000), date: { year: 1404, month: 1, day: 15 } };
const codeOf = (f: () => unknown): [string, string | undefined] => {
  try {
    f();
  } catch (error) {
    if (isMoshtariError(error)) return [error.code, error.path];
    throw error;
  }
  throw new Error('did not throw');
};

describe('renderSmsTemplate', () => {
  it('fills Persian digits, formatted amounts and Jalali dates, and previews length and cost', () => {
    const r = renderSmsTemplate('{name} عزیز، سفارش {order} به مبلغ {amount} در {date} ارسال شد.', order, { pricing });
    expect(r).toEqual({
      ok: true,
      value: {
        text: 'سارا عزیز، سفارش ۱۴۰۳ به مبلغ ۱٬۲۵۰٬۰۰۰ تومان در ۱۵ فروردین ۱۴۰۴ ارسال شد.',
        segments: {
          encoding: 'UCS-2',
          units: 74,
          parts: 2,
          unitsPerPart: 67,
          partUnits: [67, 7],
          remainingInLastPart: 60,
        },
        cost: { amount: '2300', currency: 'IRR' },
      },
    });
  });

  it('writes a Latin message in GSM-7 at the Latin price', () => {
    const r = renderSmsTemplate(
      'Dear {name}, order {order} of {amount} ships on {date}.',
      { ...order, name: 'Sara' },
      {
        pricing,
        locale: 'en',
      },
    );
    expect(r.ok && r.value.text).toBe('Dear Sara, order 1403 of 1,250,000 Toman ships on 15 Farvardin 1404.');
    expect(r.ok && r.value.segments).toMatchObject({ encoding: 'GSM-7', units: 68, parts: 1 });
    expect(r.ok && r.value.cost).toEqual(rial(2_300));
  });

  it('prices by parts: 70 Persian units are one part, 71 are two', () => {
    const price = (n: number) => {
      const r = renderSmsTemplate('{x}', { x: 'ب'.repeat(n) }, { pricing });
      return r.ok ? [r.value.segments.parts, r.value.cost?.amount] : [];
    };
    expect(price(70)).toEqual([1, '1150']);
    expect(price(71)).toEqual([2, '2300']);
    expect(price(135)).toEqual([3, '3450']);
    const noPrice = renderSmsTemplate('سلام', {});
    expect(noPrice.ok && noPrice.value.cost).toBeUndefined();
  });

  it('formats instants in the time zone with a per-variable pattern', () => {
    const due = new Date('2025-03-25T07:30:00Z');
    const r = renderSmsTemplate('نوبت شما {due|EEEE d MMMM ساعت HH:mm}', { due });
    expect(r.ok && r.value.text).toBe('نوبت شما سه‌شنبه ۵ فروردین ساعت ۱۱:۰۰');
    const utc = renderSmsTemplate('{due|HH:mm}', { due }, { timeZone: 'UTC' });
    expect(utc.ok && utc.value.text).toBe('۰۷:۳۰');
    const plain = renderSmsTemplate('{due}', { due });
    expect(plain.ok && plain.value.text).toBe('۵ فروردین ۱۴۰۴');
  });

  it('writes amounts exactly by default and per the money options', () => {
    const r = (options: object) => renderSmsTemplate('{a}', { a: rial(1_255) }, options);
    expect(r({}).ok && (r({}) as { value: { text: string } }).value.text).toBe('۱۲۵٫۵ تومان');
    const down = r({ money: { unit: 'toman', rounding: 'down' } });
    expect(down.ok && down.value.text).toBe('۱۲۵ تومان');
    const inRial = r({ money: { unit: 'rial' } });
    expect(inRial.ok && inRial.value.text).toBe('۱٬۲۵۵ ریال');
  });

  it('normalizes Arabic letters and keeps {{ as a literal brace', () => {
    const r = renderSmsTemplate('{{کد}} {name}', { name: 'علي كريمي' });
    expect(r.ok && r.value.text).toBe('{کد} علی کریمی');
    const raw = renderSmsTemplate('{name}', { name: 'علي' }, { normalize: false });
    expect(raw.ok && raw.value.text).toBe('علي');
  });

  it('returns MISSING_VARIABLE for a slot without a value', () => {
    expect(renderSmsTemplate('{name} {code}', { name: 'x' })).toEqual({
      ok: false,
      error: { code: 'MISSING_VARIABLE', name: 'code', message: 'template variable {code} has no value' },
    });
  });

  it('throws INVALID_TEMPLATE for malformed templates, values and prices', () => {
    expect(codeOf(() => renderSmsTemplate('سلام {name', { name: 'x' }))).toEqual(['INVALID_TEMPLATE', 'template']);
    expect(codeOf(() => renderSmsTemplate('{ }', {}))).toEqual(['INVALID_TEMPLATE', 'template']);
    expect(codeOf(() => renderSmsTemplate('{x}', { x: { a: 1 } as never }))).toEqual([
      'INVALID_TEMPLATE',
      'variables.x',
    ]);
    expect(codeOf(() => renderSmsTemplate('{x}', { x: 1.5 }))).toEqual(['INVALID_TEMPLATE', 'variables.x']);
    expect(codeOf(() => renderSmsTemplate('{x|yyyy}', { x: 'text' }))).toEqual(['INVALID_TEMPLATE', 'variables.x']);
    const badPrice = { 'UCS-2': rial(-1), 'GSM-7': rial(1) };
    expect(codeOf(() => renderSmsTemplate('x', {}, { pricing: badPrice }))).toEqual([
      'INVALID_TEMPLATE',
      'options.pricing.UCS-2',
    ]);
  });
});

describe('composeSms', () => {
  const recipients: readonly SmsRecipient[] = [
    { customerId: 'C-1', mobile: '۰۹۱۲ ۳۴۵ ۶۷۸۹', smsOptIn: true, variables: { name: 'سارا', points: 1200 } },
    { customerId: 'C-2', mobile: '09121111111', variables: { name: 'علی', points: 10 } },
    { customerId: 'C-3', mobile: '09121111112', smsOptIn: false, variables: { name: 'مریم', points: 10 } },
    { customerId: 'C-4', mobile: '021-88776655', smsOptIn: true, variables: { name: 'رضا', points: 10 } },
    { customerId: 'C-5', mobile: '+98 935 000 1122', smsOptIn: true, variables: { name: 'نگار' } },
    { customerId: 'C-6', mobile: '09350001123', smsOptIn: true, variables: { name: 'ب'.repeat(60), points: 5 } },
  ];
  const batch = composeSms(recipients, '{name} عزیز، امتیاز شما در {club}: {points}', {
    pricing,
    maxParts: 1,
    variables: { club: 'باشگاه' },
  });

  it('sends only to customers who opted in, with normalized numbers', () => {
    expect(batch.messages).toEqual([
      {
        customerId: 'C-1',
        to: '+989123456789',
        text: 'سارا عزیز، امتیاز شما در باشگاه: ۱۲۰۰',
        segments: {
          encoding: 'UCS-2',
          units: 37,
          parts: 1,
          unitsPerPart: 70,
          partUnits: [37],
          remainingInLastPart: 33,
          exceedsMaxParts: false,
        },
        cost: rial(1_150),
      },
    ]);
    expect(batch.parts).toBe(1);
    expect(batch.cost).toEqual(rial(1_150));
  });

  it('explains every skip', () => {
    expect(batch.skipped.map((s) => [s.customerId, s.reason.code])).toEqual([
      ['C-2', 'NO_CONSENT'],
      ['C-3', 'NO_CONSENT'],
      ['C-4', 'INVALID_MOBILE'],
      ['C-5', 'MISSING_VARIABLE'],
      ['C-6', 'TOO_LONG'],
    ]);
    expect(batch.skipped[0]?.reason.message).toBe('customer C-2 has not opted in to SMS');
    expect(batch.skipped[1]?.reason.message).toBe('customer C-3 opted out of SMS');
    expect(batch.skipped[2]?.reason).toMatchObject({ mobileError: 'NOT_MOBILE' });
    expect(batch.skipped[3]?.reason).toMatchObject({ name: 'points' });
    expect(batch.skipped[4]?.reason).toMatchObject({ parts: 2 });
  });

  it('lets a recipient override shared variables and leaves cost undefined without pricing', () => {
    const r = composeSms(
      [{ customerId: 'C-1', mobile: '09123456789', smsOptIn: true, variables: { club: 'X' } }],
      '{club}',
      {
        variables: { club: 'Y' },
      },
    );
    expect(r.messages[0]?.text).toBe('X');
    expect(r.cost).toBeUndefined();
    expect(r.messages[0]?.segments.encoding).toBe('GSM-7');
  });

  it('throws for malformed recipients', () => {
    expect(codeOf(() => composeSms({} as never, 'x'))).toEqual(['INVALID_ARGUMENT', 'recipients']);
    expect(codeOf(() => composeSms([{ mobile: '0912', smsOptIn: true } as never], 'x'))).toEqual([
      'INVALID_ARGUMENT',
      'recipients[0].customerId',
    ]);
    expect(codeOf(() => composeSms([{ customerId: 'a', mobile: 9123456789, smsOptIn: true } as never], 'x'))).toEqual([
      'INVALID_ARGUMENT',
      'recipients[0].mobile',
    ]);
  });
});
