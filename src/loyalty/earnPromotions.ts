// Internal: which promotions apply to a purchase and line, and how their multipliers combine.
import { type JalaliDate, jalaliToEpochDay, jalaliWeekday, toJalali, type Weekday } from '../calendar/index.js';
import { checkId, checkObject, checkPoints, fail, show } from './check.js';
import { addQ, decimalQ, mulQ, ONE, type Q, subQ } from './rational.js';
import type { Promotion } from './ruleTypes.js';

/** A promotion with its window and multiplier parsed. */
export type CompiledPromotion = {
  readonly promotion: Promotion;
  readonly from: number;
  readonly to: number;
  readonly weekdays: readonly Weekday[] | null;
  readonly hours: readonly [number, number] | null;
  readonly multiplier: Q | null;
  readonly bonus: number;
};

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WEEKDAYS: readonly string[] = ['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'];

function minutes(value: string, path: string): number {
  const m = typeof value === 'string' ? HHMM.exec(value) : null;
  if (m === null) fail('INVALID_PROGRAM', path, `expected a time "HH:MM", got ${show(value)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function dayOf(date: JalaliDate | undefined, path: string, otherwise: number): number {
  if (date === undefined) return otherwise;
  try {
    return jalaliToEpochDay(date);
  } catch {
    return fail('INVALID_PROGRAM', path, `expected a valid Jalali date, got ${JSON.stringify(date)}`);
  }
}

/** Parses one promotion (throws INVALID_PROGRAM naming `path`). */
export function compilePromotion(p: Promotion, path: string): CompiledPromotion {
  checkObject(p, path, 'INVALID_PROGRAM');
  checkId(p.id, `${path}.id`, 'INVALID_PROGRAM');
  const weekdays = p.weekdays ?? null;
  weekdays?.forEach((d, i) => {
    if (!WEEKDAYS.includes(d)) fail('INVALID_PROGRAM', `${path}.weekdays[${i}]`, `expected sat … fri, got ${show(d)}`);
  });
  const hours =
    p.hours === undefined
      ? null
      : ([minutes(p.hours.from, `${path}.hours.from`), minutes(p.hours.to, `${path}.hours.to`)] as const);
  return {
    promotion: p,
    from: dayOf(p.from, `${path}.from`, -Infinity),
    to: dayOf(p.to, `${path}.to`, Infinity),
    weekdays,
    hours,
    multiplier: p.multiplier === undefined ? null : decimalQ(p.multiplier, `${path}.multiplier`, 'INVALID_PROGRAM'),
    bonus: p.bonusPoints === undefined ? 0 : checkPoints(p.bonusPoints, `${path}.bonusPoints`, 'INVALID_PROGRAM'),
  };
}

/** The promotions whose window, weekday, hours and channel match the purchase. */
export function activePromotions(
  promotions: readonly CompiledPromotion[],
  at: number,
  channel: string | undefined,
  timeZone: string,
): CompiledPromotion[] {
  const now = toJalali(at, { timeZone, withTime: true });
  const today = jalaliToEpochDay(now);
  const minute = now.hour * 60 + now.minute;
  return promotions.filter((c) => {
    if (today < c.from || today > c.to) return false;
    if (c.weekdays !== null && !c.weekdays.includes(jalaliWeekday(now))) return false;
    if (c.hours !== null) {
      const [a, b] = c.hours;
      if (a <= b ? minute < a || minute >= b : minute < a && minute >= b) return false;
    }
    const channels = c.promotion.channels;
    return channels === undefined || (channel !== undefined && channels.includes(channel));
  });
}

/** Whether a promotion limited to categories covers a line's category. */
export function coversCategory(c: CompiledPromotion, category: string | undefined): boolean {
  const categories = c.promotion.categories;
  return categories === undefined || (category !== undefined && categories.includes(category));
}

/** The combined multiplier of the active promotions matching a line's category, or null when none. */
export function promotionMultiplier(
  active: readonly CompiledPromotion[],
  category: string | undefined,
  stacking: 'max' | 'add' | 'multiply',
): { readonly q: Q; readonly ids: string } | null {
  let q: Q | null = null;
  let ids = '';
  for (const c of active) {
    const m = c.multiplier;
    if (m === null || !coversCategory(c, category)) continue;
    ids = ids === '' ? c.promotion.id : `${ids}+${c.promotion.id}`;
    if (q === null) q = m;
    else if (stacking === 'multiply') q = mulQ(q, m);
    else if (stacking === 'add') q = addQ(q, subQ(m, ONE));
    else if (m.n * q.d > q.n * m.d) q = m;
  }
  return q === null ? null : { q, ids };
}
