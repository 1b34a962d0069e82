// Loyalty anchors (issue #6), on seeded input built once:
//  1. calculateEarn over 1M purchases (1–3 lines each: a category rate, an excluded category, a tier
//     multiplier of 1.5, a per-purchase cap) must take ≤ 3× a hand-written bigint loop applying the
//     same rules (exact sum, round down, cap, largest-remainder split over the lines).
//  2. replayLedger over 1M events (earns with an explicit expiry, redemptions; ~4 % rejected for
//     insufficient points) must take ≤ 2× a minimal hand-written FIFO ledger loop (idempotency set,
//     lots with remaining points, FIFO consumption that records the lots used).
// Both subjects run on the same events/purchases as their anchors and return the same totals.
// One warm-up and 3 (earn) / 5 (replay: more GC-sensitive) measured calls per task keep the suite
// around a minute on a loaded 2-core box.
import type { LedgerEvent, LoyaltyProgram, Purchase } from '../src/loyalty/index.js';
import { calculateEarn, prepareLoyaltyProgram, replayLedger } from '../src/loyalty/index.js';
import { rial } from '../src/money/index.js';
import { compare, type SuiteResult } from './harness.js';

const N = 1_000_000;
const DAY = 86_400_000;
const LINE_IDS = ['1', '2', '3'];
const CATEGORIES = ['coffee', 'food', 'shipping', 'books'];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s;
  };
}

function purchases(): Purchase[] {
  const next = random(42);
  const from = Date.UTC(2024, 2, 20);
  return Array.from({ length: N }, (_, i) => ({
    id: `p${i}`,
    at: from + i * 30_000,
    lines: Array.from({ length: 1 + (next() % 3) }, (_, j) => ({
      lineId: LINE_IDS[j] as string,
      amount: rial(BigInt(next() % 50_000_000)),
      category: CATEGORIES[next() % 4] as string,
    })),
  }));
}

/** The same earn rules, hand-written: exact bigint sum, floor, cap, largest-remainder split. */
function handEarn(list: readonly Purchase[]): number {
  const rates = new Map([['coffee', 2n]]); // points per 10,000 toman = 100,000 rial; tier 1.5 = 3/2
  let total = 0;
  for (const p of list) {
    const weights: bigint[] = [];
    let sum = 0n;
    for (const line of p.lines) {
      const w =
        line.category === 'shipping'
          ? 0n
          : BigInt(line.amount.amount) * (rates.get(line.category as string) ?? 1n) * 3n;
      weights.push(w);
      sum += w;
    }
    let points = sum / 200_000n;
    if (points > 5000n) points = 5000n;
    const shares: number[] = [];
    let left = points;
    const rest: bigint[] = [];
    for (const w of weights) {
      const share = sum === 0n ? 0n : (points * w) / sum;
      shares.push(Number(share));
      rest.push(sum === 0n ? 0n : (points * w) % sum);
      left -= share;
    }
    for (; left > 0n; left--) {
      let best = 0;
      for (let i = 1; i < rest.length; i++) if ((rest[i] as bigint) > (rest[best] as bigint)) best = i;
      shares[best] = (shares[best] as number) + 1;
      rest[best] = -1n;
    }
    total += Number(points);
  }
  return total;
}

function events(): LedgerEvent[] {
  const next = random(7);
  const from = Date.UTC(2024, 2, 20);
  return Array.from({ length: N }, (_, i): LedgerEvent => {
    const at = from + i * 20_000; // 1M events over ~230 days: no lot expires
    return next() % 100 < 60
      ? { kind: 'earn', id: `e${i}`, at, points: 1 + (next() % 100), expiresAt: at + 365 * DAY }
      : { kind: 'redeem', id: `e${i}`, at, points: 1 + (next() % 90) };
  });
}

type Lot = { readonly id: string; readonly expiresAt: number; remaining: number };

/** A minimal FIFO ledger: idempotency set, lots with an expiry, consumption recording the lots used. */
function handLedger(list: readonly LedgerEvent[]): number {
  const seen = new Set<string>();
  const lots: Lot[] = [];
  const redemptions: { id: string; allocations: { lotId: string; points: number }[] }[] = [];
  let head = 0;
  let balance = 0;
  for (const e of list) {
    if (seen.has(e.id)) continue;
    const at = e.at as number;
    if (e.kind === 'earn') {
      lots.push({ id: e.id, expiresAt: e.expiresAt as number, remaining: e.points });
      balance += e.points;
    } else if (e.kind === 'redeem') {
      if (e.points > balance) continue;
      let left = e.points;
      const allocations: { lotId: string; points: number }[] = [];
      for (let i = head; left > 0; i++) {
        const lot = lots[i] as Lot;
        if (lot.expiresAt <= at) continue; // never happens in this history, but a ledger must check
        const take = Math.min(lot.remaining, left);
        lot.remaining -= take;
        left -= take;
        allocations.push({ lotId: lot.id, points: take });
        if (lot.remaining === 0 && i === head) head++;
      }
      redemptions.push({ id: e.id, allocations });
      balance -= e.points;
    }
    seen.add(e.id);
  }
  return balance;
}

export default async function loyaltyBench(): Promise<SuiteResult[]> {
  const list = purchases();
  const program: LoyaltyProgram = {
    unit: 'toman',
    earn: {
      rate: { amount: '10000', points: '1' },
      categoryRates: { coffee: { amount: '10000', points: '2' } },
      exclude: { categories: ['shipping'] },
      caps: { perTransaction: 5000 },
    },
  };
  const context = { tierBenefits: { earnMultiplier: '1.5' } };
  const prepared = prepareLoyaltyProgram(program); // parsed once, as a caller earning in bulk does
  const earnTotal = (): number => {
    let total = 0;
    for (const p of list) total += calculateEarn(prepared, p, context).points;
    return total;
  };
  if (earnTotal() !== handEarn(list)) throw new Error('calculateEarn and the hand-written loop disagree');
  const earn = await compare({
    module: 'loyalty',
    title: 'calculateEarn over 1M purchases (1–3 lines, category rate, exclusion, tier ×1.5, cap)',
    subject: 'moshtari calculateEarn',
    budget: { anchor: 'hand-written bigint loop', maxRatio: 3 },
    iterations: 3,
    time: 0,
    warmupIterations: 1,
    tasks: { 'moshtari calculateEarn': earnTotal, 'hand-written bigint loop': () => handEarn(list) },
  });
  list.length = 0;

  const history = events();
  if (replayLedger(history).state.balance !== handLedger(history))
    throw new Error('replayLedger and the FIFO loop disagree');
  const replay = await compare({
    module: 'loyalty',
    title: 'replayLedger over 1M events (60 % earns with an expiry, 40 % redemptions)',
    subject: 'moshtari replayLedger',
    budget: { anchor: 'hand-written FIFO ledger loop', maxRatio: 2 },
    iterations: 5,
    time: 0,
    warmupIterations: 1,
    tasks: {
      'moshtari replayLedger': () => replayLedger(history).state.balance,
      'hand-written FIFO ledger loop': () => handLedger(history),
    },
  });
  return [earn, replay];
}
