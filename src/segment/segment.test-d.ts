import type { RuleGroupType } from '@react-querybuilder/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../core/index.js';
import {
  compileSegment,
  explainSegment,
  kmeansSegments,
  parseSegmentRule,
  type RfmScoring,
  rfmScores,
  rfmSegment,
  type SegmentCatalog,
  type SegmentGroup,
  type SegmentPredicate,
  type SegmentRuleError,
  type SegmentRuleInput,
  type SegmentSql,
  segmentToSql,
  valuePyramid,
} from './index.js';

type Customer = { readonly age: number; readonly city: string; readonly profile: { readonly score: number } };
const catalog: SegmentCatalog = {
  age: { type: 'number' },
  city: { type: 'string' },
  score: { type: 'number', get: (c: Customer) => c.profile.score, sql: { column: 'score' } },
};

describe('segment types', () => {
  it('accepts react-querybuilder rule groups as they are typed', () => {
    const fromUi: RuleGroupType = { combinator: 'and', rules: [{ field: 'age', operator: '>=', value: 18 }] };
    expectTypeOf(fromUi).toExtend<SegmentRuleInput>();
    expectTypeOf(compileSegment<Customer>(fromUi, { catalog })).toEqualTypeOf<SegmentPredicate<Customer>>();
    expectTypeOf(segmentToSql(fromUi, { catalog })).toEqualTypeOf<SegmentSql>();
    expectTypeOf(parseSegmentRule(fromUi, catalog)).toEqualTypeOf<Result<SegmentGroup, SegmentRuleError>>();
  });

  it('types the predicate by the record type and keeps public data readonly', () => {
    const accepts = compileSegment<Customer>({ combinator: 'or', rules: [] }, { catalog });
    expectTypeOf(accepts).parameter(0).toEqualTypeOf<Customer>();
    expectTypeOf(accepts).returns.toEqualTypeOf<boolean>();
    const parsed = parseSegmentRule({}, catalog);
    if (parsed.ok) {
      // @ts-expect-error: a validated rule is readonly
      parsed.value.rules = [];
    }
    // @ts-expect-error: a catalog field needs a known type
    const bad: SegmentCatalog = { age: { type: 'integer' } };
    // @ts-expect-error: options need a catalog
    compileSegment({ combinator: 'and', rules: [] }, { now: 0 });
    expectTypeOf(explainSegment).parameter(1).toEqualTypeOf<object>();
    void bad;
  });

  it('types RFM, pyramids and k-means inputs', () => {
    expectTypeOf(rfmScores([], { asOf: new Date(0) })).toEqualTypeOf<RfmScoring>();
    expectTypeOf(rfmSegment([{ r: 1, f: 1, m: 1 }])).toEqualTypeOf<readonly string[]>();
    // @ts-expect-error: asOf is required (never read from the clock)
    rfmScores([], {});
    valuePyramid([{ margin: 1 }], { value: 'margin' });
    // @ts-expect-error: the value property must exist on the customers
    valuePyramid([{ margin: 1 }], { value: 'revenue' });
    kmeansSegments([{ r: 1, m: 2 }], { features: ['r', { name: 'm', log: true }], k: 1, seed: 1 });
    // @ts-expect-error: features name properties of the rows
    kmeansSegments([{ r: 1 }], { features: ['x'], k: 1, seed: 1 });
  });
});
