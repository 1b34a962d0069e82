import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { compileSegment, explainSegment, type SegmentCatalog, type SegmentRuleInput } from './index.js';
import { BENCH_CATALOG, BENCH_NOW, BENCH_RULE, benchData, handWritten } from './segBench.test-util.js';

const DAY = 86_400_000;

describe('compileSegment on the benchmark rule and data of seg-bench.mjs (segmentation.md §9)', () => {
  it('matches exactly 53,208 of 1,000,000 records, like every evaluator in the reference runs', () => {
    const data = benchData(1_000_000);
    const exact = compileSegment(BENCH_RULE, { catalog: BENCH_CATALOG, now: BENCH_NOW });
    const search = compileSegment(BENCH_RULE, {
      catalog: { ...BENCH_CATALOG, city: { type: 'string' }, gender: { type: 'string' }, tags: { type: 'string[]' } },
      now: BENCH_NOW,
    });
    let a = 0;
    let b = 0;
    let h = 0;
    for (const r of data) {
      if (exact(r)) a++;
      if (search(r)) b++;
      if (handWritten(r)) h++;
    }
    expect([a, b, h]).toEqual([53_208, 53_208, 53_208]);
  });
});

const catalog: SegmentCatalog = {
  age: { type: 'number' },
  city: { type: 'string' },
  code: { type: 'string', text: 'exact' },
  vip: { type: 'boolean' },
  lastPurchaseAt: { type: 'instant' },
  birthDate: { type: 'date' },
  tags: { type: 'string[]' },
  nested: { type: 'number', get: (r: { profile?: { score?: unknown } }) => r.profile?.score },
};
const one = (field: string, operator: string, value?: unknown): SegmentRuleInput => ({
  combinator: 'and',
  rules: [{ field, operator, value }],
});
// 2025-06-01T00:00Z = 1404/3/11 03:30 in Tehran
const now = Date.UTC(2025, 5, 1);
const test = (rule: SegmentRuleInput, record: object, timeZone?: string) =>
  compileSegment(rule, { catalog, now, ...(timeZone === undefined ? {} : { timeZone }) })(
    record as Record<string, unknown>,
  );

