import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJalali } from './format.js';

const instant = fc.integer({ min: Date.UTC(1925, 0, 1), max: Date.UTC(2100, 0, 1) });
const ZONES = ['Asia/Tehran', 'UTC', 'Europe/Berlin'] as const;
const intl = (locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(`${locale}-u-ca-persian`, {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
const formatters = new Map(
  ZONES.flatMap(
    (z) =>
      [
        [`fa ${z}`, intl('fa-IR', z)],
        [`en ${z}`, intl('en', z)],
      ] as const,
  ),
);

describe('formatJalali against Intl (ICU persian calendar, CLDR names)', () => {
  it('gives the same year, month name, day, weekday name and time, in Persian and English', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom(...ZONES),
        fc.constantFrom('fa' as const, 'en' as const),
        (t, timeZone, locale) => {
          const parts = (formatters.get(`${locale} ${timeZone}`) as Intl.DateTimeFormat).formatToParts(t);
          const get = (type: string) => parts.find((p) => p.type === type)?.value;
          const expected = [get('year'), get('month'), get('day'), get('weekday'), get('hour'), get('minute')];
          // ICU writes the English year as "1404 AP"
          if (locale === 'en') expected[0] = expected[0]?.replace(/\D/g, '');
          expect(formatJalali(t, 'y|MMMM|d|EEEE|HH|mm', { locale, timeZone }).split('|')).toEqual(expected);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
