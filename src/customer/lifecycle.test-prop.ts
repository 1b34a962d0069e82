import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerArb } from './arbitraries.test-util.js';
import {
  deriveLifecycleStage,
  isBackwardLifecycleMove,
  LIFECYCLE_STAGES,
  lifecycleStageRank,
  moveLifecycleStage,
} from './index.js';

const DAY = 86_400_000;
const stage = fc.constantFrom(...LIFECYCLE_STAGES);

describe('lifecycle properties', () => {
  it('forward moves never need a reason; a move with a reason is always accepted when in order', () => {
    fc.assert(
      fc.property(customerArb, stage, (customer, to) => {
        const last = customer.lifecycle?.history.at(-1)?.enteredAt ?? 0;
        const at = last + 1;
        const plain = moveLifecycleStage(customer, to, { at });
        const backward = customer.lifecycle !== undefined && isBackwardLifecycleMove(customer.lifecycle.stage, to);
        expect(plain.ok).toBe(!backward);
        const reasoned = moveLifecycleStage(customer, to, { at, reason: 'checked' });
        expect(reasoned.ok).toBe(true);
        if (reasoned.ok) {
          expect(reasoned.value.lifecycle?.stage).toBe(to);
          const before = customer.lifecycle?.history.length ?? 0;
          expect(reasoned.value.lifecycle?.history.length).toBe(customer.lifecycle?.stage === to ? before : before + 1);
        }
      }),
    );
  });

  it('a move is backward only between stages of different rank or into a decline', () => {
    fc.assert(
      fc.property(stage, stage, (from, to) => {
        if (isBackwardLifecycleMove(from, to)) {
          expect(lifecycleStageRank(to) < lifecycleStageRank(from) || to === 'atRisk' || to === 'churned').toBe(true);
        }
        expect(isBackwardLifecycleMove(from, from)).toBe(false);
      }),
    );
  });

  it('more recent purchases never make a derived stage less of a customer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 800 }),
        (days, extra) => {
          const asOf = Date.UTC(2025, 5, 1);
          const events = days.map((d) => ({ kind: 'purchase', at: asOf - d * DAY }));
          const before = deriveLifecycleStage(events, {}, asOf);
          const after = deriveLifecycleStage(
            [...events, { kind: 'purchase', at: asOf - Math.min(extra, ...days, 800) * DAY }],
            {},
            asOf,
          );
          expect(after.purchases).toBe(before.purchases + 1);
          if (before.stage === 'lead') expect(after.stage).not.toBe('lead');
        },
      ),
    );
  });
});
