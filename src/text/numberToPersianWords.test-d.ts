import { describe, expectTypeOf, it } from 'vitest';
import { type NumberToPersianWordsOptions, numberToPersianWords } from './numberToPersianWords.js';

describe('numberToPersianWords types', () => {
  it('accepts number, bigint or string and returns a string', () => {
    expectTypeOf(numberToPersianWords).parameter(0).toEqualTypeOf<number | bigint | string>();
    expectTypeOf(numberToPersianWords).parameter(1).toEqualTypeOf<NumberToPersianWordsOptions | undefined>();
    expectTypeOf(numberToPersianWords(1n, { ordinal: true })).toEqualTypeOf<string>();
    expectTypeOf<NumberToPersianWordsOptions>().toEqualTypeOf<{ readonly ordinal?: boolean }>();
  });

  it('rejects other argument types', () => {
    // @ts-expect-error no booleans
    numberToPersianWords(true);
    // @ts-expect-error ordinal is a boolean
    numberToPersianWords(1, { ordinal: 'yes' });
    // @ts-expect-error unknown option
    numberToPersianWords(1, { feminine: true });
  });
});
