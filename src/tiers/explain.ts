import type { JalaliDate } from '../calendar/index.js';
import type { TierEvaluation, TierExplanationLine, TierRequirement } from './evaluation.js';
import type { TierMetric } from './types.js';

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: JalaliDate) => `${d.year}/${pad(d.month)}/${pad(d.day)}`;
function group(digits: string): string {
  const negative = digits.startsWith('-');
  const d = negative ? digits.slice(1) : digits;
  const head = d.length % 3 || 3;
  let out = d.slice(0, head);
  for (let i = head; i < d.length; i += 3) out += `,${d.slice(i, i + 3)}`;
  return negative ? `-${out}` : out;
}
const UNITS: Readonly<Record<TierMetric, string>> = {
  qualifyingPoints: 'qualifying points',
  spendRial: 'Rial of purchases',
  purchases: 'purchases',
  visits: 'visits',
};

function amounts(req: TierRequirement, key: 'remaining' | 'required' | 'current', more: boolean): string {
  const parts = req.metrics
    .filter((p) => key !== 'remaining' || p.remaining !== '0' || req.mode === 'any')
    .map((p) => `${group(p[key])}${more ? ' more' : ''} ${UNITS[p.metric]}`);
  return parts.join(req.mode === 'any' ? ' or ' : ' and ');
}

function windowText(req: TierRequirement): string {
  return req.windowStart === null ? 'over your whole membership' : `counted from ${ymd(req.windowStart)}`;
}

/** Internal: sentences a member can read, built from the evaluation's data. */
export function explainTier(
  e: Omit<TierEvaluation, 'explanation'>,
  metrics: readonly TierMetric[],
): TierExplanationLine[] {
  const lines: TierExplanationLine[] = [];
  const line = (code: TierExplanationLine['code'], text: string) => lines.push({ code, text });
  const cur = e.current;
  line(
    'CURRENT',
    cur.rank === 0 && cur.since === null
      ? `You are ${cur.name}, the base tier.`
      : `You are ${cur.name} since ${ymd(cur.since ?? e.asOf)}${cur.reason === 'assignment' ? ' (assigned)' : ''}.`,
  );
  if (cur.grace !== null) {
    line('GRACE', `Your ${cur.name} term has ended; a grace period keeps it through ${ymd(cur.grace.through)}.`);
  } else if (cur.rank > 0) {
    line(
      'VALIDITY',
      cur.validThrough === null
        ? `${cur.name} does not expire.`
        : `${cur.name} is yours through ${ymd(cur.validThrough)}.`,
    );
  }
  if (metrics.length > 0) {
    const sums = metrics.map((m) => `${group(e.window.metrics[m])} ${UNITS[m]}`).join(', ');
    line(
      'WINDOW',
      e.window.start === null ? `Over your whole membership: ${sums}.` : `Since ${ymd(e.window.start)}: ${sums}.`,
    );
  }
  if (e.pendingUpgrade !== null) {
    line('PENDING', `You qualified for ${e.pendingUpgrade.to.name}; it starts on ${ymd(e.pendingUpgrade.on)}.`);
  } else if (e.next === null) {
    line('TOP', `${cur.name} is the highest tier.`);
  } else {
    const req = e.next.requirement;
    const by = req.by === null ? '' : ` by ${ymd(req.by)}`;
    line('NEXT', `To reach ${e.next.name}: ${amounts(req, 'remaining', true)}${by} (${req.percent}% of the way).`);
  }
  if (e.keep !== null && e.keep.by !== null && !e.keep.met) {
    const k = e.keep;
    line(
      'KEEP',
      `To keep ${cur.name} after ${ymd(k.by as JalaliDate)}: ${amounts(k, 'required', false)} ${windowText(k)} through ${ymd(k.by as JalaliDate)} (so far ${amounts(k, 'current', false)}).`,
    );
  }
  if (e.projectedDowngrade !== null) {
    line(
      'DOWNGRADE',
      `Without further activity you move to ${e.projectedDowngrade.to.name} on ${ymd(e.projectedDowngrade.on)}.`,
    );
  }
  return lines;
}
