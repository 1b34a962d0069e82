import { describe, expect, it } from 'vitest';
import {
  cardNumberSchema,
  legalNationalIdSchema,
  mobileSchema,
  nationalCodeSchema,
  postalCodeSchema,
  shebaSchema,
} from './index.js';

const firstIssue = (r: { error?: { issues: readonly { message: string; params?: unknown }[] } }) => r.error?.issues[0];

describe('iran zod schemas', () => {
  it('normalise what was typed', () => {
    expect(nationalCodeSchema().parse('۰۴۹۹-۳۷۰-۸۹۹')).toBe('0499370899');
    expect(nationalCodeSchema().parse('68415941')).toBe('0068415941');
    expect(legalNationalIdSchema().parse('۱۰۳۸۰۲۸۴۷۹۰')).toBe('10380284790');
    expect(mobileSchema().parse('۰۹۱۲ ۳۴۵ ۶۷۸۹')).toBe('+989123456789');
    expect(postalCodeSchema().parse('13451-67891')).toBe('1345167891');
    expect(shebaSchema().parse('ir82 0540 1026 8002 0817 9090 02')).toBe('IR820540102680020817909002');
    expect(cardNumberSchema().parse('6037-7016-8909-5443')).toBe('6037701689095443');
  });

  it('speak Persian by default', () => {
    expect(firstIssue(nationalCodeSchema().safeParse('1234567890'))).toMatchObject({
      message: 'کد ملی معتبر نیست (رقم کنترل نادرست است)',
      params: { iranError: 'CHECKSUM' },
    });
    expect(firstIssue(nationalCodeSchema().safeParse(''))?.message).toBe('کد ملی را وارد کنید');
    expect(firstIssue(nationalCodeSchema().safeParse('12a'))?.message).toBe(
      'کد ملی فقط شامل رقم است؛ نویسهٔ «a» در جایگاه ۳ مجاز نیست',
    );
    expect(firstIssue(nationalCodeSchema().safeParse(123))?.message).toBe('کد ملی باید به صورت متن وارد شود');
    expect(firstIssue(legalNationalIdSchema().safeParse('103802847901'))?.message).toBe('شناسه ملی باید ۱۱ رقم باشد');
    expect(firstIssue(mobileSchema().safeParse('09312002580'))?.message).toBe(
      'پیش‌شمارهٔ ۰۹۳۱ به هیچ اپراتور تلفن همراه شناخته‌شده‌ای تعلق ندارد',
    );
    expect(firstIssue(mobileSchema().safeParse('+1 555 123 4567'))?.message).toBe(
      'فقط شماره موبایل ایران (+۹۸) پذیرفته می‌شود',
    );
    expect(firstIssue(postalCodeSchema().safeParse('1111111111'))?.message).toBe(
      'کد پستی معتبر نیست: چهار رقم اول کد پستی نمی‌توانند یکسان باشند',
    );
    expect(firstIssue(shebaSchema({ requireKnownBank: true }).safeParse('IR030990000000123456789012'))?.message).toBe(
      'کد بانک ۰۹۹ در شماره شبا شناخته نشد',
    );
    expect(firstIssue(cardNumberSchema().safeParse('5555555555554444'))?.message).toBe(
      'شماره کارت متعلق به هیچ بانک ایرانی شناخته‌شده‌ای نیست',
    );
    expect(firstIssue(cardNumberSchema().safeParse('0000000000000000'))?.message).toBe(
      'شماره کارت نمی‌تواند از تکرار یک رقم تشکیل شود',
    );
  });

  it('speak English on request, with the parse error message', () => {
    expect(firstIssue(nationalCodeSchema({ locale: 'en' }).safeParse('1234567890'))).toMatchObject({
      message: 'national code: the check digit (10th) does not match digits 1 to 9',
      params: { iranError: 'CHECKSUM' },
    });
    expect(firstIssue(shebaSchema({ locale: 'en' }).safeParse('DE89370400440532013000'))?.message).toBe(
      'Sheba: only Iranian IBANs (IR…) are accepted, got DE',
    );
    expect(firstIssue(mobileSchema({ locale: 'en' }).safeParse(9121234567))?.message).toBe(
      'mobile number: expected a string',
    );
  });

  it('pass the parse options through', () => {
    expect(postalCodeSchema({ formatRules: false }).parse('1111111111')).toBe('1111111111');
    expect(mobileSchema({ allowUnknownPrefix: true }).parse('09312002580')).toBe('+989312002580');
    expect(shebaSchema().parse('IR030990000000123456789012')).toBe('IR030990000000123456789012');
    expect(shebaSchema({ requireKnownBank: true }).safeParse('IR030990000000123456789012').success).toBe(false);
    expect(cardNumberSchema({ allowUnknownIssuer: true }).parse('5555555555554444')).toBe('5555555555554444');
  });

  it('refuse an unknown locale', () => {
    expect(() => nationalCodeSchema({ locale: 'de' as 'en' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
