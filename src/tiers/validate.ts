import { err, ok, type Result } from '../core/index.js';
import type { TierLadderIssue, TierLadderIssueCode } from './issues.js';
import type { TierLadder } from './ladder.js';
import { checkTiers, type TierShapes } from './validateTiers.js';

const UNITS = ['year', 'half', 'season', 'month'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const intIn = (v: unknown, min: number, max: number) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

type Push = (code: TierLadderIssueCode, tier: string | null, path: string, message: string) => void;

function checkPolicies(ladder: Record<string, unknown>, push: Push): void {
  const window = ladder['window'];
  const kind = isObject(window) ? window['kind'] : undefined;
  if (!isObject(window) || !['rolling', 'calendar', 'anniversary', 'lifetime'].includes(String(kind))) {
    push(
      'INVALID_WINDOW',
      null,
      'window',
      `window: expected kind 'rolling', 'calendar', 'anniversary' or 'lifetime', got ${JSON.stringify(kind)}`,
    );
  } else if (kind === 'rolling' && !intIn(window['months'], 1, 120)) {
    push(
      'INVALID_WINDOW',
      null,
      'window.months',
      `window.months: a rolling window needs an integer 1–120, got ${JSON.stringify(window['months'])}`,
    );
  } else if (kind === 'calendar' && !UNITS.includes(String(window['unit']))) {
    push(
      'INVALID_WINDOW',
      null,
      'window.unit',
      `window.unit: expected 'year', 'half', 'season' or 'month', got ${JSON.stringify(window['unit'])}`,
    );
  }
  const periodic = kind === 'calendar' || kind === 'anniversary';
  const validity = ladder['validity'];
  const vKind = isObject(validity) ? validity['kind'] : undefined;
  if (!isObject(validity) || !['live', 'endOfPeriod', 'endOfNextPeriod', 'months'].includes(String(vKind))) {
    push(
      'INVALID_VALIDITY',
      null,
      'validity',
      `validity: expected kind 'live', 'endOfPeriod', 'endOfNextPeriod' or 'months', got ${JSON.stringify(vKind)}`,
    );
  } else if (vKind === 'months') {
    if (!intIn(validity['months'], 1, 120)) {
      push(
        'INVALID_VALIDITY',
        null,
        'validity.months',
        `validity.months: expected an integer 1–120, got ${JSON.stringify(validity['months'])}`,
      );
    }
    const roundUp = validity['roundUp'];
    if (roundUp !== undefined && roundUp !== 'month' && roundUp !== 'period') {
      push(
        'INVALID_VALIDITY',
        null,
        'validity.roundUp',
        `validity.roundUp: expected 'month' or 'period', got ${JSON.stringify(roundUp)}`,
      );
    } else if (roundUp === 'period' && !periodic && kind !== undefined) {
      push(
        'INVALID_POLICY',
        null,
        'validity.roundUp',
        `validity.roundUp: 'period' needs a calendar or anniversary window; a ${String(kind)} window has no periods`,
      );
    }
  } else if ((vKind === 'endOfPeriod' || vKind === 'endOfNextPeriod') && !periodic && isObject(window)) {
    push(
      'INVALID_POLICY',
      null,
      'validity.kind',
      `validity: '${String(vKind)}' needs a calendar or anniversary window; a ${String(kind)} window has no periods (use { kind: 'months' })`,
    );
  }
  const upgrade = ladder['upgrade'];
  if (upgrade !== undefined && upgrade !== 'immediate' && upgrade !== 'nextPeriod') {
    push(
      'INVALID_POLICY',
      null,
      'upgrade',
      `upgrade: expected 'immediate' or 'nextPeriod', got ${JSON.stringify(upgrade)}`,
    );
  } else if (upgrade === 'nextPeriod' && !periodic && isObject(window)) {
    push(
      'INVALID_POLICY',
      null,
      'upgrade',
      `upgrade: 'nextPeriod' needs a calendar or anniversary window; a ${String(kind)} window has no periods`,
    );
  } else if (upgrade === 'nextPeriod' && vKind === 'live') {
    push(
      'INVALID_POLICY',
      null,
      'upgrade',
      `upgrade: 'nextPeriod' cannot combine with 'live' validity (the tier would end the day it starts)`,
    );
  }
  const downgrade = ladder['downgrade'];
  const mode = isObject(downgrade) ? downgrade['mode'] : undefined;
  if (!isObject(downgrade) || !['oneTier', 'toEarned', 'never'].includes(String(mode))) {
    push(
      'INVALID_POLICY',
      null,
      'downgrade.mode',
      `downgrade.mode: expected 'oneTier', 'toEarned' or 'never', got ${JSON.stringify(mode)}`,
    );
  } else {
    if (mode === 'oneTier' && vKind === 'live') {
      push(
        'INVALID_POLICY',
        null,
        'downgrade.mode',
        `downgrade: 'oneTier' (one tier per period) needs a validity term; 'live' validity has none (use 'toEarned' or a months validity)`,
      );
    }
    const grace = downgrade['grace'];
    if (grace !== undefined) {
      const g = isObject(grace) ? grace : {};
      if (!isObject(grace) || (g['months'] !== undefined && !intIn(g['months'], 0, 120))) {
        push(
          'INVALID_POLICY',
          null,
          'downgrade.grace.months',
          `downgrade.grace.months: expected an integer 0–120, got ${JSON.stringify(g['months'])}`,
        );
      }
      if (g['days'] !== undefined && !intIn(g['days'], 0, 3650)) {
        push(
          'INVALID_POLICY',
          null,
          'downgrade.grace.days',
          `downgrade.grace.days: expected an integer 0–3650, got ${JSON.stringify(g['days'])}`,
        );
      }
      if (g['roundUpToMonthEnd'] !== undefined && typeof g['roundUpToMonthEnd'] !== 'boolean') {
        push(
          'INVALID_POLICY',
          null,
          'downgrade.grace.roundUpToMonthEnd',
          'downgrade.grace.roundUpToMonthEnd: expected a boolean',
        );
      }
    }
  }
  const returns = ladder['returns'];
  if (returns !== undefined && returns !== 'revokePromotion' && returns !== 'keepTier') {
    push(
      'INVALID_POLICY',
      null,
      'returns',
      `returns: expected 'revokePromotion' or 'keepTier', got ${JSON.stringify(returns)}`,
    );
  }
}

/** Internal: every issue of a ladder and the parsed tier rules. */
export function inspectLadder(ladder: unknown): { issues: TierLadderIssue[]; shapes: TierShapes[] } {
  const issues: TierLadderIssue[] = [];
  const push: Push = (code, tier, path, message) => issues.push({ code, tier, path, message });
  if (!isObject(ladder)) {
    push('NO_TIERS', null, '', 'ladder: expected an object { tiers, window, validity, downgrade }');
    return { issues, shapes: [] };
  }
  const shapes = checkTiers(ladder['tiers'], push);
  checkPolicies(ladder, push);
  return { issues, shapes };
}

/**
 * Checks a tier ladder: thresholds that do not increase up the ladder or repeat the tier below, unknown
 * metrics, retention rules above entry rules, bad benefits, and policies that cannot work together.
 * Every issue names the tier. Use it when an admin saves a ladder; the evaluation functions throw
 * `INVALID_LADDER` on a ladder that fails here.
 *
 * @param ladder - the ladder (e.g. parsed from JSON)
 * @returns `ok(ladder)` or `err(issues)`, every issue with a code, the tier id, a path and a message
 * @example
 * ```ts
 * const r = validateTierLadder({
 *   tiers: [
 *     { id: 'red', name: 'Red', benefits: { earnMultiplier: '1', discountPercent: '0', perks: [] } },
 *     { id: 'silver', name: 'Silver', entry: { all: { qualifyingPoints: 1000 } },
 *       benefits: { earnMultiplier: '1.5', discountPercent: '5', perks: [] } },
 *     { id: 'gold', name: 'Gold', entry: { all: { qualifyingPoints: 800 } },
 *       benefits: { earnMultiplier: '2', discountPercent: '10', perks: [] } },
 *   ],
 *   window: { kind: 'calendar', unit: 'year' }, validity: { kind: 'endOfNextPeriod' }, downgrade: { mode: 'oneTier' },
 * });
 * // r.ok === false; r.error[0].code === 'NON_MONOTONIC', r.error[0].tier === 'gold'
 * ```
 * @category Tiers
 */
export function validateTierLadder(ladder: TierLadder): Result<TierLadder, readonly TierLadderIssue[]> {
  const { issues } = inspectLadder(ladder);
  return issues.length === 0 ? ok(ladder) : err(issues);
}
