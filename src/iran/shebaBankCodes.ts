import type { BankId } from './banks.js';

/**
 * Sheba (IBAN) bank codes, characters 5–7 of the IBAN (`IR82 054…` → `'054'`), to the bank at
 * issue time. `060` and `090` are both Mehr Iran.
 *
 * @example
 * ```ts
 * IRAN_SHEBA_BANK_CODES['054']; // 'parsian'
 * ```
 * @category Iran
 */
export const IRAN_SHEBA_BANK_CODES: Readonly<Record<string, BankId>> = {
  '010': 'central-bank',
  '011': 'sanat-o-madan',
  '012': 'mellat',
  '013': 'refah',
  '014': 'maskan',
  '015': 'sepah',
  '016': 'keshavarzi',
  '017': 'melli',
  '018': 'tejarat',
  '019': 'saderat',
  '020': 'tosee-saderat',
  '021': 'post-bank',
  '022': 'tosee-taavon',
  '051': 'tosee',
  '052': 'ghavamin',
  '053': 'karafarin',
  '054': 'parsian',
  '055': 'eghtesad-novin',
  '056': 'saman',
  '057': 'pasargad',
  '058': 'sarmayeh',
  '059': 'sina',
  '060': 'mehr-iran',
  '061': 'shahr',
  '062': 'ayandeh',
  '063': 'ansar',
  '064': 'gardeshgari',
  '065': 'hekmat-iranian',
  '066': 'dey',
  '069': 'iran-zamin',
  '070': 'resalat',
  '073': 'kosar',
  '075': 'melal',
  '078': 'middle-east',
  '079': 'mehr-eghtesad',
  '080': 'noor',
  '090': 'mehr-iran',
  '095': 'iran-venezuela',
};
