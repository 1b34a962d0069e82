import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTransactionsCsv } from './csvTransactions.js';

// A data line: good, bad in some cell, quoted (maybe over several lines), malformed, or blank.
const line = fc.oneof(
  fc.constant('T,C1,1404/01/01,1000'),
  fc.constant('T,C2,2025-03-21T06:30:00Z,"12,500,000",200,online'),
  fc.constant('T,C3,1404/12/30,1000'),
  fc.constant('T,C4,1404/01/01,-1'),
  fc.constant('T,,1404/01/01,1'),
  fc.constant('T,C5,1404/01/01,1,,"multi\nline\r\nchannel"'),
  fc.constant('T,"C6"x,1404/01/01,1'),
  fc.constant('T,C7,1404/01/01,1,,store,extra'),
  fc.constant(''),
  fc.constant('T,C8,1404/01/01,"1'),
);

describe('CSV readers drop nothing silently', () => {
  it('puts every data row in rows or problems, with lines inside the file', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 25 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (lines, eol, strict) => {
          const body = lines.map((l, i) => (l === '' ? '' : l.replace(/^T/, `T${i}`))).join(eol);
          const text = `id,customer_id,date,amount,points_redeemed,channel${eol}${body}`;
          const r = readTransactionsCsv(text, { strict });
          const total = text.split(/\r\n|\n|\r/).length;
          const problemLines = new Set(r.problems.map((p) => p.line));
          expect(r.rows.length + problemLines.size).toBe(r.rowsRead);
          expect(r.lines).toHaveLength(r.rows.length);
          for (const l of [...problemLines, ...r.lines]) {
            expect(l).toBeGreaterThanOrEqual(2);
            expect(l).toBeLessThanOrEqual(total);
          }
          for (const l of r.lines) expect(problemLines.has(l)).toBe(false);
          if (strict) expect(r.problems.length).toBeLessThanOrEqual(1);
          const nonBlank = lines.filter((l) => l !== '').length;
          expect(r.rowsRead).toBeLessThanOrEqual(nonBlank);
          if (!strict) expect(r.rowsRead).toBe(nonBlank);
        },
      ),
    );
  });
});
