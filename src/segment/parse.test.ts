import { parseSQL } from '@react-querybuilder/core/parseSQL';
import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { parseSegmentRule, type SegmentCatalog, type SegmentRuleError } from './index.js';

const catalog: SegmentCatalog = {
  age: { type: 'number' },
  city: { type: 'string' },
  gender: { type: 'string', text: 'exact' },
  name: { type: 'string' },
  vip: { type: 'boolean' },
  lastPurchaseAt: { type: 'instant' },
  birthDate: { type: 'date' },
  tags: { type: 'string[]', text: 'exact' },
};

function issues(rule: unknown): readonly { code: string; path: string }[] {
  const r = parseSegmentRule(rule, catalog);
  if (r.ok) throw new Error('expected the rule to be rejected');
  return r.error.issues.map(({ code, path }) => ({ code, path }));
}

const one = (rule: object) => ({ combinator: 'and', rules: [rule] });

describe('parseSegmentRule: react-querybuilder JSON as is', () => {
  it('accepts the output of RQB parseSQL (comma-separated lists, not on a group) and normalises it', () => {
    const rqb = parseSQL(
      "age between 25 and 40 and city in ('Tehran','Isfahan') and not (gender = 'M' or name like '%علي%')",
    );
    const r = parseSegmentRule(rqb, catalog);
    expect(r).toEqual({
      ok: true,
      value: {
        combinator: 'and',
        not: false,
        rules: [
          { field: 'age', operator: 'between', value: [25, 40] },
          { field: 'city', operator: 'in', value: ['tehran', 'isfahan'] },
          {
            combinator: 'or',
            not: true,
            rules: [
              { field: 'gender', operator: '=', value: 'M' },
              { field: 'name', operator: 'contains', value: 'علی' },
            ],
          },
        ],
      },
    });
    // a validated rule is valid input and parses to itself
    if (r.ok) expect(parseSegmentRule(r.value, catalog)).toEqual(r);
  });

  it('accepts JSON text, RQB ids and paths, numeric strings with Persian digits, boolean strings', () => {
    const text = JSON.stringify({
      id: 'root',
      combinator: 'AND',
      rules: [
        { id: 'r1', path: [0], field: 'age', operator: '>=', value: '۱۸', valueSource: 'value' },
        { id: 'r2', field: 'vip', operator: '=', value: 'true' },
        { id: 'r3', field: 'tags', operator: 'hasAny', value: 'vip, b2b\\,x' },
      ],
    });
    expect(parseSegmentRule(text, catalog)).toEqual({
      ok: true,
      value: {
        combinator: 'and',
        not: false,
        rules: [
          { field: 'age', operator: '>=', value: 18 },
          { field: 'vip', operator: '=', value: true },
          { field: 'tags', operator: 'hasAny', value: ['vip', 'b2b,x'] },
        ],
      },
    });
  });

  it('skips muted rules as RQB exporters do, but an all-muted group fails closed', () => {
    const r = parseSegmentRule(
      {
        combinator: 'or',
        rules: [{ field: 'age', operator: '<', value: 3, muted: true }, one({ field: 'vip', operator: 'notNull' })],
      },
      catalog,
    );
    expect(r.ok && r.value.rules).toEqual([
      { combinator: 'and', not: false, rules: [{ field: 'vip', operator: 'notNull', value: null }] },
    ]);
    expect(issues({ combinator: 'and', rules: [{ field: 'age', operator: '<', value: 3, muted: true }] })).toEqual([
      { code: 'EMPTY_GROUP', path: '$.rules' },
    ]);
  });

  it('normalises relative times, Jalali months, instants and dates', () => {
    const r = parseSegmentRule(
      {
        combinator: 'and',
        rules: [
          { field: 'lastPurchaseAt', operator: 'withinLast', value: { amount: '3', unit: 'months' } },
          { field: 'lastPurchaseAt', operator: '>=', value: '2025-03-20T20:30:00Z' },
          { field: 'lastPurchaseAt', operator: '<', value: '2025-06-01' },
          { field: 'birthDate', operator: 'jalaliMonthIs', value: '7, current' },
          { field: 'birthDate', operator: 'birthdayWithinNext', value: 7 },
        ],
      },
      catalog,
    );
    expect(r.ok && r.value.rules.map((c) => ('value' in c ? c.value : undefined))).toEqual([
      { amount: 3, unit: 'month' },
      Date.UTC(2025, 2, 20, 20, 30),
      '2025-06-01',
      [7, 'current'],
      7,
    ]);
  });
});

