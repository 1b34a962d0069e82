import { describe, expect, it } from 'vitest';
import { IRAN_BANKS, isValidSheba, parseSheba } from './index.js';

// iran-data.md §4 (persian-tools test/sheba.spec.ts, py-persian-tools #1)
describe('Sheba', () => {
  it('accepts the Parsian vector and extracts the account number', () => {
    expect(parseSheba('IR820540102680020817909002')).toEqual({
      ok: true,
      value: {
        sheba: 'IR820540102680020817909002',
        bankCode: '054',
        issuer: IRAN_BANKS.parsian,
        currentBank: IRAN_BANKS.parsian,
        account: { number: '020817909002', formatted: '002-00817909-002' },
      },
    });
  });

  it('accepts the Pasargad and Shahr vectors with their account numbers', () => {
    const pasargad = parseSheba('IR550570022080013447370101');
    expect(pasargad.ok && pasargad.value.account).toEqual({
      number: '220800134473701',
      formatted: '220-800-13447370-1',
    });
    expect(pasargad.ok && pasargad.value.issuer?.id).toBe('pasargad');
    const shahr = parseSheba('IR790610000000700796858044');
    expect(shahr.ok && shahr.value.account).toEqual({ number: '700796858044', formatted: '700796858044' });
  });

  it('normalises case, separators, Persian digits; IR is optional', () => {
    for (const typed of [
      'ir820540102680020817909002',
      'IR82 0540 1026 8002 0817 9090 02',
      'IR82-0540-1026-8002-0817-9090-02',
      'IR۸۲۰۵۴۰۱۰۲۶۸۰۰۲۰۸۱۷۹۰۹۰۰۲',
      '820540102680020817909002',
      '\u200fIR82 0540 1026 8002 0817 9090 02\u200f',
    ]) {
      expect(isValidSheba(typed)).toBe(true);
      const r = parseSheba(typed);
      expect(r.ok && r.value.sheba).toBe('IR820540102680020817909002');
    }
  });

  it.each([
    ['IR01234567890123456789', 'LENGTH'],
    ['IR012345678901234567890123', 'CHECKSUM'],
    ['IR012345678A01234567890123', 'FORMAT'],
    ['012345678901234567890123', 'CHECKSUM'], // read as IR + 24 digits; the check digits fail
    ['IR8205401026800208179090021', 'LENGTH'],
    ['DE89370400440532013000', 'COUNTRY_CODE'],
    ['de89370400440532013000', 'COUNTRY_CODE'],
    ['', 'EMPTY'],
    ['IR', 'LENGTH'],
    ['RI820540102680020817909002', 'COUNTRY_CODE'],
    ['I R82', 'LENGTH'],
    ['IR82.0540.1026.8002.0817.9090.02', 'FORMAT'],
    ['IRR820540102680020817909002', 'FORMAT'],
  ])('rejects %j with %s', (input, code) => {
    expect(isValidSheba(input)).toBe(false);
    expect(parseSheba(input)).toMatchObject({ ok: false, error: { code, input } });
  });

  it('locates the bad character', () => {
    expect(parseSheba('IR012345678A01234567890123')).toMatchObject({
      ok: false,
      error: { code: 'FORMAT', position: 11, character: 'A' },
    });
    expect(parseSheba('ır820540102680020817909002')).toMatchObject({
      ok: false,
      error: { code: 'FORMAT', position: 0, character: 'ı' },
    });
  });

  it('keeps the issuer and the current bank of merged banks apart', () => {
    const ayandeh = parseSheba('IR110620000000123456789012');
    expect(ayandeh.ok && [ayandeh.value.issuer?.id, ayandeh.value.currentBank?.id]).toEqual(['ayandeh', 'melli']);
  });

  it('accepts an unknown bank code unless a known bank is required', () => {
    expect(parseSheba('IR030990000000123456789012', { requireKnownBank: true })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_BANK', bankCode: '099' },
    });
    expect(parseSheba('IR030990000000123456789012')).toEqual({
      ok: true,
      value: {
        sheba: 'IR030990000000123456789012',
        bankCode: '099',
        issuer: undefined,
        currentBank: undefined,
        account: undefined,
      },
    });
    expect(isValidSheba('IR030990000000123456789012')).toBe(true);
    expect(isValidSheba('IR030990000000123456789012', { requireKnownBank: true })).toBe(false);
  });

  it('handles non-string input', () => {
    expect(isValidSheba(820540102680020817909002n as unknown as string)).toBe(false);
    expect(() => parseSheba([] as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
