import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { Result } from '../core/index.js';
import {
  type Bank,
  type CardNumber,
  type IranErrorCode,
  type LegalNationalId,
  type MobileNumber,
  type MobileOperator,
  type NationalCode,
  type NationalCodeError,
  nationalCodeSchema,
  type ParsedCardNumber,
  type ParsedMobile,
  type ParsedSheba,
  type PostalCode,
  parseCardNumber,
  parseLegalNationalId,
  parseMobile,
  parseNationalCode,
  parsePostalCode,
  parseSheba,
  type Sheba,
  type shebaSchema,
} from './index.js';

describe('iran types', () => {
  it('parsers return branded values and coded errors', () => {
    expectTypeOf(parseNationalCode('x')).toEqualTypeOf<Result<NationalCode, NationalCodeError>>();
    const r = parseNationalCode('x');
    if (r.ok) {
      expectTypeOf(r.value).toExtend<string>();
    } else {
      expectTypeOf(r.error.code).toEqualTypeOf<
        'EMPTY' | 'FORMAT' | 'LENGTH' | 'REPEATED_DIGITS' | 'ZERO_SERIAL' | 'CHECKSUM'
      >();
      expectTypeOf(r.error.code).toExtend<IranErrorCode>();
      if (r.error.code === 'FORMAT') expectTypeOf(r.error.position).toEqualTypeOf<number>();
      if (r.error.code === 'LENGTH') expectTypeOf(r.error.expected).toEqualTypeOf<readonly number[]>();
      // @ts-expect-error: only FORMAT errors carry a position
      r.error.position;
    }
    expectTypeOf(parseLegalNationalId('x')).toExtend<Result<LegalNationalId, unknown>>();
    expectTypeOf(parsePostalCode('x')).toExtend<Result<PostalCode, unknown>>();
    expectTypeOf(parseMobile('x')).toExtend<Result<ParsedMobile, unknown>>();
    expectTypeOf(parseSheba('x')).toExtend<Result<ParsedSheba, unknown>>();
    expectTypeOf(parseCardNumber('x')).toExtend<Result<ParsedCardNumber, unknown>>();
  });

  it('brands do not mix, and plain strings are not brands', () => {
    // @ts-expect-error: a plain string is not a NationalCode
    const a: NationalCode = '0499370899';
    // @ts-expect-error: a national code is not a legal ID
    const b: LegalNationalId = '' as NationalCode;
    // @ts-expect-error: nor a card number
    const c: CardNumber = '' as Sheba;
    expectTypeOf<MobileNumber>().not.toEqualTypeOf<PostalCode>();
    void [a, b, c];
  });

  it('parsed values are readonly', () => {
    const m = parseMobile('09121234567');
    if (m.ok) {
      expectTypeOf(m.value.operator).toEqualTypeOf<MobileOperator | undefined>();
      // @ts-expect-error: readonly
      m.value.national = '';
    }
    const s = parseSheba('x');
    if (s.ok) {
      expectTypeOf(s.value.currentBank).toEqualTypeOf<Bank | undefined>();
      // @ts-expect-error: readonly
      s.value.issuer = undefined;
    }
  });

  it('schemas output branded values from string input', () => {
    expectTypeOf(nationalCodeSchema()).toEqualTypeOf<z.ZodType<NationalCode, string>>();
    expectTypeOf<z.output<ReturnType<typeof shebaSchema>>>().toEqualTypeOf<Sheba>();
    expectTypeOf<z.input<ReturnType<typeof shebaSchema>>>().toEqualTypeOf<string>();
    // @ts-expect-error: only 'fa' or 'en'
    nationalCodeSchema({ locale: 'de' });
  });
});
