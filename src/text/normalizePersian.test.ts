import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { normalizePersian } from './normalizePersian.js';

const search = { mode: 'search' } as const;

describe('normalizePersian: iran-data.md §8 vectors', () => {
  it('maps Arabic yeh/alef maksura/kaf to Persian (persian-tools toPersianChars vectors)', () => {
    expect(normalizePersian('علي كريمى')).toBe('علی کریمی');
    expect(normalizePersian('علي')).toBe('علی');
    expect(normalizePersian('كتاب')).toBe('کتاب');
  });

  it('folds Arabic presentation forms with NFKC (U+FEFB as in date-holidays lunar names)', () => {
    expect(normalizePersian('\uFEFB')).toBe('لا');
    expect(normalizePersian('\uFEB3\uFEE0\uFE8E\uFEE1')).toBe('سلام');
    expect(normalizePersian('\uFBFD')).toBe('ی');
  });

  it('maps ة to ه in both modes', () => {
    expect(normalizePersian('مدرسة')).toBe('مدرسه');
    expect(normalizePersian('مدرسة', search)).toBe('مدرسه');
  });

  it('maps digits per mode and option (U+0660–U+0669 and U+06F0–U+06F9)', () => {
    expect(normalizePersian('٠١٢٣٤٥٦٧٨٩ 0123 ۰۱۲۳')).toBe('۰۱۲۳۴۵۶۷۸۹ 0123 ۰۱۲۳');
    expect(normalizePersian('٠١٢٣٤٥٦٧٨٩ 0123 ۰۱۲۳', search)).toBe('0123456789 0123 0123');
    expect(normalizePersian('٤٥٦ 123 ۷۸۹', { digits: 'persian' })).toBe('۴۵۶ ۱۲۳ ۷۸۹');
    expect(normalizePersian('٤٥٦ 123 ۷۸۹', { digits: 'latin' })).toBe('456 123 789');
    expect(normalizePersian('٤٥٦', { mode: 'search', digits: 'unify' })).toBe('۴۵۶');
    expect(normalizePersian('０９')).toBe('09');
  });

  it('removes tatweel, harakat, superscript alef and Quranic marks', () => {
    expect(normalizePersian('کـــتاب')).toBe('کتاب');
    expect(normalizePersian('مُحَمَّد')).toBe('محمد');
    expect(normalizePersian('عَلِیٌّ')).toBe('علی');
    expect(normalizePersian('موسیٰ')).toBe('موسی');
    expect(normalizePersian('ذٰلِكَ\u06D6')).toBe('ذلک');
  });

  it('removes invisible junk: ZWSP, ZWJ, BOM, LRM/RLM/ALM, bidi embeddings and isolates', () => {
    expect(normalizePersian('\uFEFFسلام\u200B')).toBe('سلام');
    expect(normalizePersian('\u202Bسلام\u202C \u2067دنیا\u2069')).toBe('سلام دنیا');
    expect(normalizePersian('\u200Fشماره\u200E 0912\u061C')).toBe('شماره 0912');
    expect(normalizePersian('ب\u200Dا')).toBe('با');
  });
});

describe('normalizePersian: ZWNJ (iran-data.md §9)', () => {
  it('keeps a ZWNJ between letters in display mode (persian-tools normalizeText drops it)', () => {
    expect(normalizePersian('می‌رود')).toBe('می‌رود');
    expect(normalizePersian('خانه‌ها')).toBe('خانه‌ها');
    expect(normalizePersian('بزرگ‌تر')).toBe('بزرگ‌تر');
  });

  it('collapses ZWNJ runs and drops a ZWNJ next to whitespace, punctuation or the ends', () => {
    expect(normalizePersian('می\u200C\u200C\u200Cرود')).toBe('می‌رود');
    expect(normalizePersian('کتاب\u200C ها')).toBe('کتاب ها');
    expect(normalizePersian('\u200Cسلام\u200C')).toBe('سلام');
    expect(normalizePersian('کتاب\u200C.')).toBe('کتاب.');
    expect(normalizePersian('می\u200C\u200Bرود')).toBe('می‌رود');
  });

  it('applies the zwnj option', () => {
    expect(normalizePersian('می‌رود', { zwnj: 'space' })).toBe('می رود');
    expect(normalizePersian('می‌رود', { zwnj: 'remove' })).toBe('میرود');
    expect(normalizePersian('می‌رود', search)).toBe('می رود');
    expect(normalizePersian('می‌رود', { mode: 'search', zwnj: 'keep' })).toBe('می‌رود');
  });
});

