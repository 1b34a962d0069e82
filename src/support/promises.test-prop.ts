import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { promiseCompliance } from './promises.js';
import type { PromiseEvent, ServicePromise } from './promiseTypes.js';
import { createSupportCalendar } from './supportCalendar.js';

const HOUR = 3_600_000;
const FROM = Date.UTC(2025, 2, 10);
const desk = createSupportCalendar();
const promises: readonly ServicePromise[] = [
  { id: 'business', start: 's', end: 'e', breaksOn: 'x', within: { hours: 6 } },
  { id: 'elapsed', start: 's', end: 'e', within: { hours: 20 }, clock: 'elapsed' },
  { id: 'window', start: 's', end: 'e', window: { after: 'w', within: { days: 2 } }, goal: 0.5 },
];
const eventsArb: fc.Arbitrary<PromiseEvent[]> = fc.array(
  fc.record({
    subject: fc.constantFrom('a', 'b', 'c'),
    type: fc.constantFrom('s', 'e', 'x', 'w', 'other'),
    at: fc.integer({ min: 0, max: 14 * 24 }).map((h) => FROM + h * HOUR),
  }),
  { maxLength: 40 },
);

describe('promiseCompliance properties', () => {
  it('every start is kept, broken, pending or ineligible; rates lie in 0–1', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 0, max: 20 * 24 }), (events, h) => {
        const report = promiseCompliance(promises, events, { now: FROM + h * HOUR, calendar: desk });
        let broken = 0;
        for (const r of report.promises) {
          expect(r.kept + r.broken + r.pending + r.ineligible).toBe(r.started);
          if (r.rate !== undefined) {
            expect(r.rate).toBeGreaterThanOrEqual(0);
            expect(r.rate).toBeLessThanOrEqual(1);
            expect(r.rate).toBe(r.kept / (r.kept + r.broken));
          } else expect(r.kept + r.broken).toBe(0);
          broken += r.broken;
        }
        expect(report.broken).toHaveLength(broken);
        for (const b of report.broken) {
          if (b.reason !== 'breakEvent') expect(b.lateByMs).toBeGreaterThanOrEqual(0);
          if (b.deadline !== undefined && b.reason === 'late')
            expect(b.endedAt?.getTime()).toBeGreaterThan(b.deadline.getTime());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an elapsed-clock pair is kept exactly when the end comes within the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 60 }), (minutes) => {
        const events = [
          { subject: 'a', type: 's', at: FROM },
          { subject: 'a', type: 'e', at: FROM + minutes * 60_000 },
        ];
        const r = promiseCompliance([promises[1] as ServicePromise], events, { now: FROM + 50 * HOUR });
        expect(r.promises[0]?.rate).toBe(minutes <= 20 * 60 ? 1 : 0);
      }),
    );
  });

  it('is independent of the input order of events at distinct instants', () => {
    const distinct = fc.uniqueArray(
      fc.record({
        subject: fc.constantFrom('a', 'b'),
        type: fc.constantFrom('s', 'e', 'x', 'w'),
        at: fc.integer({ min: 0, max: 14 * 24 }).map((h) => FROM + h * HOUR),
      }),
      { selector: (e) => e.at, maxLength: 30 },
    );
    fc.assert(
      fc.property(distinct, (events) => {
        const now = FROM + 20 * 24 * HOUR;
        const a = promiseCompliance(promises, events, { now, calendar: desk });
        expect(promiseCompliance(promises, [...events].reverse(), { now, calendar: desk })).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});
