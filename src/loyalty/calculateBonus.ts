import {
  type Instant,
  isJalaliBirthdayInMonth,
  type JalaliDate,
  jalaliPeriodRange,
  jalaliToEpochDay,
  toJalali,
} from '../calendar/index.js';
import { err, ok, type Result } from '../core/index.js';
import { checkId, checkObject, checkPoints, fail, instantOf, show } from './check.js';
import { tierMultiplier } from './earnProgram.js';
import type { LedgerEarnEvent } from './ledgerEvents.js';
import type { LedgerState } from './ledgerTypes.js';
import { type PreparedLoyaltyProgram, programParts } from './prepare.js';
import type { LoyaltyProgram } from './programTypes.js';
import { roundQ, toSafe } from './rational.js';
import type { BonusRule } from './ruleTypes.js';

/**
 * Member context of {@link calculateBonus}.
 * @example
 * ```ts
 * const context: BonusContext = { at: new Date('2025-02-01T10:00:00Z'), birthDate: { year: 1370, month: 11, day: 20 } };
 * ```
 * @category Loyalty
 */
export type BonusContext = {
  /** When the triggering event happened. */
  readonly at: Instant;
  /** The member's Jalali birth date (birthday bonuses). */
  readonly birthDate?: JalaliDate;
  /** Tier benefits (structurally `TierBenefits` of `moshtari/tiers`), applied when the rule says so. */
  readonly tierBenefits?: {
    /** Decimal string multiplier, e.g. `'1.5'`. */
    readonly earnMultiplier: string;
  };
  /** The member's ledger, to count earlier awards of the rule in its limit window. */
  readonly ledger?: LedgerState;
  /** Awards already made in the limit window (wins over `ledger`). */
  readonly awarded?: number;
  /** The triggering document (review id, referee id, …): the award's natural key. */
  readonly reference?: string;
};

/**
 * Why a bonus is not due.
 * @example
 * ```ts
 * const e: BonusError = { code: 'LIMIT_REACHED', message: 'signup: awarded 1 of 1 per lifetime', ruleId: 'signup' };
 * ```
 * @category Loyalty
 */
export type BonusError = {
  /** `UNKNOWN_BONUS`, `OUTSIDE_WINDOW` (campaign dates), `NOT_BIRTHDAY_MONTH`, `NO_BIRTH_DATE` or `LIMIT_REACHED`. */
  readonly code: 'UNKNOWN_BONUS' | 'OUTSIDE_WINDOW' | 'NOT_BIRTHDAY_MONTH' | 'NO_BIRTH_DATE' | 'LIMIT_REACHED';
  /** Human explanation. */
  readonly message: string;
  /** The rule asked for. */
  readonly ruleId: string;
};

/**
 * A bonus that is due, with the earn event that awards it.
 * @example
 * ```ts
 * declare const award: BonusAward;
 * applyLedgerEvent(createLedger(), award.event);
 * ```
 * @category Loyalty
 */
export type BonusAward = {
  /** The rule. */
  readonly ruleId: string;
  /** Points (after the tier multiplier, if the rule applies it; rounded down). */
  readonly points: number;
  /** Earn event to append: origin `'nonSale'`, not qualifying, source `{ type: 'bonus', id, rule }`, the rule's expiry. */
  readonly event: LedgerEarnEvent;
};

const DEFAULT_LIMIT = { signup: 'lifetime', profileCompletion: 'lifetime', birthday: 'year' } as const;

function awardedIn(ledger: LedgerState, ruleId: string, start: number, end: number): number {
  return ledger.lots.filter(
    (l) =>
      l.source?.type === 'bonus' &&
      l.source.rule === ruleId &&
      l.returned < l.points &&
      l.earnedAt >= start &&
      l.earnedAt < end,
  ).length;
}

/**
 * Whether a bonus rule (signup, birthday month, referral, profile completion, review, a campaign such
 * as Nowruz) is due now, and the earn event that awards it. Checks the campaign window (Jalali days
 * in the program zone), the birthday month (Jalali, 30 Esfand birthdays per the calendar module's
 * rule) and the frequency limit against earlier awards in the ledger. Pure.
 *
 * @param program - the program with `bonuses`, or a prepared one
 * @param ruleId - the bonus rule's id
 * @param context - time, birth date, tier, ledger or earlier-award count, reference
 * @returns the award, or why it is not due
 * @throws {MoshtariError} INVALID_PROGRAM for a malformed rule; INVALID_ARGUMENT for a bad context
 * @example
 * ```ts
 * const program: LoyaltyProgram = { earn: { rate: { amount: '100000', points: '1' } }, bonuses: [{ id: 'birthday', kind: 'birthday', points: 100 }] };
 * const r = calculateBonus(program, 'birthday', { at: new Date('2025-02-01T10:00:00Z'), birthDate: { year: 1370, month: 11, day: 20 } });
 * r.ok && r.value.points; // 100 (1403/11/13 is in Bahman, the birthday month)
 * ```
 * @category Loyalty
 */
