import { deriveLifecycleStage, LIFECYCLE_STAGES, type LifecycleEvent } from '../../customer/index.js';
import { type ReportContext, share } from './context.js';
import { LIFECYCLE_POLICY } from './program.js';
import type { ClubReport } from './types.js';

/** Lifecycle stage of every customer as of the report date (moshtari/customer `deriveLifecycleStage`). */
export function lifecycleSection(ctx: ReportContext): ClubReport['lifecycle'] {
  const { index, store, asOf } = ctx;
  const counts = new Map<string, number>();
  for (let c = 0; c < index.customers.length; c++) {
    const events: LifecycleEvent[] = [];
    const joined = index.customers[c]?.joinedAt;
    if (joined !== undefined && joined <= asOf) events.push({ kind: 'qualified', at: joined });
    for (let k = index.first[c] as number; k < (index.first[c + 1] as number); k++) {
      const at = store.transactions[index.order[k] as number]?.at as number;
      if (at <= asOf) events.push({ kind: 'purchase', at });
    }
    const { stage } = deriveLifecycleStage(events, LIFECYCLE_POLICY, asOf);
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  const total = index.customers.length;
  return {
    stages: LIFECYCLE_STAGES.filter((s) => counts.has(s)).map((key) => ({
      key,
      count: counts.get(key) as number,
      share: share(counts.get(key) as number, total),
    })),
    policy: {
      atRiskAfterDays: LIFECYCLE_POLICY.atRiskAfterDays ?? 90,
      churnedAfterDays: LIFECYCLE_POLICY.churnedAfterDays ?? 365,
      loyalMinPurchases: LIFECYCLE_POLICY.loyalMinPurchases ?? 4,
      loyalWindowDays: LIFECYCLE_POLICY.loyalWindowDays ?? 365,
    },
  };
}
