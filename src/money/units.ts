// Unit and scale words recognised by parseMoney and written by formatMoney.

/** Display unit of an IRR amount: Rial, or Toman (10 Rial). @category Money */
export type MoneyUnit = 'rial' | 'toman';

/** Internal: unit words (lower-cased, after digit/letter normalisation) → unit. */
export const UNIT_WORDS: ReadonlyMap<string, MoneyUnit> = new Map<string, MoneyUnit>([
  ['ریال', 'rial'],
  ['﷼', 'rial'],
  ['rial', 'rial'],
  ['rials', 'rial'],
  ['irr', 'rial'],
  ['تومان', 'toman'],
  ['تومن', 'toman'],
  ['toman', 'toman'],
  ['tomans', 'toman'],
  ['irt', 'toman'],
]);

/** Internal: scale words → power of ten. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['هزار', 3],
  ['میلیون', 6],
  ['ملیون', 6],
  ['میلیارد', 9],
  ['ملیارد', 9],
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
]);

/** Internal: Rial per unit. */
export const RIAL_PER: Readonly<Record<MoneyUnit, bigint>> = { rial: 1n, toman: 10n };