describe('normalizePersian: whitespace', () => {
  it('treats NBSP, U+2000–U+200A, U+202F, U+3000 and tabs as spaces', () => {
    expect(normalizePersian('علی\u00A0\u2003\t\u202Fرضا\u3000\u2009 ')).toBe('علی رضا');
  });

  it('keeps line breaks as LF and trims every line by default', () => {
    expect(normalizePersian('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(normalizePersian('  سلام  \r\n\r\n  دنیا  ')).toBe('سلام\n\nدنیا');
  });

  it("collapses all whitespace with newlines: 'collapse'", () => {
    expect(normalizePersian('  سلام  \r\n\r\n  دنیا  ', { newlines: 'collapse' })).toBe('سلام دنیا');
  });

  it('returns the empty string for blank or junk-only input', () => {
    expect(normalizePersian('')).toBe('');
    expect(normalizePersian(' \u200C\u200B\n\t ')).toBe('');
  });
});

describe('normalizePersian: search mode', () => {
  it('folds alef, waw and yeh hamza forms, heh variants and hamza marks', () => {
    expect(normalizePersian('أحمد إمام آب ٱلله', search)).toBe('احمد امام اب الله');
    expect(normalizePersian('مسؤول مسئله', search)).toBe('مسوول مسیله');
    expect(normalizePersian('خانۀ خانهٔ', search)).toBe('خانه خانه');
  });

  it('keeps these letters and the ezafe hamza in display mode', () => {
    expect(normalizePersian('آب مسئله خانهٔ خانۀ')).toBe('آب مسئله خانهٔ خانۀ');
  });

  it('lowercases Latin and makes Arabic-typed and Persian-typed names equal', () => {
    expect(normalizePersian('Ali KARIMI', search)).toBe('ali karimi');
    expect(normalizePersian('علي كريمى', search)).toBe(normalizePersian('علی  کریمی', search));
    expect(normalizePersian('مي‌روم ۱۲', search)).toBe(normalizePersian('می روم 12', search));
  });
});

describe('normalizePersian: idempotence regressions (found by fast-check)', () => {
  it.each([
    ['آ\u2068\u0655', 'إ'],
    ['ا\u200D\u0654', 'أ'],
    ['=\u200C\u0338', '≠'],
    ['ب\u0640\u0654', 'بٔ'],
  ])('composes marks brought together by removals: %j → %j', (input, output) => {
    expect(normalizePersian(input)).toBe(output);
    expect(normalizePersian(output)).toBe(output);
  });
});

describe('normalizePersian: bad input', () => {
  it('throws INVALID_ARGUMENT for a non-string text', () => {
    expect(() => normalizePersian(42 as unknown as string)).toThrowError(/text: expected a string, got 42/);
  });

  it('throws INVALID_ARGUMENT naming an unknown option value', () => {
    try {
      normalizePersian('x', { mode: 'fuzzy' as 'search' });
      expect.unreachable();
    } catch (error) {
      expect(isMoshtariError(error)).toBe(true);
      if (!isMoshtariError(error)) return;
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.path).toBe('options.mode');
      expect(error.message).toBe(`options.mode: expected one of 'display', 'search', got "fuzzy"`);
    }
    expect(() => normalizePersian('x', { digits: 'roman' as 'latin' })).toThrowError(/options\.digits/);
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({ mode: 'search' as const });
    expect(normalizePersian('A', options)).toBe('a');
  });
});
