import { describe, expectTypeOf, it } from 'vitest';
import { type NormalizePersianOptions, normalizePersian } from './normalizePersian.js';

describe('normalizePersian types', () => {
  it('takes a string and optional options and returns a string', () => {
    expectTypeOf(normalizePersian).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(normalizePersian).parameter(1).toEqualTypeOf<NormalizePersianOptions | undefined>();
    expectTypeOf(normalizePersian('x')).toEqualTypeOf<string>();
  });

  it('has readonly literal-union options', () => {
    expectTypeOf<NormalizePersianOptions['mode']>().toEqualTypeOf<'display' | 'search' | undefined>();
    expectTypeOf<NormalizePersianOptions['digits']>().toEqualTypeOf<'latin' | 'persian' | 'unify' | undefined>();
    const options: NormalizePersianOptions = { mode: 'search' };
    // @ts-expect-error options are readonly
    options.mode = 'display';
  });

  it('rejects unknown option values and non-string text', () => {
    // @ts-expect-error 'fuzzy' is not a mode
    normalizePersian('x', { mode: 'fuzzy' });
    // @ts-expect-error zwnj has no 'drop'
    normalizePersian('x', { zwnj: 'drop' });
    // @ts-expect-error exactOptionalPropertyTypes: undefined is not a value
    normalizePersian('x', { newlines: undefined });
    // @ts-expect-error text must be a string
    normalizePersian(42);
  });
});
