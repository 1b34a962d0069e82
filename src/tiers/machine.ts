import { MoshtariError } from '../core/index.js';
import type { PreparedAssignment } from './assignments.js';
import type { CompiledLadder } from './compile.js';
import type { Lot, PreparedMember } from './prepare.js';
import { type Metrics, meets, zeroMetrics } from './rules.js';
import type { Schedule } from './schedule.js';
import { NO_GRACE, TierState } from './state.js';

const NEVER = Number.POSITIVE_INFINITY;

/**
 * Internal: replays a member day by day (only days on which something changes). Each step applies the
 * day's window changes (period reset, rolling exits), assignments and events, then qualification,
 * upgrades, retention and the review of the held tier, in that order: the tier of a day is the tier at
 * its end.
 */
export class TierMachine extends TierState {
  /** Current window sums. */
  readonly m: Metrics = zeroMetrics();
  /** Days of the current tracking period (periodic windows). */
  pStart: number = Number.NEGATIVE_INFINITY;
  pEnd: number = Number.NEGATIVE_INFINITY;
  /** Last day processed. */
  day: number = Number.NEGATIVE_INFINITY;
  private readonly member: PreparedMember;
  private readonly window: Lot[] = [];
  private head = 0;
  private ei = 0;
  private ai = 0;
  private readonly active: PreparedAssignment[] = [];
  private readonly revoke: boolean;
  private returnedToday = false;

  constructor(c: CompiledLadder, s: Schedule, member: PreparedMember, record: boolean, revoke: boolean = c.revoke) {
    super(c, s, record);
    this.member = member;
    this.revoke = revoke;
  }

  /** The next day on which anything may change, or `Infinity`. */
  nextDay(): number {
    let next = this.member.events[this.ei]?.day ?? NEVER;
    if (this.c.window.kind === 'rolling') next = Math.min(next, this.window[this.head]?.out ?? NEVER);
    next = Math.min(next, this.member.assignments[this.ai]?.from ?? NEVER);
    for (const a of this.active) next = Math.min(next, a.end);
    if (this.day === Number.NEGATIVE_INFINITY) {
      const j = this.member.joinedDay;
      return j === null ? next : Math.min(next, j);
    }
    if (this.held > 0) {
      if (this.validUntil > this.day) next = Math.min(next, this.validUntil);
      if (this.graceUntil > this.day) next = Math.min(next, this.graceUntil);
    }
    if (this.c.periodic && !this.stable()) next = Math.min(next, this.pEnd);
    return next;
  }

  /** Nothing will change without new events: no events, assignments or pending qualifications left. */
  stable(): boolean {
    if (this.ei < this.member.events.length || this.ai < this.member.assignments.length) return false;
    if (this.active.some((a) => a.end !== NEVER) || this.graceUntil !== NO_GRACE) return false;
    if (this.held > 0 && this.validUntil !== NEVER) return false;
    return !this.c.periodic || this.c.immediate || this.highestEarned(this.pEnd) <= this.held;
  }

  /** Processes every change day up to and including `last`. */
  runThrough(last: number): void {
    for (let next = this.nextDay(); next <= last && next !== NEVER; next = this.nextDay()) {
      if (next <= this.day) throw new MoshtariError('ASSERTION', `tiers: replay stalled on day ${next}`);
      this.step(next);
    }
  }

  /** Processes one change day. */
  step(c: number): void {
    const { s, m, c: ladder } = this;
    this.day = c;
    let boundary = false;
    if (ladder.periodic && c >= this.pEnd) {
      boundary = true;
      for (let i = this.head; i < this.window.length; i++) (this.window[i] as Lot).inWindow = false;
      this.head = this.window.length = 0;
      m.points = m.purchases = m.visits = 0;
      m.spend = 0n;
      [this.pStart, this.pEnd] = s.period(c) as [number, number];
    }
    for (let lot = this.window[this.head]; lot !== undefined && lot.out <= c; lot = this.window[++this.head]) {
      this.add(lot, -1);
      lot.inWindow = false;
    }
    this.assignments(c);
    if (!ladder.immediate && boundary) {
      // next-period upgrades take effect as the period starts, before the day's events
      this.upgradeTo(this.highestEarned(c), c);
    }
    this.events(c);
    const nextEvent = this.member.events[this.ei]?.day ?? NEVER;
    let segmentEnd = ladder.periodic ? Math.min(nextEvent, this.pEnd) : nextEvent;
    if (ladder.window.kind === 'rolling') segmentEnd = Math.min(segmentEnd, this.window[this.head]?.out ?? NEVER);
    const segLast = segmentEnd - 1;
    // qualify: entry rules above the held tier; at or below it the (lower) retention rules count too,
    // so a Gold member whose activity keeps Silver lands on Silver
    const hi = this.highestMet(m);
    if (hi > 0) this.lifetimeFloor = Math.max(this.lifetimeFloor, ladder.tiers[hi]?.lifetimeFloor ?? 0);
    let until = Number.NaN;
    for (let t = ladder.tiers.length - 1; t > 0; t--) {
      const retention = ladder.tiers[t]?.retention;
      if (t > hi && !(t <= this.held && retention && meets(retention, m))) continue;
      if (Number.isNaN(until)) until = s.qualifiedUntil(segLast);
      if ((this.earned[t] as number) < until) this.earned[t] = until;
    }
    if (ladder.immediate) this.upgradeTo(this.highestEarned(c), c);
    this.retain(segLast);
    this.review(c, segLast);
    if (this.returnedToday) {
      this.returnedToday = false;
      this.adopt(this.withoutReturns(c), c);
    }
  }

