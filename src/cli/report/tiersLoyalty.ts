import { type JalaliDate, jalaliPeriodRange, jalaliToEpochDay, toJalali } from '../../calendar/index.js';
import {
  calculateEarn,
  expireDue,
  type LedgerEvent,
  ledgerBalance,
  lotExpiresAt,
  pointsExpiringWithin,
  pointsLiability,
  prepareLoyaltyProgram,
  replayLedger,
} from '../../loyalty/index.js';
import { rial } from '../../money/index.js';
import { createTierEvaluator, createTierHistory, type TierEvent, type TierRule } from '../../tiers/index.js';
import type { StoreTransaction } from '../store/types.js';
import { type ReportContext, share } from './context.js';
import { jalaliLabel } from './days.js';
import { EXPECTED_REDEMPTION_RATE, RIAL_PER_POINT, SAMPLE_LADDER, SAMPLE_PROGRAM } from './program.js';
import type { ClubReport } from './types.js';

const DAY = 86_400_000;
const dayOf = (d: JalaliDate | null, fallback: number) => (d === null ? fallback : jalaliToEpochDay(d));

/**
 * Tiers and loyalty together, per member: the Red/Silver/Gold ladder replayed from purchases
 * (tierHistory, and evaluateTier as of the report date), then every purchase earns at the
 * multiplier of the tier held on its day (calculateEarn with tierBenefits), redemptions are
 * debited, and lots past the end of their Jalali year expire (expireDue).
 */
