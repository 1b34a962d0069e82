// The injection corpus of segmentation.md §5: react-querybuilder 8.24's exporters pass fields,
// operators and combinators into SQL verbatim; here every such payload is rejected, and values are
// only ever bind parameters.
import { formatQuery } from '@react-querybuilder/core/formatQuery';
import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { compileSegment, parseSegmentRule, type SegmentCatalog, segmentToSql } from './index.js';

const catalog: SegmentCatalog = {
  name: { type: 'string', text: 'exact' },
  age: { type: 'number' },
  tags: { type: 'string[]', text: 'exact' },
};

const PAYLOADS = [
  '1=1; DROP TABLE users; --',
  "name\" = '' OR 1=1 --",
  '= 1 OR 1=1 --',
  'OR 1=1 OR',
  "'; DELETE FROM customers; --",
  '$where',
  '__proto__',
  'constructor',
  'prototype',
  'constructor.prototype',
  '__proto__.polluted',
  'toString',
  'hasOwnProperty',
  'name\u0000',
  'age) OR (1=1',
  '"age"',
  'AGE',
];

function rejected(rule: unknown): string {
  const r = parseSegmentRule(rule, catalog);
  expect(r.ok).toBe(false);
  expect(() => segmentToSql(rule as never, { catalog })).toThrow();
  expect(() => compileSegment(rule as never, { catalog })).toThrow();
  return r.ok ? '' : r.error.code;
}

describe('structure from the rule never reaches SQL', () => {
  it.each(PAYLOADS)('field %j is rejected', (field) => {
    expect(rejected({ combinator: 'and', rules: [{ field, operator: '=', value: 1 }] })).toBe('UNKNOWN_FIELD');
  });
  it.each(PAYLOADS)('operator %j is rejected', (operator) => {
    expect(rejected({ combinator: 'and', rules: [{ field: 'age', operator, value: 1 }] })).toBe('UNKNOWN_OPERATOR');
  });
  it.each(PAYLOADS)('combinator %j is rejected', (combinator) => {
    expect(rejected({ combinator, rules: [{ field: 'age', operator: '=', value: 1 }] })).toBe('UNKNOWN_COMBINATOR');
  });

  it('RQB itself emits these payloads (the reproduction of segmentation.md §5.3)', () => {
    const rule = { combinator: 'and', rules: [{ field: 'age', operator: '= 1 OR 1=1 --', value: 1 }] };
    expect((formatQuery(rule, 'parameterized') as { sql: string }).sql).toContain('1=1 --');
    expect(() => segmentToSql(rule, { catalog })).toThrow(/unknown operator/);
  });

  it('an invalid rule never turns into "match everyone" (RQB falls back to (1 = 1))', () => {
    const rule = { combinator: 'and', rules: [{ field: 'age', operator: 'in', value: [] }] };
    expect(formatQuery(rule, 'sql')).toBe('(1 = 1)');
    expect(rejected(rule)).toBe('EMPTY_LIST');
  });
});

describe('values are bind parameters, LIKE wildcards are escaped', () => {
  it.each(PAYLOADS)('value %j goes to values, never into the text', (value) => {
    if (value.includes('\u0000')) return;
    const q = segmentToSql({ combinator: 'and', rules: [{ field: 'name', operator: '=', value }] }, { catalog });
    expect(q).toEqual({ text: '("name" IS NOT NULL AND "name" = $1::text)', values: [value] });
  });

  it('escapes % _ and the escape character in contains / beginsWith / endsWith', () => {
    const rule = (operator: string, value: string) => ({
      combinator: 'and',
      rules: [{ field: 'name', operator, value }],
    });
    expect(segmentToSql(rule('contains', '50%_x#'), { catalog })).toEqual({
      text: '("name" IS NOT NULL AND "name" LIKE $1::text ESCAPE \'#\')',
      values: ['%50#%#_x##%'],
    });
    expect(segmentToSql(rule('beginsWith', '%'), { catalog }).values).toEqual(['#%%']);
    expect(segmentToSql(rule('doesNotEndWith', '_'), { catalog }).values).toEqual(['%#_']);
  });

  it('lists are one array parameter whatever their size', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `n${i}'--`);
    const q = segmentToSql(
      { combinator: 'and', rules: [{ field: 'name', operator: 'in', value: names }] },
      { catalog },
    );
    expect(q.text).toBe('("name" IS NOT NULL AND "name" = ANY($1::text[]))');
    expect(q.values).toEqual([names]);
  });
});

describe('prototype safety', () => {
  it('never reads or writes the prototype chain of records or rules', () => {
    const rule = JSON.parse(
      '{"combinator":"and","__proto__":{"polluted":1},"rules":[{"field":"age","operator":">","value":1}]}',
    );
    const accepts = compileSegment(rule, { catalog });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(accepts(Object.create({ age: 99 }))).toBe(true); // plain inherited data is data; built-ins are never fields
    expect(accepts(JSON.parse('{"__proto__": {"age": 99}}'))).toBe(false);
  });

  it('rejects catalogs whose names would read Object.prototype members', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'valueOf', 'prototype']) {
      const bad = JSON.parse(`{"${name}": {"type": "number"}}`);
      try {
        parseSegmentRule({ combinator: 'and', rules: [{ field: name, operator: 'notNull' }] }, bad);
        expect.unreachable();
      } catch (error) {
        expect(isMoshtariError(error) && error.code).toBe('INVALID_CATALOG');
      }
    }
  });

  it('quotes catalog identifiers, doubling embedded quotes', () => {
    const q = segmentToSql(
      { combinator: 'and', rules: [{ field: 'age', operator: '>', value: 1 }] },
      { catalog: { age: { type: 'number', sql: { column: ['c', 'we"ird; --'] } } } },
    );
    expect(q.text).toBe('("c"."we""ird; --" IS NOT NULL AND "c"."we""ird; --" > $1::numeric)');
    expect(() =>
      segmentToSql(
        { combinator: 'and', rules: [{ field: 'age', operator: '>', value: 1 }] },
        { catalog: { age: { type: 'number', sql: { column: 'x'.repeat(64) } } } },
      ),
    ).toThrow(/INVALID_IDENTIFIER|at most 63 bytes/);
  });
});