describe('compileSegment semantics', () => {
  it('unknown values (missing, null, wrong type, NaN) match nothing but null, negative operators included', () => {
    for (const age of [undefined, null, '30', Number.NaN]) {
      for (const [op, v] of [
        ['=', 30],
        ['!=', 30],
        ['<', 99],
        ['notIn', [1]],
        ['notBetween', [1, 2]],
      ] as const) {
        expect(test(one('age', op, v), { age })).toBe(false);
      }
    }
    expect(test(one('age', 'null'), {})).toBe(true);
    expect(test(one('age', 'null'), { age: null })).toBe(true);
    expect(test(one('age', 'notNull'), { age: 0 })).toBe(true);
    expect(test(one('city', 'doesNotContain', 'x'), { city: null })).toBe(false);
    expect(test(one('tags', 'hasNone', ['vip']), { tags: null })).toBe(false);
    expect(test(one('tags', 'hasNone', ['vip']), { tags: [] })).toBe(true);
    // `not` on a group negates the group's (two-valued) result, so it includes unknowns
    expect(test({ combinator: 'and', not: true, rules: [{ field: 'age', operator: '>', value: 5 }] }, {})).toBe(true);
  });

  it('compares text Persian-normalised (search) or exactly; LIKE wildcards are plain characters', () => {
    expect(test(one('city', '=', 'تهران'), { city: ' تهران\u200c ' })).toBe(true);
    expect(test(one('city', 'in', 'كرج, شيراز'), { city: 'کرج' })).toBe(true);
    expect(test(one('city', 'contains', 'TEH'), { city: 'Tehran' })).toBe(true);
    expect(test(one('city', 'beginsWith', 'مي رو'), { city: 'می‌روم' })).toBe(true);
    expect(test(one('code', '=', 'f'), { code: 'F' })).toBe(false);
    expect(test(one('code', 'contains', '%'), { code: 'abc' })).toBe(false);
    expect(test(one('code', 'endsWith', '_x'), { code: 'a_x' })).toBe(true);
    expect(test(one('tags', 'contains', 'VIP'), { tags: ['b2b', 'vip'] })).toBe(true);
    expect(test(one('tags', 'hasAll', ['vip', 'مشتري']), { tags: ['vip', 'مشتری'] })).toBe(true);
  });

  it('resolves relative times once from `now`: days are 24 h for instants, civil days for dates; months are Jalali', () => {
    const within = one('lastPurchaseAt', 'withinLast', { amount: 90, unit: 'day' });
    expect(test(within, { lastPurchaseAt: now - 90 * DAY })).toBe(true);
    expect(test(within, { lastPurchaseAt: now - 90 * DAY - 1 })).toBe(false);
    expect(test(within, { lastPurchaseAt: new Date(now - DAY) })).toBe(true);
    expect(test(within, { lastPurchaseAt: now + 1 })).toBe(false); // the future is not "within the last"
    expect(test(one('lastPurchaseAt', 'notWithinLast', { amount: 90, unit: 'day' }), { lastPurchaseAt: now + 1 })).toBe(
      true,
    );
    // one Jalali month before 1404/3/11 03:30 Tehran is 1404/2/11 03:30 = 2025-05-01T00:00Z
    const month = one('lastPurchaseAt', 'withinLast', { amount: 1, unit: 'month' });
    expect(test(month, { lastPurchaseAt: Date.UTC(2025, 4, 1) })).toBe(true);
    expect(test(month, { lastPurchaseAt: Date.UTC(2025, 4, 1) - 1 })).toBe(false);
    // one Jalali year before is 1403/3/11 03:30 Tehran = 2024-05-31T00:00Z
    const year = one('lastPurchaseAt', 'olderThan', { amount: 1, unit: 'year' });
    expect(test(year, { lastPurchaseAt: Date.UTC(2024, 4, 31) - 1 })).toBe(true);
    expect(test(year, { lastPurchaseAt: Date.UTC(2024, 4, 31) })).toBe(false);
    // a date field counts civil days in the zone: today is 1404/3/11 (2025-06-01) in Tehran
    const lastWeek = one('birthDate', 'withinLast', { amount: 7, unit: 'day' });
    expect(test(lastWeek, { birthDate: '2025-05-25' })).toBe(true);
    expect(test(lastWeek, { birthDate: '2025-05-24' })).toBe(false);
    expect(test(lastWeek, { birthDate: '2025-06-01' }, 'America/New_York')).toBe(false); // still May 31 there
  });

  it('resolves Jalali months and birthdays in the zone (30 Esfand birthdays fall on 29 Esfand in common years)', () => {
    // 1370/3/20 = 1991-06-10; current Jalali month at `now` is 3 (Khordad)
    expect(test(one('birthDate', 'jalaliMonthIs', 'current'), { birthDate: '1991-06-10' })).toBe(true);
    expect(test(one('birthDate', 'jalaliMonthIs', 'next'), { birthDate: '1991-06-10' })).toBe(false);
    expect(test(one('lastPurchaseAt', 'jalaliMonthIs', [1]), { lastPurchaseAt: Date.UTC(2025, 2, 20, 21) })).toBe(true); // 1404/1/1 01:30 Tehran
    expect(
      test(one('lastPurchaseAt', 'jalaliMonthIs', [1]), { lastPurchaseAt: Date.UTC(2025, 2, 20, 21) }, 'UTC'),
    ).toBe(false); // 1403/12/30 in UTC
    const birthday = (birthDate: string, at: number, days: number) =>
      compileSegment(one('birthDate', 'birthdayWithinNext', days), { catalog, now: at })({ birthDate });
    // 1375/12/30 (1997-03-20) was a leap day; 1403 is leap (30 Esfand = 2025-03-20), 1404 is not (29 Esfand = 2026-03-20)
    expect(birthday('1997-03-20', Date.UTC(2025, 2, 19, 12), 1)).toBe(true);
    expect(birthday('1997-03-20', Date.UTC(2026, 2, 19, 12), 1)).toBe(true);
    expect(birthday('1997-03-20', Date.UTC(2026, 2, 19, 12), 0)).toBe(false);
    expect(birthday('1990-03-21', Date.UTC(2025, 2, 15, 12), 5)).toBe(false); // Nowruz is 6 days away
    expect(birthday('1990-03-21', Date.UTC(2025, 2, 15, 12), 6)).toBe(true);
  });

  it('reads through a `get` accessor and accepts Date instants', () => {
    expect(test(one('nested', '>', 10), { profile: { score: 11 } })).toBe(true);
    expect(test(one('nested', '>', 10), {})).toBe(false);
    expect(test(one('lastPurchaseAt', '>=', '2025-05-01'), { lastPurchaseAt: new Date('2025-04-30T21:00:00Z') })).toBe(
      true,
    );
    expect(test(one('lastPurchaseAt', '>=', '2025-05-01'), { lastPurchaseAt: new Date('2025-04-30T20:29:59Z') })).toBe(
      false,
    );
  });

  it('fails closed: invalid rules throw INVALID_RULE with the issue path; relative rules need `now`', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return isMoshtariError(error) ? [error.code, error.path] : error;
      }
      return 'no error';
    };
    expect(codeOf(() => compileSegment({ combinator: 'and', rules: [] }, { catalog }))).toEqual([
      'INVALID_RULE',
      '$.rules',
    ]);
    expect(codeOf(() => compileSegment(one('age', 'in', ''), { catalog }))).toEqual([
      'INVALID_RULE',
      '$.rules[0].value',
    ]);
    expect(
      codeOf(() => compileSegment(one('lastPurchaseAt', 'withinLast', { amount: 1, unit: 'day' }), { catalog })),
    ).toEqual(['INVALID_OPTION', 'options.now']);
    expect(codeOf(() => compileSegment(one('age', '>', 1), { catalog, now: Number.NaN }))).toEqual([
      'INVALID_OPTION',
      'options.now',
    ]);
  });
});

