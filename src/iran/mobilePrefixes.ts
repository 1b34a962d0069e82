/**
 * A mobile operator, as guessed from the number's prefix. After number portability (ترابرد) a
 * number keeps its prefix when it moves to another operator, so this is only a hint.
 *
 * - `MCI`: Hamrah-e Avval (همراه اول)
 * - `Irancell`: ایرانسل
 * - `RighTel`: رایتل
 * - `Taliya`: تالیا
 * - `Shatel`: Shatel Mobile (شاتل موبایل)
 * - `Aptel`: آپتل
 *
 * @example
 * ```ts
 * const op: MobileOperator | undefined = mobileOperator('0912 345 6789'); // 'MCI'
 * ```
 * @category Iran
 */
export type MobileOperator = 'MCI' | 'Irancell' | 'RighTel' | 'Taliya' | 'Shatel' | 'Aptel';

/**
 * Operator by the first three digits after the leading `0` (`'912'` for `0912…`), as in
 * persian-tools 4.0.4: MCI 910–919 and 990–996; Irancell 900–905, 930, 933, 935–939, 941;
 * RighTel 920–923; Taliya 932; Shatel 998; Aptel 999. Any other prefix (`0931`, `0934`,
 * `0906`–`0909`, …) is unknown and rejected unless `allowUnknownPrefix` is set.
 *
 * @example
 * ```ts
 * IRAN_MOBILE_PREFIXES['935']; // 'Irancell'
 * ```
 * @category Iran
 */
export const IRAN_MOBILE_PREFIXES: Readonly<Record<string, MobileOperator>> = {
  '900': 'Irancell',
  '901': 'Irancell',
  '902': 'Irancell',
  '903': 'Irancell',
  '904': 'Irancell',
  '905': 'Irancell',
  '910': 'MCI',
  '911': 'MCI',
  '912': 'MCI',
  '913': 'MCI',
  '914': 'MCI',
  '915': 'MCI',
  '916': 'MCI',
  '917': 'MCI',
  '918': 'MCI',
  '919': 'MCI',
  '920': 'RighTel',
  '921': 'RighTel',
  '922': 'RighTel',
  '923': 'RighTel',
  '930': 'Irancell',
  '932': 'Taliya',
  '933': 'Irancell',
  '935': 'Irancell',
  '936': 'Irancell',
  '937': 'Irancell',
  '938': 'Irancell',
  '939': 'Irancell',
  '941': 'Irancell',
  '990': 'MCI',
  '991': 'MCI',
  '992': 'MCI',
  '993': 'MCI',
  '994': 'MCI',
  '995': 'MCI',
  '996': 'MCI',
  '998': 'Shatel',
  '999': 'Aptel',
};

/** The operator of a 10-digit subscriber number `9XXXXXXXXX`, if its prefix is known. */
export function operatorOfPrefix(subscriber: string): MobileOperator | undefined {
  const prefix = subscriber.slice(0, 3);
  return Object.hasOwn(IRAN_MOBILE_PREFIXES, prefix) ? IRAN_MOBILE_PREFIXES[prefix] : undefined;
}
