// Tiers anchor (issue #7): evaluating members with about 20 qualifying events each (seeded synthetic
// purchases, visits, bonus points and a few returns over 1402–1403) on the Red/Silver/Gold ladder.
// One full pass over every member gives the members/s figure of the title; the table compares the same
// batches of 1,000 members (tinybench warms every task up 16 times, too long for 100k-member calls):
//  - moshtari createTierEvaluator: full evaluation (tier, term, grace, progress, keep, projection, text);
//  - moshtari evaluateTier: the same, validating the ladder on every call;
//  - hand-written minimal: sum points and spend over the Jalali year + threshold lookup (anchor).
// The full pass covers 1M members, generated and evaluated in chunks of 100k (only evaluation is
// timed; a chunk's events are garbage once evaluated, so memory stays flat).
import { fromJalali, jalaliPeriodRange } from '../src/calendar/index.js';
import {
  createTierEvaluator,
  evaluateTier,
  type TierEvent,
  type TierLadder,
  type TierMember,
  type TierPurchaseEvent,
} from '../src/tiers/index.js';
import { compare, type SuiteResult } from './harness.js';

const MEMBERS = 1_000_000;
const CHUNK = 100_000;
const BATCH = 1000;
const perks = (m: string, d: string, list: string[]) => ({ earnMultiplier: m, discountPercent: d, perks: list });
const LADDER: TierLadder = {
  tiers: [
    { id: 'red', name: 'Red', benefits: perks('1', '0', []) },
    {
      id: 'silver',
      name: 'Silver',
      entry: { any: { qualifyingPoints: 1000, spendRial: '500000000' } },
      retention: { any: { qualifyingPoints: 800, spendRial: '400000000' } },
      benefits: perks('1.5', '5', ['free delivery']),
    },
    {
      id: 'gold',
      name: 'Gold',
      entry: { any: { qualifyingPoints: 5000, spendRial: '2000000000' } },
      retention: { any: { qualifyingPoints: 4000, spendRial: '1600000000' } },
      benefits: perks('2', '10', ['free delivery', 'priority service']),
    },
  ],
  window: { kind: 'calendar', unit: 'year' },
  validity: { kind: 'endOfNextPeriod' },
  downgrade: { mode: 'oneTier', grace: { months: 1 } },
};

/** A seeded stream of synthetic members: each call returns the next `count`. */
function memberStream(): (count: number) => TierMember[] {
  let seed = 1403;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const from = fromJalali({ year: 1402, month: 1, day: 1 }).getTime();
  const span = fromJalali({ year: 1404, month: 1, day: 1 }).getTime() - from;
  return (count) =>
    Array.from({ length: count }, () => {
      const events: TierEvent[] = [];
      const count = 15 + Math.floor(next() * 11); // 15–25, about 20
      const scale = 0.2 + 12 * next() ** 4; // most members spend little, a few a lot
      for (let i = 0; i < count; i++) {
        const at = from + Math.floor(next() * span);
        const r = next();
        if (r < 0.75) {
          const amount = `${Math.floor(next() * 60 * scale) * 1_000_000}`;
          events.push({
            kind: 'purchase',
            id: `o${i}`,
            at,
            spend: { amount, currency: 'IRR' },
            qualifyingPoints: Math.floor(next() * 120 * scale),
          });
        } else if (r < 0.92) events.push({ kind: 'visit', at });
        else events.push({ kind: 'points', at, qualifyingPoints: 50 });
      }
      const first = events.find((e): e is TierPurchaseEvent => e.kind === 'purchase');
      if (first !== undefined && next() < 0.1)
        events.push({ kind: 'return', purchaseId: first.id, at: Number(first.at) + 5 * 86_400_000 });
      return { events };
    });
}

export default async function tiersBench(): Promise<SuiteResult[]> {
  const stream = memberStream();
  const all = stream(CHUNK);
  const asOf = fromJalali({ year: 1403, month: 10, day: 1 });
  const evaluate = createTierEvaluator(LADDER);
  const year = jalaliPeriodRange(asOf, 'year');
  const [start, end] = [year.start.getTime(), asOf.getTime()];
  const minimal = (m: TierMember): string => {
    let points = 0;
    let spend = 0n;
    for (const e of m.events) {
      const at = typeof e.at === 'number' ? e.at : e.at.getTime();
      if (at < start || at > end) continue;
      if (e.kind === 'purchase') {
        spend += BigInt(e.spend.amount);
        points += e.qualifyingPoints ?? 0;
      } else if (e.kind === 'points') points += e.qualifyingPoints;
    }
    return points >= 5000 || spend >= 2_000_000_000n
      ? 'gold'
      : points >= 1000 || spend >= 500_000_000n
        ? 'silver'
        : 'red';
  };
  const batches = (f: (m: TierMember) => string) => {
    let cursor = 0;
    return () => {
      const out = new Array<string>(BATCH);
      for (let i = 0; i < BATCH; i++) out[i] = f(all[(cursor + i) % CHUNK] as TierMember);
      cursor = (cursor + BATCH) % CHUNK;
      return out;
    };
  };
  // one full pass (after a warm-up batch) for the members/s figure
  for (let i = 0; i < 2000; i++) evaluate(all[i] as TierMember, asOf);
  const tally = new Map<string, number>();
  let ms = 0;
  for (let done = 0; done < MEMBERS; done += CHUNK) {
    const chunk = done === 0 ? all : stream(CHUNK);
    const t0 = performance.now();
    for (const m of chunk) {
      const id = evaluate(m, asOf).current.id;
      tally.set(id, (tally.get(id) ?? 0) + 1);
    }
    ms += performance.now() - t0;
  }
  const seconds = ms / 1000;
  const rate = Math.round(MEMBERS / seconds);
  const mix = [...tally].map(([id, n]) => `${id} ${n}`).join(', ');
  const suite = await compare({
    module: 'tiers',
    title: `evaluate ${MEMBERS / 1_000_000}M members × ~20 events: full pass ${seconds.toFixed(1)} s = ${rate.toLocaleString('en')} members/s (${mix}); table: calls of ${BATCH} of the first ${CHUNK / 1000}k members`,
    subject: 'moshtari createTierEvaluator',
    iterations: 10,
    time: 1500,
    tasks: {
      'moshtari createTierEvaluator': batches((m) => evaluate(m, asOf).current.id),
      'moshtari evaluateTier (ladder checked per call)': batches((m) => evaluateTier(LADDER, m, asOf).current.id),
      'hand-written minimal (window sum + threshold)': batches(minimal),
    },
  });
  return [suite];
}
