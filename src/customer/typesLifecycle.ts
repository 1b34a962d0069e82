/**
 * A lifecycle stage. The funnel is `lead` → `prospect` → `newCustomer` → `repeat` → `loyal`;
 * `atRisk` and `churned` are declines of a customer, `wonBack` a churned customer who bought again.
 *
 * @example
 * ```ts
 * const stage: CustomerLifecycleStage = 'newCustomer';
 * ```
 * @category Customer
 */
export type CustomerLifecycleStage =
  | 'lead'
  | 'prospect'
  | 'newCustomer'
  | 'repeat'
  | 'loyal'
  | 'atRisk'
  | 'churned'
  | 'wonBack';

/**
 * One period in a stage, for funnel and cohort reports (crm.md §2.2).
 *
 * @example
 * ```ts
 * const entry: LifecycleEntry = { stage: 'lead', enteredAt: 1735689600000, exitedAt: 1738368000000 };
 * ```
 * @category Customer
 */
export type LifecycleEntry = {
  /** The stage. */
  readonly stage: CustomerLifecycleStage;
  /** When the customer entered it, epoch milliseconds. */
  readonly enteredAt: number;
  /** When they left it; absent for the current stage. */
  readonly exitedAt?: number | undefined;
  /** Why they entered it (required for backward moves). */
  readonly reason?: string | undefined;
  /** Who or what moved them (a user, `'deriveLifecycleStage'`, `'merge'`). */
  readonly by?: string | undefined;
};

/**
 * The current stage and the stage history, oldest first; the last entry is the current stage.
 *
 * @example
 * ```ts
 * const lifecycle: CustomerLifecycle = { stage: 'lead', history: [{ stage: 'lead', enteredAt: 1735689600000 }] };
 * ```
 * @category Customer
 */
export type CustomerLifecycle = {
  /** The current stage. */
  readonly stage: CustomerLifecycleStage;
  /** Every stage the customer was in, oldest first. */
  readonly history: readonly LifecycleEntry[];
};
