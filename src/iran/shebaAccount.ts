import type { BankId } from './banks.js';

/**
 * The account number inside a Sheba, for the banks whose layout is known (Parsian, Pasargad,
 * Shahr; persian-tools' `accountNumberAvailable`).
 *
 * @example
 * ```ts
 * // parseSheba('IR550570022080013447370101').value.account
 * // { number: '220800134473701', formatted: '220-800-13447370-1' }
 * ```
 * @category Iran
 */
export type ShebaAccount = {
  /** Digits only. */
  readonly number: string;
  /** As the bank prints it. */
  readonly formatted: string;
};

/** The account number of a normalised 26-character Sheba issued by `bank`, where known. */
export function shebaAccount(sheba: string, bank: BankId | undefined): ShebaAccount | undefined {
  switch (bank) {
    case 'parsian': {
      const n = sheba.slice(14);
      return { number: n, formatted: `0${n.slice(0, 2)}-0${n.slice(2, 9)}-${n.slice(9, 12)}` };
    }
    case 'pasargad': {
      const n = sheba.slice(7).replace(/^0+/, '').slice(0, -2);
      if (n === '') return undefined;
      return { number: n, formatted: `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6, 14)}-${n.slice(14, 15)}` };
    }
    case 'shahr': {
      const n = sheba.slice(7).replace(/^0+/, '');
      return n === '' ? undefined : { number: n, formatted: n };
    }
    default:
      return undefined;
  }
}
