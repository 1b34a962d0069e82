import { describe, expect, it } from 'vitest';
import { isMoshtariError } from '../core/index.js';
import { rial } from '../money/index.js';
import { METAL_PYRAMID_LEVELS, valuePyramid, ZEITHAML_PYRAMID_LEVELS } from './index.js';

const codeOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return isMoshtariError(error) ? [error.code, error.path] : error;
  }
  return 'no error';
};

describe('valuePyramid', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => ({ id: i, margin: 100 - i }));

  it('five metals by share of customers: 5 / 15 / 30 / 30 / 20 %', () => {
    const p = valuePyramid(hundred, { value: 'margin' });
    expect(p.levels.map((l) => [l.name, l.labelFa, l.customers])).toEqual([
      ['platinum', 'پلاتینی', 5],
      ['gold', 'طلایی', 15],
      ['silver', 'نقره‌ای', 30],
      ['bronze', 'برنزی', 30],
      ['tin', 'قلعی', 20],
    ]);
    expect(p.assignments.slice(0, 6)).toEqual(['platinum', 'platinum', 'platinum', 'platinum', 'platinum', 'gold']);
    expect(p.levels[0]?.valueShare).toBeCloseTo((100 + 99 + 98 + 97 + 96) / 5050, 12);
  });

  it("Zeithaml's four levels, value ≤ 0 always at the bottom (lead), ties kept together", () => {
    const customers = [...Array.from({ length: 8 }, () => ({ v: 10 })), { v: 5 }, { v: 0 }, { v: -3 }];
    const p = valuePyramid(customers, { value: (c) => c.v, levels: 'zeithaml' });
    expect(p.assignments).toEqual([...Array(8).fill('platinum'), 'iron', 'lead', 'lead']);
    expect(p.levels.map((l) => l.customers)).toEqual([8, 0, 1, 2]);
    expect(ZEITHAML_PYRAMID_LEVELS.map((l) => l.labelFa)).toEqual(['پلاتینی', 'طلایی', 'آهنی', 'سربی']);
  });

  it('by cumulative value share (the top level makes the first `share` of value)', () => {
    // values 50, 30, 10, 5, 5 (total 100): platinum takes customers before 50 % is reached
    const customers = [50, 30, 10, 5, 5].map((v) => ({ v: rial(v) }));
    const levels = [
      { name: 'A', share: 0.5 },
      { name: 'B', share: 0.4 },
      { name: 'C', share: 0.1 },
    ];
    const p = valuePyramid(customers, { value: 'v', levels, by: 'value' });
    expect(p.assignments).toEqual(['A', 'B', 'B', 'C', 'C']);
    expect(p.levels.map((l) => l.valueShare)).toEqual([0.5, 0.4, 0.1]);
  });

  it('checks levels and values', () => {
    expect(codeOf(() => valuePyramid([], { value: 'x', levels: [{ name: 'a', share: 0.5 }] }))).toEqual([
      'INVALID_OPTION',
      'options.levels',
    ]);
    expect(codeOf(() => valuePyramid([{ x: Number.POSITIVE_INFINITY }], { value: 'x' }))).toEqual([
      'INVALID_VALUE',
      'customers[0]',
    ]);
    expect(valuePyramid([], { value: 'x' }).levels.map((l) => l.customers)).toEqual([0, 0, 0, 0, 0]);
    expect(METAL_PYRAMID_LEVELS.reduce((a, l) => a + l.share, 0)).toBeCloseTo(1, 12);
  });
});
