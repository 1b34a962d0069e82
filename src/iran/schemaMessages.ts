// Persian error messages for the iran zod schemas (imported only by schema.ts).
import { persianDigits } from '../internal/digits.js';
import type { CardNumberError } from './card.js';
import type { LegalNationalIdError } from './legalNationalId.js';
import type { MobileError } from './mobile.js';
import type { NationalCodeError } from './nationalCode.js';
import type { PostalCodeError } from './postalCode.js';
import type { ShebaError } from './sheba.js';

/** The identifiers with a schema. */
export type IranIdentifier = 'nationalCode' | 'legalNationalId' | 'mobile' | 'postalCode' | 'sheba' | 'cardNumber';

/** Any error of an iran `parse*` function. */
export type AnyIranError =
  | NationalCodeError
  | LegalNationalIdError
  | MobileError
  | PostalCodeError
  | ShebaError
  | CardNumberError;

const NAME: Readonly<Record<IranIdentifier, string>> = {
  nationalCode: 'کد ملی',
  legalNationalId: 'شناسه ملی',
  mobile: 'شماره موبایل',
  postalCode: 'کد پستی',
  sheba: 'شماره شبا',
  cardNumber: 'شماره کارت',
};

const LENGTH: Readonly<Record<IranIdentifier, string>> = {
  nationalCode: 'کد ملی باید ۱۰ رقم باشد',
  legalNationalId: 'شناسه ملی باید ۱۱ رقم باشد',
  mobile: 'شماره موبایل باید ۱۱ رقم باشد و با ۰۹ شروع شود',
  postalCode: 'کد پستی باید ۱۰ رقم باشد',
  sheba: 'شماره شبا باید IR و ۲۴ رقم باشد',
  cardNumber: 'شماره کارت باید ۱۶ رقم باشد',
};

const POSTAL_RULE: Readonly<Record<string, string>> = {
  FOUR_EQUAL_LEADING: 'چهار رقم اول کد پستی نمی‌توانند یکسان باشند',
  ZERO_OR_TWO_IN_FIRST_FIVE: 'پنج رقم اول کد پستی شامل ۰ یا ۲ نمی‌شوند',
  FIVE_IN_FIFTH_PLACE: 'رقم پنجم کد پستی نمی‌تواند ۵ باشد',
  TWO_IN_LAST_FIVE: 'پنج رقم آخر کد پستی شامل ۲ نمی‌شوند',
};

/** The type error shown when the value is not a string at all. */
export function persianTypeMessage(identifier: IranIdentifier): string {
  return `${NAME[identifier]} باید به صورت متن وارد شود`;
}

/** A Persian sentence for `error`, naming the identifier and the problem. */
export function persianMessage(identifier: IranIdentifier, error: AnyIranError): string {
  const name = NAME[identifier];
  switch (error.code) {
    case 'EMPTY':
      return `${name} را وارد کنید`;
    case 'FORMAT':
      return `${name} فقط شامل رقم است؛ نویسهٔ «${error.character}» در جایگاه ${persianDigits(String(error.position + 1))} مجاز نیست`;
    case 'LENGTH':
      return LENGTH[identifier];
    case 'CHECKSUM':
      return `${name} معتبر نیست (رقم کنترل نادرست است)`;
    case 'REPEATED_DIGITS':
      return `${name} نمی‌تواند از تکرار یک رقم تشکیل شود`;
    case 'ZERO_SERIAL':
      return `${name} معتبر نیست (ارقام چهارم تا نهم همه صفرند)`;
    case 'COUNTRY_CODE':
      return identifier === 'sheba'
        ? 'فقط شماره شبای بانک‌های ایران (IR) پذیرفته می‌شود'
        : 'فقط شماره موبایل ایران (+۹۸) پذیرفته می‌شود';
    case 'NOT_MOBILE':
      return 'این شماره موبایل نیست؛ شماره موبایل با ۰۹ شروع می‌شود';
    case 'UNKNOWN_PREFIX':
      return `پیش‌شمارهٔ ${persianDigits(error.prefix)} به هیچ اپراتور تلفن همراه شناخته‌شده‌ای تعلق ندارد`;
    case 'FORMAT_RULE':
      return `کد پستی معتبر نیست: ${POSTAL_RULE[error.rule] ?? ''}`;
    case 'UNKNOWN_BANK':
      return `کد بانک ${persianDigits(error.bankCode)} در شماره شبا شناخته نشد`;
    case 'UNKNOWN_ISSUER':
      return 'شماره کارت متعلق به هیچ بانک ایرانی شناخته‌شده‌ای نیست';
  }
}
