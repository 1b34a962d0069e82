import type { CompiledLadder } from './compile.js';
import type { TierChangeReason } from './evaluation.js';
import { type CompiledRule, type Metrics, meets } from './rules.js';
import type { Schedule } from './schedule.js';

const NEVER = Number.POSITIVE_INFINITY;
/** Internal: "no grace period running". */
export const NO_GRACE: number = Number.NEGATIVE_INFINITY;

/** Internal: a tier change (`from` an epoch day; `-Infinity` for the initial base tier). */
export type Span = { readonly tier: number; readonly from: number; readonly reason: TierChangeReason };

/** Internal: the held tier, its term and the qualifications; {@link TierMachine} drives it. */
export abstract class TierState {
  protected readonly c: CompiledLadder;
  protected readonly s: Schedule;
  held = 0;
  since: number | null = null;
  /** Exclusive end of the held tier's term (`Infinity` = no end). */
  validUntil: number = NEVER;
  reason: TierChangeReason = 'start';
  /** First day of the drop when a grace period runs, else {@link NO_GRACE}. */
  graceUntil: number = NO_GRACE;
  /** The day the grace period began. */
  graceFrom: number = NO_GRACE;
  lifetimeFloor = 0;
  /** Per tier: exclusive end of the latest qualification, `-Infinity` if none (non-increasing in tier). */
  readonly earned: Float64Array;
  readonly spans: Span[] | null;
  abstract readonly m: Metrics;
  abstract floor(): { tier: number; until: number };

  constructor(c: CompiledLadder, s: Schedule, record: boolean) {
    this.c = c;
    this.s = s;
    this.earned = new Float64Array(c.tiers.length).fill(Number.NEGATIVE_INFINITY);
    this.spans = record ? [{ tier: 0, from: Number.NEGATIVE_INFINITY, reason: 'start' }] : null;
  }

  /** Highest tier whose entry rule the sums meet (0 when none; rules imply those below). */
  highestMet(m: Metrics): number {
    for (let t = this.c.tiers.length - 1; t > 0; t--) if (meets(this.c.tiers[t]?.entry as CompiledRule, m)) return t;
    return 0;
  }

  /** Highest tier with a qualification still running after day `c`. */
  highestEarned(c: number): number {
    for (let t = this.c.tiers.length - 1; t > 0; t--) if ((this.earned[t] as number) > c) return t;
    return 0;
  }

  protected record(c: number, reason: TierChangeReason): void {
    this.since = c;
    this.reason = reason;
    this.graceUntil = this.graceFrom = NO_GRACE;
    const spans = this.spans;
    if (spans === null) return;
    while (spans.length > 1 && spans[spans.length - 1]?.from === c) spans.pop();
    if (spans[spans.length - 1]?.tier !== this.held) spans.push({ tier: this.held, from: c, reason });
  }

  protected upgradeTo(e: number, c: number): void {
    if (e <= this.held) return;
    this.held = e;
    this.lifetimeFloor = Math.max(this.lifetimeFloor, this.c.tiers[e]?.lifetimeFloor ?? 0);
    this.validUntil = this.c.mode === 'never' || e <= this.lifetimeFloor ? NEVER : (this.earned[e] as number);
    this.record(c, 'upgrade');
  }

  protected assign(a: { readonly tier: number; readonly end: number }, c: number): void {
    const end = this.c.mode === 'never' ? NEVER : a.end;
    // an assigned tier counts as qualified (with every tier below) until its end, grace included after
    for (let t = 1; t <= a.tier; t++) if ((this.earned[t] as number) < end) this.earned[t] = end;
    if (a.tier > this.held) {
      this.held = a.tier;
      this.validUntil = end;
      this.record(c, 'assignment');
    } else if (a.tier === this.held && a.tier > 0) {
      this.validUntil = Math.max(this.validUntil, end);
      this.graceUntil = this.graceFrom = NO_GRACE;
    }
  }

  /** Meeting the held tier's retention rule over the segment ending `segLast` extends its term. */
  protected retain(segLast: number): void {
    if (this.held === 0) return;
    const r = this.c.tiers[this.held]?.retention;
    if (r === null || r === undefined || !meets(r, this.m)) return;
    const until = this.s.qualifiedUntil(segLast);
    if (until > this.validUntil) this.validUntil = until;
    if (this.validUntil > segLast) this.graceUntil = this.graceFrom = NO_GRACE;
  }

  /** At the end of the term: floors, grace, then the downgrade policy. */
  protected review(c: number, segLast: number): void {
    if (this.held === 0 || this.validUntil > c) return;
    const floor = this.floor();
    const earned = this.highestEarned(c);
    if (earned >= this.held || this.held <= floor.tier) {
      this.validUntil = earned >= this.held ? (this.earned[this.held] as number) : floor.until;
      this.graceUntil = this.graceFrom = NO_GRACE;
      return;
    }
    if (this.graceUntil === NO_GRACE) {
      this.graceFrom = this.validUntil;
      this.graceUntil = this.s.graceEnd(this.validUntil);
    }
    if (this.graceUntil > c) return;
    const soft = this.c.mode === 'oneTier';
    // a lower tier whose qualification lapsed less than a grace period ago is landed on, in grace
    let lapsed = 0;
    for (let t = this.held - 1; t > 0 && lapsed === 0; t--)
      if (this.s.graceEnd(this.earned[t] as number) > c) lapsed = t;
    const t = Math.max(soft ? this.held - 1 : 0, lapsed, floor.tier);
    this.held = t;
    let until = t === 0 || t <= this.lifetimeFloor ? NEVER : (this.earned[t] as number);
    if (t > 0 && t <= floor.tier) until = Math.max(until, floor.until);
    if (t > 0 && soft) until = Math.max(until, this.s.landingEnd(c));
    this.validUntil = until;
    this.record(c, soft ? 'softLanding' : 'downgrade');
    if (until <= c) {
      this.graceFrom = until;
      this.graceUntil = this.s.graceEnd(until);
    }
    this.retain(segLast);
  }

  /**
   * Policy `revokePromotion`: adopt the state of a replay in which every returned purchase was bought
   * at its net amount from the start, where that state is lower (a lower tier, a shorter term or fewer
   * qualifications). A return that did not matter to the tier changes nothing.
   */
  protected adopt(cf: TierState, c: number): void {
    let lower = cf.held < this.held;
    if (cf.held === this.held) {
      lower = cf.validUntil < this.validUntil || (cf.graceUntil !== NO_GRACE && this.graceUntil === NO_GRACE);
      for (let t = this.held + 1; t < this.earned.length && !lower; t++)
        lower = (cf.earned[t] as number) < (this.earned[t] as number);
    }
    if (!lower) return;
    const dropped = cf.held < this.held;
    this.held = cf.held;
    this.earned.set(cf.earned);
    this.lifetimeFloor = cf.lifetimeFloor;
    if (dropped) this.record(c, 'revoked');
    this.validUntil = cf.validUntil;
    this.graceUntil = cf.graceUntil;
    this.graceFrom = cf.graceFrom;
  }
}
