import { describe, expect, it } from 'vitest';
import { IRAN_BANKS, isValidCardNumber, parseCardNumber } from './index.js';

// iran-data.md §5 (persian-tools test/verifyCardNumber.spec.ts, getBankNameFromCardNumber.spec.ts)
describe('card number', () => {
  it('accepts the Keshavarzi and Saman vectors with their banks', () => {
    expect(parseCardNumber('6037701689095443')).toEqual({
      ok: true,
      value: {
        number: '6037701689095443',
        iin: '603770',
        issuer: IRAN_BANKS.keshavarzi,
        currentBank: IRAN_BANKS.keshavarzi,
      },
    });
    const saman = parseCardNumber('6219861034529007');
    expect(saman.ok && saman.value.issuer?.nameFa).toBe('بانک سامان');
  });

  it('normalises Persian digits and separators', () => {
    for (const typed of [
      '6037-7016-8909-5443',
      '۶۰۳۷ ۷۰۱۶ ۸۹۰۹ ۵۴۴۳',
      '٦٠٣٧٧٠١٦٨٩٠٩٥٤٤٣',
      '6037\u00a07016\u200c8909 5443',
    ]) {
      expect(isValidCardNumber(typed)).toBe(true);
      const r = parseCardNumber(typed);
      expect(r.ok && r.value.number).toBe('6037701689095443');
    }
  });

  it.each([
    ['6219861034529008', 'CHECKSUM'],
    ['621986103452900', 'LENGTH'],
    ['1111111111111111', 'REPEATED_DIGITS'],
    ['1234567890123456', 'CHECKSUM'],
    ['4000000000000002', 'UNKNOWN_ISSUER'], // Luhn-valid, not Iranian
    ['5555555555554444', 'UNKNOWN_ISSUER'], // persian-tools 4.0.4 accepts
    ['0000000000000000', 'REPEATED_DIGITS'], // passes Luhn
    ['60377016890954439999', 'LENGTH'], // persian-tools 4.0.4 accepts (reads the first 16)
    ['6037 7016 8909 544x', 'FORMAT'],
    ['6037.7016.8909.5443', 'FORMAT'],
    ['', 'EMPTY'],
  ])('rejects %j with %s', (input, code) => {
    expect(isValidCardNumber(input)).toBe(false);
    expect(parseCardNumber(input)).toMatchObject({ ok: false, error: { code, input } });
  });

  it('accepts a foreign Luhn-valid number only with allowUnknownIssuer', () => {
    expect(parseCardNumber('5555555555554444')).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_ISSUER', iin: '555555' },
    });
    expect(parseCardNumber('5555555555554444', { allowUnknownIssuer: true })).toEqual({
      ok: true,
      value: { number: '5555555555554444', iin: '555555', issuer: undefined, currentBank: undefined },
    });
    expect(isValidCardNumber('0000000000000000', { allowUnknownIssuer: true })).toBe(false);
  });

  it('keeps issuer and current bank apart for merged banks', () => {
    const ayandeh = parseCardNumber('6362141234567890');
    expect(ayandeh.ok && [ayandeh.value.issuer?.id, ayandeh.value.currentBank?.id]).toEqual(['ayandeh', 'melli']);
    const ansar = parseCardNumber('6273811234567896');
    expect(ansar.ok && [ansar.value.issuer?.nameEn, ansar.value.currentBank?.nameEn]).toEqual([
      'Ansar Bank',
      'Bank Sepah',
    ]);
  });

  it('handles non-string input', () => {
    expect(isValidCardNumber(6037701689095443 as unknown as string)).toBe(false);
    expect(() => parseCardNumber(6037701689095443 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
