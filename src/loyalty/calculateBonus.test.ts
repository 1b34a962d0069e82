import { describe, expect, it } from 'vitest';
import { fromJalali } from '../calendar/index.js';
import { applyLedgerEvent, createLedger } from './applyLedgerEvent.js';
import { calculateBonus } from './calculateBonus.js';
import type { LedgerState } from './ledgerTypes.js';
import type { LoyaltyProgram } from './programTypes.js';

// dibashop and Simoclub rules (loyalty.md §7)
const program: LoyaltyProgram = {
  earn: { rate: { amount: '100000', points: '1' } },
  bonuses: [
    { id: 'signup', kind: 'signup', points: 5 },
    { id: 'birthday', kind: 'birthday', points: 100, expiry: { kind: 'rolling', count: 1, unit: 'year' } },
    { id: 'referral', kind: 'referral', points: 25, limit: { count: 3, per: 'month' } },
    { id: 'review', kind: 'review', points: 5, tierMultiplier: true },
    {
      id: 'nowruz',
      kind: 'campaign',
      points: 50,
      from: { year: 1404, month: 1, day: 1 },
      to: { year: 1404, month: 1, day: 13 },
    },
  ],
};
const at = (year: number, month: number, day: number) => fromJalali({ year, month, day, hour: 10 });

function award(
  state: LedgerState,
  ruleId: string,
  context: Omit<Parameters<typeof calculateBonus>[2], 'ledger'>,
): LedgerState {
  const r = calculateBonus(program, ruleId, { ...context, ledger: state });
  if (!r.ok) throw new Error(r.error.code);
  const applied = applyLedgerEvent(state, r.value.event);
  if (!applied.ok) throw new Error(applied.error.code);
  return applied.value.state;
}

describe('calculateBonus', () => {
  it('signup once per lifetime; the award is a ready earn event (non-sale, not qualifying)', () => {
    const r = calculateBonus(program, 'signup', { at: at(1403, 2, 1) });
    expect(r).toMatchObject({
      ok: true,
      value: {
        points: 5,
        event: { kind: 'earn', origin: 'nonSale', qualifying: false, source: { type: 'bonus', rule: 'signup' } },
      },
    });
    const s = award(createLedger(), 'signup', { at: at(1403, 2, 1) });
    expect(calculateBonus(program, 'signup', { at: at(1403, 3, 1), ledger: s })).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_REACHED' },
    });
  });

  it('birthday in the Jalali birthday month, once a Jalali year, valid one year', () => {
    const birthDate = { year: 1370, month: 11, day: 20 };
    expect(calculateBonus(program, 'birthday', { at: at(1403, 10, 30), birthDate })).toMatchObject({
      ok: false,
      error: { code: 'NOT_BIRTHDAY_MONTH' },
    });
    expect(calculateBonus(program, 'birthday', { at: at(1403, 11, 1) })).toMatchObject({
      ok: false,
      error: { code: 'NO_BIRTH_DATE' },
    });
    const s = award(createLedger(), 'birthday', { at: at(1403, 11, 1), birthDate });
    expect(s.lots[0]?.expiresAt).toBe(fromJalali({ year: 1404, month: 11, day: 2 }).getTime());
    expect(calculateBonus(program, 'birthday', { at: at(1403, 11, 20), birthDate, ledger: s })).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_REACHED' },
    });
    expect(calculateBonus(program, 'birthday', { at: at(1404, 11, 20), birthDate, ledger: s }).ok).toBe(true);
    const leap = { year: 1399, month: 12, day: 30 }; // 30 Esfand, celebrated on 29 Esfand in common years
    expect(calculateBonus(program, 'birthday', { at: at(1404, 12, 5), birthDate: leap }).ok).toBe(true);
  });

  it('referrals: at most 3 per Jalali month, keyed by the referee', () => {
    let s = createLedger();
    for (const referee of ['u1', 'u2', 'u3']) s = award(s, 'referral', { at: at(1403, 5, 10), reference: referee });
    expect(calculateBonus(program, 'referral', { at: at(1403, 5, 31), ledger: s, reference: 'u4' })).toMatchObject({
      ok: false,
      error: { code: 'LIMIT_REACHED' },
    });
    expect(calculateBonus(program, 'referral', { at: at(1403, 6, 1), ledger: s, reference: 'u4' }).ok).toBe(true);
    const again = calculateBonus(program, 'referral', { at: at(1403, 6, 1), ledger: s, reference: 'u1' });
    expect(again.ok && applyLedgerEvent(s, again.value.event)).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_EVENT' },
    });
  });

  it('tier multiplier when the rule asks for it; a Nowruz campaign window', () => {
    expect(
      calculateBonus(program, 'review', { at: at(1403, 1, 1), tierBenefits: { earnMultiplier: '1.5' } }),
    ).toMatchObject({ ok: true, value: { points: 7 } });
    expect(calculateBonus(program, 'nowruz', { at: at(1404, 1, 13) }).ok).toBe(true);
    expect(calculateBonus(program, 'nowruz', { at: at(1404, 1, 14) })).toMatchObject({
      ok: false,
      error: { code: 'OUTSIDE_WINDOW' },
    });
    expect(calculateBonus(program, 'nope', { at: at(1404, 1, 14) })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_BONUS' },
    });
  });
});
