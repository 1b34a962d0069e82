import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { smsSegments } from './smsSegments.js';

// 3GPP TS 23.038 §6.2.1 default alphabet in code order 0x00–0x7F (0x1B = escape, left out), and
// §6.2.1.1 extension table: written here independently of the implementation's regex.
const BASIC_BY_CODE = [
  '@£$¥èéùìòÇ\nØø\rÅå',
  'Δ_ΦΓΛΩΠΨΣΘΞ' + 'ÆæßÉ',
  ' !"#¤%&\'()*+,-./',
  '0123456789:;<=>?',
  '¡ABCDEFGHIJKLMNO',
  'PQRSTUVWXYZÄÖÑÜ§',
  '¿abcdefghijklmno',
  'pqrstuvwxyzäöñüà',
].join('');
const EXTENSION = '\f^{}\\[~]|€';

const fa = (n: number): string => 'ب'.repeat(n);
const en = (n: number): string => 'a'.repeat(n);

describe('smsSegments: crm.md §9 verified vectors', () => {
  it.each([
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
  ])('Persian %i characters → %i part(s)', (n, parts) => {
    const r = smsSegments(fa(n));
    expect(r.encoding).toBe('UCS-2');
    expect(r.units).toBe(n);
    expect(r.parts).toBe(parts);
  });

  it.each([
    [160, 1],
    [161, 2],
    [306, 2],
    [307, 3],
  ])('GSM %i characters → %i part(s)', (n, parts) => {
    const r = smsSegments(en(n));
    expect(r.encoding).toBe('GSM-7');
    expect(r.parts).toBe(parts);
  });

  it('counts extension characters as 2 units: 80 × € = 160 units, 1 part', () => {
    expect(smsSegments('€'.repeat(80))).toEqual({
      encoding: 'GSM-7',
      units: 160,
      parts: 1,
      unitsPerPart: 160,
      partUnits: [160],
      remainingInLastPart: 0,
    });
    expect(smsSegments('€'.repeat(81)).parts).toBe(2);
    expect(smsSegments('[]{}^~\\|\f€').units).toBe(20);
  });

  it('counts an emoji as 2 UCS-2 units: 35 emoji = 70 units, 1 part; 36 → 2', () => {
    expect(smsSegments('😀'.repeat(35))).toMatchObject({ encoding: 'UCS-2', units: 70, parts: 1 });
    expect(smsSegments('😀'.repeat(36))).toMatchObject({ units: 72, parts: 2, partUnits: [66, 6] });
  });

  it("never splits a surrogate pair: 'ab' + 35 × 😀 → parts of 66 + 6 units", () => {
    expect(smsSegments(`ab${'😀'.repeat(35)}`)).toEqual({
      encoding: 'UCS-2',
      units: 72,
      parts: 2,
      unitsPerPart: 67,
      partUnits: [66, 6],
      remainingInLastPart: 61,
    });
  });

  it('never splits a GSM escape pair across parts', () => {
    expect(smsSegments(`${en(152)}€${en(10)}`).partUnits).toEqual([152, 12]);
    expect(smsSegments(`${en(151)}€${en(10)}`).partUnits).toEqual([153, 10]);
  });

  it('counts ZWNJ as one UCS-2 unit', () => {
    expect(smsSegments('می\u200Cروم')).toMatchObject({ encoding: 'UCS-2', units: 6 });
    expect(smsSegments('\u200C')).toMatchObject({ encoding: 'UCS-2', units: 1 });
  });

  it('switches the whole message to UCS-2 for one Persian letter or digit', () => {
    expect(smsSegments(`${en(100)}ب`)).toMatchObject({ encoding: 'UCS-2', units: 101, parts: 2 });
    expect(smsSegments('Code ۱')).toMatchObject({ encoding: 'UCS-2', units: 6 });
  });

  it('matches the Iranian panels’ cumulative thresholds 70, 134, 201 and 160, 306, 459', () => {
    for (const [n, parts] of [
      [201, 3],
      [202, 4],
    ] as const)
      expect(smsSegments(fa(n)).parts).toBe(parts);
    for (const [n, parts] of [
      [459, 3],
      [460, 4],
    ] as const)
      expect(smsSegments(en(n)).parts).toBe(parts);
  });
});

describe('smsSegments: GSM 03.38 tables', () => {
  it('treats exactly the 127 basic and 10 extension characters as GSM-7', () => {
    const basic: string[] = [];
    const extension: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const r = smsSegments(c, { lineBreaks: 'asIs' });
      if (r.encoding !== 'GSM-7') continue;
      (r.units === 1 ? basic : extension).push(c);
    }
    expect(basic.sort()).toEqual([...BASIC_BY_CODE].sort());
    expect(basic).toHaveLength(127);
    expect(extension.sort()).toEqual([...EXTENSION].sort());
  });

  it('does not treat look-alikes as GSM-7 (ç, Ω sign, Arabic digits)', () => {
    for (const c of ['ç', '\u2126', '٣', '’', '\t']) expect(smsSegments(c).encoding).toBe('UCS-2');
  });
});

describe('smsSegments: options and edge cases', () => {
  it('returns 0 parts for empty text', () => {
    expect(smsSegments('')).toEqual({
      encoding: 'GSM-7',
      units: 0,
      parts: 0,
      unitsPerPart: 160,
      partUnits: [],
      remainingInLastPart: 160,
    });
  });

  it('counts CRLF as one LF by default and as two units with lineBreaks: asIs', () => {
    expect(smsSegments('a\r\nb').units).toBe(3);
    expect(smsSegments('a\r\nb', { lineBreaks: 'asIs' }).units).toBe(4);
    expect(smsSegments('a\rb').units).toBe(3);
  });

  it('reports remaining room and capacity for single and multipart messages', () => {
    expect(smsSegments(fa(50))).toMatchObject({ unitsPerPart: 70, remainingInLastPart: 20 });
    expect(smsSegments(fa(100))).toMatchObject({ unitsPerPart: 67, partUnits: [67, 33], remainingInLastPart: 34 });
  });

  it('adds exceedsMaxParts only when maxParts is given', () => {
    expect(smsSegments(fa(135), { maxParts: 2 }).exceedsMaxParts).toBe(true);
    expect(smsSegments(fa(134), { maxParts: 2 }).exceedsMaxParts).toBe(false);
    expect('exceedsMaxParts' in smsSegments(fa(135))).toBe(false);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws INVALID_ARGUMENT for maxParts %s', (maxParts) => {
    try {
      smsSegments('x', { maxParts });
      expect.unreachable();
    } catch (error) {
      expect(isMoshtariError(error) && [error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'options.maxParts']);
    }
  });

  it('throws INVALID_ARGUMENT for a non-string text or unknown lineBreaks', () => {
    expect(() => smsSegments(undefined as unknown as string)).toThrowError('text: expected a string, got undefined');
    expect(() => smsSegments('x', { lineBreaks: 'crlf' as 'lf' })).toThrowError(/options\.lineBreaks/);
  });
});
