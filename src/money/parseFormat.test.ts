import { describe, expect, it } from 'vitest';
import { formatMoney, moneyInputSchema, moneySchema, parseMoney, rial, toman } from './index.js';

describe('parseMoney', () => {
  it('reads what people type (issue examples)', () => {
    expect(parseMoney('۱۲٬۵۰۰٬۰۰۰ تومان')).toEqual({ ok: true, value: { amount: '125000000', currency: 'IRR' } });
    expect(parseMoney('12,500,000')).toEqual({ ok: true, value: { amount: '12500000', currency: 'IRR' } });
    expect(parseMoney('12500000 ریال')).toEqual({ ok: true, value: { amount: '12500000', currency: 'IRR' } });
    expect(parseMoney('١٢٫٥ تومان')).toEqual({ ok: true, value: { amount: '125', currency: 'IRR' } });
  });

  it('handles units, scales, separators and invisible marks', () => {
    const amount = (s: string, o = {}) => {
      const r = parseMoney(s, o);
      return r.ok ? r.value.amount : r.error.code;
    };
    expect(amount('۵۰ هزار تومان')).toBe('500000');
    expect(amount('1.5 میلیون تومان')).toBe('15000000');
    expect(amount('2 میلیارد ریال')).toBe('2000000000');
    expect(amount('IRR 1,250')).toBe('1250');
    expect(amount('1250 IRT')).toBe('12500');
    expect(amount('﷼ 1250')).toBe('1250');
    expect(amount('1250 ريال')).toBe('1250'); // Arabic yeh
    expect(amount('12 500 000')).toBe('12500000');
    expect(amount('12،500')).toBe('12500');
    expect(amount('\u200f۱۲۵۰\u200e')).toBe('1250');
    expect(amount('12500', { unit: 'toman' })).toBe('125000');
    expect(amount('12500 ریال', { unit: 'toman' })).toBe('12500');
    expect(amount('-1,000', { allowNegative: true })).toBe('-1000');
    expect(amount('−۱٬۰۰۰ تومان', { allowNegative: true })).toBe('-10000');
    expect(amount('+5')).toBe('5');
    expect(amount('12,500.00')).toBe('12500');
  });

  it('refuses bad input with a typed error and a position', () => {
    const error = (s: string, o = {}) => {
      const r = parseMoney(s, o);
      return r.ok ? 'ok' : r.error;
    };
    expect(error('')).toMatchObject({ code: 'EMPTY' });
    expect(error('   \u200c ')).toMatchObject({ code: 'EMPTY' });
    expect(error('abc')).toMatchObject({ code: 'NOT_A_NUMBER', position: 0 });
    expect(error('12a5')).toMatchObject({ code: 'NOT_A_NUMBER', position: 2 });
    expect(error('1,2345')).toMatchObject({ code: 'NOT_A_NUMBER' });
    expect(error('1,234٬567')).toMatchObject({ code: 'NOT_A_NUMBER' }); // mixed separators
    expect(error('12.500.000')).toMatchObject({ code: 'NOT_A_NUMBER' });
    expect(error('تومان')).toMatchObject({ code: 'NOT_A_NUMBER' });
    expect(error('ریال 12 تومان')).toMatchObject({ code: 'NOT_A_NUMBER' });
    expect(error('12.5')).toMatchObject({ code: 'FRACTIONAL_RIAL' });
    expect(error('12.55 تومان')).toMatchObject({ code: 'FRACTIONAL_RIAL' });
    expect(error('-5')).toMatchObject({ code: 'NEGATIVE', position: 0 });
    expect(error('9223372036854775808')).toMatchObject({ code: 'TOO_LARGE' });
    expect(error('1001', { max: 1000n })).toMatchObject({ code: 'TOO_LARGE' });
    expect(() => parseMoney(12 as never)).toThrow(/input: expected a string/);
  });
});

describe('formatMoney', () => {
  it('formats fa and en, Rial and Toman', () => {
    expect(formatMoney(toman(12_500_000), { unit: 'toman' })).toBe('۱۲٬۵۰۰٬۰۰۰ تومان');
    expect(formatMoney(toman(12_500_000))).toBe('۱۲۵٬۰۰۰٬۰۰۰ ریال');
    expect(formatMoney(rial(125), { unit: 'toman', locale: 'en' })).toBe('12.5 Toman');
    expect(formatMoney(rial(125), { unit: 'toman', rounding: 'down' })).toBe('۱۲ تومان');
    expect(formatMoney(rial(-1_250_000), { locale: 'en' })).toBe('-1,250,000 Rial');
    expect(formatMoney(rial(-1250), { showUnit: false })).toBe('−۱٬۲۵۰');
    expect(formatMoney(rial(1250), { grouping: false, locale: 'en', showUnit: false })).toBe('1250');
    expect(formatMoney(rial(5), { unit: 'toman', locale: 'en' })).toBe('0.5 Toman');
    expect(formatMoney(rial(0), { locale: 'en' })).toBe('0 Rial');
  });

  it('rejects other currencies and options', () => {
    expect(() => formatMoney({ amount: '1', currency: 'USD' } as never)).toThrow(/formats IRR/);
    expect(() => formatMoney(rial(1), { locale: 'de' as never })).toThrow(/options.locale/);
    expect(() => formatMoney(rial(1), { unit: 'dinar' as never })).toThrow(/options.unit/);
  });
});

describe('schemas', () => {
  it('validates Money JSON', () => {
    expect(moneySchema().parse({ amount: '1250', currency: 'IRR' })).toEqual({ amount: '1250', currency: 'IRR' });
    expect(moneySchema().safeParse({ amount: 12.5, currency: 'IRR' }).success).toBe(false);
    expect(moneySchema().safeParse({ amount: '012', currency: 'IRR' }).success).toBe(false);
    expect(moneySchema().safeParse({ amount: '-0', currency: 'IRR' }).success).toBe(false);
    expect(moneySchema('USD').safeParse({ amount: '1', currency: 'IRR' }).success).toBe(false);
  });

  it('parses form input with Persian or English messages', () => {
    expect(moneyInputSchema({ unit: 'toman' }).parse('۱۲٬۵۰۰')).toEqual({ amount: '125000', currency: 'IRR' });
    expect(moneyInputSchema().safeParse('abc').error?.issues[0]?.message).toBe('مبلغ عدد معتبری نیست');
    expect(moneyInputSchema({ locale: 'en' }).safeParse('-5').error?.issues[0]?.message).toMatch(/negative/);
    expect(moneyInputSchema().safeParse(5).success).toBe(false);
  });
});
