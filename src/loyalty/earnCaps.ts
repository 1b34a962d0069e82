// Internal: per-transaction and per-day/month/year earning caps.
import { jalaliPeriodRange } from '../calendar/index.js';
import { checkPoints } from './check.js';
import type { EarnStep } from './earnResult.js';
import type { EarnContext } from './earnTypes.js';
import type { LedgerState } from './ledgerTypes.js';
import type { EarnCaps } from './programTypes.js';

const PERIODS = {
  perDay: ['day', 'day'],
  perMonth: ['month', 'Jalali month'],
  perYear: ['year', 'Jalali year'],
} as const;

/** Purchase points (origin `'sale'`, net of returns) credited in `[start, end)`. */
function earnedBetween(ledger: LedgerState, start: number, end: number): number {
  let sum = 0;
  for (const lot of ledger.lots) {
    if (lot.origin === 'sale' && lot.earnedAt >= start && lot.earnedAt < end) sum += lot.points - lot.returned;
  }
  return sum;
}

/** Applies the caps to `points`, recording a step for each cap that bit. */
export function applyCaps(
  caps: EarnCaps,
  periodCaps: readonly (keyof typeof PERIODS)[],
  points: number,
  at: number,
  timeZone: string,
  context: EarnContext,
  steps: EarnStep[],
): number {
  let p = points;
  if (caps.perTransaction !== undefined) {
    const cap = checkPoints(caps.perTransaction, 'program.earn.caps.perTransaction', 'INVALID_PROGRAM');
    if (p > cap) {
      steps.push({ rule: 'cap.perTransaction', detail: `at most ${cap} points per purchase`, before: p, after: cap });
      p = cap;
    }
  }
  for (const key of periodCaps) {
    const [unit, name] = PERIODS[key];
    const cap = checkPoints(caps[key], `program.earn.caps.${key}`, 'INVALID_PROGRAM');
    const given = context.earnedSoFar?.[unit];
    let soFar = 0;
    if (given !== undefined) soFar = checkPoints(given, `context.earnedSoFar.${unit}`, 'INVALID_ARGUMENT');
    else if (context.ledger !== undefined) {
      const range = jalaliPeriodRange(at, unit, { timeZone });
      soFar = earnedBetween(context.ledger, range.start.getTime(), range.end.getTime());
    }
    const left = Math.max(0, cap - soFar);
    if (p > left) {
      steps.push({
        rule: `cap.${key}`,
        detail: `at most ${cap} points per ${name}, ${soFar} already earned`,
        before: p,
        after: left,
      });
      p = left;
    }
  }
  return p;
}
