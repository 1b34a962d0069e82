import { describe, expect, it } from 'vitest';
import { parseCsvAmount, parseCsvCount } from './csvNumber.js';

describe('parseCsvAmount', () => {
  it.each([
    ['12500000', 12_500_000],
    ['12,500,000', 12_500_000],
    ['۱۲٬۵۰۰٬۰۰۰', 12_500_000],
    ['١٢٬٥٠٠٬٠٠٠', 12_500_000],
    ['12 500 000', 12_500_000],
    ['12\u00a0500\u00a0000', 12_500_000],
    ['1500.00', 1500],
    ['۱۵۰۰٫۰', 1500],
    ['9007199254740991', 9_007_199_254_740_991],
  ])('reads %s as %d rial', (text, rial) => {
    expect(parseCsvAmount(text, 'rial')).toBe(rial);
  });

  it('multiplies toman by 10', () => {
    expect(parseCsvAmount('۱۲٬۵۰۰٬۰۰۰', 'toman')).toBe(125_000_000);
    expect(parseCsvAmount('1500', 'toman')).toBe(15_000);
    expect(parseCsvAmount('900719925474099', 'toman')).toBe(9_007_199_254_740_990);
    expect(parseCsvAmount('900719925474100', 'toman')).toMatch(/too large/);
  });

  it.each([
    ['-5000', /positive/],
    ['−5000', /positive/],
    ['0', /positive/],
    ['1500.5', /whole number of rial/],
    ['12,5', /expected an amount/],
    ['1,2345', /expected an amount/],
    ['12.500.000', /expected an amount/],
    ['abc', /expected an amount/],
    ['1e6', /expected an amount/],
    ['+100', /expected an amount/],
    ['100 ریال', /expected an amount/],
    ['9007199254740993', /too large/],
    ['123456789012345678901', /too large/],
  ])('refuses %s', (text, message) => {
    expect(parseCsvAmount(text, 'rial')).toMatch(message);
  });
});

describe('parseCsvCount', () => {
  it('reads whole numbers ≥ 0', () => {
    expect(parseCsvCount('0')).toBe(0);
    expect(parseCsvCount('۲۰۰')).toBe(200);
    expect(parseCsvCount('1,200')).toBe(1200);
    expect(parseCsvCount('2.5')).toMatch(/whole number/);
    expect(parseCsvCount('-1')).toMatch(/whole number/);
  });
});