export function tiersAndLoyalty(ctx: ReportContext): { tiers: ClubReport['tiers']; loyalty: ClubReport['loyalty'] } {
  const { index, store, asOf, timeZone } = ctx;
  const program = prepareLoyaltyProgram(SAMPLE_PROGRAM);
  const evaluate = createTierEvaluator(SAMPLE_LADDER, { timeZone });
  const history = createTierHistory(SAMPLE_LADDER, { timeZone });
  // a lot's expiry depends only on its civil day (end of that Jalali year): computed once per day
  const expiry = SAMPLE_PROGRAM.ledger?.expiry ?? { kind: 'never' };
  const expiries = new Map<number, number | null>();
  const expiresOn = (day: number, at: number): number | null => {
    let end = expiries.get(day);
    if (end === undefined) {
      end = lotExpiresAt(expiry, at, { timeZone });
      expiries.set(day, end);
    }
    return end;
  };
  const yearEnd = jalaliPeriodRange(asOf, 'year', { timeZone });
  const lastDay = toJalali(yearEnd.end.getTime() - 1, { timeZone });
  const daysToYearEnd = Math.ceil((yearEnd.end.getTime() - asOf) / DAY);
  const tierCounts = new Map<string, number>();
  let closeToNext = 0;
  let projectedDowngrades = 0;
  const totals = { earned: 0, redeemed: 0, expired: 0, balance: 0, expiring: 0, members: 0, rejected: 0 };
  let face = 0n;
  let expected = 0n;
  for (let c = 0; c < index.customers.length; c++) {
    const from = index.first[c] as number;
    const to = index.first[c + 1] as number;
    const events: TierEvent[] = [];
    for (let k = from; k < to; k++) {
      const t = store.transactions[index.order[k] as number] as StoreTransaction;
      events.push({ kind: 'purchase', id: t.id, at: t.at, spend: { amount: String(t.amount), currency: 'IRR' } });
    }
    const member = { events };
    const e = evaluate(member, asOf);
    tierCounts.set(e.current.id, (tierCounts.get(e.current.id) ?? 0) + 1);
    if (e.next !== null && !e.next.requirement.met && e.next.requirement.percent >= 80) closeToNext++;
    if (e.projectedDowngrade !== null) projectedDowngrades++;
    if (to === from) continue;
    const spans = history(member);
    const ledger: LedgerEvent[] = [];
    let s = 0;
    for (let k = from; k < to; k++) {
      const i = index.order[k] as number;
      const t = store.transactions[i] as StoreTransaction;
      const day = index.day[i] as number;
      while (s < spans.length - 1 && dayOf(spans[s]?.through ?? null, Number.POSITIVE_INFINITY) < day) s++;
      const benefits = spans[s]?.tier.benefits;
      if (t.pointsRedeemed !== undefined && t.pointsRedeemed > 0)
        ledger.push({ kind: 'redeem', id: `redeem:${t.id}`, at: t.at, points: t.pointsRedeemed });
      const earn = calculateEarn(
        program,
        { id: t.id, at: t.at, lines: [{ lineId: '1', amount: rial(t.amount) }] },
        benefits === undefined ? {} : { tierBenefits: benefits },
      );
      if (earn.points > 0) {
        const expiresAt = expiresOn(day, t.at);
        ledger.push({
          kind: 'earn',
          id: `earn:${t.id}`,
          at: t.at,
          points: earn.points,
          ...(expiresAt === null ? {} : { expiresAt }),
        });
      }
    }
    const policy = SAMPLE_PROGRAM.ledger ?? {};
    const replay = replayLedger(ledger, { policy });
    const expiry = replayLedger(expireDue(replay.state, asOf), { from: replay.state });
    const state = expiry.state;
    totals.rejected += replay.rejected.length + expiry.rejected.length;
    totals.earned += state.totals.earned;
    totals.redeemed += state.totals.redeemed;
    totals.expired += state.totals.expired;
    const balance = ledgerBalance(state, asOf).available;
    totals.balance += balance;
    if (balance > 0) {
      totals.members++;
      totals.expiring += pointsExpiringWithin(state, daysToYearEnd, asOf).total;
      const l = pointsLiability(state, asOf, {
        costPerPoint: RIAL_PER_POINT.toString(),
        expectedRedemptionRate: EXPECTED_REDEMPTION_RATE,
        timeZone,
      });
      face += BigInt(l.faceValue.amount);
      expected += BigInt(l.expectedCost?.amount ?? '0');
    }
  }
  const members = index.customers.length;
  return {
    tiers: {
      ladder: SAMPLE_LADDER.tiers.map((t) => ({
        id: t.id,
        name: t.name,
        entry: entryRule(t.entry),
        earnMultiplier: t.benefits?.earnMultiplier ?? '1',
      })),
      distribution: SAMPLE_LADDER.tiers.map((t) => ({
        key: t.id,
        count: tierCounts.get(t.id) ?? 0,
        share: share(tierCounts.get(t.id) ?? 0, members),
      })),
      closeToNext,
      projectedDowngrades,
    },
    loyalty: {
      program: {
        spendPerPoint: (BigInt(SAMPLE_PROGRAM.earn.rate.amount) * 10n).toString(),
        pointValue: RIAL_PER_POINT.toString(),
        maxCartShare: Number(SAMPLE_PROGRAM.redemption?.maxCartShare ?? 1),
        expiry: 'endOfJalaliYear',
      },
      earned: totals.earned,
      redeemed: totals.redeemed,
      expired: totals.expired,
      balance: totals.balance,
      expiringByYearEnd: totals.expiring,
      yearEnd: jalaliLabel(lastDay),
      liability: expected.toString(),
      faceValue: face.toString(),
      breakageRate: 1 - Number(EXPECTED_REDEMPTION_RATE),
      membersWithPoints: totals.members,
      rejectedRedemptions: totals.rejected,
    },
  };
}

function entryRule(rule: TierRule | undefined): ClubReport['tiers']['ladder'][number]['entry'] {
  if (rule === undefined) return null;
  const [mode, thresholds] = 'any' in rule ? (['any', rule.any] as const) : (['all', rule.all] as const);
  return { mode, thresholds: Object.entries(thresholds).map(([metric, v]) => ({ metric, value: String(v) })) };
}
