import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayToJalali, isJalaliBirthdayWithin, toJalali } from '../calendar/index.js';
import {
  compileSegment,
  explainSegment,
  parseSegmentRule,
  type SegmentCatalog,
  type SegmentExplanation,
} from './index.js';
import { CATALOG, conditionArb, NOW, recordArb, ruleArb, type TestRecord } from './segment.test-util.js';

const records = fc.array(
  fc.nat().chain((id) => recordArb(id)),
  { minLength: 1, maxLength: 30 },
);
const zone = fc.constantFrom('Asia/Tehran', 'UTC', 'America/Los_Angeles');

// The same fields read through `get`: every condition then takes the generic path, never a fast path.
const VIA_GET: SegmentCatalog = Object.fromEntries(
  Object.entries(CATALOG).map(([name, field]) => [name, { ...field, get: (r: Record<string, unknown>) => r[name] }]),
);

describe('compileSegment invariants', () => {
  it('the specialised fast paths agree with the generic condition code', () => {
    fc.assert(
      fc.property(ruleArb, records, zone, (rule, rs, timeZone) => {
        const fast = compileSegment<TestRecord>(rule, { catalog: CATALOG, now: NOW, timeZone });
        const generic = compileSegment<TestRecord>(rule, { catalog: VIA_GET, now: NOW, timeZone });
        for (const r of rs) expect(fast(r)).toBe(generic(r));
      }),
      { numRuns: 300 },
    );
  });

  it("explainSegment's result equals the predicate, and every group follows from its children", () => {
    const consistent = (e: SegmentExplanation): boolean => {
      if (e.kind === 'condition') return true;
      const raw = e.combinator === 'and' ? e.rules.every((c) => c.result) : e.rules.some((c) => c.result);
      return (raw !== e.not) === e.result && e.rules.every(consistent);
    };
    fc.assert(
      fc.property(ruleArb, records, zone, (rule, rs, timeZone) => {
        const accepts = compileSegment<TestRecord>(rule, { catalog: CATALOG, now: NOW, timeZone });
        for (const r of rs) {
          const why = explainSegment(rule, r, { catalog: CATALOG, now: NOW, timeZone });
          expect(why.result).toBe(accepts(r));
          expect(consistent(why)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('`not` on a group is exact negation; and/or follow De Morgan', () => {
    fc.assert(
      fc.property(conditionArb, conditionArb, records, (a, b, rs) => {
        const options = { catalog: CATALOG, now: NOW };
        const and = compileSegment<TestRecord>({ combinator: 'and', rules: [a, b] }, options);
        const nand = compileSegment<TestRecord>({ combinator: 'and', not: true, rules: [a, b] }, options);
        const orOfNots = compileSegment<TestRecord>(
          {
            combinator: 'or',
            rules: [
              { combinator: 'and', not: true, rules: [a] },
              { combinator: 'and', not: true, rules: [b] },
            ],
          },
          options,
        );
        for (const r of rs) {
          expect(nand(r)).toBe(!and(r));
          expect(orOfNots(r)).toBe(nand(r));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a validated rule parses to itself and compiles to the same predicate', () => {
    fc.assert(
      fc.property(ruleArb, records, (rule, rs) => {
        const parsed = parseSegmentRule(rule, CATALOG);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parseSegmentRule(parsed.value, CATALOG)).toEqual(parsed);
        const a = compileSegment<TestRecord>(rule, { catalog: CATALOG, now: NOW });
        const b = compileSegment<TestRecord>(parsed.value, { catalog: CATALOG, now: NOW });
        for (const r of rs) expect(a(r)).toBe(b(r));
      }),
      { numRuns: 200 },
    );
  });

  it('birthdayWithinNext equals the calendar module (isJalaliBirthdayWithin, 30 Esfand → 29 Esfand)', () => {
    const catalog: SegmentCatalog = { birth: { type: 'date' } };
    fc.assert(
      fc.property(
        fc.integer({ min: -25_000, max: 25_000 }),
        fc.integer({ min: 19_000, max: 21_000 }),
        fc.integer({ min: 0, max: 366 }),
        fc.integer({ min: 0, max: 23 }),
        (birthDay, today, days, hour) => {
          const now = today * 86_400_000 + hour * 3_600_000;
          const birth = new Date(birthDay * 86_400_000).toISOString().slice(0, 10);
          const accepts = compileSegment(
            { combinator: 'and', rules: [{ field: 'birth', operator: 'birthdayWithinNext', value: days }] },
            { catalog, now },
          );
          const expected = isJalaliBirthdayWithin(epochDayToJalali(birthDay), toJalali(now), days);
          expect(accepts({ birth })).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('parseSegmentRule never throws on untrusted input', () => {
  it('returns a Result for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const r = parseSegmentRule(json, CATALOG);
        if (!r.ok) expect(r.error.message.startsWith(r.error.path)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('returns a Result for rule-shaped objects with random fields, operators and values', () => {
    const leaf = fc.record({
      field: fc.oneof(fc.constantFrom(...Object.keys(CATALOG), '__proto__', 'constructor'), fc.string()),
      operator: fc.oneof(
        fc.constantFrom('=', 'in', 'between', 'withinLast', 'hasAll', 'jalaliMonthIs', 'birthdayWithinNext'),
        fc.string(),
      ),
      value: fc.jsonValue(),
    });
    fc.assert(
      fc.property(fc.array(leaf, { maxLength: 5 }), fc.string(), (rules, combinator) => {
        const r = parseSegmentRule({ combinator, rules }, CATALOG);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