export function calculateBonus(
  program: LoyaltyProgram | PreparedLoyaltyProgram,
  ruleId: string,
  context: BonusContext,
): Result<BonusAward, BonusError> {
  const { program: plain, compiled: c } = programParts(program);
  checkObject(context, 'context', 'INVALID_ARGUMENT');
  const at = instantOf(context.at, 'context.at');
  const index = (plain.bonuses ?? []).findIndex((b) => b.id === ruleId);
  const rule = plain.bonuses?.[index] as BonusRule | undefined;
  if (rule === undefined) return err({ code: 'UNKNOWN_BONUS', message: `no bonus rule ${show(ruleId)}`, ruleId });
  const path = `plain.bonuses[${index}]`;
  const base = checkPoints(rule.points, `${path}.points`, 'INVALID_PROGRAM', true);
  const today = toJalali(at, { timeZone: c.timeZone });
  const day = jalaliToEpochDay(today);
  if (
    (rule.from !== undefined && day < jalaliToEpochDay(rule.from)) ||
    (rule.to !== undefined && day > jalaliToEpochDay(rule.to))
  ) {
    return err({
      code: 'OUTSIDE_WINDOW',
      message: `${ruleId}: ${today.year}/${today.month}/${today.day} is outside the campaign`,
      ruleId,
    });
  }
  if (rule.kind === 'birthday') {
    if (context.birthDate === undefined)
      return err({ code: 'NO_BIRTH_DATE', message: `${ruleId}: the member's birth date is unknown`, ruleId });
    if (!isJalaliBirthdayInMonth(context.birthDate, { year: today.year, month: today.month })) {
      return err({
        code: 'NOT_BIRTHDAY_MONTH',
        message: `${ruleId}: ${today.year}/${today.month} is not the birthday month`,
        ruleId,
      });
    }
  }
  const limit =
    rule.limit ??
    (Object.hasOwn(DEFAULT_LIMIT, rule.kind)
      ? { count: 1, per: DEFAULT_LIMIT[rule.kind as keyof typeof DEFAULT_LIMIT] }
      : null);
  let period = 'lifetime';
  if (limit !== null) {
    const count = checkPoints(limit.count, `${path}.limit.count`, 'INVALID_PROGRAM', true);
    const per = limit.per;
    if (per !== 'lifetime' && per !== 'day' && per !== 'month' && per !== 'year')
      fail('INVALID_PROGRAM', `${path}.limit.per`, `expected lifetime, day, month or year, got ${show(per)}`);
    let awarded = 0;
    if (context.awarded !== undefined) awarded = checkPoints(context.awarded, 'context.awarded', 'INVALID_ARGUMENT');
    else if (context.ledger !== undefined) {
      const range = per === 'lifetime' ? null : jalaliPeriodRange(at, per, { timeZone: c.timeZone });
      awarded = awardedIn(
        context.ledger,
        rule.id,
        range?.start.getTime() ?? -Infinity,
        range?.end.getTime() ?? Infinity,
      );
    }
    if (awarded >= count)
      return err({ code: 'LIMIT_REACHED', message: `${ruleId}: awarded ${awarded} of ${count} per ${per}`, ruleId });
    period =
      per === 'lifetime'
        ? 'lifetime'
        : per === 'day'
          ? `${today.year}/${today.month}/${today.day}`
          : per === 'month'
            ? `${today.year}/${today.month}`
            : `${today.year}`;
    if (context.reference === undefined) period = `${period}#${awarded + 1}`;
  }
  const reference =
    context.reference === undefined ? period : checkId(context.reference, 'context.reference', 'INVALID_ARGUMENT');
  let points = base;
  if (rule.tierMultiplier === true && context.tierBenefits !== undefined) {
    const m = tierMultiplier(c, context.tierBenefits.earnMultiplier).q;
    points = toSafe(roundQ({ n: BigInt(base) * m.n, d: m.d }, c.rounding), `${path}.points`, 'INVALID_PROGRAM');
  }
  const source = { type: 'bonus', id: reference, rule: rule.id };
  const event: LedgerEarnEvent = {
    kind: 'earn',
    id: `bonus:${rule.id}:${reference}`,
    at,
    points,
    source,
    origin: 'nonSale',
    qualifying: false,
    reason: `${rule.kind} bonus`,
  };
  return ok({ ruleId, points, event: rule.expiry === undefined ? event : { ...event, expiry: rule.expiry } });
}
