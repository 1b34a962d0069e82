import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/codeOf.js';
import { TEHRAN_OFFSETS, TEHRAN_TRANSITIONS } from './tehranZone.js';
import { tehranOffset } from './timeZone.js';
import { fromJalali, toJalali } from './zoned.js';

const fmt = (j: ReturnType<typeof toJalali>) =>
  'hour' in j
    ? `${j.year}/${j.month}/${j.day} ${String(j.hour).padStart(2, '0')}:${String(j.minute).padStart(2, '0')}`
    : `${j.year}/${j.month}/${j.day}`;

describe('Tehran time (calendar.md §5 vectors)', () => {
  it.each([
    ['2022-06-01T20:00:00Z', '1401/3/12 00:30'], // +04:30; a fixed +03:30 gives the previous day
    ['2022-03-21T20:29:00Z', '1401/1/1 23:59'],
    ['2022-03-21T20:31:00Z', '1401/1/2 01:01'],
    ['2022-09-21T19:29:00Z', '1401/6/30 23:59'],
    ['2022-09-21T19:31:00Z', '1401/6/30 23:01'],
    ['2023-06-01T12:00:00Z', '1402/3/11 15:30'],
    ['2025-03-20T20:29:00Z', '1403/12/30 23:59'],
    ['2025-03-20T20:31:00Z', '1404/1/1 00:01'],
  ])('%s is %s in Tehran', (iso, expected) => {
    expect(fmt(toJalali(new Date(iso), { withTime: true }))).toBe(expected);
    expect(fmt(toJalali(Date.parse(iso), { withTime: true, timeZone: 'Asia/Tehran' }))).toBe(expected);
  });

  it('returns the date only by default and honours other zones', () => {
    expect(toJalali(new Date('2025-03-20T20:31:00Z'))).toEqual({ year: 1404, month: 1, day: 1 });
    expect(toJalali(new Date('2025-03-20T20:31:00Z'), { timeZone: 'UTC' })).toEqual({ year: 1403, month: 12, day: 30 });
    expect(toJalali(new Date('2025-03-20T20:31:00Z'), { timeZone: '+03:30' })).toEqual({
      year: 1404,
      month: 1,
      day: 1,
    });
    expect(fmt(toJalali(Date.UTC(2025, 2, 20, 23, 30), { withTime: true, timeZone: 'Europe/Berlin' }))).toBe(
      '1404/1/1 00:30',
    );
    expect(fmt(toJalali(Date.UTC(2025, 2, 21, 3, 59), { withTime: true, timeZone: 'America/New_York' }))).toBe(
      '1403/12/30 23:59',
    );
  });

  it('matches Intl at both sides of every Tehran offset change in the table', () => {
    const intl = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tehran', timeZoneName: 'longOffset' });
    const offsetSeconds = (ms: number) => {
      const m = /GMT([+-])(\d\d):(\d\d)(?::(\d\d))?/.exec(
        intl.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '',
      );
      return m === null ? 0 : (m[1] === '-' ? -1 : 1) * (+(m[2] ?? 0) * 3600 + +(m[3] ?? 0) * 60 + +(m[4] ?? 0));
    };
    expect(TEHRAN_OFFSETS).toHaveLength(TEHRAN_TRANSITIONS.length + 1);
    TEHRAN_TRANSITIONS.forEach((s, i) => {
      expect(tehranOffset(s * 1000 - 1) / 1000).toBe(offsetSeconds(s * 1000 - 1));
      expect(tehranOffset(s * 1000) / 1000).toBe(offsetSeconds(s * 1000));
      expect(tehranOffset(s * 1000) / 1000).toBe(TEHRAN_OFFSETS[i + 1]);
    });
    expect(tehranOffset(Date.UTC(2030, 5, 1))).toBe(12_600_000);
  });

  it('rejects bad instants and zones with typed errors', () => {
    expect(codeOf(() => toJalali(new Date('nope')))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => toJalali(Number.NaN))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => toJalali('2025-01-01' as never))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => toJalali(0, { timeZone: 'Mars/Olympus' }))).toBe('INVALID_TIME_ZONE');
    expect(codeOf(() => toJalali(0, { timeZone: '+25:00' }))).toBe('INVALID_TIME_ZONE');
    expect(codeOf(() => toJalali(Date.UTC(1700, 0, 1)))).toBe('OUT_OF_RANGE');
  });
});

describe('fromJalali', () => {
  it('gives the instant of a Tehran wall time, the start of the day by default', () => {
    expect(fromJalali({ year: 1404, month: 1, day: 1 }).toISOString()).toBe('2025-03-20T20:30:00.000Z');
    expect(fromJalali({ year: 1401, month: 3, day: 12, hour: 0, minute: 30 }).toISOString()).toBe(
      '2022-06-01T20:00:00.000Z',
    );
    expect(fromJalali({ year: 1404, month: 1, day: 1, hour: 9 }, { timeZone: 'UTC' }).toISOString()).toBe(
      '2025-03-21T09:00:00.000Z',
    );
    expect(fromJalali({ year: 1404, month: 1, day: 1 }, { timeZone: 'Europe/Berlin' }).toISOString()).toBe(
      '2025-03-20T23:00:00.000Z',
    );
  });

  it('resolves the skipped hour of 1401/1/2 (clocks 00:00 → 01:00) by disambiguation', () => {
    const gap = { year: 1401, month: 1, day: 2, hour: 0, minute: 30 };
    expect(fromJalali(gap).toISOString()).toBe('2022-03-21T21:00:00.000Z'); // = 01:30 +04:30
    expect(fromJalali(gap, { disambiguation: 'later' }).toISOString()).toBe('2022-03-21T21:00:00.000Z');
    expect(fromJalali(gap, { disambiguation: 'earlier' }).toISOString()).toBe('2022-03-21T20:00:00.000Z');
    expect(codeOf(() => fromJalali(gap, { disambiguation: 'reject' }))).toBe('NONEXISTENT_TIME');
  });

  it('resolves the repeated hour of 1401/6/30 (clocks 24:00 → 23:00) by disambiguation', () => {
    const twice = { year: 1401, month: 6, day: 30, hour: 23, minute: 30 };
    expect(fromJalali(twice).toISOString()).toBe('2022-09-21T19:00:00.000Z'); // the first, +04:30
    expect(fromJalali(twice, { disambiguation: 'later' }).toISOString()).toBe('2022-09-21T20:00:00.000Z');
    expect(codeOf(() => fromJalali(twice, { disambiguation: 'reject' }))).toBe('AMBIGUOUS_TIME');
  });

  it('rejects bad dates, times and options', () => {
    expect(codeOf(() => fromJalali({ year: 1404, month: 12, day: 30 }))).toBe('INVALID_DATE');
    expect(codeOf(() => fromJalali({ year: 1404, month: 1, day: 1, hour: 24 }))).toBe('INVALID_TIME');
    expect(codeOf(() => fromJalali({ year: 1404, month: 1, day: 1, minute: 1.5 }))).toBe('INVALID_TIME');
    expect(codeOf(() => fromJalali({ year: 1404, month: 1, day: 1 }, { disambiguation: 'x' as never }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});
