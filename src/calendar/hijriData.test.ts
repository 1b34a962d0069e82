import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gregorianFromEpochDay } from '../internal/gregorianDays.js';
import { hijriMonthStartDays, IRANIAN_HIJRI_TABLE, iranianHijriMonthStart } from './hijri.js';
import { HIJRI_LONG_MONTHS, HIJRI_MONTH_COUNT, HIJRI_REVISED } from './hijriData.js';

// The shared data file, parsed independently of scripts/gen-hijri-data.mjs: a leading `*` is optional.
const text = readFileSync(new URL('../../../shared/data/jalali/iran-hijri-month-starts.txt', import.meta.url), 'utf8');
const lines = text.split('\n').filter((line) => line.trim() !== '');
const rows = lines.map((line) => {
  const m = /^(\*?)(\d+)\/(\d+) (\d{4}-\d\d-\d\d)(?: # .*)?$/.exec(line);
  if (m === null) throw new Error(`unreadable row ${line}`);
  return { revised: m[1] === '*', year: Number(m[2]), month: Number(m[3]), iso: m[4] as string };
});
const iso = (epochDay: number): string => {
  const g = gregorianFromEpochDay(epochDay);
  return `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
};

describe('hijriData.ts (generated from ../shared/data/jalali/iran-hijri-month-starts.txt)', () => {
  it('keeps every row of the file, the 9 starred rows included', () => {
    expect(lines).toHaveLength(2194);
    expect(rows).toHaveLength(HIJRI_MONTH_COUNT);
    expect(rows.filter((r) => r.revised)).toHaveLength(9);
    expect(HIJRI_REVISED).toHaveLength(9);
  });

  it('is compact: one character per 6 months', () => {
    expect(HIJRI_LONG_MONTHS).toHaveLength(Math.ceil((HIJRI_MONTH_COUNT - 1) / 6));
    expect(HIJRI_LONG_MONTHS).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('reproduces every row exactly (one pass and month by month)', () => {
    const first = rows[0] as (typeof rows)[number];
    const from = 12 * (first.year - 1) + first.month - 1;
    const all = hijriMonthStartDays(from, from + rows.length);
    rows.forEach((row, i) => {
      const start = all[i];
      expect(start?.estimated, `${row.year}/${row.month}`).toBe(false);
      expect(iso(start?.day ?? 0), `${row.year}/${row.month}`).toBe(row.iso);
      const single = iranianHijriMonthStart(row.year, row.month);
      expect(iso(single.epochDay)).toBe(row.iso);
      expect(single.revised, `${row.year}/${row.month} revised`).toBe(row.revised);
    });
  });

  it('has the starred rows, e.g. 1440/9 = 2019-05-07 and 1443/10 = 2022-05-03 (Eid al-Fitr 1443 = 1401/02/13)', () => {
    const fitr = iranianHijriMonthStart(1443, 10);
    expect(iso(fitr.epochDay)).toBe('2022-05-03');
    expect(fitr.date).toEqual({ year: 1401, month: 2, day: 13 });
    expect(fitr).toMatchObject({ estimated: false, revised: true });
    expect(iso(iranianHijriMonthStart(1440, 9).epochDay)).toBe('2019-05-07');
    expect(iranianHijriMonthStart(1443, 9).revised).toBe(false);
  });

  it('records its extent: official until 1447/10 (2026-03-21)', () => {
    const last = rows[rows.length - 1] as (typeof rows)[number];
    expect(IRANIAN_HIJRI_TABLE.lastMonth).toEqual({ year: last.year, month: last.month });
    expect(IRANIAN_HIJRI_TABLE.firstMonth).toEqual({ year: 1265, month: 1 });
    expect(iso(IRANIAN_HIJRI_TABLE.validUntilEpochDay)).toBe(last.iso);
    expect(IRANIAN_HIJRI_TABLE.source).toContain('roozbehp/qamari');
    expect(iranianHijriMonthStart(1447, 10).estimated).toBe(false);
    expect(iranianHijriMonthStart(1447, 11).estimated).toBe(true);
  });
});
