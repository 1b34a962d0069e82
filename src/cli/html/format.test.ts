import { describe, expect, it } from 'vitest';
import { createReportFormatter } from './format.js';

const fa = createReportFormatter('fa');
const en = createReportFormatter('en');

describe('createReportFormatter', () => {
  it('shows Rial strings as whole toman through formatMoney, rounding half-even', () => {
    expect(fa.money('123456780')).toBe('۱۲٬۳۴۵٬۶۷۸ تومان');
    expect(en.money('123456780')).toBe('12,345,678 Toman');
    expect(fa.money('125')).toBe('۱۲ تومان');
    expect(en.money('135')).toBe('14 Toman');
    expect(en.money('126')).toBe('13 Toman');
    expect(en.money('-125')).toBe('-12 Toman');
    expect(en.money('-5')).toBe('0 Toman');
    expect(en.money('27306517')).toBe('2,730,652 Toman');
    expect(en.money('0')).toBe('0 Toman');
    expect(() => en.money('12.5')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });

  it('gives the exact Rial amount only when money had to round', () => {
    expect(fa.exactRial('125')).toBe('۱۲۵ ریال');
    expect(en.exactRial('27306517')).toBe('27,306,517 Rial');
    expect(en.exactRial('-125')).toBe('-125 Rial');
    expect(en.exactRial('123456780')).toBeUndefined();
    expect(en.exactRial('0')).toBeUndefined();
    expect(() => en.exactRial('x')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });

  it('shows large amounts in compact toman, exact below a million toman', () => {
    expect(fa.moneyCompact('123456780000')).toBe('۱۲٫۳ میلیارد تومان');
    expect(en.moneyCompact('123456780000')).toBe('12.3 billion Toman');
    expect(en.moneyCompact('57500000000000')).toBe('5.8 trillion Toman');
    expect(fa.moneyCompact('57500000000000')).toBe('۵٫۸ هزار میلیارد تومان');
    expect(en.moneyCompact('25000000')).toBe('2.5 million Toman');
    expect(en.moneyCompact('20000000')).toBe('2 million Toman');
    expect(en.moneyCompact('9999990')).toBe('999,999 Toman');
    expect(en.moneyCompact('9999995')).toBe('1,000,000 Toman');
    expect(en.moneyCompact('-123456780000')).toBe('-12.3 billion Toman');
    expect(en.moneyCompact('12345678900000000')).toBe('1,234.6 trillion Toman');
  });

  it('writes integers, decimals and percents in the language', () => {
    expect(fa.integer(20_000)).toBe('۲۰٬۰۰۰');
    expect(en.integer(20_000)).toBe('20,000');
    expect(fa.decimal(-1234.5, 2)).toBe('−۱٬۲۳۴٫۵۰');
    expect(en.decimal(-1234.5, 2)).toBe('-1,234.50');
    expect(en.decimal(-0.001, 1)).toBe('0.0');
    expect(en.decimal(Number.NaN, 1)).toBe('—');
    expect(fa.percent(0.1234)).toBe('۱۲٫۳٪');
    expect(en.percent(0.1234)).toBe('12.3%');
    expect(en.percent(1)).toBe('100.0%');
    expect(en.percent(0.00001)).toBe('<0.1%');
    expect(fa.percent(0.00001)).toBe('<۰٫۱٪');
    expect(en.percent(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('writes model parameters with four significant digits', () => {
    expect(en.param(0.74123)).toBe('0.7412');
    expect(en.param(6.183)).toBe('6.183');
    expect(en.param(11_708_331.24)).toBe('11,708,331.2');
    expect(en.param(0.00012345)).toBe('0.000123');
    expect(fa.param(2.5)).toBe('۲٫۵۰۰');
  });

  it('writes compact axis numbers', () => {
    expect(en.compact(0)).toBe('0');
    expect(en.compact(250)).toBe('250');
    expect(en.compact(2500)).toBe('2.5 thousand');
    expect(en.compact(2.5e10)).toBe('25 billion');
    expect(fa.compact(3e9)).toBe('۳ میلیارد');
  });

  it('names Jalali dates and months, falling back to the text for invalid ones', () => {
    expect(fa.date('1404/06/31')).toBe('۳۱ شهریور ۱۴۰۴');
    expect(en.date('1404/06/31')).toBe('31 Shahrivar 1404');
    expect(fa.month('1403/01')).toBe('فروردین ۱۴۰۳');
    expect(en.month('1403/01')).toBe('Farvardin 1403');
    expect(en.monthName('1403/12')).toBe('Esfand');
    expect(fa.date('1403/13/02')).toBe('۱۴۰۳/۱۳/۰۲');
    expect(en.month('soon')).toBe('soon');
  });
});
