// Persian names and Iranian cities for the sample store (constant tables only).

/**
 * Common Persian women's given names (Persian script).
 *
 * @example
 * ```ts
 * PERSIAN_FEMALE_NAMES[0]; // 'فاطمه'
 * ```
 * @category CLI
 */
export const PERSIAN_FEMALE_NAMES: readonly string[] = [
  'فاطمه',
  'زهرا',
  'مریم',
  'معصومه',
  'زینب',
  'سمانه',
  'نرگس',
  'سارا',
  'مهسا',
  'الهام',
  'لیلا',
  'نازنین',
  'هستی',
  'ریحانه',
  'کوثر',
  'یاسمن',
  'مبینا',
  'فرزانه',
  'شیوا',
  'پریسا',
  'نگار',
  'آزاده',
  'مهناز',
  'سیمین',
  'پروین',
  'طاهره',
  'اعظم',
  'شهلا',
  'نسرین',
  'ژیلا',
  'آیدا',
  'ترانه',
  'رها',
  'هانیه',
  'محدثه',
  'نیلوفر',
  'ساناز',
  'بهاره',
  'مینا',
  'شیرین',
  'فرشته',
  'مهتاب',
  'آتنا',
  'کیمیا',
  'ستاره',
  'غزاله',
];

/**
 * Common Persian men's given names (Persian script).
 *
 * @example
 * ```ts
 * PERSIAN_MALE_NAMES[0]; // 'محمد'
 * ```
 * @category CLI
 */
export const PERSIAN_MALE_NAMES: readonly string[] = [
  'محمد',
  'علی',
  'حسین',
  'مهدی',
  'رضا',
  'امیر',
  'حسن',
  'محمدرضا',
  'امیرحسین',
  'ابوالفضل',
  'سعید',
  'مجید',
  'حمید',
  'مصطفی',
  'جواد',
  'احمد',
  'محسن',
  'مرتضی',
  'عباس',
  'یوسف',
  'بهروز',
  'فرهاد',
  'کامران',
  'بابک',
  'داریوش',
  'کوروش',
  'آرش',
  'سیاوش',
  'پویا',
  'پارسا',
  'آرین',
  'سینا',
  'میلاد',
  'نیما',
  'امید',
  'بهزاد',
  'هادی',
  'وحید',
  'مسعود',
  'ناصر',
  'اکبر',
  'اصغر',
  'یاسین',
  'طاها',
  'ماهان',
  'کیان',
];

/**
 * Common Iranian family names (Persian script).
 *
 * @example
 * ```ts
 * PERSIAN_LAST_NAMES[0]; // 'محمدی'
 * ```
 * @category CLI
 */
export const PERSIAN_LAST_NAMES: readonly string[] = [
  'محمدی',
  'حسینی',
  'احمدی',
  'رضایی',
  'موسوی',
  'کریمی',
  'جعفری',
  'قاسمی',
  'رحیمی',
  'صادقی',
  'حیدری',
  'عباسی',
  'کاظمی',
  'اکبری',
  'ابراهیمی',
  'نوری',
  'هاشمی',
  'مرادی',
  'سلیمانی',
  'زارعی',
  'یوسفی',
  'امیری',
  'طاهری',
  'باقری',
  'قربانی',
  'میرزایی',
  'شریفی',
  'نظری',
  'ملکی',
  'فرهادی',
  'سلطانی',
  'کرمانی',
  'تهرانی',
  'شیرازی',
  'اصفهانی',
  'تبریزی',
  'خراسانی',
  'رستمی',
  'نجفی',
  'بهرامی',
  'عزیزی',
  'فتحی',
  'جمالی',
  'صفری',
  'غلامی',
  'منصوری',
  'اسدی',
  'خسروی',
  'پورمحمدی',
  'علیزاده',
  'حسن‌زاده',
  'قلی‌پور',
  'نیک‌نام',
  'فرجی',
  'وکیلی',
  'دهقان',
  'کشاورز',
  'آقایی',
  'ایزدی',
  'بابایی',
  'توکلی',
  'مختاری',
  'سبحانی',
  'رنجبر',
];

/**
 * Large Iranian cities (Persian names) with their population in thousands (1395 census, rounded),
 * used as weights: Tehran first and largest.
 *
 * @example
 * ```ts
 * IRAN_CITY_WEIGHTS[0]; // { name: 'تهران', weight: 8694 }
 * ```
 * @category CLI
 */
export const IRAN_CITY_WEIGHTS: readonly { readonly name: string; readonly weight: number }[] = [
  { name: 'تهران', weight: 8694 },
  { name: 'مشهد', weight: 3001 },
  { name: 'اصفهان', weight: 1961 },
  { name: 'کرج', weight: 1592 },
  { name: 'شیراز', weight: 1565 },
  { name: 'تبریز', weight: 1559 },
  { name: 'قم', weight: 1201 },
  { name: 'اهواز', weight: 1185 },
  { name: 'کرمانشاه', weight: 946 },
  { name: 'ارومیه', weight: 736 },
  { name: 'رشت', weight: 679 },
  { name: 'زاهدان', weight: 587 },
  { name: 'همدان', weight: 555 },
  { name: 'کرمان', weight: 537 },
  { name: 'یزد', weight: 530 },
  { name: 'اردبیل', weight: 529 },
  { name: 'بندرعباس', weight: 526 },
  { name: 'اراک', weight: 520 },
  { name: 'زنجان', weight: 431 },
  { name: 'سنندج', weight: 413 },
  { name: 'قزوین', weight: 402 },
  { name: 'خرم‌آباد', weight: 373 },
  { name: 'گرگان', weight: 350 },
  { name: 'ساری', weight: 310 },
];
