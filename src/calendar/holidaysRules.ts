// Iran's official public holidays (calendar.md §7.1): 10 fixed solar days and 17 lunar rules on Iran's own
// Hijri calendar. Names as in the Calendar Center's yearly calendar; occasions checked against
// persian-calendar/persian-calendar events.json and vacanza/holidays iran.py.

/**
 * Stable ids of Iran's official holiday rules, for `remove` and for telling entries apart. `'nowruz'`
 * covers 1–4 Farvardin.
 *
 * @example
 * ```ts
 * const skip: readonly IranHolidayId[] = ['tasua', 'ashura'];
 * ```
 * @category Calendar
 */
export type IranHolidayId =
  | 'nowruz'
  | 'islamic-republic-day'
  | 'nature-day'
  | 'khomeini-death'
  | 'khordad-15-uprising'
  | 'revolution-day'
  | 'oil-nationalization'
  | 'tasua'
  | 'ashura'
  | 'arbaeen'
  | 'prophet-death'
  | 'imam-reza-martyrdom'
  | 'imam-hassan-askari-martyrdom'
  | 'prophet-birthday'
  | 'fatima-martyrdom'
  | 'imam-ali-birthday'
  | 'mabath'
  | 'mahdi-birthday'
  | 'imam-ali-martyrdom'
  | 'eid-al-fitr'
  | 'eid-al-fitr-2'
  | 'imam-sadiq-martyrdom'
  | 'eid-al-adha'
  | 'eid-al-ghadir';

/**
 * A holiday's name in Persian and English.
 *
 * @example
 * ```ts
 * const name: HolidayName = { fa: 'عید فطر', en: 'Eid al-Fitr' };
 * ```
 * @category Calendar
 */
export type HolidayName = {
  /** Persian name (Persian ی and ک, digits in Persian). */
  readonly fa: string;
  /** English name. */
  readonly en: string;
};

/** Internal: a holiday rule. `day` 0 = the last day of the month (the day before the next month starts). */
export type HolidayRule = {
  readonly id: IranHolidayId;
  readonly month: number;
  readonly day: number;
  readonly fa: string;
  readonly en: string;
};

/** Internal: the fixed solar holidays, Jalali month and day. */
export const SOLAR_HOLIDAYS: readonly HolidayRule[] = [
  { id: 'nowruz', month: 1, day: 1, fa: 'عید نوروز', en: 'Nowruz' },
  { id: 'nowruz', month: 1, day: 2, fa: 'عید نوروز', en: 'Nowruz' },
  { id: 'nowruz', month: 1, day: 3, fa: 'عید نوروز', en: 'Nowruz' },
  { id: 'nowruz', month: 1, day: 4, fa: 'عید نوروز', en: 'Nowruz' },
  { id: 'islamic-republic-day', month: 1, day: 12, fa: 'روز جمهوری اسلامی', en: 'Islamic Republic Day' },
  { id: 'nature-day', month: 1, day: 13, fa: 'روز طبیعت', en: 'Nature Day (Sizdah Bedar)' },
  { id: 'khomeini-death', month: 3, day: 14, fa: 'رحلت امام خمینی', en: 'Death of Imam Khomeini' },
  { id: 'khordad-15-uprising', month: 3, day: 15, fa: 'قیام ۱۵ خرداد', en: '15 Khordad Uprising' },
  { id: 'revolution-day', month: 11, day: 22, fa: 'پیروزی انقلاب اسلامی', en: 'Islamic Revolution Day' },
  { id: 'oil-nationalization', month: 12, day: 29, fa: 'ملی شدن صنعت نفت', en: 'Oil Nationalization Day' },
];

/** Internal: the lunar holidays, Iranian Hijri month and day (0 = last day of the month). */
export const LUNAR_HOLIDAYS: readonly HolidayRule[] = [
  { id: 'tasua', month: 1, day: 9, fa: 'تاسوعا', en: 'Tasua' },
  { id: 'ashura', month: 1, day: 10, fa: 'عاشورا', en: 'Ashura' },
  { id: 'arbaeen', month: 2, day: 20, fa: 'اربعین', en: 'Arbaeen' },
  {
    id: 'prophet-death',
    month: 2,
    day: 28,
    fa: 'رحلت پیامبر و شهادت امام حسن',
    en: 'Death of the Prophet and martyrdom of Imam Hassan',
  },
  { id: 'imam-reza-martyrdom', month: 2, day: 0, fa: 'شهادت امام رضا', en: 'Martyrdom of Imam Reza' },
  {
    id: 'imam-hassan-askari-martyrdom',
    month: 3,
    day: 8,
    fa: 'شهادت امام حسن عسکری',
    en: 'Martyrdom of Imam Hassan Askari',
  },
  {
    id: 'prophet-birthday',
    month: 3,
    day: 17,
    fa: 'میلاد پیامبر و امام جعفر صادق',
    en: 'Birth of the Prophet and Imam Jafar Sadiq',
  },
  { id: 'fatima-martyrdom', month: 6, day: 3, fa: 'شهادت حضرت فاطمه', en: 'Martyrdom of Fatimah' },
  { id: 'imam-ali-birthday', month: 7, day: 13, fa: 'ولادت امام علی', en: 'Birth of Imam Ali' },
  { id: 'mabath', month: 7, day: 27, fa: 'مبعث', en: "Mab'ath" },
  { id: 'mahdi-birthday', month: 8, day: 15, fa: 'ولادت امام زمان', en: 'Birth of Imam Mahdi' },
  { id: 'imam-ali-martyrdom', month: 9, day: 21, fa: 'شهادت امام علی', en: 'Martyrdom of Imam Ali' },
  { id: 'eid-al-fitr', month: 10, day: 1, fa: 'عید فطر', en: 'Eid al-Fitr' },
  { id: 'eid-al-fitr-2', month: 10, day: 2, fa: 'تعطیل به مناسبت عید فطر', en: 'Eid al-Fitr holiday' },
  {
    id: 'imam-sadiq-martyrdom',
    month: 10,
    day: 25,
    fa: 'شهادت امام جعفر صادق',
    en: 'Martyrdom of Imam Jafar Sadiq',
  },
  { id: 'eid-al-adha', month: 12, day: 10, fa: 'عید قربان', en: 'Eid al-Adha' },
  { id: 'eid-al-ghadir', month: 12, day: 18, fa: 'عید غدیر', en: 'Eid al-Ghadir' },
];

/** Internal: every rule id, for validating `remove`. */
export const IRAN_HOLIDAY_IDS: readonly IranHolidayId[] = [
  'nowruz',
  'islamic-republic-day',
  'nature-day',
  'khomeini-death',
  'khordad-15-uprising',
  'revolution-day',
  'oil-nationalization',
  'tasua',
  'ashura',
  'arbaeen',
  'prophet-death',
  'imam-reza-martyrdom',
  'imam-hassan-askari-martyrdom',
  'prophet-birthday',
  'fatima-martyrdom',
  'imam-ali-birthday',
  'mabath',
  'mahdi-birthday',
  'imam-ali-martyrdom',
  'eid-al-fitr',
  'eid-al-fitr-2',
  'imam-sadiq-martyrdom',
  'eid-al-adha',
  'eid-al-ghadir',
];
