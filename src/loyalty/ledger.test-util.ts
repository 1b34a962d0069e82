// Test helpers of the ledger tests.
import { fromJalali, type JalaliDate } from '../calendar/index.js';
import { applyLedgerEvent, createLedger } from './applyLedgerEvent.js';
import type { LedgerEvent } from './ledgerEvent.js';
import type { LedgerEffect } from './ledgerResults.js';
import type { LedgerState } from './ledgerTypes.js';
import type { ExpiryRule, LedgerPolicy } from './policyTypes.js';

export const j = (year: number, month: number, day: number, hour = 12): number =>
  fromJalali({ year, month, day, hour }).getTime();
export const until = (date: JalaliDate): ExpiryRule => ({ kind: 'until', date });

export function apply(state: LedgerState, event: LedgerEvent): { state: LedgerState; effect: LedgerEffect } {
  const r = applyLedgerEvent(state, event);
  if (!r.ok) throw new Error(`${event.id}: ${r.error.code} ${r.error.message}`);
  return r.value;
}
export function run(events: readonly LedgerEvent[], policy: LedgerPolicy = {}): LedgerState {
  return events.reduce((s, e) => apply(s, e).state, createLedger(policy));
}
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
