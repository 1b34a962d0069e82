import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../core/index.js';
import { formatJalali } from './format.js';
import { type ParseJalaliError, parseJalali, parseJalaliDateTime } from './parse.js';
import type { JalaliDate, JalaliDateTime } from './types.js';

describe('format and parse types', () => {
  it('formats dates, date-times and instants to strings', () => {
    expectTypeOf(formatJalali({ year: 1403, month: 1, day: 1 }, 'yyyy')).toEqualTypeOf<string>();
    expectTypeOf(formatJalali(new Date(0), 'HH:mm', { locale: 'en', timeZone: 'UTC' })).toEqualTypeOf<string>();
    expectTypeOf(formatJalali(0, 'yyyy', { digits: 'latin' })).toEqualTypeOf<string>();
    // @ts-expect-error: unknown locale
    formatJalali(0, 'yyyy', { locale: 'ar' });
    // @ts-expect-error: unknown digit style
    formatJalali(0, 'yyyy', { digits: 'arabic' });
  });

  it('parses to Results with a code union', () => {
    expectTypeOf(parseJalali('1403/01/01')).toEqualTypeOf<Result<JalaliDate, ParseJalaliError>>();
    expectTypeOf(parseJalaliDateTime('1403/01/01 10:00')).toEqualTypeOf<Result<JalaliDateTime, ParseJalaliError>>();
    expectTypeOf<ParseJalaliError['code']>().toEqualTypeOf<
      'EMPTY' | 'FORMAT' | 'INVALID_MONTH' | 'INVALID_DAY' | 'OUT_OF_RANGE' | 'INVALID_TIME'
    >();
    const r = parseJalali('x');
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<JalaliDate>();
    else expectTypeOf(r.error.position).toEqualTypeOf<number | undefined>();
    // @ts-expect-error: input must be a string
    parseJalali(1403);
  });
});
