// Every example in README.md, checked: the README must stay true.
import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../src/core/index.js';
import { nationalCodeSchema, parseCardNumber, parseMobile, parseNationalCode, parseSheba } from '../src/iran/index.js';
import { allocate, applyRate, formatMoney, parseMoney, percentage, rial, toman } from '../src/money/index.js';
import {
  normalizePersian,
  numberToPersianWords,
  smsSegments,
  toLatinDigits,
  toPersianDigits,
} from '../src/text/index.js';

describe('README examples', () => {
  it('money', () => {
    const parsed = parseMoney('۱۲٬۵۰۰٬۰۰۰ تومان');
    expect(parsed).toEqual({ ok: true, value: { amount: '125000000', currency: 'IRR' } });
    if (!parsed.ok) return;
    const price = parsed.value;
    expect(formatMoney(price, { unit: 'toman' })).toBe('۱۲٬۵۰۰٬۰۰۰ تومان');
    expect(formatMoney(price, { locale: 'en' })).toBe('125,000,000 Rial');
    expect(percentage(price, '9', 'halfUp')).toEqual({ amount: '11250000', currency: 'IRR' });
    expect(applyRate(price, '0.03', 'down')).toEqual({ amount: '3750000', currency: 'IRR' });
    expect(allocate(toman(100), [1, 1, 1]).map((m) => m.amount)).toEqual(['334', '333', '333']);
  });

  it('text', () => {
    expect(normalizePersian('علي كريمى')).toBe('علی کریمی');
    expect(normalizePersian('أحمد  مي‌رود ۱۲', { mode: 'search' })).toBe('احمد می رود 12');
    expect(toLatinDigits('۰۹۱۲ ۱۲۳ ٤٥٦٧')).toBe('0912 123 4567');
    expect(toPersianDigits(1234567891)).toBe('۱۲۳۴۵۶۷۸۹۱');
    expect(numberToPersianWords(1200000)).toBe('یک میلیون و دویست هزار');
    expect(numberToPersianWords(30, { ordinal: true })).toBe('سی‌ام');
    expect(smsSegments('ب'.repeat(100))).toMatchObject({
      encoding: 'UCS-2',
      units: 100,
      parts: 2,
      partUnits: [67, 33],
      remainingInLastPart: 34,
    });
  });

  it('iran', () => {
    expect(parseNationalCode('۰۴۹۹-۳۷۰-۸۹۹')).toEqual({ ok: true, value: '0499370899' });
    expect(parseNationalCode('1111111111')).toMatchObject({ ok: false, error: { code: 'REPEATED_DIGITS' } });
    expect(parseMobile('+98 (912) 345-6789')).toEqual({
      ok: true,
      value: { e164: '+989123456789', national: '09123456789', operator: 'MCI' },
    });
    const sheba = parseSheba('IR82 0540 1026 8002 0817 9090 02');
    expect(sheba.ok && sheba.value.account?.formatted).toBe('002-00817909-002');
    const card = parseCardNumber('6362-1412-3456-7890');
    expect(card.ok && [card.value.issuer?.nameFa, card.value.currentBank?.nameFa]).toEqual([
      'بانک آینده',
      'بانک ملی ایران',
    ]);
    expect(nationalCodeSchema().safeParse('1234567890').error?.issues[0]?.message).toBe(
      'کد ملی معتبر نیست (رقم کنترل نادرست است)',
    );
    expect(nationalCodeSchema({ locale: 'en' }).parse('68415941')).toBe('0068415941');
  });

  it('errors', () => {
    let caught: unknown;
    try {
      rial(12.5);
    } catch (error) {
      caught = error;
    }
    expect(isMoshtariError(caught) && [caught.code, caught.path]).toEqual(['INVALID_AMOUNT', 'amount']);
  });
});

