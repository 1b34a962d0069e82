import type { TierLadderIssueCode } from './issues.js';
import { describeRule, implies, METRICS, parseThreshold, type RuleShape } from './rules.js';
import type { TierMetric } from './types.js';

/** Internal: parsed rules per tier (`null` for the base tier or where a rule was invalid). */
export type TierShapes = { readonly entry: RuleShape | null; readonly retention: RuleShape | null };

type Push = (code: TierLadderIssueCode, tier: string | null, path: string, message: string) => void;

const DECIMAL = /^\d{1,15}(?:\.\d{1,12})?$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function parseRule(rule: unknown, path: string, who: string, tier: string, push: Push): RuleShape | null {
  if (!isObject(rule) || Object.keys(rule).length !== 1 || !('all' in rule || 'any' in rule)) {
    push('INVALID_RULE', tier, path, `${who}: ${path.split('.').pop()} must be { all: {…} } or { any: {…} }`);
    return null;
  }
  const any = 'any' in rule;
  const raw = any ? rule['any'] : rule['all'];
  const where = `${path}.${any ? 'any' : 'all'}`;
  if (!isObject(raw) || Object.keys(raw).length === 0) {
    push('INVALID_RULE', tier, where, `${who}: ${where} must name at least one metric`);
    return null;
  }
  const thresholds = new Map<TierMetric, bigint>();
  let ok = true;
  for (const [key, value] of Object.entries(raw)) {
    if (!(METRICS as readonly string[]).includes(key)) {
      push(
        'UNKNOWN_METRIC',
        tier,
        `${where}.${key}`,
        `${who}: unknown metric '${key}' (expected ${METRICS.join(', ')})`,
      );
      ok = false;
      continue;
    }
    const metric = key as TierMetric;
    const t = parseThreshold(metric, value);
    if (t === null) {
      push(
        'INVALID_THRESHOLD',
        tier,
        `${where}.${key}`,
        `${who}: ${key} must be a positive integer${metric === 'spendRial' ? ' (Rial, as a number or integer string)' : ' (safe integer)'}, got ${JSON.stringify(value)}`,
      );
      ok = false;
    } else thresholds.set(metric, t);
  }
  return ok ? { any, thresholds } : null;
}

function checkBenefits(benefits: unknown, path: string, who: string, tier: string, push: Push): void {
  if (!isObject(benefits)) {
    push('INVALID_BENEFITS', tier, path, `${who}: benefits must be { earnMultiplier, discountPercent, perks }`);
    return;
  }
  const { earnMultiplier: m, discountPercent: d, perks } = benefits;
  if (typeof m !== 'string' || !DECIMAL.test(m)) {
    push(
      'INVALID_BENEFITS',
      tier,
      `${path}.earnMultiplier`,
      `${who}: earnMultiplier must be a decimal string ≥ 0 such as '1.5', got ${JSON.stringify(m)}`,
    );
  }
  const percent = typeof d === 'string' && DECIMAL.test(d) ? d.split('.') : null;
  if (percent === null || Number(percent[0]) > 100 || (Number(percent[0]) === 100 && /[1-9]/.test(percent[1] ?? ''))) {
    push(
      'INVALID_BENEFITS',
      tier,
      `${path}.discountPercent`,
      `${who}: discountPercent must be a decimal string from '0' to '100', got ${JSON.stringify(d)}`,
    );
  }
  if (!Array.isArray(perks) || perks.some((p) => typeof p !== 'string' || p.trim() === '')) {
    push('INVALID_BENEFITS', tier, `${path}.perks`, `${who}: perks must be an array of non-empty strings`);
  }
}

/** Internal: checks every tier and the thresholds between neighbours; returns the parsed rules. */
export function checkTiers(tiers: unknown, push: Push): TierShapes[] {
  if (!Array.isArray(tiers) || tiers.length === 0) {
    push('NO_TIERS', null, 'tiers', 'tiers: a ladder needs at least one tier (the base tier)');
    return [];
  }
  const shapes: TierShapes[] = [];
  const seen = new Set<string>();
  let below: { id: string; shape: RuleShape } | null = null;
  tiers.forEach((def: unknown, i) => {
    const path = `tiers[${i}]`;
    if (!isObject(def) || typeof def['id'] !== 'string' || def['id'] === '' || typeof def['name'] !== 'string') {
      push('INVALID_TIER', null, path, `${path}: a tier needs a non-empty string id and a string name`);
      shapes.push({ entry: null, retention: null });
      return;
    }
    const id = def['id'];
    const who = `tier '${id}' (${path})`;
    if (seen.has(id)) push('DUPLICATE_TIER_ID', id, `${path}.id`, `${who}: id '${id}' is used by an earlier tier`);
    seen.add(id);
    if (def['lifetime'] !== undefined && typeof def['lifetime'] !== 'boolean') {
      push('INVALID_TIER', id, `${path}.lifetime`, `${who}: lifetime must be a boolean`);
    }
    checkBenefits(def['benefits'], `${path}.benefits`, who, id, push);
    if (i === 0) {
      if (def['entry'] !== undefined || def['retention'] !== undefined) {
        push(
          'BASE_TIER_HAS_ENTRY',
          id,
          `${path}.entry`,
          `${who}: the first tier is the base tier everyone holds; it takes no entry or retention rule`,
        );
      }
      shapes.push({ entry: null, retention: null });
      return;
    }
    if (def['entry'] === undefined) {
      push('MISSING_ENTRY', id, `${path}.entry`, `${who}: every tier above the base tier needs an entry rule`);
      shapes.push({ entry: null, retention: null });
      return;
    }
    const entry = parseRule(def['entry'], `${path}.entry`, who, id, push);
    const retention =
      def['retention'] === undefined ? entry : parseRule(def['retention'], `${path}.retention`, who, id, push);
    if (entry !== null && retention !== null && !implies(entry, retention)) {
      push(
        'RETENTION_ABOVE_ENTRY',
        id,
        `${path}.retention`,
        `${who}: retention (${describeRule(retention)}) must not demand more than entry (${describeRule(entry)}); every member meeting entry must meet retention`,
      );
    }
    if (entry !== null && below !== null) {
      if (!implies(entry, below.shape)) {
        push(
          'NON_MONOTONIC',
          id,
          `${path}.entry`,
          `${who}: entry (${describeRule(entry)}) must demand at least what tier '${below.id}' demands (${describeRule(below.shape)}); as written a member could reach '${id}' without '${below.id}'`,
        );
      } else if (implies(below.shape, entry)) {
        push(
          'OVERLAPPING',
          id,
          `${path}.entry`,
          `${who}: entry (${describeRule(entry)}) is the same requirement as tier '${below.id}' (${describeRule(below.shape)}); thresholds must strictly increase`,
        );
      }
    }
    if (entry !== null) below = { id, shape: entry };
    shapes.push({ entry, retention });
  });
  return shapes;
}
