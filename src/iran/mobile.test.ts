import { describe, expect, it } from 'vitest';
import { isValidMobile, mobileOperator, normalizeMobile, parseMobile } from './index.js';

// iran-data.md §6 (persian-tools test/phoneNumber.spec.ts)
const VALID: readonly [string, string][] = [
  ['09022002580', 'Irancell'],
  ['09122002580', 'MCI'],
  ['09322002580', 'Taliya'],
  ['09192002580', 'MCI'],
  ['09002002580', 'Irancell'],
  ['09981000000', 'Shatel'],
  ['09300880440', 'Irancell'],
];

describe('mobile numbers', () => {
  it.each(VALID)('accepts %s (%s)', (number, operator) => {
    expect(isValidMobile(number)).toBe(true);
    expect(parseMobile(number)).toEqual({
      ok: true,
      value: { e164: `+98${number.slice(1)}`, national: number, operator },
    });
    expect(mobileOperator(number)).toBe(operator);
  });

  it('normalises every written form to E.164', () => {
    for (const typed of [
      '+989022002580',
      '989022002580',
      '00989022002580',
      '9022002580',
      '09022002580',
      '۰۹۰۲۲۰۰۲۵۸۰',
      '٠٩٠٢٢٠٠٢٥٨٠',
      '0902 200 2580',
      '0902-200-2580',
      '(0902) 200 2580',
      '+98 (902) 200-2580',
      '(+98) 902 200 2580',
      '+۹۸ ۹۰۲ ۲۰۰ ۲۵۸۰',
      '\u200e+98 902 200 2580\u200e',
      '0902\u00a0200\u200c2580',
    ]) {
      expect(normalizeMobile(typed)).toEqual({ ok: true, value: '+989022002580' });
      expect(parseMobile(typed).ok && parseMobile(typed)).toMatchObject({ value: { national: '09022002580' } });
    }
  });

  it.each([
    ['09802002580', 'UNKNOWN_PREFIX'],
    ['0', 'LENGTH'],
    ['+98', 'LENGTH'],
    ['99999999999', 'LENGTH'],
    ['', 'EMPTY'],
    ['  ', 'EMPTY'],
    ['0912123456', 'LENGTH'],
    ['091212345678', 'LENGTH'],
    ['021-88776655', 'NOT_MOBILE'],
    ['+982188776655', 'NOT_MOBILE'],
    ['+1 555 123 4567', 'COUNTRY_CODE'],
    ['0044 7911 123456', 'COUNTRY_CODE'],
    ['+', 'COUNTRY_CODE'],
    ['0912.200.2580', 'FORMAT'],
    ['0912200258O', 'FORMAT'],
    ['09+122002580', 'FORMAT'],
    ['tel:09122002580', 'FORMAT'],
  ])('rejects %j with %s', (input, code) => {
    expect(isValidMobile(input)).toBe(false);
    expect(parseMobile(input)).toMatchObject({ ok: false, error: { code, input } });
  });

  it('treats 0931, 0934 and 0906–0909 as unknown unless allowed', () => {
    for (const prefix of ['0931', '0934', '0906', '0907', '0908', '0909']) {
      const number = `${prefix}1234567`;
      expect(parseMobile(number)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PREFIX', prefix } });
      expect(parseMobile(number, { allowUnknownPrefix: true })).toEqual({
        ok: true,
        value: { e164: `+98${number.slice(1)}`, national: number, operator: undefined },
      });
      expect(isValidMobile(number, { allowUnknownPrefix: true })).toBe(true);
      expect(mobileOperator(number)).toBeUndefined();
    }
  });

  it('locates a bad character in the original input', () => {
    expect(parseMobile('0912 2OO 2580')).toMatchObject({
      ok: false,
      error: { code: 'FORMAT', position: 6, character: 'O' },
    });
    expect(parseMobile('(0912) 200+2580')).toMatchObject({ ok: false, error: { code: 'FORMAT', position: 10 } });
  });

  it('gives the operator of every known prefix family', () => {
    expect(mobileOperator('+989121234567')).toBe('MCI');
    expect(mobileOperator('09901234567')).toBe('MCI');
    expect(mobileOperator('09411234567')).toBe('Irancell');
    expect(mobileOperator('09211234567')).toBe('RighTel');
    expect(mobileOperator('09991234567')).toBe('Aptel');
    expect(mobileOperator('021 8877 6655')).toBeUndefined();
    expect(mobileOperator(9121234567 as unknown as string)).toBeUndefined();
  });

  it('handles non-string input', () => {
    expect(isValidMobile(9121234567 as unknown as string)).toBe(false);
    expect(() => parseMobile(undefined as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => normalizeMobile({} as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
