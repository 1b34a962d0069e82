import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerArb } from './arbitraries.test-util.js';
import { type Customer, type CustomerId, findDuplicates } from './index.js';

const people = fc.uniqueArray(customerArb, { selector: (c) => c.id, minLength: 1, maxLength: 30 });
const arabic = (s: string | undefined) => s?.replaceAll('ی', 'ي').replaceAll('ک', 'ك');

describe('findDuplicates properties', () => {
  it('a copy re-typed with Arabic ي/ك and sharing a mobile or national code is always found', () => {
    fc.assert(
      fc.property(people, fc.nat(), (customers, pick) => {
        const original = customers[pick % customers.length] as Customer;
        const copy: Customer =
          original.kind === 'person'
            ? {
                ...original,
                id: 'copy' as CustomerId,
                name: { first: arabic(original.name.first), last: arabic(original.name.last) },
              }
            : { ...original, id: 'copy' as CustomerId, name: arabic(original.name) ?? '' };
        const report = findDuplicates([...customers, copy]);
        const shares =
          (original.contact?.mobiles?.length ?? 0) > 0 ||
          (original.kind === 'person' ? original.nationalCode : original.legalNationalId) !== undefined;
        const found = report.pairs.some(
          (p) => (p.a === original.id && p.b === 'copy') || (p.b === original.id && p.a === 'copy'),
        );
        if (shares) expect(found).toBe(true);
      }),
    );
  });

  it('pairs are ordered, scored in 0…1, explained, and groups partition the paired records', () => {
    fc.assert(
      fc.property(people, (customers) => {
        const report = findDuplicates(customers);
        const position = new Map(customers.map((c, i) => [c.id as string, i]));
        for (const p of report.pairs) {
          expect(position.get(p.a)).toBeLessThan(position.get(p.b) as number);
          expect(p.score).toBeGreaterThan(0);
          expect(p.score).toBeLessThanOrEqual(1);
          expect(p.reasons.length).toBeGreaterThan(0);
          expect(customers[position.get(p.a) as number]?.kind).toBe(customers[position.get(p.b) as number]?.kind);
        }
        const inGroups = report.groups.flat();
        expect(new Set(inGroups).size).toBe(inGroups.length);
        expect(new Set(inGroups)).toEqual(new Set(report.pairs.flatMap((p) => [p.a, p.b])));
      }),
    );
  });

  it('the result does not depend on rules that cannot apply', () => {
    fc.assert(
      fc.property(people, (customers) => {
        const a = findDuplicates(customers);
        const b = findDuplicates(customers, {
          blocks: ['mobileSuffix', 'birthDate', 'postalCode', 'emailLocal'],
          maxBlockSize: 50,
        });
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});
