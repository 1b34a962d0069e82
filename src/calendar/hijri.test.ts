import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import { epochDayFromGregorian } from '../internal/gregorianDays.js';
import { hijriMonthStartDays, IRANIAN_HIJRI_TABLE, iranianHijriMonthStart } from './hijri.js';
import { estimateHijriMonthStart, newMoonEpochDay } from './hijriEstimate.js';

const rows = readFileSync(new URL('../../../shared/data/jalali/iran-hijri-month-starts.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => /^\*?(\d+)\/(\d+) (\d{4})-(\d\d)-(\d\d)(?: # (.*))?$/.exec(line))
  .filter((m) => m !== null)
  .map((m) => ({
    year: Number(m[1]),
    month: Number(m[2]),
    day: epochDayFromGregorian(Number(m[3]), Number(m[4]), Number(m[5])),
    source: m[6] ?? '',
  }));
const indexOf = (r: { readonly year: number; readonly month: number }): number => 12 * (r.year - 1) + r.month - 1;

describe('iranianHijriMonthStart', () => {
  it('reads the official table (calendar.md §7.2: 1 Shawwal 1446 = 2025-03-31 = 1404/01/11)', () => {
    expect(iranianHijriMonthStart(1446, 10)).toEqual({
      epochDay: epochDayFromGregorian(2025, 3, 31),
      date: { year: 1404, month: 1, day: 11 },
      estimated: false,
      revised: false,
    });
    // Nowruz 1405 = 2026-03-21 = 1 Shawwal 1447, the last official month
    expect(iranianHijriMonthStart(1447, 10).date).toEqual({ year: 1405, month: 1, day: 1 });
  });

  it('estimates months outside the table and says so', () => {
    const next = iranianHijriMonthStart(1447, 11);
    expect(next.estimated).toBe(true);
    expect([29, 30]).toContain(next.epochDay - IRANIAN_HIJRI_TABLE.validUntilEpochDay);
    const before = iranianHijriMonthStart(1264, 12);
    expect(before.estimated).toBe(true);
    expect([29, 30]).toContain(iranianHijriMonthStart(1265, 1).epochDay - before.epochDay);
    expect(iranianHijriMonthStart(1500, 1).estimated).toBe(true);
  });

  it('rejects bad input', () => {
    expect(codeOf(() => iranianHijriMonthStart(1446, 13))).toBe('INVALID_DATE');
    expect(codeOf(() => iranianHijriMonthStart(1446, 0))).toBe('INVALID_DATE');
    expect(codeOf(() => iranianHijriMonthStart(1446.5, 1))).toBe('INVALID_DATE');
    expect(codeOf(() => iranianHijriMonthStart(1100, 1))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => iranianHijriMonthStart(3101, 1))).toBe('OUT_OF_RANGE');
    expect(codeOf(() => iranianHijriMonthStart(1200, 1))).toBe('OUT_OF_RANGE'); // 1785 CE, before 1178 AP
  });
});

describe('the astronomical estimate (hijriEstimate.ts)', () => {
  it('numbers lunations so that every official month starts 1–3 days after the Tehran date of its new moon', () => {
    const lags = new Map<number, number>();
    for (const row of rows) {
      const lag = row.day - Math.floor(newMoonEpochDay(indexOf(row) - 17037) + 3.5 / 24);
      lags.set(lag, (lags.get(lag) ?? 0) + 1);
    }
    // 1 day: 90 months, 2 days: 1,806, 3 days: 298
    expect(Object.fromEntries(lags)).toEqual({ 1: 90, 2: 1806, 3: 298 });
  });

  it('agrees with the official table on 512 of the 574 months 1400/1–1447/10 AH (89.2 %), never off by more than a day', () => {
    const recent = rows.filter((r) => r.year >= 1400);
    expect(recent).toHaveLength(574);
    let same = 0;
    for (const row of recent) {
      const estimate = estimateHijriMonthStart(indexOf(row));
      expect(Math.abs(estimate - row.day), `${row.year}/${row.month}`).toBeLessThanOrEqual(1);
      if (estimate === row.day) same++;
    }
    expect(same).toBe(512);
    const center = rows.filter((r) => r.source === 'calendar-center');
    expect(center).toHaveLength(297);
    expect(center.filter((r) => estimateHijriMonthStart(indexOf(r)) === r.day)).toHaveLength(263);
  });

  it('always makes months of 29 or 30 days (1448–1600 AH)', () => {
    const starts = hijriMonthStartDays(indexOf({ year: 1448, month: 1 }), indexOf({ year: 1600, month: 1 }));
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i]?.estimated).toBe(true);
      expect([29, 30]).toContain((starts[i]?.day ?? 0) - (starts[i - 1]?.day ?? 0));
    }
  });
});
