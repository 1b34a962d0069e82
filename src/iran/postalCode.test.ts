import { describe, expect, it } from 'vitest';
import { isValidPostalCode, parsePostalCode } from './index.js';

// iran-data.md §7 has no real vectors: these codes are built to follow (or break) the rules.
describe('postal code', () => {
  it('accepts 10 digits that follow the digit rules, in every written form', () => {
    for (const typed of ['1345167891', '13451-67891', '۱۳۴۵۱-۶۷۸۹۱', '١٣٤٥١ ٦٧٨٩١', ' 13451\u00a067891 ']) {
      expect(isValidPostalCode(typed)).toBe(true);
      expect(parsePostalCode(typed)).toEqual({ ok: true, value: '1345167891' });
    }
  });

  it.each([
    ['1111111111', 'FOUR_EQUAL_LEADING', 0],
    ['3333145678', 'FOUR_EQUAL_LEADING', 0],
    ['0345167891', 'ZERO_OR_TWO_IN_FIRST_FIVE', 0],
    ['1234567890', 'ZERO_OR_TWO_IN_FIRST_FIVE', 1],
    ['1345067891', 'ZERO_OR_TWO_IN_FIRST_FIVE', 4],
    ['1345567891', 'FIVE_IN_FIFTH_PLACE', 4],
    ['1345162891', 'TWO_IN_LAST_FIVE', 6],
  ] as const)('flags made-up %s (%s at digit %i)', (code, rule, index) => {
    expect(isValidPostalCode(code)).toBe(false);
    expect(parsePostalCode(code)).toMatchObject({
      ok: false,
      error: { code: 'FORMAT_RULE', rule, index, input: code },
    });
    // opt-out: only the hard 10-digit rule
    expect(isValidPostalCode(code, { formatRules: false })).toBe(true);
    expect(parsePostalCode(code, { formatRules: false })).toEqual({ ok: true, value: code });
  });

  it('keeps the hard rules with formatRules: false', () => {
    for (const formatRules of [true, false]) {
      expect(parsePostalCode('134516789', { formatRules })).toMatchObject({
        ok: false,
        error: { code: 'LENGTH', expected: [10], actual: 9 },
      });
      expect(parsePostalCode('13451/67891', { formatRules })).toMatchObject({
        ok: false,
        error: { code: 'FORMAT', position: 5, character: '/' },
      });
      expect(parsePostalCode('', { formatRules })).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
    }
  });

  it('says which rule in the message', () => {
    const r = parsePostalCode('1111111111');
    expect(!r.ok && r.error.message).toBe(
      'postal code: digit 1 breaks the postal-code rule that the first four digits are never all equal',
    );
  });

  it('handles non-string input', () => {
    expect(isValidPostalCode(1345167891 as unknown as string)).toBe(false);
    expect(() => parsePostalCode(1345167891 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
