// Banks of the persian-tools 4.0.4 `shebaMapCodes` and card `cardBank` tables, with the mergers
// into Sepah (2019–2020) and Ayandeh into Melli (2025-10-23). See ../shared/reference/iran-data.md §4–§5.

/**
 * Stable id of an Iranian bank or credit institution (persian-tools nicknames, kebab-case).
 *
 * @example
 * ```ts
 * const id: BankId = 'melli';
 * ```
 * @category Iran
 */
export type BankId =
  | 'central-bank'
  | 'sanat-o-madan'
  | 'mellat'
  | 'refah'
  | 'maskan'
  | 'sepah'
  | 'keshavarzi'
  | 'melli'
  | 'tejarat'
  | 'saderat'
  | 'tosee-saderat'
  | 'post-bank'
  | 'tosee-taavon'
  | 'tosee'
  | 'ghavamin'
  | 'karafarin'
  | 'parsian'
  | 'eghtesad-novin'
  | 'saman'
  | 'pasargad'
  | 'sarmayeh'
  | 'sina'
  | 'mehr-iran'
  | 'shahr'
  | 'ayandeh'
  | 'ansar'
  | 'gardeshgari'
  | 'hekmat-iranian'
  | 'dey'
  | 'iran-zamin'
  | 'resalat'
  | 'kosar'
  | 'melal'
  | 'middle-east'
  | 'mehr-eghtesad'
  | 'noor'
  | 'iran-venezuela';

/**
 * An Iranian bank or credit institution. A bank that was merged keeps its entry (old cards and
 * Sheba numbers still carry its codes) and says where it went.
 *
 * @example
 * ```ts
 * IRAN_BANKS.ayandeh.mergedInto; // 'melli'
 * ```
 * @category Iran
 */
export type Bank = {
  /** Stable id. */
  readonly id: BankId;
  /** Persian name, e.g. `'بانک ملی ایران'`. */
  readonly nameFa: string;
  /** English name, e.g. `'Bank Melli Iran'`. */
  readonly nameEn: string;
  /** The bank that absorbed this one, when it was merged or dissolved into another. */
  readonly mergedInto?: BankId;
  /** When: an ISO 8601 date, or a year interval such as `'2019/2020'` for a merger that took a while. */
  readonly mergedOn?: string;
};

/**
 * Every bank in the tables, by id.
 *
 * @example
 * ```ts
 * IRAN_BANKS.saman.nameFa; // 'بانک سامان'
 * ```
 * @category Iran
 */
