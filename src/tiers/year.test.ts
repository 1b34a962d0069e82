// A full Jalali year (1403, a leap year ending on 30 Esfand) of a Silver member in Tehran time.
import { describe, expect, it } from 'vitest';
import { fromJalali } from '../calendar/index.js';
import { jd, RED_SILVER_GOLD as ladder, points, purchase, tehran } from './fixtures.test-util.js';
import { createTierEvaluator, type TierEvent, type TierMember, tierHistory, tierOnDate } from './index.js';

// 00:15 on the 1st of every month of 1403 in Tehran (1 Farvardin 1403 00:15 = 2024-03-19T20:45Z)
const monthly: TierEvent[] = Array.from({ length: 12 }, (_, i) =>
  purchase(`m${i + 1}`, fromJalali({ year: 1403, month: i + 1, day: 1, hour: 0, minute: 15 }), '50000000', 100),
);
// Silver since 1402/10/01 (1,000 qualifying points), so Silver runs through the end of 1403
const member: TierMember = { joinedOn: jd(1402, 9, 1), events: [points(tehran(1402, 10, 1), 1000), ...monthly] };
const evaluate = createTierEvaluator(ladder);

describe('a Silver member through 1403 in Asia/Tehran', () => {
  it('starts 1403 as Silver, guaranteed through the last day of 1403 (30 Esfand)', () => {
    const e = evaluate(member, tehran(1403, 1, 1, 0));
    expect(fromJalali({ year: 1403, month: 1, day: 1, hour: 0, minute: 15 }).toISOString()).toBe(
      '2024-03-19T20:45:00.000Z',
    );
    expect(e.current).toMatchObject({ id: 'silver', since: jd(1402, 10, 1), validThrough: jd(1403, 12, 30) });
    expect(e.window.start).toEqual(jd(1403, 1, 1));
    expect(e.keep).toMatchObject({ by: jd(1403, 12, 30), windowStart: jd(1403, 1, 1), met: false });
  });

  it('the 00:15 purchase on 1 Farvardin counts for 1403 in Tehran but for 1402 in UTC', () => {
    const at = new Date('2024-03-19T21:00:00Z'); // 00:30 on 1403/01/01 in Tehran, still 1402/12/29 in UTC
    expect(evaluate(member, at).window).toMatchObject({ start: jd(1403, 1, 1), metrics: { qualifyingPoints: '100' } });
    const utc = createTierEvaluator(ladder, { timeZone: 'UTC' })(member, at);
    expect(utc.asOf).toEqual(jd(1402, 12, 29));
    expect(utc.window).toMatchObject({ start: jd(1402, 1, 1), metrics: { qualifyingPoints: '1100' } });
  });

  it('shows progress toward keeping Silver during the year', () => {
    const e = evaluate(member, tehran(1403, 4, 1, 12));
    expect(e.keep?.metrics).toEqual([
      { metric: 'qualifyingPoints', required: '800', current: '400', remaining: '400', percent: 50 },
      { metric: 'spendRial', required: '400000000', current: '200000000', remaining: '200000000', percent: 50 },
    ]);
    expect(e.projectedDowngrade).toMatchObject({ on: jd(1404, 2, 1), to: { id: 'red' } });
  });

  it('the eighth monthly purchase (1 Aban) meets retention and extends Silver through 1404', () => {
    const before = evaluate(member, tehran(1403, 7, 30));
    expect(before.current.validThrough).toEqual(jd(1403, 12, 30));
    const after = evaluate(member, tehran(1403, 8, 1));
    expect(after.current).toMatchObject({ id: 'silver', since: jd(1402, 10, 1), validThrough: jd(1404, 12, 29) });
    expect(after.keep).toMatchObject({ windowStart: jd(1404, 1, 1), by: jd(1404, 12, 29), percent: 0 });
  });

  it('ends 1403 as Silver with 1,200 points; Gold needs 3,800 more by 30 Esfand', () => {
    const last = new Date('2025-03-20T20:29:59.999Z'); // 23:59:59.999 on 1403/12/30 in Tehran
    const e = evaluate(member, last);
    expect(e.asOf).toEqual(jd(1403, 12, 30));
    expect(e.window.metrics).toEqual({
      qualifyingPoints: '1200',
      spendRial: '600000000',
      purchases: '12',
      visits: '0',
    });
    expect(e.next?.requirement).toMatchObject({ by: jd(1403, 12, 30), percent: 30 });
    expect(e.next?.requirement.metrics[0]?.remaining).toBe('3800');
    const nowruz = evaluate(member, new Date('2025-03-20T20:30:00Z'));
    expect(nowruz.asOf).toEqual(jd(1404, 1, 1));
    expect(nowruz.window.metrics.qualifyingPoints).toBe('0');
    expect(nowruz.current.id).toBe('silver');
  });

  it('history: Red, then Silver from 1402/10/01 until the drop after 1404 and its grace month', () => {
    const history = tierHistory(ladder, member);
    expect(history.map((s) => [s.tier.id, s.from, s.through, s.reason])).toEqual([
      ['red', null, jd(1402, 9, 30), 'start'],
      ['silver', jd(1402, 10, 1), jd(1405, 1, 31), 'upgrade'],
      ['red', jd(1405, 2, 1), null, 'softLanding'],
    ]);
    expect(tierOnDate(history, jd(1403, 6, 31))?.tier.id).toBe('silver');
    expect(tierOnDate(history, jd(1402, 1, 1))?.tier.id).toBe('red');
    expect(tierOnDate(history, jd(1410, 1, 1))?.tier.id).toBe('red');
    expect(tierOnDate([], jd(1403, 1, 1))).toBeUndefined();
  });
});
