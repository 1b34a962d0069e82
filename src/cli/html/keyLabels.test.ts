import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STAGES } from '../../customer/index.js';
import {
  METAL_PYRAMID_LEVELS,
  RFM_DEFAULT_MAP,
  RFM_TABLE_11_MAP,
  ZEITHAML_PYRAMID_LEVELS,
} from '../../segment/index.js';
import { isDarkColor, keyColor } from './colors.js';
import { keyLabel, normalizeReportKey } from './keyLabels.js';

const camel = (name: string) =>
  name
    .replace(/'/g, '')
    .split(/\s+/)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]?.toUpperCase() + w.slice(1).toLowerCase()))
    .join('');

describe('keyLabel', () => {
  it('labels every RFM segment of moshtari/segment, in its name or camelCase form, with its labelFa', () => {
    for (const box of RFM_DEFAULT_MAP.segments) {
      expect(keyLabel('fa', 'rfm', box.name)).toBe(box.labelFa);
      expect(keyLabel('fa', 'rfm', camel(box.name))).toBe(box.labelFa);
      expect(keyLabel('en', 'rfm', camel(box.name))).toBeDefined();
    }
    for (const box of RFM_TABLE_11_MAP.segments) expect(keyLabel('fa', 'rfm', box.name)).toBeDefined();
    expect(keyLabel('fa', 'rfm', 'Others')).toBe('سایر');
    expect(keyLabel('en', 'rfm', 'cantLoseThem')).toBe("Can't lose them");
  });

  it('labels every pyramid level with the labelFa of moshtari/segment', () => {
    for (const level of [...METAL_PYRAMID_LEVELS, ...ZEITHAML_PYRAMID_LEVELS]) {
      expect(keyLabel('fa', 'pyramid', level.name)).toBe(level.labelFa);
      expect(keyLabel('en', 'pyramid', level.name)).toMatch(/^[A-Z][a-z]+$/);
    }
  });

  it('labels every lifecycle stage, tier and ticket priority', () => {
    for (const stage of LIFECYCLE_STAGES) {
      expect(keyLabel('fa', 'lifecycle', stage)).toMatch(/[\u0600-\u06FF]/);
      expect(keyLabel('en', 'lifecycle', stage)).toMatch(/^[A-Z]/);
    }
    expect(['red', 'silver', 'gold'].map((t) => keyLabel('fa', 'tier', t))).toEqual(['قرمز', 'نقره‌ای', 'طلایی']);
    expect(['urgent', 'high', 'normal', 'low'].map((p) => keyLabel('en', 'priority', p))).toEqual([
      'Urgent',
      'High',
      'Normal',
      'Low',
    ]);
  });

  it('returns undefined for unknown keys, including prototype names', () => {
    expect(keyLabel('en', 'rfm', 'mystery')).toBeUndefined();
    expect(keyLabel('fa', 'tier', 'constructor')).toBeUndefined();
    expect(keyLabel('fa', 'tier', '__proto__')).toBeUndefined();
    expect(normalizeReportKey("Can't Lose")).toBe('cantlose');
  });
});

describe('keyColor', () => {
  it('colours metals by metal and segments by health', () => {
    expect(keyColor('pyramid', 'gold')).toBe('#c9a227');
    expect(keyColor('tier', 'red')).toBe('#c0392b');
    expect(keyColor('rfm', 'champions')).toBe('#0f766e');
    expect(keyColor('rfm', 'atRisk')).toBe('#b91c1c');
    expect(keyColor('lifecycle', 'atRisk')).toBe('#d97706');
    expect(keyColor('rfm', 'unknown')).toBe('#0f766e');
  });

  it('picks white text on dark colours only', () => {
    expect(isDarkColor('#4b5d78')).toBe(true);
    expect(isDarkColor('#0f766e')).toBe(true);
    expect(isDarkColor('#c9a227')).toBe(false);
    expect(isDarkColor('#ffffff')).toBe(false);
  });
});