describe('parseSegmentRule: every malformed rule is reported with its path, none is dropped', () => {
  it.each([
    [one({ field: 'agee', operator: '=', value: 1 }), 'UNKNOWN_FIELD', '$.rules[0].field'],
    [one({ field: '__proto__', operator: '=', value: 1 }), 'UNKNOWN_FIELD', '$.rules[0].field'],
    [one({ field: 'constructor', operator: 'notNull' }), 'UNKNOWN_FIELD', '$.rules[0].field'],
    [one({ field: 'age', operator: '= 1 OR 1=1 --', value: 1 }), 'UNKNOWN_OPERATOR', '$.rules[0].operator'],
    [one({ field: 'age', operator: 'regex', value: '^(a+)+$' }), 'UNKNOWN_OPERATOR', '$.rules[0].operator'],
    [
      { combinator: 'OR 1=1 OR', rules: [{ field: 'age', operator: '=', value: 1 }] },
      'UNKNOWN_COMBINATOR',
      '$.combinator',
    ],
    [{ combinator: 'xor', rules: [{ field: 'age', operator: '=', value: 1 }] }, 'UNKNOWN_COMBINATOR', '$.combinator'],
    [one({ field: 'age', operator: 'contains', value: '1' }), 'TYPE_MISMATCH', '$.rules[0].operator'],
    [one({ field: 'city', operator: '<', value: 'x' }), 'TYPE_MISMATCH', '$.rules[0].operator'],
    [one({ field: 'age', operator: '>', value: 'ten' }), 'TYPE_MISMATCH', '$.rules[0].value'],
    [one({ field: 'city', operator: '=', value: 5 }), 'TYPE_MISMATCH', '$.rules[0].value'],
    [one({ field: 'vip', operator: '=', value: 'yes' }), 'TYPE_MISMATCH', '$.rules[0].value'],
    [one({ field: 'birthDate', operator: '=', value: '2025-02-30' }), 'TYPE_MISMATCH', '$.rules[0].value'],
    [one({ field: 'age', operator: 'in', value: [] }), 'EMPTY_LIST', '$.rules[0].value'],
    [one({ field: 'age', operator: 'in', value: ' , ' }), 'EMPTY_LIST', '$.rules[0].value'],
    [one({ field: 'age', operator: 'between', value: [25] }), 'MALFORMED_BETWEEN', '$.rules[0].value'],
    [one({ field: 'age', operator: 'between', value: '40,25' }), 'MALFORMED_BETWEEN', '$.rules[0].value'],
    [one({ field: 'age', operator: 'between', value: [1, 2, 3] }), 'MALFORMED_BETWEEN', '$.rules[0].value'],
    [one({ field: 'lastPurchaseAt', operator: 'withinLast', value: 90 }), 'BAD_RELATIVE_TIME', '$.rules[0].value'],
    [
      one({ field: 'lastPurchaseAt', operator: 'withinLast', value: { amount: -1, unit: 'day' } }),
      'BAD_RELATIVE_TIME',
      '$.rules[0].value.amount',
    ],
    [
      one({ field: 'lastPurchaseAt', operator: 'olderThan', value: { amount: 1.5, unit: 'day' } }),
      'BAD_RELATIVE_TIME',
      '$.rules[0].value.amount',
    ],
    [
      one({ field: 'lastPurchaseAt', operator: 'withinLast', value: { amount: 1, unit: 'fortnight' } }),
      'BAD_RELATIVE_TIME',
      '$.rules[0].value.unit',
    ],
    [one({ field: 'birthDate', operator: 'jalaliMonthIs', value: 13 }), 'INVALID_VALUE', '$.rules[0].value[0]'],
    [one({ field: 'birthDate', operator: 'birthdayWithinNext', value: 400 }), 'INVALID_VALUE', '$.rules[0].value'],
    [one({ field: 'city', operator: 'contains', value: '   ' }), 'INVALID_VALUE', '$.rules[0].value'],
    [one({ field: 'city', operator: '=', value: 'a\u0000b' }), 'INVALID_VALUE', '$.rules[0].value'],
    [
      one({ field: 'age', operator: '=', value: 'age', valueSource: 'field' }),
      'INVALID_VALUE',
      '$.rules[0].valueSource',
    ],
    [{ combinator: 'and', rules: [] }, 'EMPTY_GROUP', '$.rules'],
    [{ combinator: 'and', not: 'yes', rules: [{ field: 'age', operator: 'notNull' }] }, 'MALFORMED_RULE', '$.not'],
    [
      {
        combinator: 'and',
        rules: [{ field: 'age', operator: 'notNull' }, 'and', { field: 'vip', operator: 'notNull' }],
      },
      'MALFORMED_RULE',
      '$.rules[1]',
    ],
    [{ combinator: 'and', rules: [null] }, 'MALFORMED_RULE', '$.rules[0]'],
    [{ combinator: 'and' }, 'MALFORMED_RULE', '$'],
    ['{"combinator": "and", "rules": [', 'MALFORMED_RULE', '$'],
    [42, 'MALFORMED_RULE', '$'],
  ])('%j → %s at %s', (rule, code, path) => {
    const found = issues(rule);
    expect(found[0]).toEqual({ code, path });
  });

  it('reports every issue of a rule, nested paths included, with a message naming the path', () => {
    const r = parseSegmentRule(
      {
        combinator: 'or',
        rules: [
          { field: 'age', operator: 'in', value: [] },
          {
            combinator: 'and',
            rules: [
              { field: 'cityy', operator: '=', value: 'x' },
              { field: 'age', operator: 'between', value: '5' },
            ],
          },
        ],
      },
      catalog,
    );
    expect(r.ok).toBe(false);
    const error = (r as { error: SegmentRuleError }).error;
    expect(error.issues.map((i) => i.path)).toEqual([
      '$.rules[0].value',
      '$.rules[1].rules[0].field',
      '$.rules[1].rules[1].value',
    ]);
    expect(error.code).toBe('EMPTY_LIST');
    expect(error.message).toBe('$.rules[0].value: "in" needs at least one value');
    expect(error.issues[1]?.message).toMatch(
      /^\$\.rules\[1\]\.rules\[0\]\.field: unknown field "cityy" \(known: age, city/,
    );
  });
});

describe('parseSegmentRule: hostile input is rejected fast, without a stack overflow', () => {
  it('10,000-deep nesting (object and JSON text)', () => {
    let rule: object = { field: 'age', operator: '=', value: 1 };
    for (let i = 0; i < 10_000; i++) rule = { combinator: 'and', rules: [rule] };
    expect(issues(rule)[0]).toEqual({ code: 'TOO_DEEP', path: `$${'.rules[0]'.repeat(32)}` });
    const text = `${'{"combinator":"and","rules":['.repeat(10_000)}{"field":"age","operator":"=","value":1}${']}'.repeat(10_000)}`;
    expect(issues(text)[0]?.code).toBe('TOO_DEEP');
    const selfRef: { combinator: string; rules: unknown[] } = { combinator: 'and', rules: [] };
    selfRef.rules.push(selfRef);
    expect(issues(selfRef)[0]?.code).toBe('TOO_DEEP');
  });

  it('10⁶-element lists, 10⁶ rules, huge comma strings and long text', () => {
    const big = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(issues(one({ field: 'age', operator: 'in', value: big }))).toEqual([
      { code: 'TOO_LARGE', path: '$.rules[0].value' },
    ]);
    expect(issues(one({ field: 'age', operator: 'in', value: big.join(',') }))[0]?.code).toBe('TOO_LARGE');
    const rules = Array.from({ length: 1_000_000 }, () => ({ field: 'age', operator: 'notNull' }));
    expect(issues({ combinator: 'or', rules })).toEqual([{ code: 'TOO_LARGE', path: '$.rules' }]);
    expect(issues(one({ field: 'city', operator: 'contains', value: 'x'.repeat(5000) }))[0]?.code).toBe('TOO_LARGE');
  });

  it('limits are configurable and checked', () => {
    const r = parseSegmentRule(one({ field: 'age', operator: 'in', value: [1, 2, 3] }), catalog, {
      limits: { maxListLength: 2 },
    });
    expect(r.ok).toBe(false);
    expect(() =>
      parseSegmentRule(one({ field: 'age', operator: 'notNull' }), catalog, { limits: { maxDepth: 0 } }),
    ).toThrow(/options\.limits\.maxDepth/);
  });
});

describe('parseSegmentRule: the catalog is programmer input and is checked', () => {
  it.each([
    [{ __proto__: null, constructor: { type: 'number' } }, 'catalog.constructor'],
    [JSON.parse('{"__proto__": {"type": "number"}}'), 'catalog.__proto__'],
    [{ toString: { type: 'number' } }, 'catalog.toString'],
    [{ age: { type: 'integer' } }, 'catalog.age.type'],
    [{ age: { type: 'number', text: 'exact' } }, 'catalog.age.text'],
    [{ age: { type: 'number', sql: { column: 'a', expression: 'b' } } }, 'catalog.age.sql'],
    [{ age: { type: 'number', sql: { instant: 'epochMs' } } }, 'catalog.age.sql.instant'],
  ])('%j → INVALID_CATALOG at %s', (bad, path) => {
    try {
      parseSegmentRule(one({ field: 'age', operator: 'notNull' }), bad as SegmentCatalog);
      expect.unreachable();
    } catch (error) {
      expect(isMoshtariError(error) && [error.code, error.path]).toEqual(['INVALID_CATALOG', path]);
    }
  });
});
