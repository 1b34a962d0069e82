import { describe, expect, it } from 'vitest';
import * as text from './index.js';

describe('text public surface', () => {
  it('exports exactly the documented functions', () => {
    expect(Object.keys(text).sort()).toEqual([
      'normalizePersian',
      'numberToPersianWords',
      'smsSegments',
      'toLatinDigits',
      'toPersianDigits',
    ]);
  });
});