  private add(lot: Lot, sign: 1 | -1): void {
    const m = this.m;
    m.points += sign * lot.points;
    m.spend += sign === 1 ? lot.spend : -lot.spend;
    m.purchases += sign * lot.purchases;
    m.visits += sign * lot.visits;
  }

  private events(c: number): void {
    const { m, c: ladder } = this;
    const list = this.member.events;
    for (let e = list[this.ei]; e !== undefined && e.day === c; e = list[++this.ei]) {
      const lot = e.lot;
      if (e.ret === null) {
        lot.inWindow = true;
        this.add(lot, 1);
        if (ladder.window.kind === 'rolling') {
          lot.out = this.s.leaveDay(c);
          this.window.push(lot);
        } else if (ladder.periodic) this.window.push(lot);
        if (!Number.isSafeInteger(m.points))
          throw new MoshtariError('INVALID_EVENT', 'member.events: the qualifying points sum exceeds 2^53');
      } else {
        lot.spend += e.ret.spend;
        lot.points += e.ret.points;
        lot.purchases += e.ret.purchases;
        if (lot.inWindow) {
          m.spend += e.ret.spend;
          m.points += e.ret.points;
          m.purchases += e.ret.purchases;
        }
        if (this.revoke) this.returnedToday = true;
      }
    }
  }

  /**
   * A replay through day `c` in which every purchase returned so far was bought at its net amount from
   * the start (and its returns dropped): the state the member would have without what was returned.
   */
  private withoutReturns(c: number): TierMachine {
    const clones = new Map<Lot, Lot>();
    const events = this.member.events.flatMap((e, i) => {
      if (e.ret !== null) return i < this.ei ? [] : [e]; // later returns only mark change days
      const lot: Lot = { ...e.lot, inWindow: false, out: NEVER };
      clones.set(e.lot, lot);
      return [{ day: e.day, lot, ret: null }];
    });
    const member = { ...this.member, events, lots: [...clones.values()] };
    const replay = new TierMachine(this.c, this.s, member, false, false);
    replay.runThrough(c);
    return replay;
  }

  private assignments(c: number): void {
    for (let i = this.active.length - 1; i >= 0; i--)
      if ((this.active[i] as PreparedAssignment).end <= c) this.active.splice(i, 1);
    const list = this.member.assignments;
    for (let a = list[this.ai]; a !== undefined && a.from <= c; a = list[++this.ai]) {
      this.active.push(a);
      this.assign(a, c);
    }
  }

  /** Lowest tier the member may hold today: lifetime tiers reached and running assignments. */
  floor(): { tier: number; until: number } {
    let tier = this.lifetimeFloor;
    let until = NEVER;
    for (const a of this.active) {
      if (a.tier > tier) [tier, until] = [a.tier, a.end];
      else if (a.tier === tier && until !== NEVER) until = Math.max(until, a.end);
    }
    return { tier, until };
  }

  /** Sums of the lots dated `from`…`to` as they stand now (after the returns processed so far). */
  sumOf(from: number, to: number): Metrics {
    const sum = zeroMetrics();
    for (const lot of this.member.lots) {
      if (lot.day < from || lot.day > to) continue;
      sum.points += lot.points;
      sum.spend += lot.spend;
      sum.purchases += lot.purchases;
      sum.visits += lot.visits;
    }
    return sum;
  }
}
