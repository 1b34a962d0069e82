import { describe, expect, it } from 'vitest';
import {
  type BankId,
  cardBank,
  currentBankOf,
  IRAN_BANKS,
  IRAN_CARD_IINS,
  IRAN_SHEBA_BANK_CODES,
  shebaBank,
} from './index.js';

describe('bank tables', () => {
  it('are consistent: every id resolves, every bank has names and a code', () => {
    const ids = Object.keys(IRAN_BANKS) as BankId[];
    for (const id of ids) {
      const bank = IRAN_BANKS[id];
      expect(bank.id).toBe(id);
      expect(bank.nameFa).toMatch(/^[\u0600-\u06ff\u200c ]+$/);
      expect(bank.nameEn).toMatch(/^[A-Za-z' ()-]+$/);
      expect(bank.nameFa).not.toMatch(/[يك]/); // Persian yeh and keheh, not Arabic
      expect(Object.values(IRAN_SHEBA_BANK_CODES)).toContain(id);
      if (bank.mergedInto !== undefined) expect(IRAN_BANKS[bank.mergedInto].mergedInto).toBeUndefined();
    }
    for (const id of [...Object.values(IRAN_SHEBA_BANK_CODES), ...Object.values(IRAN_CARD_IINS)]) {
      expect(ids).toContain(id);
    }
    expect(Object.keys(IRAN_SHEBA_BANK_CODES)).toHaveLength(38);
    for (const code of Object.keys(IRAN_SHEBA_BANK_CODES)) expect(code).toMatch(/^\d{3}$/);
    for (const iin of Object.keys(IRAN_CARD_IINS)) expect(iin).toMatch(/^\d{6}$/);
  });

  it('records the mergers into Sepah and of Ayandeh into Melli', () => {
    for (const id of ['ansar', 'ghavamin', 'hekmat-iranian', 'kosar', 'mehr-eghtesad'] as const) {
      expect(currentBankOf(id).id).toBe('sepah');
      expect(IRAN_BANKS[id].mergedOn).toBe('2019/2020');
    }
    expect(currentBankOf('ayandeh')).toBe(IRAN_BANKS.melli);
    expect(IRAN_BANKS.ayandeh.mergedOn).toBe('2025-10-23');
    expect(currentBankOf(IRAN_BANKS.saman)).toBe(IRAN_BANKS.saman);
  });

  it('cardBank reads partial numbers (iran-data.md §5 name lookup)', () => {
    expect(cardBank('610433')?.issuer.nameFa).toBe('بانک ملت');
    expect(cardBank('50222919')?.issuer.nameFa).toBe('بانک پاسارگاد');
    expect(cardBank('9999991034529007')).toBeUndefined();
    expect(cardBank('61043')).toBeUndefined();
    expect(cardBank('۶۳۶۲ ۱۴')).toEqual({ issuer: IRAN_BANKS.ayandeh, currentBank: IRAN_BANKS.melli });
    expect(cardBank('60377016890954431')).toBeUndefined();
    expect(cardBank('6104x3')).toBeUndefined();
    expect(cardBank(610433 as unknown as string)).toBeUndefined();
  });

  it('shebaBank reads partial numbers', () => {
    expect(shebaBank('IR82 054')?.issuer.id).toBe('parsian');
    expect(shebaBank('ir820540102680020817909002')?.issuer.id).toBe('parsian');
    expect(shebaBank('82054')?.issuer.id).toBe('parsian');
    expect(shebaBank('IR06 062')).toEqual({ issuer: IRAN_BANKS.ayandeh, currentBank: IRAN_BANKS.melli });
    expect(shebaBank('IR8205')).toBeUndefined();
    expect(shebaBank('IR82 099')).toBeUndefined();
    expect(shebaBank('DE89 370')).toBeUndefined();
    expect(shebaBank(null as unknown as string)).toBeUndefined();
  });
});
