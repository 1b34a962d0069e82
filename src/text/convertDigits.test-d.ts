import { describe, expectTypeOf, it } from 'vitest';
import { toLatinDigits, toPersianDigits } from './convertDigits.js';

describe('digit conversion types', () => {
  it('accepts strings, numbers and bigints for toPersianDigits, strings only for toLatinDigits', () => {
    expectTypeOf(toPersianDigits).parameter(0).toEqualTypeOf<string | number | bigint>();
    expectTypeOf(toPersianDigits(1n)).toEqualTypeOf<string>();
    expectTypeOf(toLatinDigits).parameter(0).toEqualTypeOf<string>();
    // @ts-expect-error toLatinDigits takes only strings
    toLatinDigits(12);
    // @ts-expect-error no booleans
    toPersianDigits(true);
  });
});
