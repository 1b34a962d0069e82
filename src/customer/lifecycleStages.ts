import { MoshtariError } from '../core/index.js';
import type { CustomerErrorCode } from './errors.js';
import type { CustomerLifecycleStage } from './typesLifecycle.js';

/**
 * Every lifecycle stage, funnel order first: `lead`, `prospect`, `newCustomer`, `repeat`, `loyal`,
 * then `atRisk`, `churned`, `wonBack`.
 *
 * @example
 * ```ts
 * LIFECYCLE_STAGES.includes('loyal'); // true
 * ```
 * @category Customer
 */
export const LIFECYCLE_STAGES: readonly [CustomerLifecycleStage, ...CustomerLifecycleStage[]] = [
  'lead',
  'prospect',
  'newCustomer',
  'repeat',
  'loyal',
  'atRisk',
  'churned',
  'wonBack',
];

const RANK: Readonly<Record<CustomerLifecycleStage, number>> = {
  lead: 0,
  prospect: 1,
  newCustomer: 2,
  wonBack: 2,
  atRisk: 2,
  churned: 2,
  repeat: 3,
  loyal: 4,
};

const DECLINE: Readonly<Record<CustomerLifecycleStage, number>> = {
  lead: 0,
  prospect: 0,
  newCustomer: 0,
  wonBack: 0,
  repeat: 0,
  loyal: 0,
  atRisk: 1,
  churned: 2,
};

/**
 * How far down the funnel a stage is: lead 0, prospect 1, newCustomer / wonBack / atRisk / churned 2
 * (someone who bought), repeat 3, loyal 4. Merging keeps the stage with the highest rank (HubSpot's
 * rule, crm.md §2.2).
 *
 * @param stage - a lifecycle stage
 * @returns its rank, 0–4
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown stage
 * @example
 * ```ts
 * lifecycleStageRank('loyal'); // 4
 * lifecycleStageRank('churned'); // 2
 * ```
 * @category Customer
 */
export function lifecycleStageRank(stage: CustomerLifecycleStage): number {
  const rank = RANK[stage];
  if (rank === undefined || !Object.hasOwn(RANK, stage)) {
    throw new MoshtariError<CustomerErrorCode>('INVALID_ARGUMENT', `stage: unknown lifecycle stage ${String(stage)}`, {
      path: 'stage',
    });
  }
  return rank;
}

/**
 * Tells whether moving from `from` to `to` is a backward move, which `moveLifecycleStage` accepts
 * only with a reason: a move into a decline (any stage → `atRisk`, any → `churned`; `churned` →
 * `atRisk` is an improvement), or to a stage with a lower {@link lifecycleStageRank} (loyal → repeat,
 * customer → lead). Recoveries (`atRisk` → `repeat`, `churned` → `wonBack`) are forward.
 *
 * @param from - the current stage
 * @param to - the new stage
 * @returns `true` for a backward move; `false` for a forward move or no move
 * @throws {MoshtariError} INVALID_ARGUMENT for an unknown stage
 * @example
 * ```ts
 * isBackwardLifecycleMove('loyal', 'atRisk'); // true
 * isBackwardLifecycleMove('churned', 'wonBack'); // false
 * ```
 * @category Customer
 */
export function isBackwardLifecycleMove(from: CustomerLifecycleStage, to: CustomerLifecycleStage): boolean {
  const fromRank = lifecycleStageRank(from);
  const toRank = lifecycleStageRank(to);
  if (from === to) return false;
  if (DECLINE[to] > 0) return DECLINE[to] > DECLINE[from];
  return toRank < fromRank;
}
