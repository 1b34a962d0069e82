import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCivilDayOf } from './civilDay.js';
import { jalaliToEpochDay } from './jalaliDays.js';
import { toJalali } from './zoned.js';

const exact = (ms: number, timeZone: string) => jalaliToEpochDay(toJalali(ms, { timeZone }));

describe('createCivilDayOf', () => {
  it('equals the exact conversion for any instant in any zone, clock-change days included', () => {
    const zones = ['Asia/Tehran', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'UTC'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) }), { minLength: 1, maxLength: 50 }),
        (zone, instants) => {
          const dayOf = createCivilDayOf(zone);
          for (const ms of instants) expect(dayOf(ms)).toBe(exact(ms, zone));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('around Tehran clock changes (DST until 1401) and Nowruz', () => {
    const dayOf = createCivilDayOf();
    // 1399/01/02 00:00 +03:30 → +04:30 (2020-03-20T20:30Z); 1399/06/30 24:00 +04:30 → +03:30 (2020-09-20T19:30Z)
    for (const iso of [
      '2020-03-20T20:29:59.999Z',
      '2020-03-20T20:30:00Z',
      '2020-09-20T19:29:59.999Z',
      '2020-09-20T19:30:00Z',
    ])
      expect(dayOf(Date.parse(iso))).toBe(exact(Date.parse(iso), 'Asia/Tehran'));
    expect(dayOf(Date.UTC(2025, 2, 20, 20, 30))).toBe(Date.UTC(2025, 2, 21) / 86_400_000); // 1404/01/01 00:00 Tehran
    expect(dayOf(Date.UTC(2025, 2, 20, 20, 29))).toBe(Date.UTC(2025, 2, 20) / 86_400_000);
  });

  it('rejects an unknown zone like toJalali does', () => {
    expect(() => createCivilDayOf('Mars/Olympus')(0)).toThrow(/time zone/i);
  });
});
