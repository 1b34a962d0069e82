import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { isValidNationalCode, parseNationalCode } from './index.js';

// iran-data.md §2 (persian-tools test/verifyIranianNationalId.spec.ts, issues #379 #413 #439, persian-tools-rs)
const VALID = [
  '0499370899',
  '0790419904',
  '1583250689',
  '0684159414',
  '68415941',
  '4400276201',
  '2540201288',
  '7400076205',
  '7340416501',
  '4372052294',
  '6029359819',
  '3020588391',
];
const INVALID = [
  '1234567890',
  '12345678',
  '000123456',
  '0010000000',
  '3020588392',
  '9990419904',
  '7781234567',
  '9861234568',
  '9869876543',
  '7750000000',
];

describe('national code', () => {
  it.each(VALID)('accepts %s', (code) => {
    expect(isValidNationalCode(code)).toBe(true);
    expect(parseNationalCode(code)).toEqual({ ok: true, value: code.padStart(10, '0') });
  });

  it.each(INVALID)('rejects %s', (code) => {
    expect(isValidNationalCode(code)).toBe(false);
    expect(parseNationalCode(code).ok).toBe(false);
  });

  it('accepts codes whose city prefix persian-tools does not know (#439)', () => {
    expect(parseNationalCode('7400076205')).toEqual({ ok: true, value: '7400076205' });
    expect(parseNationalCode('7340416501')).toEqual({ ok: true, value: '7340416501' });
  });

  it('pads 8 and 9 digits with zeros', () => {
    expect(parseNationalCode('68415941')).toEqual({ ok: true, value: '0068415941' });
    expect(parseNationalCode('684159414')).toEqual({ ok: true, value: '0684159414' });
  });

  it('reads Persian and Arabic-Indic digits and strips separators', () => {
    for (const typed of [
      '۰۴۹۹۳۷۰۸۹۹',
      '٠٤٩٩٣٧٠٨٩٩',
      '۰۴۹-۹۳۷۰-۸۹۹',
      ' 049 937 0899 ',
      '049\u00a0937\u200c0899',
      '\u200f0499370899\u200e',
      '049–937—0899',
    ]) {
      expect(parseNationalCode(typed)).toEqual({ ok: true, value: '0499370899' });
    }
  });

  it('reports the policy rules and the checksum with their own codes', () => {
    const code = (s: string) => {
      const r = parseNationalCode(s);
      return r.ok ? 'ok' : r.error.code;
    };
    for (let d = 0; d <= 9; d++) expect(code(String(d).repeat(10))).toBe('REPEATED_DIGITS');
    expect(code('0010000003')).toBe('ZERO_SERIAL'); // passes mod 11, serial 000000
    expect(code('0010000000')).toBe('ZERO_SERIAL');
    expect(code('1234567890')).toBe('CHECKSUM');
  });

  it('documents the mod-11 blind spot: r = 1 and r = 10 share check digit 1', () => {
    // a single-digit change that the checksum cannot see (see nationalCode.test-prop.ts)
    expect(isValidNationalCode('1000000011')).toBe(true);
    expect(isValidNationalCode('3000000011')).toBe(true);
  });

  it('refuses bad input with coded, located errors', () => {
    expect(parseNationalCode('')).toMatchObject({ ok: false, error: { code: 'EMPTY', input: '' } });
    expect(parseNationalCode(' - \u200c ')).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    expect(parseNationalCode('04993a0899')).toEqual({
      ok: false,
      error: {
        code: 'FORMAT',
        message: 'national code: unexpected character "a" (U+0061) at position 5',
        input: '04993a0899',
        position: 5,
        character: 'a',
      },
    });
    expect(parseNationalCode('0499.370.899')).toMatchObject({ ok: false, error: { code: 'FORMAT', position: 4 } });
    expect(parseNationalCode('0499370899😀')).toMatchObject({ ok: false, error: { code: 'FORMAT', character: '😀' } });
    expect(parseNationalCode('1234567')).toMatchObject({
      ok: false,
      error: {
        code: 'LENGTH',
        expected: [8, 9, 10],
        actual: 7,
        message: 'national code: expected 8, 9 or 10 digits, got 7',
      },
    });
    expect(parseNationalCode('04993708990')).toMatchObject({ ok: false, error: { code: 'LENGTH', actual: 11 } });
    // persian-tools 4.0.4 keeps the last ten digits of longer input and accepts this one
    expect(parseNationalCode('10499370899')).toMatchObject({ ok: false, error: { code: 'LENGTH', actual: 11 } });
    expect(parseNationalCode('0'.repeat(1000))).toMatchObject({ ok: false, error: { code: 'LENGTH', actual: 1000 } });
  });

  it('isValidNationalCode is total; parseNationalCode throws INVALID_ARGUMENT for non-strings', () => {
    for (const bad of [undefined, null, 499370899, 499370899n, {}, ['0499370899'], true]) {
      expect(isValidNationalCode(bad as unknown as string)).toBe(false);
      expect(() => parseNationalCode(bad as unknown as string)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', path: 'input' }),
      );
    }
    try {
      parseNationalCode(42 as unknown as string);
    } catch (error) {
      expect(isMoshtariError(error)).toBe(true);
    }
  });

  it('never mutates or trims what it reports as input', () => {
    const input = ' 04993a0899 ';
    const r = parseNationalCode(input);
    expect(!r.ok && r.error.input).toBe(input);
  });
});
