import { describe, expect, it } from 'vitest';
import { readSurveysCsv } from './csvSurveys.js';

describe('readSurveysCsv', () => {
  it('reads scores 0–10 and refuses others', () => {
    const r = readSurveysCsv(
      'customer_id,date,score\nC1,1404/01/01,9\nC2,2025-03-21T06:30:00Z,۱۰\nC3,1404/01/01,11\nC4,1404/01/01,7.5\nC5,,0\n',
    );
    expect(r.rows).toEqual([
      { customerId: 'C1', at: Date.UTC(2025, 2, 20, 20, 30), score: 9 },
      { customerId: 'C2', at: Date.UTC(2025, 2, 21, 6, 30), score: 10 },
    ]);
    expect(r.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [4, 'score', 'expected a score 0–10, got "11"'],
      [5, 'score', 'expected a whole number ≥ 0, got "7.5"'],
      [6, 'date', 'required value is empty'],
    ]);
    expect(readSurveysCsv('customer,at,nps\nC1,1404/01/01,0\n').rows).toHaveLength(1);
  });
});
