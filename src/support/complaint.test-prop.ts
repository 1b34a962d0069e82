import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_STAGES,
  COMPLAINT_TRANSITIONS,
  type Complaint,
  type ComplaintStage,
  receiveComplaint,
} from './complaint.js';
import { type ComplaintMove, moveComplaint } from './complaintMove.js';
import { complaintSchema } from './schema.js';

/** A move to any stage, with the detail that stage needs (sometimes left out), at a time that may go back. */
const moveArb: fc.Arbitrary<{ to: ComplaintStage; detail: boolean; dt: number }> = fc.record({
  to: fc.constantFrom(...COMPLAINT_STAGES),
  detail: fc.boolean(),
  dt: fc.integer({ min: -5, max: 60 }),
});

function moveOf(to: ComplaintStage, detail: boolean, at: number): ComplaintMove {
  const base = { to, by: 'agent', at };
  if (!detail) return base;
  if (to === 'assessed') return { ...base, severity: 'medium' };
  if (to === 'responded') return { ...base, decision: 'refund' };
  if (to === 'closed') return { ...base, accepted: true, satisfaction: 5 };
  return base;
}

describe('moveComplaint properties', () => {
  it('only allowed transitions happen, and each is recorded with who and when', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 25 }), (moves) => {
        let c: Complaint = receiveComplaint({
          id: 'C',
          customerId: 'K',
          channel: 'email',
          description: 'd',
          receivedAt: 0,
          by: 'x',
        });
        let time = 0;
        let accepted = 0;
        for (const { to, detail, dt } of moves) {
          const at = time + dt * 60_000;
          const before = c;
          const r = moveComplaint(c, moveOf(to, detail, at));
          const allowed = COMPLAINT_TRANSITIONS[before.stage].includes(to);
          if (r.ok) {
            expect(allowed).toBe(true);
            expect(at).toBeGreaterThanOrEqual(time);
            expect(r.value.history.at(-1)).toEqual({ stage: to, at, by: 'agent' });
            c = r.value;
            time = at;
            accepted++;
          } else if (r.error.code === 'TRANSITION_NOT_ALLOWED') expect(allowed).toBe(false);
          else if (r.error.code === 'OUT_OF_ORDER') expect(at).toBeLessThan(time);
          else expect(detail).toBe(false);
          expect(before.history.length).toBe(accepted + (r.ok ? 0 : 1)); // input never mutated
        }
        expect(c.history).toHaveLength(accepted + 1);
        expect(c.stage).toBe(c.history.at(-1)?.stage);
        for (let i = 1; i < c.history.length; i++) {
          const from = c.history[i - 1]?.stage as ComplaintStage;
          expect(COMPLAINT_TRANSITIONS[from]).toContain(c.history[i]?.stage);
        }
        // every record moveComplaint builds is one complaintSchema accepts, unchanged
        expect(complaintSchema().parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
      }),
      { numRuns: 150 },
    );
  });
});
