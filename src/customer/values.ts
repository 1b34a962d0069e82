/**
 * The shape of {@link CUSTOMER_VALUE_LABELS}: for each enumerated field, its codes and their Persian labels.
 *
 * @example
 * ```ts
 * type Education = keyof CustomerValueLabels['education']; // 'none' | 'primary' | … | 'doctorate'
 * ```
 * @category Customer
 */
export type CustomerValueLabels = {
  /** Gender. */
  readonly gender: Readonly<Record<'female' | 'male' | 'other', string>>;
  /** Marital status. */
  readonly maritalStatus: Readonly<Record<'single' | 'married' | 'divorced' | 'widowed', string>>;
  /** Highest education (Iranian levels: سیکل, دیپلم, کاردانی, …). */
  readonly education: Readonly<
    Record<
      'none' | 'primary' | 'lowerSecondary' | 'diploma' | 'associate' | 'bachelor' | 'master' | 'doctorate',
      string
    >
  >;
  /** Organization size by head count. */
  readonly organizationSize: Readonly<Record<'micro' | 'small' | 'medium' | 'large', string>>;
  /** City size class. */
  readonly citySize: Readonly<Record<'metropolis' | 'large' | 'medium' | 'small' | 'rural', string>>;
  /** Population density class. */
  readonly density: Readonly<Record<'high' | 'medium' | 'low', string>>;
  /** Iran's climate zones. */
  readonly climate: Readonly<Record<'hotDry' | 'hotHumid' | 'temperateHumid' | 'coldMountain', string>>;
  /** Social class. */
  readonly socialClass: Readonly<Record<'lower' | 'lowerMiddle' | 'middle' | 'upperMiddle' | 'upper', string>>;
  /** Religion (sensitive). */
  readonly religion: Readonly<
    Record<'islamShia' | 'islamSunni' | 'christianity' | 'judaism' | 'zoroastrianism' | 'other', string>
  >;
  /** Ethnicity (sensitive). */
  readonly ethnicity: Readonly<
    Record<'fars' | 'azeri' | 'kurd' | 'lur' | 'arab' | 'baloch' | 'turkmen' | 'gilak' | 'mazani' | 'other', string>
  >;
  /** Where a customer came from. */
  readonly acquisitionSource: Readonly<
    Record<
      | 'referral'
      | 'walkIn'
      | 'website'
      | 'socialMedia'
      | 'searchEngine'
      | 'advertising'
      | 'sms'
      | 'event'
      | 'partner'
      | 'marketplace'
      | 'coldCall'
      | 'other',
      string
    >
  >;
  /** Through which channel a customer was acquired. */
  readonly acquisitionChannel: Readonly<
    Record<'web' | 'app' | 'store' | 'phone' | 'sms' | 'messenger' | 'marketplace' | 'field' | 'other', string>
  >;
  /** Channels to reach a customer (preferred channel, consent). */
  readonly contactChannel: Readonly<
    Record<'sms' | 'call' | 'email' | 'push' | 'messenger' | 'post' | 'inPerson', string>
  >;
  /** What an address is for. */
  readonly addressLabel: Readonly<Record<'home' | 'work' | 'billing' | 'shipping' | 'other', string>>;
  /** Iran's 31 provinces. */
  readonly province: Readonly<
    Record<
      | 'alborz'
      | 'ardabil'
      | 'bushehr'
      | 'chaharmahalBakhtiari'
      | 'eastAzerbaijan'
      | 'westAzerbaijan'
      | 'fars'
      | 'gilan'
      | 'golestan'
      | 'hamadan'
      | 'hormozgan'
      | 'ilam'
      | 'isfahan'
      | 'kerman'
      | 'kermanshah'
      | 'northKhorasan'
      | 'razaviKhorasan'
      | 'southKhorasan'
      | 'khuzestan'
      | 'kohgiluyehBoyerAhmad'
      | 'kurdistan'
      | 'lorestan'
      | 'markazi'
      | 'mazandaran'
      | 'qazvin'
      | 'qom'
      | 'semnan'
      | 'sistanBaluchestan'
      | 'tehran'
      | 'yazd'
      | 'zanjan',
      string
    >
  >;
};

/**
 * Every enumerated customer field, as stable codes mapped to their Persian labels. Logic and storage
 * use the codes (`'married'`); interfaces show the labels (`'متأهل'`), so Persian text never leaks
 * into logic (crm.md §1.5). The schemas accept exactly these codes.
 *
 * @example
 * ```ts
 * CUSTOMER_VALUE_LABELS.maritalStatus.married; // 'متأهل'
 * Object.keys(CUSTOMER_VALUE_LABELS.education); // ['none', 'primary', …, 'doctorate']
 * ```
 * @category Customer
 */
