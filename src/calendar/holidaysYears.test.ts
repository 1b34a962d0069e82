import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { epochDayFromGregorian, gregorianFromEpochDay } from '../internal/gregorianDays.js';
import { type IranHoliday, iranHolidays } from './holidays.js';
import { jalaliToEpochDay } from './jalaliDays.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const row = (h: IranHoliday): string => {
  const g = gregorianFromEpochDay(h.epochDay);
  return `${h.date.year}/${pad(h.date.month)}/${pad(h.date.day)} ${g.year}-${pad(g.month)}-${pad(g.day)} ${h.id}`;
};

describe('iranHolidays: other years', () => {
  it('1403 agrees with vacanza/holidays’ confirmed 2024 dates (holidays/countries/iran.py)', () => {
    const iso = (h: IranHoliday) => row(h).split(' ')[1];
    const dates = Object.fromEntries(iranHolidays(1403).map((h) => [h.id, iso(h)]));
    expect(dates).toMatchObject({
      'imam-ali-martyrdom': '2024-04-01',
      'eid-al-adha': '2024-06-17',
      'eid-al-ghadir': '2024-06-25',
      arbaeen: '2024-08-25',
      'prophet-death': '2024-09-02',
      'imam-reza-martyrdom': '2024-09-04',
      'imam-hassan-askari-martyrdom': '2024-09-12',
      'prophet-birthday': '2024-09-21',
      'fatima-martyrdom': '2024-12-05',
      'imam-ali-birthday': '2025-01-14',
      mabath: '2025-01-28',
    });
  });

  it('1403 (2024-03-20 … 2025-03-20): 27 entries on 26 days', () => {
    expect(iranHolidays(1403).map(row)).toEqual([
      '1403/01/01 2024-03-20 nowruz',
      '1403/01/02 2024-03-21 nowruz',
      '1403/01/03 2024-03-22 nowruz',
      '1403/01/04 2024-03-23 nowruz',
      '1403/01/12 2024-03-31 islamic-republic-day',
      '1403/01/13 2024-04-01 nature-day',
      '1403/01/13 2024-04-01 imam-ali-martyrdom',
      '1403/01/22 2024-04-10 eid-al-fitr',
      '1403/01/23 2024-04-11 eid-al-fitr-2',
      '1403/02/15 2024-05-04 imam-sadiq-martyrdom',
      '1403/03/14 2024-06-03 khomeini-death',
      '1403/03/15 2024-06-04 khordad-15-uprising',
      '1403/03/28 2024-06-17 eid-al-adha',
      '1403/04/05 2024-06-25 eid-al-ghadir',
      '1403/04/25 2024-07-15 tasua',
      '1403/04/26 2024-07-16 ashura',
      '1403/06/04 2024-08-25 arbaeen',
      '1403/06/12 2024-09-02 prophet-death',
      '1403/06/14 2024-09-04 imam-reza-martyrdom',
      '1403/06/22 2024-09-12 imam-hassan-askari-martyrdom',
      '1403/06/31 2024-09-21 prophet-birthday',
      '1403/09/15 2024-12-05 fatima-martyrdom',
      '1403/10/25 2025-01-14 imam-ali-birthday',
      '1403/11/09 2025-01-28 mabath',
      '1403/11/22 2025-02-10 revolution-day',
      '1403/11/26 2025-02-14 mahdi-birthday',
      '1403/12/29 2025-03-19 oil-nationalization',
    ]);
  });

  it('1401 uses the starred row *1443/10 2022-05-03: Eid al-Fitr 1401/02/13–14, 25 Shawwal 1401/03/06', () => {
    const fitr = iranHolidays(1401).filter((h) => h.hijri?.month === 10);
    expect(fitr.map(row)).toEqual([
      '1401/02/13 2022-05-03 eid-al-fitr',
      '1401/02/14 2022-05-04 eid-al-fitr-2',
      '1401/03/06 2022-05-27 imam-sadiq-martyrdom',
    ]);
  });

  it('1406 lies beyond the table: every lunar entry is estimated, no solar one', () => {
    const list = iranHolidays(1406);
    const lunar = list.filter((h) => h.kind === 'lunar');
    expect(lunar.length).toBeGreaterThanOrEqual(16);
    for (const h of lunar) expect(h).toMatchObject({ estimated: true, source: 'estimated' });
    for (const h of list.filter((x) => x.kind === 'solar'))
      expect(h).toMatchObject({ estimated: false, source: 'fixed' });
    expect(iranHolidays(1406, { includeEstimated: false }).map((h) => h.id)).toEqual(
      list.filter((h) => h.kind === 'solar').map((h) => h.id),
    );
  });

  it('1405 mixes: Shawwal 1447 is official (Eid al-Fitr on Nowruz), later months are estimated', () => {
    const list = iranHolidays(1405);
    expect(list.slice(0, 2).map(row)).toEqual(['1405/01/01 2026-03-21 nowruz', '1405/01/01 2026-03-21 eid-al-fitr']);
    expect(list.find((h) => h.id === 'imam-sadiq-martyrdom')).toMatchObject({ estimated: false, date: { day: 25 } });
    expect(list.find((h) => h.id === 'eid-al-adha')?.estimated).toBe(true);
  });

  it('equals an independent placement on the shared data file for 1380–1405', () => {
    const text = readFileSync(
      new URL('../../../shared/data/jalali/iran-hijri-month-starts.txt', import.meta.url),
      'utf8',
    );
    const starts = new Map<string, number>();
    for (const m of text.matchAll(/^\*?(\d+)\/(\d+) (\d{4})-(\d\d)-(\d\d)/gm)) {
      starts.set(`${m[1]}/${m[2]}`, epochDayFromGregorian(Number(m[3]), Number(m[4]), Number(m[5])));
    }
    // the 17 lunar rules of calendar.md §7.1 as month/day, 0 = the day before the next month starts
    const rules = '1/9 1/10 2/20 2/28 2/0 3/8 3/17 6/3 7/13 7/27 8/15 9/21 10/1 10/2 10/25 12/10 12/18'
      .split(' ')
      .map((r) => r.split('/').map(Number) as [number, number]);
    for (let year = 1380; year <= 1404; year++) {
      const first = jalaliToEpochDay({ year, month: 1, day: 1 });
      const end = jalaliToEpochDay({ year: year + 1, month: 1, day: 1 });
      const expected: number[] = [];
      for (let hy = 1400; hy <= 1448; hy++) {
        for (const [month, day] of rules) {
          const start = starts.get(`${hy}/${month}`);
          const next = starts.get(month === 12 ? `${hy + 1}/1` : `${hy}/${month + 1}`);
          const at =
            day === 0 ? (next === undefined ? undefined : next - 1) : start === undefined ? undefined : start + day - 1;
          if (at !== undefined && at >= first && at < end) expected.push(at);
        }
      }
      const lunar = iranHolidays(year).filter((h) => h.kind === 'lunar');
      expect(
        lunar.map((h) => h.epochDay),
        `${year}`,
      ).toEqual(expected.sort((a, b) => a - b));
      expect(lunar.every((h) => !h.estimated)).toBe(true);
    }
  });
});
