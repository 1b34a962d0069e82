import { describe, expect, it } from 'vitest';
import { isValidLegalNationalId, parseLegalNationalId } from './index.js';

// iran-data.md §3 (persian-tools test/verifyIranianLegalId.spec.ts)
const INVALID: readonly [string, string][] = [
  ['10380284792', 'CHECKSUM'],
  ['10380285692', 'CHECKSUM'],
  ['09748208301', 'CHECKSUM'],
  ['11111111111', 'REPEATED_DIGITS'],
  ['123000000', 'LENGTH'],
  ['1111111111', 'LENGTH'],
  ['103802847901', 'LENGTH'], // persian-tools 4.0.4 accepts (checks only length < 11)
  ['10380284790999', 'LENGTH'], // idem
  ['10380284790abc', 'FORMAT'], // idem
];

describe('legal national ID', () => {
  it('accepts 10380284790 in every written form', () => {
    for (const typed of ['10380284790', '۱۰۳۸۰۲۸۴۷۹۰', '١٠٣٨٠٢٨٤٧٩٠', '103-8028-4790', ' 1038 0284 790\u200c']) {
      expect(isValidLegalNationalId(typed)).toBe(true);
      expect(parseLegalNationalId(typed)).toEqual({ ok: true, value: '10380284790' });
    }
  });

  it.each(INVALID)('rejects %s with %s', (id, code) => {
    expect(isValidLegalNationalId(id)).toBe(false);
    expect(parseLegalNationalId(id)).toMatchObject({ ok: false, error: { code, input: id } });
  });

  it('rejects checksum-valid IDs made of one digit or with a zero serial', () => {
    // 33333333333 passes the weighted mod-11 check (persian-tools accepts it)
    expect(parseLegalNationalId('33333333333')).toMatchObject({ ok: false, error: { code: 'REPEATED_DIGITS' } });
    expect(parseLegalNationalId('00000000000')).toMatchObject({ ok: false, error: { code: 'REPEATED_DIGITS' } });
    expect(parseLegalNationalId('10300000090')).toMatchObject({ ok: false, error: { code: 'ZERO_SERIAL' } });
  });

  it('locates trailing junk', () => {
    expect(parseLegalNationalId('10380284790abc')).toMatchObject({
      ok: false,
      error: { code: 'FORMAT', position: 11, character: 'a' },
    });
    expect(parseLegalNationalId('103802847901')).toMatchObject({
      ok: false,
      error: { code: 'LENGTH', expected: [11], actual: 12, message: 'legal national ID: expected 11 digits, got 12' },
    });
  });

  it('documents the blind spot: r = 0 and r = 10 share check digit 0', () => {
    expect(isValidLegalNationalId('10380284070')).toBe(true);
    expect(isValidLegalNationalId('40380284070')).toBe(true);
  });

  it('handles empty and non-string input', () => {
    expect(parseLegalNationalId('')).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(isValidLegalNationalId(10380284790 as unknown as string)).toBe(false);
    expect(() => parseLegalNationalId(null as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
