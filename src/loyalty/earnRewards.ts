// Internal: spend-threshold and stamp rewards ("every 500,000 toman → a gift", "every 10th coffee free").
import { checkId, checkPoints, fail, show } from './check.js';
import type { EarnedReward, EarnLineResult } from './earnResult.js';
import type { EarnContext, PurchaseLine } from './earnTypes.js';
import { integerString } from './rational.js';
import type { ProgressReward } from './ruleTypes.js';

const NO_REWARDS: readonly EarnedReward[] = [];
const NO_PROGRESS: Readonly<Record<string, string>> = {};

function matches(rule: ProgressReward, line: PurchaseLine): boolean {
  if (rule.categories !== undefined && (line.category === undefined || !rule.categories.includes(line.category)))
    return false;
  return rule.skus === undefined || (line.sku !== undefined && rule.skus.includes(line.sku));
}

/** Advances every progress reward by the purchase's eligible lines. */
export function progressRewards(
  rules: readonly ProgressReward[],
  lines: readonly PurchaseLine[],
  results: readonly EarnLineResult[],
  base: readonly bigint[],
  unit: bigint,
  context: EarnContext,
): { rewards: readonly EarnedReward[]; progress: Readonly<Record<string, string>> } {
  if (rules.length === 0) return { rewards: NO_REWARDS, progress: context.progress ?? NO_PROGRESS };
  const rewards: EarnedReward[] = [];
  const progress: Record<string, string> = { ...context.progress };
  rules.forEach((rule, i) => {
    const path = `program.progressRewards[${i}]`;
    const id = checkId(rule?.id, `${path}.id`, 'INVALID_PROGRAM');
    checkId(rule.reward, `${path}.reward`, 'INVALID_PROGRAM');
    let every: bigint;
    if (rule.kind === 'spend') every = integerString(rule.every, `${path}.every`, 'INVALID_PROGRAM') * unit;
    else if (rule.kind === 'stamp') every = BigInt(checkPoints(rule.every, `${path}.every`, 'INVALID_PROGRAM', true));
    else every = fail('INVALID_PROGRAM', `${path}.kind`, `expected spend or stamp, got ${show(rule.kind)}`);
    if (every <= 0n) fail('INVALID_PROGRAM', `${path}.every`, 'must be positive');
    const before = context.progress?.[id] ?? '0';
    let total = integerString(before, `context.progress.${id}`, 'INVALID_ARGUMENT');
    lines.forEach((line, k) => {
      const r = results[k] as EarnLineResult;
      if (r.excluded === null && matches(rule, line))
        total += rule.kind === 'spend' ? (base[k] as bigint) : BigInt(r.quantity);
    });
    const count = total / every;
    if (count > 0n) rewards.push({ ruleId: id, reward: rule.reward, count: Number(count) });
    progress[id] = (total % every).toString();
  });
  return { rewards, progress };
}
