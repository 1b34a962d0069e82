import { checkArray, fail, rowPath } from './check.js';

/**
 * The default lifecycle funnel: reached by a campaign or channel → acquired (first purchase or
 * contract) → retained (bought again / stayed active, by your rule).
 * @category Metrics
 */
export type LifecycleStage = 'reach' | 'acquisition' | 'retention';

/**
 * A customer entering a lifecycle stage (a row of the stage history, crm.md §2.2).
 *
 * @example
 * ```ts
 * const e: StageEvent = { customerId: 'c-7', stage: 'acquisition' };
 * ```
 * @category Metrics
 */
export type StageEvent<TStage extends string = LifecycleStage> = {
  /** The customer; ids are compared with `===`. */
  readonly customerId: string | number;
  /** The stage entered; one of the funnel's stages. */
  readonly stage: TStage;
};

/**
 * Options of {@link lifecycleFunnel}.
 * @category Metrics
 */
export interface LifecycleFunnelOptions<TStage extends string = LifecycleStage> {
  /** The stages in funnel order (default `['reach', 'acquisition', 'retention']`). */
  readonly stages?: readonly TStage[];
}

/**
 * One step of a funnel.
 * @category Metrics
 */
export type FunnelStep<TStage extends string = LifecycleStage> = {
  /** The stage. */
  readonly stage: TStage;
  /** Customers who reached this stage or a later one. */
  readonly customers: number;
  /** customers / customers of the previous step; `null` for the first step or an empty previous step. */
  readonly conversionFromPrevious: number | null;
  /** customers / customers of the first step; `null` when the first step is empty. */
  readonly conversionFromFirst: number | null;
};

const DEFAULT_STAGES: readonly LifecycleStage[] = ['reach', 'acquisition', 'retention'];

/**
 * A lifecycle funnel from stage events: how many distinct customers reached each stage and the
 * conversion between consecutive stages. A customer counts at every stage up to the furthest one
 * they reached (stages are a high-water mark, crm.md §2.2: an acquired customer was reached even
 * if that event is missing), so counts never grow along the funnel and conversions are 0…1.
 * Filter the events to a window or cohort before calling. With custom `stages`, the stage names are
 * inferred from that list, so an event with another stage does not compile.
 *
 * @param events - stage events `{ customerId, stage }` in any order
 * @param options - `stages` in funnel order (default reach → acquisition → retention)
 * @returns one step per stage, in funnel order
 * @throws {MoshtariError} INVALID_STAGE naming the row of an unknown stage, or a bad `options.stages`; INVALID_ARGUMENT for a missing `customerId`
 * @example
 * ```ts
 * lifecycleFunnel([
 *   { customerId: 'a', stage: 'reach' }, { customerId: 'b', stage: 'reach' },
 *   { customerId: 'a', stage: 'acquisition' }, { customerId: 'a', stage: 'retention' },
 * ]);
 * // [{ stage: 'reach', customers: 2, conversionFromPrevious: null, conversionFromFirst: 1 },
 * //  { stage: 'acquisition', customers: 1, conversionFromPrevious: 0.5, conversionFromFirst: 0.5 },
 * //  { stage: 'retention', customers: 1, conversionFromPrevious: 1, conversionFromFirst: 0.5 }]
 * ```
 * @category Metrics
 */
export function lifecycleFunnel<TStage extends string = LifecycleStage>(
  events: readonly StageEvent<NoInfer<TStage>>[],
  options: LifecycleFunnelOptions<TStage> = {},
): FunnelStep<TStage>[] {
  checkArray(events, 'events');
  const stages = (options.stages ?? DEFAULT_STAGES) as readonly TStage[];
  if (!Array.isArray(stages) || stages.length === 0) {
    fail('INVALID_STAGE', 'options.stages', 'expected a non-empty array of stage names');
  }
  const rank = new Map<string, number>();
  stages.forEach((stage, i) => {
    if (typeof stage !== 'string' || rank.has(stage)) {
      fail('INVALID_STAGE', `options.stages[${i}]`, `expected a distinct stage name, got ${String(stage)}`);
    }
    rank.set(stage, i);
  });
  const furthest = new Map<string | number, number>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as StageEvent<TStage> | undefined;
    const r = rank.get(event?.stage as string);
    if (r === undefined) {
      fail('INVALID_STAGE', rowPath('events', i, 'stage'), `unknown stage ${String(event?.stage)}`);
    }
    const id = (event as StageEvent<TStage>).customerId;
    if (typeof id !== 'string' && typeof id !== 'number') {
      fail('INVALID_ARGUMENT', rowPath('events', i, 'customerId'), `expected a string or number, got ${String(id)}`);
    }
    if (r > (furthest.get(id) ?? -1)) furthest.set(id, r);
  }
  const atLeast = new Array<number>(stages.length + 1).fill(0);
  for (const r of furthest.values()) atLeast[r] = (atLeast[r] as number) + 1;
  for (let s = stages.length - 1; s >= 0; s--) atLeast[s] = (atLeast[s] as number) + (atLeast[s + 1] as number);
  const first = atLeast[0] as number;
  return stages.map((stage, s) => {
    const customers = atLeast[s] as number;
    const previous = s === 0 ? 0 : (atLeast[s - 1] as number);
    return {
      stage,
      customers,
      conversionFromPrevious: previous === 0 ? null : customers / previous,
      conversionFromFirst: first === 0 ? null : customers / first,
    };
  });
}