export const IRAN_BANKS: {
  readonly [TId in BankId]: Bank & {
    /** The bank's identifier, equal to its key in this table. */
    readonly id: TId;
  };
} = {
  'central-bank': { id: 'central-bank', nameFa: 'بانک مرکزی جمهوری اسلامی ایران', nameEn: 'Central Bank of Iran' },
  'sanat-o-madan': { id: 'sanat-o-madan', nameFa: 'بانک صنعت و معدن', nameEn: 'Bank of Industry and Mine' },
  mellat: { id: 'mellat', nameFa: 'بانک ملت', nameEn: 'Bank Mellat' },
  refah: { id: 'refah', nameFa: 'بانک رفاه کارگران', nameEn: 'Refah Kargaran Bank' },
  maskan: { id: 'maskan', nameFa: 'بانک مسکن', nameEn: 'Bank Maskan' },
  sepah: { id: 'sepah', nameFa: 'بانک سپه', nameEn: 'Bank Sepah' },
  keshavarzi: { id: 'keshavarzi', nameFa: 'بانک کشاورزی', nameEn: 'Bank Keshavarzi' },
  melli: { id: 'melli', nameFa: 'بانک ملی ایران', nameEn: 'Bank Melli Iran' },
  tejarat: { id: 'tejarat', nameFa: 'بانک تجارت', nameEn: 'Tejarat Bank' },
  saderat: { id: 'saderat', nameFa: 'بانک صادرات ایران', nameEn: 'Bank Saderat Iran' },
  'tosee-saderat': {
    id: 'tosee-saderat',
    nameFa: 'بانک توسعه صادرات ایران',
    nameEn: 'Export Development Bank of Iran',
  },
  'post-bank': { id: 'post-bank', nameFa: 'پست بانک ایران', nameEn: 'Post Bank of Iran' },
  'tosee-taavon': { id: 'tosee-taavon', nameFa: 'بانک توسعه تعاون', nameEn: "Tose'e Ta'avon Bank" },
  tosee: { id: 'tosee', nameFa: 'موسسه اعتباری توسعه', nameEn: "Tose'e Credit Institution" },
  ghavamin: {
    id: 'ghavamin',
    nameFa: 'بانک قوامین',
    nameEn: 'Ghavamin Bank',
    mergedInto: 'sepah',
    mergedOn: '2019/2020',
  },
  karafarin: { id: 'karafarin', nameFa: 'بانک کارآفرین', nameEn: 'Karafarin Bank' },
  parsian: { id: 'parsian', nameFa: 'بانک پارسیان', nameEn: 'Parsian Bank' },
  'eghtesad-novin': { id: 'eghtesad-novin', nameFa: 'بانک اقتصاد نوین', nameEn: 'Eghtesad Novin Bank' },
  saman: { id: 'saman', nameFa: 'بانک سامان', nameEn: 'Saman Bank' },
  pasargad: { id: 'pasargad', nameFa: 'بانک پاسارگاد', nameEn: 'Bank Pasargad' },
  sarmayeh: { id: 'sarmayeh', nameFa: 'بانک سرمایه', nameEn: 'Sarmayeh Bank' },
  sina: { id: 'sina', nameFa: 'بانک سینا', nameEn: 'Sina Bank' },
  'mehr-iran': { id: 'mehr-iran', nameFa: 'بانک قرض‌الحسنه مهر ایران', nameEn: 'Mehr Iran Bank' },
  shahr: { id: 'shahr', nameFa: 'بانک شهر', nameEn: 'Shahr Bank' },
  ayandeh: {
    id: 'ayandeh',
    nameFa: 'بانک آینده',
    nameEn: 'Ayandeh Bank',
    mergedInto: 'melli',
    mergedOn: '2025-10-23',
  },
  ansar: { id: 'ansar', nameFa: 'بانک انصار', nameEn: 'Ansar Bank', mergedInto: 'sepah', mergedOn: '2019/2020' },
  gardeshgari: { id: 'gardeshgari', nameFa: 'بانک گردشگری', nameEn: 'Tourism Bank (Gardeshgari)' },
  'hekmat-iranian': {
    id: 'hekmat-iranian',
    nameFa: 'بانک حکمت ایرانیان',
    nameEn: 'Hekmat Iranian Bank',
    mergedInto: 'sepah',
    mergedOn: '2019/2020',
  },
  dey: { id: 'dey', nameFa: 'بانک دی', nameEn: 'Dey Bank' },
  'iran-zamin': { id: 'iran-zamin', nameFa: 'بانک ایران زمین', nameEn: 'Iran Zamin Bank' },
  resalat: { id: 'resalat', nameFa: 'بانک قرض‌الحسنه رسالت', nameEn: 'Resalat Bank' },
  kosar: {
    id: 'kosar',
    nameFa: 'موسسه اعتباری کوثر',
    nameEn: 'Kosar Credit Institution',
    mergedInto: 'sepah',
    mergedOn: '2019/2020',
  },
  melal: { id: 'melal', nameFa: 'موسسه اعتباری ملل', nameEn: 'Melal Credit Institution' },
  'middle-east': { id: 'middle-east', nameFa: 'بانک خاورمیانه', nameEn: 'Middle East Bank' },
  'mehr-eghtesad': {
    id: 'mehr-eghtesad',
    nameFa: 'بانک مهر اقتصاد',
    nameEn: 'Mehr Eghtesad Bank',
    mergedInto: 'sepah',
    mergedOn: '2019/2020',
  },
  noor: { id: 'noor', nameFa: 'موسسه اعتباری نور', nameEn: 'Noor Credit Institution' },
  'iran-venezuela': { id: 'iran-venezuela', nameFa: 'بانک ایران و ونزوئلا', nameEn: 'Iran-Venezuela Bi-National Bank' },
};