export const CUSTOMER_VALUE_LABELS: CustomerValueLabels = {
  gender: { female: 'زن', male: 'مرد', other: 'دیگر' },
  maritalStatus: { single: 'مجرد', married: 'متأهل', divorced: 'مطلقه/جداشده', widowed: 'همسر فوت‌شده' },
  education: {
    none: 'بی‌سواد',
    primary: 'ابتدایی',
    lowerSecondary: 'سیکل',
    diploma: 'دیپلم',
    associate: 'کاردانی',
    bachelor: 'کارشناسی',
    master: 'کارشناسی ارشد',
    doctorate: 'دکتری',
  },
  organizationSize: {
    micro: 'خرد (کمتر از ۱۰ نفر)',
    small: 'کوچک (۱۰ تا ۴۹)',
    medium: 'متوسط (۵۰ تا ۲۴۹)',
    large: 'بزرگ (۲۵۰+)',
  },
  citySize: { metropolis: 'کلان‌شهر', large: 'شهر بزرگ', medium: 'شهر متوسط', small: 'شهر کوچک', rural: 'روستا' },
  density: { high: 'پرتراکم', medium: 'تراکم متوسط', low: 'کم‌تراکم' },
  climate: {
    hotDry: 'گرم و خشک',
    hotHumid: 'گرم و مرطوب',
    temperateHumid: 'معتدل و مرطوب',
    coldMountain: 'سرد و کوهستانی',
  },
  socialClass: {
    lower: 'پایین',
    lowerMiddle: 'متوسط رو به پایین',
    middle: 'متوسط',
    upperMiddle: 'متوسط رو به بالا',
    upper: 'بالا',
  },
  religion: {
    islamShia: 'اسلام (شیعه)',
    islamSunni: 'اسلام (سنی)',
    christianity: 'مسیحیت',
    judaism: 'یهودیت',
    zoroastrianism: 'زرتشتی',
    other: 'دیگر',
  },
  ethnicity: {
    fars: 'فارس',
    azeri: 'آذری',
    kurd: 'کرد',
    lur: 'لر',
    arab: 'عرب',
    baloch: 'بلوچ',
    turkmen: 'ترکمن',
    gilak: 'گیلک',
    mazani: 'مازنی',
    other: 'دیگر',
  },
  acquisitionSource: {
    referral: 'معرفی',
    walkIn: 'مراجعهٔ حضوری',
    website: 'وب‌سایت',
    socialMedia: 'شبکه‌های اجتماعی',
    searchEngine: 'موتور جست‌وجو',
    advertising: 'تبلیغات',
    sms: 'پیامک',
    event: 'نمایشگاه/رویداد',
    partner: 'همکار تجاری',
    marketplace: 'بازارگاه آنلاین',
    coldCall: 'تماس تلفنی',
    other: 'دیگر',
  },
  acquisitionChannel: {
    web: 'وب',
    app: 'اپلیکیشن',
    store: 'فروشگاه',
    phone: 'تلفن',
    sms: 'پیامک',
    messenger: 'پیام‌رسان',
    marketplace: 'بازارگاه',
    field: 'فروش میدانی',
    other: 'دیگر',
  },
  contactChannel: {
    sms: 'پیامک',
    call: 'تماس تلفنی',
    email: 'ایمیل',
    push: 'اعلان اپلیکیشن',
    messenger: 'پیام‌رسان',
    post: 'پست',
    inPerson: 'حضوری',
  },
  addressLabel: { home: 'منزل', work: 'محل کار', billing: 'صورتحساب', shipping: 'ارسال', other: 'دیگر' },
  province: {
    alborz: 'البرز',
    ardabil: 'اردبیل',
    bushehr: 'بوشهر',
    chaharmahalBakhtiari: 'چهارمحال و بختیاری',
    eastAzerbaijan: 'آذربایجان شرقی',
    westAzerbaijan: 'آذربایجان غربی',
    fars: 'فارس',
    gilan: 'گیلان',
    golestan: 'گلستان',
    hamadan: 'همدان',
    hormozgan: 'هرمزگان',
    ilam: 'ایلام',
    isfahan: 'اصفهان',
    kerman: 'کرمان',
    kermanshah: 'کرمانشاه',
    northKhorasan: 'خراسان شمالی',
    razaviKhorasan: 'خراسان رضوی',
    southKhorasan: 'خراسان جنوبی',
    khuzestan: 'خوزستان',
    kohgiluyehBoyerAhmad: 'کهگیلویه و بویراحمد',
    kurdistan: 'کردستان',
    lorestan: 'لرستان',
    markazi: 'مرکزی',
    mazandaran: 'مازندران',
    qazvin: 'قزوین',
    qom: 'قم',
    semnan: 'سمنان',
    sistanBaluchestan: 'سیستان و بلوچستان',
    tehran: 'تهران',
    yazd: 'یزد',
    zanjan: 'زنجان',
  },
};