describe('explainSegment', () => {
  it('shows every condition with its actual value, resolved operand and result', () => {
    const rule: SegmentRuleInput = {
      combinator: 'or',
      rules: [
        { field: 'age', operator: 'between', value: '25,40' },
        { field: 'lastPurchaseAt', operator: 'withinLast', value: { amount: 90, unit: 'day' } },
      ],
    };
    const why = explainSegment(rule, { age: 41, lastPurchaseAt: now - DAY }, { catalog, now });
    expect(why).toEqual({
      kind: 'group',
      path: '$',
      combinator: 'or',
      not: false,
      result: true,
      rules: [
        {
          kind: 'condition',
          path: '$.rules[0]',
          field: 'age',
          operator: 'between',
          value: [25, 40],
          actual: 41,
          result: false,
        },
        {
          kind: 'condition',
          path: '$.rules[1]',
          field: 'lastPurchaseAt',
          operator: 'withinLast',
          value: { amount: 90, unit: 'day' },
          actual: now - DAY,
          result: true,
          resolved: '2025-03-03T00:00:00.000Z … 2025-06-01T00:00:00.000Z',
        },
      ],
    });
  });
});

describe('no eval anywhere in the module (it must run under a browser CSP)', () => {
  it('has no eval, new Function or Function constructor in its source', () => {
    const dir = new URL('.', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !/\.test/.test(f))) {
      const source = readFileSync(new URL(file, dir), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
        .join('\n');
      expect(source, file).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(/);
    }
  });
});
