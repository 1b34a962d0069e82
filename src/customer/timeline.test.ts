import { describe, expect, it } from 'vitest';
import {
  type Activity,
  appendActivity,
  type Customer,
  type CustomerId,
  customerAgeGroup,
  customerId,
  customerTimeline,
  dueFollowUps,
  exportCustomer,
  hasMarketingConsent,
  SENSITIVE_CUSTOMER_FIELDS,
} from './index.js';

const HOUR = 3_600_000;
const t0 = Date.UTC(2025, 2, 20, 8);
const c1 = 'c-1' as CustomerId;
const c2 = 'c-2' as CustomerId;
const activities: readonly Activity[] = [
  {
    kind: 'call',
    id: 'a1',
    customerId: c1,
    at: t0,
    author: 'sara',
    direction: 'outbound',
    text: 'پيگيري سفارش',
    followUpAt: t0 + 24 * HOUR,
  },
  { kind: 'note', id: 'a2', customerId: c1, at: t0 + HOUR, author: 'reza', text: 'مشتری ویژه' },
  {
    kind: 'sms',
    id: 'a3',
    customerId: c2,
    at: t0 + HOUR,
    author: 'system',
    direction: 'outbound',
    followUpAt: t0 + 2 * HOUR,
  },
  {
    kind: 'purchase',
    id: 'a4',
    customerId: c1,
    at: t0 + 3 * HOUR,
    author: 'pos',
    amount: { amount: '1250000', currency: 'IRR' },
  },
  {
    kind: 'call',
    id: 'a5',
    customerId: c2,
    at: t0 + 5 * HOUR,
    author: 'sara',
    direction: 'outbound',
    followUpOf: 'a3',
  },
];

describe('customerTimeline', () => {
  it('sorts newest first by default; equal times keep input order', () => {
    expect(customerTimeline(activities).map((a) => a.id)).toEqual(['a5', 'a4', 'a2', 'a3', 'a1']);
    expect(customerTimeline(activities, { order: 'oldest' }).map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
  });

  it('filters by customer, kind, period, author, text and follow-up, with a limit', () => {
    const ids = (f: Parameters<typeof customerTimeline>[1]) => customerTimeline(activities, f).map((a) => a.id);
    expect(ids({ customerIds: [c1] })).toEqual(['a4', 'a2', 'a1']);
    expect(ids({ kinds: ['call', 'sms'] })).toEqual(['a5', 'a3', 'a1']);
    expect(ids({ from: t0 + HOUR, to: t0 + 5 * HOUR })).toEqual(['a4', 'a2', 'a3']);
    expect(ids({ author: 'sara', limit: 1 })).toEqual(['a5']);
    expect(ids({ text: 'پیگیری' })).toEqual(['a1']); // ي and ی match
    expect(ids({ withFollowUp: true })).toEqual(['a3', 'a1']);
  });

  it('refuses bad arguments', () => {
    expect(() => customerTimeline(activities, { limit: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
    expect(() => customerTimeline(activities, { from: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT' }),
    );
    expect(() => customerTimeline({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('appendActivity', () => {
  it('inserts by time after equal times, without touching the input', () => {
    const note: Activity = { kind: 'note', id: 'a6', customerId: c1, at: t0 + HOUR, author: 'sara' };
    const next = appendActivity(customerTimeline(activities, { order: 'oldest' }), note);
    expect(next.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a6', 'a4', 'a5']);
    expect(activities).toHaveLength(5);
  });

  it('refuses a repeated id', () => {
    expect(() => appendActivity(activities, activities[0] as Activity)).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_ID', path: 'activity.id' }),
    );
  });
});

describe('dueFollowUps', () => {
  it('lists follow-ups due and not completed, most overdue first', () => {
    const now = t0 + 30 * HOUR;
    expect(dueFollowUps(activities, now)).toEqual([
      { activity: activities[0], dueAt: t0 + 24 * HOUR, overdueMs: 6 * HOUR },
    ]);
    // before a5 completed it, a3's follow-up was due too
    expect(dueFollowUps(activities, t0 + 4 * HOUR).map((f) => f.activity.id)).toEqual(['a3']);
    expect(
      dueFollowUps(activities, t0 + 4 * HOUR, { within: 24 * HOUR }).map((f) => [f.activity.id, f.overdueMs]),
    ).toEqual([
      ['a3', 2 * HOUR],
      ['a1', -20 * HOUR],
    ]);
  });
});

describe('consent, export, age group, id', () => {
  const customer: Customer = {
    kind: 'person',
    id: c1,
    name: { first: 'مریم' },
    birthDate: { year: 1370, month: 12, day: 30 },
    profile: { religion: 'islamShia', ethnicity: 'azeri', householdSize: 3 },
    contact: {
      consents: [
        { channel: 'sms', granted: true, at: t0, source: 'in store' },
        { channel: 'sms', granted: false, at: t0 + 10 * HOUR, source: 'SMS keyword لغو' },
        { channel: 'email', granted: true, at: t0, source: 'web form' },
      ],
    },
  };

  it('hasMarketingConsent follows the latest record per channel', () => {
    expect(hasMarketingConsent(customer, 'sms', t0 + HOUR)).toBe(true);
    expect(hasMarketingConsent(customer, 'sms', t0 + 11 * HOUR)).toBe(false);
    expect(hasMarketingConsent(customer, 'sms', t0 - HOUR)).toBe(false);
    expect(hasMarketingConsent(customer, 'call', t0 + HOUR)).toBe(false);
  });

  it('exportCustomer leaves sensitive fields out unless asked', () => {
    expect(SENSITIVE_CUSTOMER_FIELDS).toEqual(['profile.religion', 'profile.ethnicity']);
    expect(exportCustomer(customer).profile).toEqual({ householdSize: 3 });
    expect(exportCustomer(customer, { includeSensitive: true })).toBe(customer);
    expect(customer.profile?.religion).toBe('islamShia');
  });

  it('customerAgeGroup derives the band from the Jalali birth date', () => {
    expect(customerAgeGroup(customer, { year: 1404, month: 12, day: 28 })).toEqual({
      label: '25–34',
      min: 25,
      max: 34,
      age: 33,
    });
    expect(customerAgeGroup(customer, { year: 1404, month: 12, day: 29 })?.age).toBe(34); // born 30 Esfand, 1404 is a common year
    expect(customerAgeGroup(customer, { year: 1440, month: 1, day: 1 })).toEqual({ label: '65+', min: 65, age: 69 });
    expect(customerAgeGroup(customer, { year: 1404, month: 1, day: 1 }, { bandStarts: [0, 30] })?.label).toBe('30+');
    expect(customerAgeGroup(customer, { year: 1360, month: 1, day: 1 })).toBeUndefined();
    expect(
      customerAgeGroup({ kind: 'organization', id: c2, name: 'x' }, { year: 1404, month: 1, day: 1 }),
    ).toBeUndefined();
    expect(() => customerAgeGroup(customer, { year: 1404, month: 1, day: 1 }, { bandStarts: [10, 20] })).toThrow(
      expect.objectContaining({ code: 'INVALID_POLICY' }),
    );
  });

  it('customerId trims and refuses empty ids', () => {
    expect(customerId(' c-9 ')).toBe('c-9');
    expect(() => customerId(' ')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