describe('README calendar examples', () => {
  it('common tasks: today in Tehran, end of the year, next birthday, parsing, holidays, SLA', async () => {
    const {
      addBusinessTime,
      createBusinessCalendar,
      formatJalali,
      iranHolidays,
      jalaliPeriodRange,
      nextJalaliBirthday,
      parseJalali,
      toJalali,
    } = await import('../src/calendar/index.js');
    const now = new Date('2026-11-22T08:00:00Z');
    expect(toJalali(now)).toEqual({ year: 1405, month: 9, day: 1 });
    expect(formatJalali(now, 'EEEE d MMMM yyyy')).toBe('یکشنبه ۱ آذر ۱۴۰۵');
    expect(jalaliPeriodRange(now, 'year').end.toISOString()).toBe('2027-03-20T20:30:00.000Z');
    expect(nextJalaliBirthday({ year: 1370, month: 12, day: 30 }, toJalali(now))).toEqual({
      year: 1405,
      month: 12,
      day: 29,
    });
    expect(parseJalali('۱ فروردین ۱۴۰۴')).toEqual({ ok: true, value: { year: 1404, month: 1, day: 1 } });
    expect(parseJalali('1404/12/30')).toMatchObject({ ok: false, error: { code: 'INVALID_DAY' } });
    expect(iranHolidays(1404)).toHaveLength(28);
    const open = [['08:00', '17:00']] as const;
    const support = createBusinessCalendar({
      hours: { sat: open, sun: open, mon: open, tue: open, wed: open, thu: [['08:00', '13:00']] },
    });
    const due = addBusinessTime(new Date('2026-11-25T13:00:00Z'), { hours: 2 }, support);
    expect(toJalali(due, { withTime: true })).toMatchObject({ year: 1405, month: 9, day: 5, hour: 9, minute: 30 });
  });
});

describe('README metrics examples', () => {
  it('retention, uplift, sample size, holdout', async () => {
    const { assignHoldout, campaignSampleSize, campaignUplift, retentionRate } = await import(
      '../src/metrics/index.js'
    );
    const retention = retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 });
    expect(retention.ok && retention.value.value).toBe(0.9);
    const lift = campaignUplift({ size: 10_000, conversions: 520 }, { size: 10_000, conversions: 450 });
    expect(lift.ok).toBe(true);
    if (lift.ok) {
      expect(lift.value.absoluteLift).toBeCloseTo(0.007, 12);
      expect(lift.value.z).toBeCloseTo(2.304, 3);
      expect(lift.value.pValue).toBeCloseTo(0.0212, 4);
    }
    expect(campaignSampleSize({ baselineRate: 0.045, expectedRate: 0.052 })).toBe(14783);
    const group = assignHoldout('c-1042', 'nowruz-1404', 0.1);
    expect(['treatment', 'holdout']).toContain(group);
    expect(assignHoldout('c-1042', 'nowruz-1404', 0.1)).toBe(group);
  });
});

describe('README support examples', () => {
  it('SLA across Nowruz, complaint transitions, SMS consent', async () => {
    const { toman } = await import('../src/money/index.js');
    const {
      composeSms,
      createSlaPolicy,
      createSupportCalendar,
      DEFAULT_SLA_POLICY_CONFIG,
      evaluateSla,
      moveComplaint,
      receiveComplaint,
    } = await import('../src/support/index.js');
    const desk = createSupportCalendar();
    const policy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
    const ticket = {
      id: 'T-1',
      customerId: 'C-7',
      channel: 'phone',
      category: 'delivery',
      priority: 'urgent',
      createdAt: new Date('2025-03-18T12:30:00Z'),
      statusHistory: [],
    } as const;
    const sla = evaluateSla(ticket, policy, desk, new Date('2025-03-22T08:00:00Z'));
    expect(new Date(sla.resolution.dueAt).toISOString()).toBe('2025-03-25T07:30:00.000Z');
    const complaint = receiveComplaint({
      id: 'CMP-1',
      customerId: 'C-7',
      channel: 'sms',
      description: 'late delivery',
      receivedAt: 0,
      by: 'system',
    });
    expect(moveComplaint(complaint, { to: 'closed', by: 'agent-3', at: 60_000, accepted: true })).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED' },
    });
    const batch = composeSms(
      [
        {
          customerId: 'C-7',
          mobile: '۰۹۱۲ ۳۴۵ ۶۷۸۹',
          smsOptIn: true,
          variables: { name: 'سارا', amount: toman(250_000) },
        },
        { customerId: 'C-8', mobile: '09121111111', variables: { name: 'علی', amount: toman(1) } },
      ],
      '{name} عزیز، مبلغ {amount} به حساب شما برگشت.',
    );
    expect(batch.messages[0]?.text).toBe('سارا عزیز، مبلغ ۲۵۰٬۰۰۰ تومان به حساب شما برگشت.');
    expect(batch.skipped[0]?.reason.code).toBe('NO_CONSENT');
  });
});
