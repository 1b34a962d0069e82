import type { JalaliDate } from '../calendar/index.js';
import type { CompiledLadder } from './compile.js';
import type { DayCalc } from './days.js';

const NEVER = Number.POSITIVE_INFINITY;

/**
 * Internal: a ladder's windows, validity terms and grace for one member (anniversary windows depend
 * on the enrollment day). All days are epoch days; ends are exclusive.
 */
export class Schedule {
  private readonly c: CompiledLadder;
  private readonly calc: DayCalc;
  private readonly joined: JalaliDate | null;
  private readonly rollingMonths: number;

  constructor(c: CompiledLadder, calc: DayCalc, joined: JalaliDate | null) {
    this.c = c;
    this.calc = calc;
    this.joined = joined;
    this.rollingMonths = c.window.kind === 'rolling' ? c.window.months : 0;
  }

  /** `[start, end)` of the tracking period containing a day (calendar or anniversary windows only). */
  period(day: number): readonly [number, number] {
    const w = this.c.window;
    if (w.kind === 'calendar') return this.calc.period(day, w.unit);
    if (w.kind === 'anniversary' && this.joined !== null) return this.calc.anniversaryYear(this.joined, day);
    return [Number.NEGATIVE_INFINITY, NEVER];
  }

  /** First day after the tracking period containing a day. */
  periodEnd(day: number): number {
    return Number.isFinite(day) ? (this.period(day)[1] as number) : day;
  }

  /** First day of the qualification window as of a day. */
  windowStart(day: number): number {
    switch (this.c.window.kind) {
      case 'rolling':
        return this.calc.addMonths(day, -this.rollingMonths) + 1;
      case 'lifetime':
        return Number.NEGATIVE_INFINITY;
      default:
        return this.period(day)[0] as number;
    }
  }

  /** Rolling windows: the first day on which activity of `day` is no longer in the window. */
  leaveDay(day: number): number {
    let out = this.calc.addMonths(day, this.rollingMonths);
    while (this.windowStart(out) <= day) out++;
    return out;
  }

  /** Exclusive end of a tier (re)qualified with effect from `day`, per the ladder's validity. */
  validityEnd(day: number): number {
    if (!Number.isFinite(day)) return day;
    const v = this.c.validity;
    switch (v.kind) {
      case 'live':
        return day + 1;
      case 'endOfPeriod':
        return this.periodEnd(day);
      case 'endOfNextPeriod':
        return this.periodEnd(this.periodEnd(day));
      default: {
        const end = this.calc.addMonths(day, v.months);
        if (v.roundUp === 'month') return this.calc.monthEnd(end - 1);
        return v.roundUp === 'period' ? this.periodEnd(end - 1) : end;
      }
    }
  }

  /**
   * Exclusive end of a tier granted by a soft landing on `day`: until the next review, i.e. the end of
   * the current period for period validities, a full term for `months`.
   */
  landingEnd(day: number): number {
    const kind = this.c.validity.kind;
    return kind === 'endOfPeriod' || kind === 'endOfNextPeriod' ? this.periodEnd(day) : this.validityEnd(day);
  }

  /** Exclusive end earned by meeting a rule on `day` (next-period upgrades take effect at the period end). */
  qualifiedUntil(day: number): number {
    return this.validityEnd(this.c.immediate ? day : this.periodEnd(day));
  }

  /** First day of a downgrade whose tier ended at `end` (after the grace period, if any). */
  graceEnd(end: number): number {
    const g = this.c.grace;
    if (g === null || !Number.isFinite(end)) return end;
    const after = this.calc.addMonths(end, g.months) + g.days;
    return g.roundUp ? this.calc.monthEnd(after - 1) : after;
  }
}
