import type { BankId } from './banks.js';

/**
 * Card IINs (the first six digits, "BIN") of Iranian banks, to the issuing bank at issue time:
 * the union of persian-tools' name table (4.0.4) and IIN list (5.0.0-beta). `627593` (Iran Zamin)
 * and `581874` (Iran-Venezuela) come only from the IIN list; `207177`, `505426`, `903769`,
 * `636797`, `170019` only from the name table.
 *
 * @example
 * ```ts
 * IRAN_CARD_IINS['610433']; // 'mellat'
 * ```
 * @category Iran
 */
export const IRAN_CARD_IINS: Readonly<Record<string, BankId>> = {
  '170019': 'melli',
  '207177': 'tosee-saderat',
  '502229': 'pasargad',
  '502806': 'shahr',
  '502908': 'tosee-taavon',
  '502910': 'karafarin',
  '502938': 'dey',
  '504172': 'resalat',
  '504706': 'shahr',
  '505416': 'gardeshgari',
  '505426': 'gardeshgari',
  '505785': 'iran-zamin',
  '505801': 'kosar',
  '507677': 'noor',
  '581874': 'iran-venezuela',
  '585947': 'middle-east',
  '585983': 'tejarat',
  '589210': 'sepah',
  '589463': 'refah',
  '603769': 'saderat',
  '603770': 'keshavarzi',
  '603799': 'melli',
  '606256': 'melal',
  '606373': 'mehr-iran',
  '610433': 'mellat',
  '621986': 'saman',
  '622106': 'parsian',
  '627353': 'tejarat',
  '627381': 'ansar',
  '627412': 'eghtesad-novin',
  '627488': 'karafarin',
  '627593': 'iran-zamin',
  '627648': 'tosee-saderat',
  '627760': 'post-bank',
  '627884': 'parsian',
  '627961': 'sanat-o-madan',
  '628023': 'maskan',
  '628157': 'tosee',
  '636214': 'ayandeh',
  '636795': 'central-bank',
  '636797': 'central-bank',
  '636949': 'hekmat-iranian',
  '639194': 'parsian',
  '639217': 'keshavarzi',
  '639346': 'sina',
  '639347': 'pasargad',
  '639370': 'mehr-eghtesad',
  '639599': 'ghavamin',
  '639607': 'sarmayeh',
  '903769': 'saderat',
  '991975': 'mellat',
};
