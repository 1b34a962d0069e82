import { describe, expectTypeOf, it } from 'vitest';
import { type SmsEncoding, type SmsSegments, type SmsSegmentsOptions, smsSegments } from './smsSegments.js';

describe('smsSegments types', () => {
  it('returns a readonly SmsSegments', () => {
    const r = smsSegments('x');
    expectTypeOf(r).toEqualTypeOf<SmsSegments>();
    expectTypeOf(r.encoding).toEqualTypeOf<SmsEncoding>();
    expectTypeOf<SmsEncoding>().toEqualTypeOf<'GSM-7' | 'UCS-2'>();
    expectTypeOf(r.partUnits).toEqualTypeOf<readonly number[]>();
    expectTypeOf(r.exceedsMaxParts).toEqualTypeOf<boolean | undefined>();
    // @ts-expect-error readonly field
    r.parts = 2;
    // @ts-expect-error readonly array
    r.partUnits.push(1);
  });

  it('checks options', () => {
    expectTypeOf(smsSegments).parameter(1).toEqualTypeOf<SmsSegmentsOptions | undefined>();
    // @ts-expect-error unknown lineBreaks value
    smsSegments('x', { lineBreaks: 'crlf' });
    // @ts-expect-error maxParts is a number
    smsSegments('x', { maxParts: '10' });
  });
});
