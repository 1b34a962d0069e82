import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activitiesArb } from './arbitraries.test-util.js';
import { type Activity, appendActivity, type CustomerId, customerTimeline, dueFollowUps } from './index.js';

const id = 'c-1' as CustomerId;
const timeline = fc.array(activitiesArb(id), { maxLength: 4 }).map((lists) => {
  const seen = new Set<string>();
  return lists.flat().filter((a) => !seen.has(a.id) && seen.add(a.id));
});

describe('timeline properties', () => {
  it('appending keeps every activity and the time order', () => {
    fc.assert(
      fc.property(timeline, activitiesArb(id), (existing, extra) => {
        let t: readonly Activity[] = [...existing].sort((a, b) => a.at - b.at);
        const added = extra.filter((a) => !t.some((b) => b.id === a.id));
        for (const a of added) t = appendActivity(t, a);
        expect(t).toHaveLength(existing.length + added.length);
        for (let i = 1; i < t.length; i++) expect((t[i - 1] as Activity).at).toBeLessThanOrEqual((t[i] as Activity).at);
      }),
    );
  });

  it('oldest-first is newest-first reversed (for distinct times) and filters never add activities', () => {
    fc.assert(
      fc.property(timeline, fc.integer({ min: 0, max: 5 }), (activities, limit) => {
        const distinct = new Set(activities.map((a) => a.at)).size === activities.length;
        const newest = customerTimeline(activities);
        if (distinct) expect(customerTimeline(activities, { order: 'oldest' })).toEqual([...newest].reverse());
        expect(customerTimeline(activities, { limit }).length).toBe(Math.min(limit, activities.length));
      }),
    );
  });

  it('a follow-up is due exactly when its time has come and nothing completed it', () => {
    fc.assert(
      fc.property(timeline, fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }), (activities, now) => {
        const withFollowUps = activities.map((a, i) => (i % 2 === 0 ? { ...a, followUpAt: a.at + 1000 } : a));
        const due = dueFollowUps(withFollowUps, now);
        for (const d of due) expect(d.dueAt).toBeLessThanOrEqual(now);
        expect(due.length).toBe(
          withFollowUps.filter((a) => a.followUpAt !== undefined && a.at <= now && a.followUpAt <= now).length,
        );
      }),
    );
  });
});
