import * as z from 'zod';
import { isValidJalaliDate, WEEKDAYS } from '../calendar/index.js';
import { ROUNDING_MODES } from '../core/index.js';
import type { LedgerEvent } from './ledgerEvent.js';
import type { LoyaltyProgram } from './programTypes.js';

const DECIMAL = /^\d+(?:\.\d+)?$/;
const INTEGER = /^\d+$/;

function parts() {
  const decimal = z.string().regex(DECIMAL, 'expected a non-negative decimal string such as "1.5"');
  const share = decimal.refine((s) => Number(s) <= 1, 'expected a share in [0, 1]');
  const amount = z.string().regex(INTEGER, 'expected an integer string such as "100000"');
  const positiveAmount = amount.refine((s) => /[1-9]/.test(s), 'must be positive');
  const points = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
  const positive = points.min(1);
  const id = z.string().min(1);
  const date = z
    .strictObject({ year: z.number().int(), month: z.number().int(), day: z.number().int() })
    .refine(isValidJalaliDate, 'expected a valid Jalali date');
  const count = z.number().int().min(0);
  const expiry = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('never') }),
    z.strictObject({
      kind: z.literal('rolling'),
      count,
      unit: z.enum(['day', 'month', 'year']),
      endOf: z.enum(['instant', 'day', 'week', 'month', 'season', 'half', 'year']).optional(),
    }),
    z.strictObject({
      kind: z.literal('endOfPeriod'),
      unit: z.enum(['month', 'season', 'half', 'year', 'fiscalYear']),
      offset: count.optional(),
      fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
    }),
    z.strictObject({
      kind: z.literal('fixedDates'),
      dates: z
        .array(z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }))
        .min(1),
    }),
    z.strictObject({ kind: z.literal('until'), date }),
  ]);
  return { decimal, share, amount, positiveAmount, points, positive, id, date, expiry };
}

function earnSchema(p: ReturnType<typeof parts>) {
  const rate = z.strictObject({ amount: p.positiveAmount, points: p.decimal });
  const names = z.array(p.id).optional();
  const promotion = z.strictObject({
    id: p.id,
    multiplier: p.decimal.optional(),
    bonusPoints: p.points.optional(),
    from: p.date.optional(),
    to: p.date.optional(),
    weekdays: z.array(z.enum(WEEKDAYS as unknown as [string, ...string[]])).optional(),
    hours: z
      .strictObject({
        from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
        to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      })
      .optional(),
    categories: names,
    channels: names,
  });
  return z
    .strictObject({
      rate,
      mode: z.enum(['proportional', 'step']).optional(),
      rounding: z.enum(ROUNDING_MODES as unknown as [string, ...string[]]).optional(),
      granularity: z.enum(['transaction', 'line']).optional(),
      carryForward: z.boolean().optional(),
      categoryRates: z.record(z.string(), rate).optional(),
      channelRates: z.record(z.string(), rate).optional(),
      exclude: z.strictObject({ categories: names, skus: names, channels: names }).optional(),
      minimumPurchase: p.amount.optional(),
      caps: z
        .strictObject({
          perTransaction: p.points.optional(),
          perDay: p.points.optional(),
          perMonth: p.points.optional(),
          perYear: p.points.optional(),
        })
        .optional(),
      promotions: z.array(promotion).optional(),
      promotionStacking: z.enum(['max', 'add', 'multiply']).optional(),
    })
    .refine((e) => !(e.carryForward === true && e.granularity === 'line'), {
      message: 'carryForward needs granularity "transaction"',
      path: ['carryForward'],
    });
}

/**
 * A zod schema for a {@link LoyaltyProgram} as JSON (strict: unknown keys are errors, so a typo such
 * as `carryforward` does not silently do nothing). Amounts are integer strings in the program unit,
 * rates and multipliers decimal strings, points safe integers, dates valid Jalali dates.
 *
 * @returns a zod schema whose output is a `LoyaltyProgram`
 * @example
 * ```ts
 * const r = loyaltyProgramSchema().safeParse({ unit: 'toman', earn: { rate: { amount: '10000', points: '1' } } });
 * r.success; // true
 * loyaltyProgramSchema().safeParse({ earn: { rate: { amount: 10000, points: 1 } } }).success; // false (numbers, not strings)
 * ```
 * @category Loyalty
 */
