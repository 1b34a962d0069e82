import { describe, expect, it } from 'vitest';
import { isValidNationalCode, parseNationalCode } from './index.js';
import { compact } from './normalize.js';

// The documented separator policy (normalize.ts): these are stripped everywhere…
const STRIPPED: readonly [string, string][] = [
  ['space', ' '],
  ['tab', '\t'],
  ['line feed', '\n'],
  ['carriage return', '\r'],
  ['NBSP', '\u00a0'],
  ['narrow NBSP', '\u202f'],
  ['thin space', '\u2009'],
  ['ideographic space', '\u3000'],
  ['BOM', '\ufeff'],
  ['soft hyphen', '\u00ad'],
  ['ZWSP', '\u200b'],
  ['ZWNJ', '\u200c'],
  ['ZWJ', '\u200d'],
  ['LRM', '\u200e'],
  ['RLM', '\u200f'],
  ['ALM', '\u061c'],
  ['LRE', '\u202a'],
  ['RLO', '\u202e'],
  ['word joiner', '\u2060'],
  ['LRI', '\u2066'],
  ['PDI', '\u2069'],
  ['hyphen-minus', '-'],
  ['hyphen', '\u2010'],
  ['non-breaking hyphen', '\u2011'],
  ['figure dash', '\u2012'],
  ['en dash', '\u2013'],
  ['em dash', '\u2014'],
  ['horizontal bar', '\u2015'],
  ['minus sign', '\u2212'],
  ['small em dash', '\ufe58'],
  ['small hyphen-minus', '\ufe63'],
  ['fullwidth hyphen-minus', '\uff0d'],
];
// …and these are FORMAT errors, never dropped.
const REFUSED: readonly [string, string][] = [
  ['full stop', '.'],
  ['comma', ','],
  ['slash', '/'],
  ['underscore', '_'],
  ['plus', '+'],
  ['parenthesis', '('],
  ['Arabic decimal separator', '\u066b'],
  ['Arabic thousands separator', '\u066c'],
  ['Arabic comma', '\u060c'],
  ['tatweel', '\u0640'],
  ['letter O', 'O'],
  ['Persian letter', 'ی'],
  ['fullwidth digit', '\uff10'],
  ['superscript two', '\u00b2'],
];

describe('separator policy', () => {
  it.each(STRIPPED)('strips %s', (_name, sep) => {
    expect(parseNationalCode(`${sep}0499${sep}370${sep}${sep}899${sep}`)).toEqual({ ok: true, value: '0499370899' });
  });

  it.each(REFUSED)('refuses %s with its position', (_name, ch) => {
    const input = `0499${ch}370899`;
    expect(isValidNationalCode(input)).toBe(false);
    expect(parseNationalCode(input)).toMatchObject({
      ok: false,
      error: { code: 'FORMAT', position: 4, character: ch },
    });
  });

  it('converts Persian and Arabic-Indic digits one to one', () => {
    expect(compact('۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩')).toBe('01234567890123456789');
  });

  it('reports positions in UTF-16 units of the original input, astral characters whole', () => {
    expect(parseNationalCode('😀0499370899')).toMatchObject({ ok: false, error: { position: 0, character: '😀' } });
    expect(parseNationalCode('04😀99370899x')).toMatchObject({ ok: false, error: { position: 2, character: '😀' } });
    expect(parseNationalCode('\u200c\u200c04 99x')).toMatchObject({
      ok: false,
      error: { position: 7, character: 'x' },
    });
  });
});
