import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromJalali, toJalali } from './zoned.js';

const ZONES = ['Asia/Tehran', 'UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kabul', 'Asia/Kolkata'] as const;
const formatters = new Map(
  ZONES.map((zone) => [
    zone,
    new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
  ]),
);
const instant = fc.integer({ min: Date.UTC(1925, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('instants and zones, against Intl', () => {
  it('toJalali equals Intl formatToParts in every zone (Tehran via the built-in table)', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, timeZone) => {
        const parts = (formatters.get(timeZone) as Intl.DateTimeFormat).formatToParts(ms);
        const get = (type: string) => Number((parts.find((p) => p.type === type)?.value ?? '').replace(/\D/g, ''));
        const j = toJalali(ms, { timeZone, withTime: true });
        expect([j.year, j.month, j.day, j.hour, j.minute, j.second]).toEqual([
          get('year'),
          get('month'),
          get('day'),
          get('hour'),
          get('minute'),
          get('second'),
        ]);
      }),
      { numRuns: 3000 },
    );
  });

  it('fromJalali(toJalali(t)) = t except inside a repeated hour, where it gives the earlier instant', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, timeZone) => {
        const wall = toJalali(ms, { timeZone, withTime: true });
        const back = fromJalali(wall, { timeZone }).getTime();
        if (back !== ms) {
          // only possible in an overlap: same wall time, one hour earlier
          expect(back).toBeLessThan(ms);
          expect(toJalali(back, { timeZone, withTime: true })).toEqual(wall);
          expect(fromJalali(wall, { timeZone, disambiguation: 'later' }).getTime()).toBe(ms);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