export function loyaltyProgramSchema(): z.ZodType<LoyaltyProgram> {
  const p = parts();
  const bonus = z.strictObject({
    id: p.id,
    kind: z.enum(['signup', 'birthday', 'referral', 'profileCompletion', 'review', 'campaign', 'custom']),
    points: p.positive,
    limit: z.strictObject({ count: p.positive, per: z.enum(['lifetime', 'day', 'month', 'year']) }).optional(),
    from: p.date.optional(),
    to: p.date.optional(),
    expiry: p.expiry.optional(),
    tierMultiplier: z.boolean().optional(),
  });
  const progress = z
    .strictObject({
      id: p.id,
      kind: z.enum(['spend', 'stamp']),
      every: z.union([p.positiveAmount, p.positive]),
      reward: p.id,
      categories: z.array(p.id).optional(),
      skus: z.array(p.id).optional(),
    })
    .refine((r) => (r.kind === 'spend' ? typeof r.every === 'string' : typeof r.every === 'number'), {
      message: 'every: an amount string for spend, a number of units for stamp',
      path: ['every'],
    });
  const ledger = z.strictObject({
    expiry: p.expiry.optional(),
    inactivity: z.strictObject({ count: p.positive, unit: z.enum(['day', 'month', 'year']) }).optional(),
    negativeBalance: z.enum(['allow', 'clamp', 'clawback']).optional(),
    pendingQualifies: z.boolean().optional(),
    timeZone: z.string().min(1).optional(),
  });
  const item = z.strictObject({
    id: p.id,
    name: z.string().optional(),
    points: p.points,
    tierPrices: z.record(z.string(), p.points.nullable()).optional(),
  });
  const redemption = z.strictObject({
    ratio: z.strictObject({ points: p.positive, amount: p.positiveAmount }),
    rounding: z.enum(ROUNDING_MODES as unknown as [string, ...string[]]).optional(),
    minimumPoints: p.points.optional(),
    step: p.positive.optional(),
    maximumPoints: p.points.optional(),
    maxCartShare: p.share.optional(),
    catalog: z.array(item).optional(),
  });
  const program = z.strictObject({
    id: z.string().optional(),
    unit: z.enum(['rial', 'toman']).optional(),
    timeZone: z.string().min(1).optional(),
    earn: earnSchema(p),
    bonuses: z.array(bonus).optional(),
    progressRewards: z.array(progress).optional(),
    ledger: ledger.optional(),
    redemption: redemption.optional(),
  });
  // zod infers optional keys as `T | undefined`; parsed output never contains explicit undefined keys.
  return program as unknown as z.ZodType<LoyaltyProgram>;
}

/**
 * A zod schema for a {@link LedgerEvent} read from storage or the wire: `at` (and `expiresAt`,
 * `activatesAt`) as epoch milliseconds or an ISO 8601 date-time string, turned into epoch milliseconds.
 * Unknown kinds, negative or fractional points fail validation.
 *
 * @returns a zod schema whose output is a `LedgerEvent`
 * @example
 * ```ts
 * ledgerEventSchema().parse({ kind: 'earn', id: 'e1', at: '2025-01-05T09:30:00Z', points: 120 });
 * // { kind: 'earn', id: 'e1', at: 1736069400000, points: 120 }
 * ```
 * @category Loyalty
 */
export function ledgerEventSchema(): z.ZodType<LedgerEvent> {
  const p = parts();
  const instant = z.union([z.number().finite(), z.iso.datetime({ offset: true }).transform((s) => Date.parse(s))]);
  const base = {
    id: p.id,
    at: instant,
    expectedRevision: p.points.optional(),
    reason: z.string().optional(),
    actor: z.string().optional(),
  };
  const source = z.strictObject({ type: p.id, id: p.id, rule: p.id.optional() });
  const origin = z.enum(['sale', 'nonSale', 'purchase', 'transferIn']);
  const credit = {
    lotId: p.id.optional(),
    source: source.optional(),
    expiry: p.expiry.optional(),
    expiresAt: instant.optional(),
    origin: origin.optional(),
    qualifying: z.boolean().optional(),
  };
  const event = z.discriminatedUnion('kind', [
    z.strictObject({
      ...base,
      ...credit,
      kind: z.enum(['earn', 'pendingEarn']),
      points: p.positive,
      lines: z.array(z.strictObject({ lineId: p.id, points: p.points, quantity: p.positive.optional() })).optional(),
      activatesAt: instant.optional(),
    }),
    z.strictObject({ ...base, kind: z.literal('activate'), lotId: p.id }),
    z.strictObject({ ...base, kind: z.literal('redeem'), points: p.positive, reference: p.id.optional() }),
    z.strictObject({
      ...base,
      kind: z.literal('reverse'),
      lotId: p.id,
      lines: z
        .array(z.strictObject({ lineId: p.id, quantity: p.positive.optional() }))
        .min(1)
        .optional(),
      points: p.positive.optional(),
    }),
    z.strictObject({ ...base, kind: z.literal('expire'), lotId: p.id, points: p.positive.optional() }),
    z.strictObject({
      ...base,
      ...credit,
      kind: z.literal('adjust'),
      points: z
        .number()
        .int()
        .refine((n) => n !== 0 && Number.isSafeInteger(n), 'expected a non-zero whole number'),
    }),
    z.strictObject({ ...base, kind: z.literal('cancelRedemption'), redemptionId: p.id, points: p.positive.optional() }),
  ]);
  return event as unknown as z.ZodType<LedgerEvent>;
}
