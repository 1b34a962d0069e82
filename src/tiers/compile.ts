import { MoshtariError } from '../core/index.js';
import type { TierRef } from './evaluation.js';
import type { TierLadder, TierValidity, TierWindow } from './ladder.js';
import { type CompiledRule, compileRule, METRICS } from './rules.js';
import type { TierDefinition, TierMetric } from './types.js';
import { inspectLadder } from './validate.js';

/** Internal: one tier ready for evaluation. */
export type CompiledTier = {
  readonly def: TierDefinition;
  readonly entry: CompiledRule | null;
  readonly retention: CompiledRule | null;
  /** Highest lifetime tier at or below this one (0 when none): the floor once this tier is reached. */
  readonly lifetimeFloor: number;
};

/** Internal: a validated ladder in the form the replay uses. */
export type CompiledLadder = {
  readonly ladder: TierLadder;
  readonly tiers: readonly CompiledTier[];
  /** The tiers as results show them. */
  readonly refs: readonly TierRef[];
  readonly ids: ReadonlyMap<string, number>;
  readonly window: TierWindow;
  readonly validity: TierValidity;
  readonly periodic: boolean;
  readonly immediate: boolean;
  readonly mode: 'oneTier' | 'toEarned' | 'never';
  readonly grace: { readonly months: number; readonly days: number; readonly roundUp: boolean } | null;
  readonly revoke: boolean;
  /** Metrics any rule uses, in display order. */
  readonly metrics: readonly TierMetric[];
};

/** Internal: validates and compiles a ladder; throws `INVALID_LADDER` with the first issue. */
export function compileLadder(ladder: TierLadder): CompiledLadder {
  const { issues, shapes } = inspectLadder(ladder);
  const first = issues[0];
  if (first !== undefined) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
    throw new MoshtariError('INVALID_LADDER', `ladder.${first.path}: ${first.message}${more}`, {
      path: `ladder.${first.path}`,
    });
  }
  const used = new Set<TierMetric>();
  let floor = 0;
  const tiers = ladder.tiers.map((def, i): CompiledTier => {
    const shape = shapes[i];
    const entry = shape?.entry ? compileRule(shape.entry) : null;
    const retention = shape?.retention ? compileRule(shape.retention) : null;
    for (const m of entry?.shape.thresholds.keys() ?? []) used.add(m);
    for (const m of retention?.shape.thresholds.keys() ?? []) used.add(m);
    if (def.lifetime === true) floor = i;
    return { def, entry, retention, lifetimeFloor: floor };
  });
  const g = ladder.downgrade.grace;
  const grace =
    g === undefined || ((g.months ?? 0) === 0 && (g.days ?? 0) === 0 && g.roundUpToMonthEnd !== true)
      ? null
      : { months: g.months ?? 0, days: g.days ?? 0, roundUp: g.roundUpToMonthEnd === true };
  return {
    ladder,
    tiers,
    refs: ladder.tiers.map((t, rank) => ({ id: t.id, name: t.name, rank, benefits: t.benefits })),
    ids: new Map(ladder.tiers.map((t, i) => [t.id, i])),
    window: ladder.window,
    validity: ladder.validity,
    periodic: ladder.window.kind === 'calendar' || ladder.window.kind === 'anniversary',
    immediate: ladder.upgrade !== 'nextPeriod',
    mode: ladder.downgrade.mode,
    grace,
    revoke: ladder.returns !== 'keepTier',
    metrics: METRICS.filter((m) => used.has(m)),
  };
}
