// The identifier fields and blocks of findDuplicates.

/**
 * A field whose equal values make two records duplicates.
 *
 * @example
 * ```ts
 * const fields: readonly DuplicateExactField[] = ['nationalCode', 'mobile'];
 * ```
 * @category Customer
 */
export type DuplicateExactField = 'nationalCode' | 'legalNationalId' | 'economicCode' | 'mobile' | 'phone' | 'email';

/**
 * A block inside which names are compared with Jaro-Winkler: records sharing the last 7 digits of a
 * phone (`mobileSuffix`), a birth date and name initials (`birthDate`), a postal code (`postalCode`),
 * an email local part (`emailLocal`, dots and `+tags` ignored), or a phonetic name and city (`nameCity`).
 *
 * @example
 * ```ts
 * const blocks: readonly DuplicateBlock[] = ['mobileSuffix', 'birthDate'];
 * ```
 * @category Customer
 */
export type DuplicateBlock = 'mobileSuffix' | 'birthDate' | 'postalCode' | 'emailLocal' | 'nameCity';

/** A block or identifier key: digits as their value, text (emails) as a 53-bit hash. */
export type DuplicateKey = number;
